import PortscopeHost
import PortscopeKnowledge
import PortscopeTesting
import Testing
@testable import Portscope

@Suite struct RegistryUpdaterTests {
    static let csv = IANACSV.header.joined(separator: ",") + "\n"
        + "portscope-test,61999,tcp,A service only in the test CSV,,,2030-01-01,,,,,\n"
        + "http,80,tcp,World Wide Web HTTP,,,,,[RFC9110],,,\n"

    @Test func updateFromFileTakesPrecedence() throws {
        let dir = TemporaryDirectory()
        let csvPath = try dir.write("new.csv", Self.csv)
        let store = RegistryStore(path: dir.path + "/data/portscope/registry.txt")
        let report = try RegistryUpdater(store: store).update(from: csvPath, previous: .builtin, force: true)
        #expect(report.rows == 2)
        #expect(report.updated == "2030-01-01")
        #expect(report.added == 1)
        #expect(report.removed > 10000)

        let loaded = LoadedRegistry.load(store: store)
        #expect(loaded.origin == .user(path: store.path))
        #expect(loaded.registry.entries(for: Port(61999)).map(\.service) == ["portscope-test"])
        #expect(try loaded.registry.resolve(.service("portscope-test", nil)).port == Port(61999))
    }

    /// Issue #10 case 6: a truncated file (here two rows) would drop nearly every assignment:
    /// refused without --force, naming how many and which, and the copy in use stays.
    @Test func updateThatLosesMostAssignmentsIsRefused() throws {
        let dir = TemporaryDirectory()
        let csvPath = try dir.write("head.csv", Self.csv)
        let store = RegistryStore(path: dir.path + "/data/portscope/registry.txt")
        try store.save("the copy in use\n")
        #expect {
            try RegistryUpdater(store: store).update(from: csvPath, previous: .builtin)
        } throws: { error in
            let text = "\(error)"
            return text.contains("would remove") && text.contains("1/tcp tcpmux") && text.contains("add --force")
        }
        #expect(try store.load() == "the copy in use\n")
        // An update that adds and removes only a little goes through.
        var allowed = RegistryUpdater.assignments(.builtin).count
        allowed = Int(Double(allowed) * RegistryUpdater.allowedLoss)
        #expect(allowed > 100)
    }

    @Test func notIANAsCSVIsRefusedAndNothingStored() throws {
        let dir = TemporaryDirectory()
        let csvPath = try dir.write("bad.csv", "name,port\nfoo,1\n")
        let store = RegistryStore(path: dir.path + "/registry.txt")
        #expect {
            try RegistryUpdater(store: store).update(from: csvPath, previous: .builtin)
        } throws: { error in
            "\(error)".contains("header is not IANA's")
        }
        #expect(try store.load() == nil)
    }

    @Test func missingFileIsAClearError() {
        let store = RegistryStore(path: TemporaryDirectory().path + "/registry.txt")
        #expect {
            try RegistryUpdater(store: store).update(from: "/nonexistent.csv", previous: .builtin)
        } throws: { error in
            "\(error)" == "cannot read /nonexistent.csv: no such file"
        }
    }
}
