import Foundation
import Testing
@testable import QALintCore

@Suite("Kind registry")
struct KindRegistryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test("every kind file is registered, names are unique and sorted, and every kind is used by a built-in rule")
    func registry() throws {
        let folder = Self.root.appendingPathComponent("Sources/QALintCore/Rules/Kinds").path
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix("Kind.swift") }
        let registered = KindRegistry.kinds.map { String(describing: $0) + ".swift" }
        #expect(Set(files) == Set(registered))
        let names = KindRegistry.kinds.map { $0.name }
        #expect(Set(names).count == names.count)
        #expect(names == names.sorted())
        let used = Set(TestSupport.configuration.rules.map(\.kindName))
        #expect(Set(names).subtracting(used).isEmpty, "unused kinds: \(Set(names).subtracting(used))")
    }

    @Test("exactly the corpus kinds are found as corpus kinds, without a cast")
    func corpusKinds() {
        let rules = TestSupport.configuration.rules
        for rule in rules {
            #expect((rule.kind.corpusKind != nil) == (rule.kind is any CorpusRuleKind), "\(rule.id)")
        }
        let corpus = rules.filter { $0.kind.corpusKind != nil }.map(\.kindName).sorted()
        #expect(corpus == ["link-content", "link-target", "person-consistency", "self-link", "unique-title"])
    }

    @Test("the built-in files compiled into qalint match Rules/")
    func builtinsAreCurrent() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.root.appendingPathComponent("scripts/generate-builtins").path, "--check"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "run scripts/generate-builtins")
    }

    @Test("a kind environment numbers the fields of the schema it holds, again when the schema is replaced")
    func environmentSlots() {
        let schema = BuiltinFiles.schema
        var environment = KindEnvironment(schema: schema, reference: ReferenceData())
        #expect(environment.slots.slot("ask_date") == schema.slots.slot("ask_date"))
        #expect(environment.slots.slot("ask_date") >= 0)
        // The same parts in the other order number their fields the other way round.
        let reversed = Schema(name: "reversed", parts: schema.parts.reversed(), labels: schema.labels, corpus: nil)
        environment.schema = reversed
        #expect(environment.slots.slot("ask_date") == reversed.slots.slot("ask_date"))
        #expect(environment.slots.slot("ask_date") != schema.slots.slot("ask_date"))
    }
}
