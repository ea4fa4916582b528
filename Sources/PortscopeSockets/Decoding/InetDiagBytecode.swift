/// Kernel-side filters for sock_diag dumps (`INET_DIAG_REQ_BYTECODE`).
///
/// A program is a list of 4-byte ops `{u8 code; u8 yes; u16 no}` in host byte order; each op
/// jumps `yes` bytes forward when its condition holds and `no` bytes otherwise. Landing exactly
/// on the end accepts the socket; jumping to end + 4 rejects it. Port operands follow their op
/// as `{0, 0, port}` (host order). See `inet_diag_bc_run()` in `net/ipv4/inet_diag.c`.
public enum InetDiagBytecode {
    /// The longest program portscope sends: the program travels in a netlink attribute whose
    /// length is 16 bits (65,535 bytes with its 4-byte header).
    public static let maximumLength = 65_000

    /// "The local or remote port is any of `ports`" (with `localOnly`, "the local port is any of
    /// `ports`": a listener's side of its connections, not the clients' side): a binary search
    /// over the ports' ranges, so each socket costs the kernel about log2(2 × ranges) tests, not
    /// one per port. (The first version joined one test per port with ss's OR recipe: with 330
    /// listening ports, `ls --connections` at 100,000 sockets spent 170 ms of system time running
    /// it.) Only `≥` tests and jumps are used, which every kernel with sock_diag has.
    ///
    /// Consecutive ports become one range. When the ranges would need a program longer than
    /// ``maximumLength``, the closest ranges are merged (the smallest gaps first): the program
    /// then accepts a few sockets more, which the caller's own filter drops
    /// (``SocketQuery/matches(_:)``). Empty for no ports (no filter).
    public static func anyPortEquals(_ ports: [UInt16], localOnly: Bool = false) -> [UInt8] {
        guard !ports.isEmpty else { return [] }
        let sides = localOnly ? 1 : 2
        // A side over S segments is 12 S - 8 bytes; R ranges make at most 2 R + 1 segments.
        let segmentsPerSide = (maximumLength / sides + 8) / 12
        return program(for: ranges(of: ports, atMost: (segmentsPerSide - 1) / 2), localOnly: localOnly)
    }

    /// `ports` as sorted ranges of consecutive ports; more than `limit` ranges are merged across
    /// the smallest gaps until `limit` remain (the result then covers more than `ports`).
    public static func ranges(of ports: [UInt16], atMost limit: Int) -> [ClosedRange<UInt16>] {
        var ranges: [ClosedRange<UInt16>] = []
        for port in Set(ports).sorted() {
            if let last = ranges.last, Int(last.upperBound) + 1 == Int(port) {
                ranges[ranges.count - 1] = last.lowerBound...port
            } else {
                ranges.append(port...port)
            }
        }
        guard ranges.count > max(limit, 1) else { return ranges }
        // Keep the widest limit - 1 gaps as separators (ties: the earlier gap), merge the rest.
        let gaps = (1..<ranges.count).sorted {
            let a = Int(ranges[$0].lowerBound) - Int(ranges[$0 - 1].upperBound)
            let b = Int(ranges[$1].lowerBound) - Int(ranges[$1 - 1].upperBound)
            return a != b ? a > b : $0 < $1
        }
        let separators = Set(gaps.prefix(max(limit, 1) - 1))
        var merged: [ClosedRange<UInt16>] = [ranges[0]]
        for index in 1..<ranges.count {
            if separators.contains(index) {
                merged.append(ranges[index])
            } else {
                merged[merged.count - 1] = merged[merged.count - 1].lowerBound...ranges[index].upperBound
            }
        }
        return merged
    }

    /// The program for sorted, disjoint `ranges`: for the local port (and, unless `localOnly`,
    /// then for the remote port) a binary search over the segments the ranges cut 0...65535
    /// into. Each inner node is `S_GE(8, 8 + right)` with its operand: true goes on to the right
    /// half, laid out next; false jumps over it to the left half. Each leaf is one segment, a
    /// `JMP(4, target)` to the accept target (the end) or the reject target (the remote-port
    /// search, or end + 4). Every op's `yes` goes to the next op, so every op and every jump
    /// target is on the `yes` chain, as `inet_diag_bc_audit()` requires (see ``audit(_:)``).
    static func program(for ranges: [ClosedRange<UInt16>], localOnly: Bool) -> [UInt8] {
        // Segment starts, and whether each segment is inside a range.
        var starts: [Int] = []
        var inside: [Bool] = []
        var cursor = 0
        for range in ranges {
            if Int(range.lowerBound) > cursor { starts.append(cursor); inside.append(false) }
            starts.append(Int(range.lowerBound)); inside.append(true)
            cursor = Int(range.upperBound) + 1
        }
        if cursor <= 65535 { starts.append(cursor); inside.append(false) }
        let sideLength = 12 * starts.count - 8
        let total = localOnly ? sideLength : 2 * sideLength
        var program: [UInt8] = []
        program.reserveCapacity(total)
        func size(_ count: Int) -> Int { 12 * count - 8 }
        /// Emits the search over segments `low...high`; accept and reject are absolute offsets.
        func emit(_ low: Int, _ high: Int, source: Bool, reject: Int) {
            if low == high {
                let target = inside[low] ? total : reject
                program += op(.jump, 4, UInt16(target - program.count))
                return
            }
            let middle = low + (high - low + 1) / 2
            let right = size(high - middle + 1)
            program += op(source ? .sourceGE : .destinationGE, 8, UInt16(8 + right)) + operand(UInt16(starts[middle]))
            emit(middle, high, source: source, reject: reject)
            emit(low, middle - 1, source: source, reject: reject)
        }
        emit(0, starts.count - 1, source: true, reject: localOnly ? total + 4 : sideLength)
        if !localOnly { emit(0, starts.count - 1, source: false, reject: total + 4) }
        return program
    }

    /// Checks `program` the way `inet_diag_bc_audit()` does before the kernel accepts it: every
    /// op on the `yes` chain is known and its operand fits; `yes` and `no` are multiples of 4 that
    /// land on the `yes` chain, at the end, or at end + 4; the chain ends exactly at the end.
    public static func audit(_ program: [UInt8]) -> Bool {
        var chain = Set<Int>()
        var offset = 0
        while offset < program.count {
            chain.insert(offset)
            guard offset + 4 <= program.count else { return false }
            let yes = Int(program[offset + 1])
            offset += max(yes, 4)
        }
        offset = 0
        while offset < program.count {
            let remaining = program.count - offset
            let code = program[offset]
            let yes = Int(program[offset + 1])
            let no = Int(UInt16(program[offset + 2]) | UInt16(program[offset + 3]) << 8)
            var minimum = 4
            switch NetlinkConstants.Op(rawValue: code) {
            case .sourceGE, .sourceLE, .destinationGE, .destinationLE, .sourceEQ, .destinationEQ:
                minimum = 8
                guard remaining >= 8 else { return false }
            case .jump, .nop: break
            default: return false
            }
            if NetlinkConstants.Op(rawValue: code) != .nop {
                guard no >= minimum, no <= remaining + 4, no % 4 == 0 else { return false }
                if no < remaining, !chain.contains(offset + no) { return false }
            }
            guard yes >= minimum, yes <= remaining + 4, yes % 4 == 0 else { return false }
            offset += yes
        }
        return offset == program.count
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
