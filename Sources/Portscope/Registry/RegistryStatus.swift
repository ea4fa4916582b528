import PortscopeKnowledge

/// What `registry status` reports: the copy in use, its age, and its damaged lines.
public struct RegistryStatus: Sendable {
    public var loaded: LoadedRegistry
    /// Where a user copy is (or would be) stored.
    public var userCopyPath: String
    /// Damaged lines, described.
    public var problems: [String]

    public init(loaded: LoadedRegistry, userCopyPath: String, problems: [String]) {
        self.loaded = loaded
        self.userCopyPath = userCopyPath
        self.problems = problems
    }
}
