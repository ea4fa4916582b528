import PortscopeKnowledge

/// Checks on port arguments that must happen before argument parsing.
enum PortArgument {
    /// Rejects `-1` and the like with the port parser's message: otherwise the argument
    /// parser would read them as unknown short options. No portscope option starts with a digit.
    static func rejectNegativeNumbers(_ arguments: [String]) throws {
        for argument in arguments {
            if argument == "--" { return }
            guard argument.count > 1, argument.hasPrefix("-"), argument.dropFirst().allSatisfy(\.isNumber) else { continue }
            do {
                _ = try PortQuery.parse(argument)
            } catch {
                throw CommandFailure.usage(error.description)
            }
        }
    }
}
