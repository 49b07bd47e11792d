import CPCRE2

/// A user-written regular expression, compiled once with PCRE2 (JIT when available).
///
/// Matching is bounded: a pattern that would backtrack without end stops at a match limit and
/// the caller is told, instead of hanging the run. Subjects are UTF-8 bytes; invalid UTF-8 is
/// tolerated (PCRE2_MATCH_INVALID_UTF).
public final class Pattern: @unchecked Sendable {
    // @unchecked: the compiled code is immutable after init and PCRE2 documents it as safe to
    // share between threads; per-match state lives in ``Matcher``.

    /// The pattern as written.
    public let source: String
    private let code: OpaquePointer
    private let context: OpaquePointer

    /// The most backtracking steps one match may take.
    public static let matchLimit: UInt32 = 1_000_000

    /// Compiles `source`; the error says what is wrong and at which character.
    public init(_ source: String, ignoreCase: Bool = false) throws(PatternError) {
        self.source = source
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        var options = UInt32(PCRE2_UTF) | UInt32(PCRE2_MATCH_INVALID_UTF) | UInt32(PCRE2_UCP)
        if ignoreCase { options |= UInt32(PCRE2_CASELESS) }
        let bytes = Array(source.utf8)
        guard let compiled = bytes.withUnsafeBufferPointer({ buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, options, &errorCode, &errorOffset, nil)
        }) else {
            var message = [UInt8](repeating: 0, count: 256)
            let length = pcre2_get_error_message_8(errorCode, &message, message.count)
            let text = String(decoding: message.prefix(Int(max(0, length))), as: UTF8.self)
            let column = String(decoding: bytes.prefix(errorOffset), as: UTF8.self).unicodeScalars.count + 1
            throw PatternError(message: text, column: column)
        }
        code = compiled
        _ = pcre2_jit_compile_8(code, UInt32(PCRE2_JIT_COMPLETE))
        context = pcre2_match_context_create_8(nil)
        pcre2_set_match_limit_8(context, Self.matchLimit)
        pcre2_set_depth_limit_8(context, 10_000)
    }

    deinit {
        pcre2_match_context_free_8(context)
        pcre2_code_free_8(code)
    }

    /// A matcher with its own match data, for one thread.
    public func matcher() -> Matcher {
        Matcher(pattern: self, code: code, context: context)
    }

    /// Per-thread matching state.
    public final class Matcher {
        private let pattern: Pattern
        private let code: OpaquePointer
        private let context: OpaquePointer
        private let data: OpaquePointer

        init(pattern: Pattern, code: OpaquePointer, context: OpaquePointer) {
            self.pattern = pattern
            self.code = code
            self.context = context
            data = pcre2_match_data_create_from_pattern_8(code, nil)
        }

        deinit { pcre2_match_data_free_8(data) }

        /// The first match in `buffer[from..<to]`, as byte offsets.
        public func firstMatch(in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> MatchResult {
            guard let base = buffer.baseAddress, from <= to else { return .none }
            let status = pcre2_match_8(code, base, to, from, 0, data, context)
            if status >= 0 {
                let vector = pcre2_get_ovector_pointer_8(data)!
                return .match(vector[0]..<max(vector[0], vector[1]))
            }
            if status == PCRE2_ERROR_MATCHLIMIT || status == PCRE2_ERROR_DEPTHLIMIT || status == PCRE2_ERROR_HEAPLIMIT {
                return .limitReached
            }
            return .none
        }
    }

    /// What one search found.
    public enum MatchResult: Equatable {
        case none
        case match(Range<Int>)
        case limitReached
    }
}

/// Why a pattern does not compile.
public struct PatternError: Error, Sendable {
    /// PCRE2's explanation.
    public let message: String
    /// 1-based character in the pattern where the problem was found.
    public let column: Int
}
