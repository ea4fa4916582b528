import PortscopeSockets

/// Every socket of a dump, kept as the replies are decoded, with what a snapshot needs to
/// know of all of them gathered on the way: their inodes and the listeners. The decoding
/// thread waits on the kernel for most of a dump, so this costs the snapshot nothing after
/// it (it was a second pass over 100,000 sockets, 15–20 ms).
struct DumpedSockets: SocketTally {
    var entries: [SocketEntry] = []
    /// The inodes of the sockets (0, for sockets no process holds, left out).
    var inodes: Set<UInt64> = []
    /// The listening sockets (``SocketEntry/isListening``), in their order.
    var listeners: [SocketEntry] = []

    mutating func reserveCapacity(_ sockets: Int) {
        entries.reserveCapacity(sockets)
        inodes.reserveCapacity(sockets)
    }

    mutating func add(_ socket: SocketEntry) {
        entries.append(socket)
        if socket.inode != 0 { inodes.insert(socket.inode) }
        if socket.isListening { listeners.append(socket) }
    }
}
