/// Reads a whole regular file (for callers outside the engine: baselines, caches).
public enum FileBytes {
    /// The bytes of `path`, or why they cannot be read.
    public static func read(_ path: String) -> Result<[UInt8], InputProblem> {
        FileReader.read(path)
    }
}
