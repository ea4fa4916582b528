/// Kernel-side filters for sock_diag dumps (`INET_DIAG_REQ_BYTECODE`).
///
/// A program is a list of 4-byte ops `{u8 code; u8 yes; u16 no}` in host byte order; each op
/// jumps `yes` bytes forward when its condition holds and `no` bytes otherwise. Landing exactly
/// on the end accepts the socket; jumping to end + 4 rejects it. Port operands follow their op
/// as `{0, 0, port}` (host order). See `inet_diag_bc_run()` in `net/ipv4/inet_diag.c`.
public enum InetDiagBytecode {
    /// "local port == port or remote port == port", 20 bytes, using S_EQ/D_EQ (Linux ≥ 4.16):
    ///
    ///     off  op    yes no
    ///      0   S_EQ   8  12     true → 8, false → 12 (the second test)
    ///      4   -      0  port
    ///      8   JMP    4  12     always jumps `no`: 8 + 12 = 20 = end → accept
    ///     12   D_EQ   8  12     true → 20 (accept), false → 24 = end + 4 (reject)
    ///     16   -      0  port
    public static func portEquals(_ port: UInt16) -> [UInt8] {
        op(.sourceEQ, 8, 12) + operand(port) + op(.jump, 4, 12) + op(.destinationEQ, 8, 12) + operand(port)
    }

    /// The same test for kernels without S_EQ/D_EQ, with ≥ and ≤ pairs (36 bytes):
    /// `S_GE(8,20) S_LE(8,12) JMP(4,20) D_GE(8,20) D_LE(8,12)`, each compare with its operand.
    public static func portEqualsCompatible(_ port: UInt16) -> [UInt8] {
        op(.sourceGE, 8, 20) + operand(port) + op(.sourceLE, 8, 12) + operand(port) + op(.jump, 4, 20)
            + op(.destinationGE, 8, 20) + operand(port) + op(.destinationLE, 8, 12) + operand(port)
    }

    /// "local port == port", 8 bytes: `S_EQ(8, 12)` and its operand; true lands on the end
    /// (accept), false on end + 4 (reject).
    public static func localPortEquals(_ port: UInt16) -> [UInt8] {
        op(.sourceEQ, 8, 12) + operand(port)
    }

    /// The same for kernels without S_EQ (16 bytes): `S_GE(8, 20) S_LE(8, 12)`.
    public static func localPortEqualsCompatible(_ port: UInt16) -> [UInt8] {
        op(.sourceGE, 8, 20) + operand(port) + op(.sourceLE, 8, 12) + operand(port)
    }

    /// The most ports one filter tests. The program goes to the kernel in a netlink attribute
    /// whose length is 16 bits (at most 65,531 bytes of program: 2,730 ports in the short
    /// form, 1,638 in the compatible one); past this many ports, portscope asks for every
    /// socket and filters them itself.
    public static let maximumPorts = 1024

    /// "The local or remote port is any of `ports`": the one-port programs joined with ss's OR
    /// recipe, `A + JMP(4, len(rest) + 4) + rest`. A's rejects (len(A) + 4) land on the next
    /// program; its accepts land on the JMP, which always jumps to the end. Every target stays
    /// on the `yes` chain, as `inet_diag_bc_audit()` requires. Nil for more than
    /// ``maximumPorts`` ports (the caller filters in Swift instead); empty for none.
    /// With `localOnly`, "the local port is any of `ports`" (a listener's side of its
    /// connections, not the clients' side: half the sockets of a loopback connection).
    public static func anyPortEquals(_ ports: [UInt16], compatible: Bool = false, localOnly: Bool = false) -> [UInt8]? {
        guard ports.count <= maximumPorts else { return nil }
        guard !ports.isEmpty else { return [] }
        let headLength = localOnly ? (compatible ? 16 : 8) : (compatible ? 36 : 20)
        var program: [UInt8] = []
        program.reserveCapacity(ports.count * (headLength + 4))
        for (index, port) in ports.enumerated() {
            switch (localOnly, compatible) {
            case (false, false): program += portEquals(port)
            case (false, true): program += portEqualsCompatible(port)
            case (true, false): program += localPortEquals(port)
            case (true, true): program += localPortEqualsCompatible(port)
            }
            let after = ports.count - 1 - index
            if after > 0 {
                // The rest: `after` programs, all but the last followed by a JMP.
                let rest = after * headLength + (after - 1) * 4
                program += op(.jump, 4, UInt16(rest + 4))
            }
        }
        return program
    }

    static func op(_ code: NetlinkConstants.Op, _ yes: UInt8, _ no: UInt16) -> [UInt8] {
        [code.rawValue, yes] + withUnsafeBytes(of: no) { Array($0) }
    }

    static func operand(_ port: UInt16) -> [UInt8] {
        [0, 0] + withUnsafeBytes(of: port) { Array($0) }
    }

    /// Runs `program` against a socket's ports the way the kernel does; used by tests to prove
    /// the programs accept exactly the sockets they should. Returns nil for an invalid program.
    public static func evaluate(_ program: [UInt8], sourcePort: UInt16, destinationPort: UInt16) -> Bool? {
        var offset = 0
        let length = program.count
        while offset < length {
            guard offset + 4 <= length else { return nil }
            let code = program[offset]
            let yes = Int(program[offset + 1])
            let no = Int(UInt16(program[offset + 2]) | UInt16(program[offset + 3]) << 8)
            func operandValue() -> Int? {
                guard offset + 8 <= length else { return nil }
                return Int(UInt16(program[offset + 6]) | UInt16(program[offset + 7]) << 8)
            }
            let condition: Bool
            switch NetlinkConstants.Op(rawValue: code) {
            case .nop: condition = true
            case .jump: condition = false
            case .sourceGE: guard let v = operandValue() else { return nil }; condition = Int(sourcePort) >= v
            case .sourceLE: guard let v = operandValue() else { return nil }; condition = Int(sourcePort) <= v
            case .destinationGE: guard let v = operandValue() else { return nil }; condition = Int(destinationPort) >= v
            case .destinationLE: guard let v = operandValue() else { return nil }; condition = Int(destinationPort) <= v
            case .sourceEQ: guard let v = operandValue() else { return nil }; condition = Int(sourcePort) == v
            case .destinationEQ: guard let v = operandValue() else { return nil }; condition = Int(destinationPort) == v
            default: return nil
            }
            let jump = condition ? yes : no
            guard jump % 4 == 0, jump >= 4 else { return nil }
            offset += jump
        }
        if offset == length { return true }
        return offset == length + 4 ? false : nil
    }
}
