import Foundation
import Testing
@testable import QALintCore

@Suite("Configuration discovery")
struct DiscoveryTests {
    @Test("the nearest .qalint.yml upward is found, from a standard path and from one with '.', '..' or a trailing slash")
    func nearestUpward() throws {
        let root = FileManagerShim.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let deep = root + "/a/b/c"
        try FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: root + "/a/.qalint.yml", contents: Data("version: 1\n".utf8)))
        let found = root + "/a/.qalint.yml"
        #expect(ConfigurationLoader.discover(from: deep) == found)
        #expect(ConfigurationLoader.discover(from: root + "/a") == found)
        #expect(ConfigurationLoader.discover(from: deep + "/../.") == found)
        #expect(ConfigurationLoader.discover(from: deep + "/") == found)
        #expect(FileManager.default.createFile(atPath: root + "/a/b/.qalint.yml", contents: Data("version: 1\n".utf8)))
        #expect(ConfigurationLoader.discover(from: deep) == root + "/a/b/.qalint.yml")
    }

    @Test("only absolute paths without empty, '.' or '..' components are walked as text")
    func standardPaths() {
        #expect(ConfigurationLoader.isStandardAbsolute("/"))
        #expect(ConfigurationLoader.isStandardAbsolute("/tmp"))
        #expect(ConfigurationLoader.isStandardAbsolute("/tmp/a.b/..c/.d"))
        #expect(!ConfigurationLoader.isStandardAbsolute("tmp/a"))
        #expect(!ConfigurationLoader.isStandardAbsolute("/tmp/"))
        #expect(!ConfigurationLoader.isStandardAbsolute("/tmp//a"))
        #expect(!ConfigurationLoader.isStandardAbsolute("/tmp/./a"))
        #expect(!ConfigurationLoader.isStandardAbsolute("/tmp/.."))
        #expect(!ConfigurationLoader.isStandardAbsolute(""))
    }
}
