import PortscopeSystem

/// Reads `/proc/net/netlink`: one row per netlink socket,
/// `sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode`.
public enum NetlinkTableParser {
    /// The `Drops` count of the socket with `inode`, or nil when it is not listed.
    public static func drops(_ bytes: [UInt8], inode: UInt64) -> Int? {
        let lines = ByteText.lines(bytes)
        guard let header = lines.first else { return nil }
        let names = ByteText.fields(header).map(ByteText.string)
        guard let dropsColumn = names.firstIndex(of: "Drops"), let inodeColumn = names.firstIndex(of: "Inode") else { return nil }
        for line in lines.dropFirst() {
            let fields = ByteText.fields(line)
            guard fields.count > max(dropsColumn, inodeColumn), ByteText.decimal(fields[inodeColumn], as: UInt64.self) == inode else { continue }
            return ByteText.decimal(fields[dropsColumn], as: Int.self)
        }
        return nil
    }
}
