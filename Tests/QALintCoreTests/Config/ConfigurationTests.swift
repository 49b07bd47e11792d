import Testing
@testable import QALintCore

@Suite("Configuration")
struct ConfigurationTests {
    private func errors(_ yaml: String) -> [String] {
        do {
            _ = try TestSupport.configuration(yaml: yaml)
            return []
        } catch let error as ConfigErrors {
            return error.errors.map { "\($0.line):\($0.column): \($0.message)" }
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test("no config file gives the built-in rules")
    func defaults() {
        let ids = TestSupport.configuration.rules.map(\.id)
        for id in ["encoding", "line-endings", "trailing-whitespace", "required-section", "section-order", "duplicate-section",
                   "empty-section", "asker-format", "doctor-format", "date-format", "date-order", "future-date",
                   "unknown-specialty", "similar-qa-format", "read-more-title", "related-faq-format", "pii"] {
            #expect(ids.contains(id), "missing \(id)")
        }
    }

    @Test("scalars keep their text: YAML 1.1 booleans and numbers stay strings, a plain null is empty")
    func scalars() throws {
        let node = try ConfigNode.parse(yaml: "a: off\nb: 01\nc: ~\nd:\ne: 'null'\nf: yes\ng: 1.5e3\n", file: "x.yml")
        let values = (node.mapping ?? []).map { "\($0.key.scalar ?? "?")=\($0.value.scalar ?? "?")" }
        #expect(values == ["a=off", "b=01", "c=", "d=", "e=null", "f=yes", "g=1.5e3"])
        #expect(errors("version: 1\nrules:\n  pii: off\n  date-order: warning\n") == [])
    }

    @Test("an unknown key is reported at its position with a suggestion")
    func unknownKey() {
        #expect(errors("version: 1\nrulez:\n  pii: off\n") == ["2:1: unknown key 'rulez'; did you mean 'rules'?"])
    }

    @Test("an unknown rule id is reported with the closest id")
    func unknownRule() {
        #expect(errors("rules:\n  date-ordr: warning\n") == ["2:3: unknown rule 'date-ordr'; did you mean 'date-order'?; to define a new rule, give it a 'kind'"])
    }

    @Test("severities are read as strings: 'off' is not a boolean, a typo is an error")
    func severities() throws {
        let configuration = try TestSupport.configuration(yaml: "rules:\n  pii: off\n  line-endings: error\n")
        #expect(configuration.rules.first { $0.id == "pii" }?.severity == .off)
        #expect(configuration.rules.first { $0.id == "line-endings" }?.severity == .error)
        #expect(errors("rules:\n  pii: of\n") == ["2:8: severity must be one of off, info, warning, error, found 'of'; did you mean 'off'?"])
    }

    @Test("entry-format names a section with entries: a part without them is a config error at its option")
    func entryFormatSection() {
        #expect(errors("""
        rules:
          short-links:
            kind: entry-format
            options: { section: more_info, excerpts: [] }
        """) == ["4:25: part 'more_info' has no entries"])
        #expect(errors("""
        rules:
          short-links:
            kind: entry-format
            options: { section: similar_qa, excerpts: [] }
        """) == [])
    }

    @Test("every mistake is reported at once, sorted by position")
    func allErrors() {
        let found = errors("""
        version: 1
        rules:
          pii: loud
          mine:
            kind: pattern
            options: { parts: [reply], forbid: '(unclosed' }
          other:
            kind: lenght
        include: 3
        """)
        #expect(found.count == 3)
        #expect(found[0].hasPrefix("3:8: severity must be one of"))
        #expect(found[1].hasPrefix("6:40: invalid pattern at character 10: missing closing parenthesis"))
        #expect(found[2] == "8:11: unknown kind 'lenght'; did you mean 'length'?; kinds: \(KindRegistry.names.joined(separator: ", "))")
    }

    @Test("wrong types and YAML syntax errors carry positions")
    func wrongTypes() {
        #expect(errors("rules: [pii]\n") == ["1:8: 'rules' must be a mapping of rule ids to settings"])
        #expect(errors("rules:\n  pii: {severity: warning\n").first?.hasPrefix("3:1: invalid YAML") == true)
        #expect(errors("rules:\n  pii: off\n  pii: warning\n").first?.contains("duplicate key 'pii'") == true)
    }

    @Test("an unreadable reference file is an error at the key that names it")
    func missingReference() {
        #expect(errors("reference:\n  specialties: nowhere.yml\n").first?.hasPrefix("2:16: file '") == true)
    }

    @Test("a new rule of the pattern kind works from the config, with its message template")
    func customPatternRule() throws {
        let configuration = try TestSupport.configuration(yaml: """
        rules:
          no-guarantees:
            kind: pattern
            severity: warning
            summary: Doctors do not promise outcomes.
            message: "'{match}' promises an outcome"
            options: { parts: [reply], forbid: '\\bguarantee[sd]?\\b', ignore_case: true }
        """)
        let page = (TestSupport.configuration.examplePage ?? "").replacingOccurrences(of: "Please rest", with: "I Guarantee rest")
        let found = TestSupport.lint(page, configuration: configuration).filter { $0.rule == "no-guarantees" }
        #expect(found.map { "\($0.range.line):\($0.range.column) \($0.severity.rawValue) \($0.message)" } == ["7:3 warning 'Guarantee' promises an outcome"])
    }

    @Test("a length in characters counts Unicode scalars, not bytes: 150 CJK characters pass, 151 do not")
    func lengthInScalars() throws {
        let page = TestSupport.configuration.examplePage ?? ""
        func titleLength(_ title: String) -> [String] {
            TestSupport.lint(page.replacingOccurrences(of: "Knee pain after running\nI have", with: "\(title)\nI have"))
                .filter { $0.rule == "title-length" }.map(\.message)
        }
        #expect(titleLength(String(repeating: "膝", count: 150)) == [])
        #expect(titleLength(String(repeating: "膝", count: 151)).count == 1)
        #expect(titleLength(String(repeating: "膝", count: 151)).first?.contains("151") == true)
    }

    @Test("length and vocabulary rules work from the config")
    func customLengthAndVocabulary() throws {
        let configuration = try TestSupport.configuration(yaml: """
        rules:
          short-question:
            kind: length
            options: { part: question, min_words: 30 }
          known-doctors:
            kind: vocabulary
            severity: warning
            options: { fields: [doctor], values: [Li Yuqi] }
        """)
        let found = TestSupport.lint(TestSupport.configuration.examplePage ?? "", configuration: configuration)
            .filter { $0.rule == "short-question" || $0.rule == "known-doctors" }
        #expect(found.map { "\($0.range.line):\($0.range.column) \($0.rule): \($0.message)" } == [
            "2:1 short-question: Question has 17 words; at least 30 expected",
            "5:5 known-doctors: Unknown doctor 'Chen Yongxue'",
        ])
    }

    @Test("overrides change severities for matching files only")
    func overrides() throws {
        let configuration = try TestSupport.configuration(yaml: "overrides:\n  - files: ['legacy/**']\n    rules: { date-order: off }\n")
        let page = (TestSupport.configuration.examplePage ?? "").replacingOccurrences(of: "Reply Date: 2023/03/02", with: "Reply Date: 2023/02/01")
        #expect(TestSupport.lint(page, path: "legacy/a.txt", configuration: configuration).isEmpty)
        #expect(TestSupport.lint(page, path: "new/a.txt", configuration: configuration).map(\.rule) == ["date-order"])
    }

    @Test("the starter config written by init loads without errors")
    func starterConfig() throws {
        _ = try TestSupport.configuration(yaml: StarterConfig.text)
    }

    @Test("globs: ** spans folders, * stays in one, a bare pattern matches names at any depth")
    func globs() {
        #expect(Glob("**/*.txt").matches("a/b/c.txt"))
        #expect(Glob("**/*.txt").matches("c.txt"))
        #expect(!Glob("a/*.txt").matches("a/b/c.txt"))
        #expect(Glob("*.draft.txt").matches("./x/y.draft.txt"))
        #expect(!Glob("legacy/**").matches("new/legacy.txt"))
    }

    @Test("globs match on bytes: ?, * and ** at every position, and from an offset into the path")
    func globsOnBytes() {
        let cases: [(pattern: String, path: String, matches: Bool)] = [
            ("**", "a/b/c.txt", true), ("**", "", true), ("*", "", true), ("?", "", false),
            ("a/**", "a", false), ("a/**", "a/", true), ("a/**/c.txt", "a/c.txt", true), ("a/**/c.txt", "a/x/y/c.txt", true),
            ("a/**/c.txt", "b/x/c.txt", false), ("**/b/*.txt", "a/b/c.txt", true), ("**/b/*.txt", "a/b/d/c.txt", false),
            ("a/?.txt", "a/b.txt", true), ("a/?.txt", "a//.txt", false), ("a?b/x", "a/b/x", false),
            ("*.txt", "dir/page.txt", true), ("*.txt", "dir/page.txt.bak", false), ("p*e.txt", "dir/page.txt", true),
            ("./a/*.txt", "a/b.txt", true), ("a/*.txt", "././a/b.txt", true), ("a/*", "a/b/c", false),
            ("Café/*.txt", "Café/é.txt", true), ("*é.txt", "x/é.txt", true), ("*.TXT", "a.txt", false),
        ]
        for (pattern, path, expected) in cases {
            #expect(Glob(pattern).matches(path) == expected, "\(pattern) on \(path)")
            // The same path behind a root the walk leaves out.
            let root = "corpus/2026/"
            #expect(Glob(pattern).matches(root + path, from: root.utf8.count) == expected, "\(pattern) on \(root)\(path)")
        }
    }

    @Test("a * before a literal tail matches as trying every length of it does (random patterns and paths)")
    func globLiteralTail() {
        var generator = ByteLevelFastPathTests.Generator(state: 7)
        let patternParts = ["a", "b", ".", "/", "*", "?", "**", "**/", "txt"]
        let pathParts = ["a", "b", ".", "/", "txt", "é"]
        var shortcutTaken = 0
        for _ in 0..<20_000 {
            let pattern = generator.text(1 + generator.next(5), from: patternParts)
            let path = generator.text(generator.next(8), from: pathParts)
            let bytes = Array(pattern.utf8)
            let literalTail = (bytes.lastIndex { $0 == 0x2A || $0 == 0x3F || $0 == 0x2F } ?? -1) + 1
            if literalTail > 0 && bytes[literalTail - 1] == 0x2A { shortcutTaken += 1 }
            let subject = Array(path.utf8)
            let everyLength = bytes.withUnsafeBufferPointer { pattern in
                subject.withUnsafeBufferPointer { Glob.match(pattern, 0, $0, 0, literalTail: pattern.count) }
            }
            let shortcut = bytes.withUnsafeBufferPointer { pattern in
                subject.withUnsafeBufferPointer { Glob.match(pattern, 0, $0, 0, literalTail: literalTail) }
            }
            #expect(shortcut == everyLength, "\(pattern) on \(path)")
        }
        #expect(shortcutTaken > 5_000)
    }
}
