/// portscope's version, shown by `portscope --version`.
enum PortscopeVersion {
    static let current = "0.1.0"
}
