import PortscopeSystem

/// Errors of the host module: host facts that could not be read, stored or downloaded.
public enum HostError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be read.
    case unreadable(path: String, errno: Errno)
    /// A file was read but its content is not what the kernel writes there.
    case malformed(path: String, content: String, reason: String)
    /// A file could not be written.
    case unwritable(path: String, errno: Errno)
    /// A download failed; `reason` says how.
    case downloadFailed(url: String, reason: String)
    /// portscope's own state or data directory is missing, unsafe or unwritable.
    /// `hint` says what to do (which variable to set).
    case stateDirectory(SystemError, hint: String)
    /// A file the user named could not be read.
    case inputFile(path: String, reason: InputFileProblem)
    /// A file the user named could not be written (`ls --save`): its directory is not the
    /// caller's alone, or a system call failed.
    case outputFile(path: String, SystemError)

    /// Why a file the user named could not be read.
    public enum InputFileProblem: Equatable, Sendable {
        case errno(Errno)
        case notRegular
        case tooLarge(limit: Int)
    }

    public var description: String {
        switch self {
        case let .unreadable(path, errno):
            if errno == .noSuchFileOrDirectory {
                return "cannot read \(path): it does not exist (is /proc mounted, and is this Linux?)"
            }
            if errno == .permissionDenied {
                return "cannot read \(path): permission denied (check the file's mode, or run as root)"
            }
            return "cannot read \(path): \(errno)"
        case let .malformed(path, content, reason):
            let shown = content.count > 60 ? String(content.prefix(60)) + "…" : content
            return "\(path) holds \"\(shown)\": \(reason)"
        case let .unwritable(path, errno):
            return "cannot write \(path): \(errno); check that the directory is writable or set XDG_DATA_HOME"
        case let .downloadFailed(url, reason):
            return "could not download \(url): \(reason); download it another way and pass the file to --from"
        case let .stateDirectory(.untrustedDirectory(path, reason), hint):
            return "refusing to use \(path): \(reason); nothing was written there (\(hint))"
        case let .stateDirectory(.io(path, errno), hint):
            return "cannot use \(path): \(errno) (\(hint))"
        case let .inputFile(path, .errno(errno)):
            if errno == .noSuchFileOrDirectory { return "cannot read \(path): no such file" }
            if errno == .permissionDenied { return "cannot read \(path): permission denied" }
            return "cannot read \(path): \(errno)"
        case let .inputFile(path, .notRegular):
            return "cannot read \(path): it is not a regular file"
        case let .inputFile(path, .tooLarge(limit)):
            return "cannot read \(path): it is larger than \(limit >> 20) MiB"
        case let .outputFile(path, .untrustedDirectory(directory, reason)):
            return "did not write \(path): its directory \(directory) is not safe to write in (\(reason)); save it under a directory you own that others cannot write to"
        case let .outputFile(path, .io(_, errno)):
            return "could not write \(path): \(errno)"
        }
    }
}
