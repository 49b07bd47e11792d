/// The Similar Q&A excerpt rule of the site.
public enum Excerpt {
    /// Scalars kept before the ellipsis.
    public static let limit = 280

    /// `text` whole when it has at most ``limit`` Unicode scalars, else its first ``limit``
    /// scalars followed by `...`.
    public static func cut(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(limit))
        return String(view) + "..."
    }
}
