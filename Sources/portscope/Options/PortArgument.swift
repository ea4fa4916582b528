import PortscopeKnowledge

/// Checks on port arguments that must happen before argument parsing.
enum PortArgument {
    /// Rejects `-1` and the like with the port parser's message: otherwise the argument
    /// parser would read them as unknown short options. No portscope option starts with a digit.
    static func rejectNegativeNumbers(_ arguments: [String]) throws {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { return }
            guard argument.count > 1, argument.hasPrefix("-"), argument.dropFirst().allSatisfy(\.isNumber) else { continue }
            // After an option it may be the option's value (`--top-destinations -1`) or a port
            // after a flag (`--offline -1`): say what is true of both.
            if index > 0, arguments[index - 1].hasPrefix("--"), !arguments[index - 1].contains("=") {
                throw CommandFailure.usage("'\(argument)' after \(arguments[index - 1]): negative numbers are not accepted (ports, counts and durations are 0 or more)")
            }
            do {
                _ = try PortQuery.parse(argument)
            } catch {
                throw CommandFailure.usage(error.description)
            }
        }
    }
}
