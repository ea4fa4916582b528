#if os(Linux)
import Foundation
@testable import PortscopeProcesses
import PortscopeTesting
import Testing

/// Issue #16: portscope loads its BPF program itself (CBPFLoader), relocating the program's
/// field offsets against the kernel's BTF. Kernel types that do not fit are refused with a
/// reason before anything reaches the kernel, so these tests need no privilege.
struct BPFLoaderTests {
    /// Writes BTF (Documentation/bpf/btf.rst) for tests: type records and their names.
    struct BTFWriter {
        var types: [UInt32] = []
        var strings: [UInt8] = [0]
        var count: UInt32 = 0

        mutating func name(_ text: String) -> UInt32 {
            if text.isEmpty { return 0 }
            defer { strings += Array(text.utf8) + [0] }
            return UInt32(strings.count)
        }

        @discardableResult
        mutating func add(kind: UInt32, _ text: String, vlen: Int = 0, flag: Bool = false, sizeOrType: UInt32, extra: [UInt32] = []) -> UInt32 {
            types += [name(text), (flag ? 1 << 31 : 0) | kind << 24 | UInt32(vlen), sizeOrType] + extra
            count += 1
            return count
        }

        @discardableResult
        mutating func integer(_ text: String, bytes: UInt32) -> UInt32 {
            add(kind: 1, text, sizeOrType: bytes, extra: [bytes * 8])
        }

        @discardableResult
        mutating func pointer(to id: UInt32) -> UInt32 { add(kind: 2, "", sizeOrType: id) }

        @discardableResult
        /// A struct; with `bitfields`, each member's offset holds its bitfield size in the top byte.
        mutating func structure(_ text: String, bytes: UInt32, bitfields: Bool = false, _ members: [(String, UInt32, UInt32)]) -> UInt32 {
            var extra: [UInt32] = []
            for (member, type, bits) in members { extra += [name(member), type, bits] }
            return add(kind: 4, text, vlen: members.count, flag: bitfields, sizeOrType: bytes, extra: extra)
        }

        var bytes: [UInt8] {
            let typeBytes = types.flatMap { withUnsafeBytes(of: $0.littleEndian) { Array($0) } }
            let header: [UInt32] = [24, 0, UInt32(typeBytes.count), UInt32(typeBytes.count), UInt32(strings.count)]
            return [0x9f, 0xeb, 1, 0] + header.flatMap { withUnsafeBytes(of: $0.littleEndian) { Array($0) } } + typeBytes + strings
        }
    }

    /// A kernel's types as the program needs them; `iterator` and `inode` change them.
    static func kernel(iterator: Bool = true, inode: [(String, UInt32, UInt32)]? = nil, bitfields: Bool = false) -> [UInt8] {
        var btf = BTFWriter()
        let short = btf.integer("unsigned short", bytes: 2)  // 1
        let long = btf.integer("unsigned long", bytes: 8)  // 2
        let int = btf.integer("int", bytes: 4)  // 3
        let inodeType = btf.structure("inode", bytes: 16, bitfields: bitfields, inode ?? [("i_mode", short, 0), ("i_ino", long, 64)])  // 4
        btf.structure("file", bytes: 8, [("f_inode", btf.pointer(to: inodeType), 0)])  // 5, 6
        // task_struct (7), and the pointer to it (8) that group_leader has.
        btf.structure("task_struct", bytes: 32, [("tgid", int, 32), ("start_boottime", long, 64), ("group_leader", 8, 128)])
        btf.pointer(to: 7)
        if iterator { btf.add(kind: 12, "bpf_iter_task_file", sizeOrType: 0) }
        return btf.bytes
    }

    /// Why the program cannot be relocated for `bytes` of BTF, nil when it can.
    static func refusal(_ bytes: [UInt8]) -> String? {
        BPFSocketWalker.relocationFailure(btf: bytes)
    }

    /// Types shaped like the kernel's relocate (no privilege needed: nothing is loaded).
    @Test func kernelShapedTypesRelocate() throws {
        #expect(Self.refusal(Self.kernel()) == nil)
        // Members inside an anonymous union, as the kernel declares some, are found.
        var btf = BTFWriter()
        let short = btf.integer("unsigned short", bytes: 2)
        let long = btf.integer("unsigned long", bytes: 8)
        let int = btf.integer("int", bytes: 4)
        let union = btf.add(kind: 5, "", vlen: 1, sizeOrType: 8, extra: [btf.name("i_ino"), long, 0])
        let inode = btf.structure("inode", bytes: 24, [("i_mode", short, 0), ("", union, 128)])
        btf.structure("file", bytes: 8, [("f_inode", btf.pointer(to: inode), 0)])
        btf.structure("task_struct", bytes: 32, [("tgid", int, 32), ("start_boottime", long, 64), ("group_leader", 9, 128)])
        btf.pointer(to: 8)
        btf.add(kind: 12, "bpf_iter_task_file", sizeOrType: 0)
        #expect(Self.refusal(btf.bytes) == nil)
    }

    /// This machine's kernel's types, when readable.
    @Test(.enabled(if: FileManager.default.isReadableFile(atPath: "/sys/kernel/btf/vmlinux"), "needs kernel BTF"))
    func theRunningKernelsTypesRelocate() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: "/sys/kernel/btf/vmlinux"))
        #expect(Self.refusal(Array(bytes)) == nil)
    }

    @Test func kernelTypesThatDoNotFitAreRefusedWithAReason() throws {
        let cases: [(String, [UInt8], String)] = [
            ("not BTF", Array("not BTF at all, just text\n".utf8), "not BTF version 1"),
            ("no iterator", Self.kernel(iterator: false), "no task-file iterator"),
            ("no i_ino", Self.kernel(inode: [("i_mode", 1, 0)]), "no field i_ino in struct inode"),
            ("i_ino of 4 bytes", Self.kernel(inode: [("i_mode", 1, 0), ("i_ino", 3, 64)]), "field i_ino differs in this kernel (4 bytes, 8 in the program)"),
            ("i_ino as a bitfield", Self.kernel(inode: [("i_mode", 1, 0), ("i_ino", 2, 8 << 24 | 64)], bitfields: true), "field i_ino differs"),
        ]
        for (name, bytes, words) in cases {
            let reason = Self.refusal(bytes)
            #expect(reason?.contains(words) == true, "\(name): \(reason ?? "loaded")")
        }
    }

    /// BTF cut short, or claiming more than it holds, is read no further than its bytes.
    @Test func malformedBTFIsRefused() throws {
        let whole = Self.kernel()
        // Every prefix: a header cut short, sections beyond the end, a record cut in two.
        for length in stride(from: 0, to: whole.count, by: 3) {
            let reason = Self.refusal(Array(whole.prefix(length)))
            #expect(reason != nil, "\(length) bytes")
        }
        var unknownKind = whole
        unknownKind[24 + 7] = 0x1f  // the first record's kind byte: kind 31
        #expect(Self.refusal(unknownKind)?.contains("unknown kind") == true)
        var unterminated = whole
        unterminated[unterminated.count - 1] = UInt8(ascii: "x")
        #expect(Self.refusal(unterminated)?.contains("not terminated") == true)
    }

    /// A BTF file that is missing or not BTF: loading says which file and what is wrong.
    @Test func aBadBTFFileSaysWhich() throws {
        let directory = TemporaryDirectory()
        let text = try directory.write("vmlinux", "This is not BTF: only some text a test wrote.\n")
        for (path, words) in [("/nonexistent/vmlinux", "(/nonexistent/vmlinux) could not be read"), (text, "(\(text)) is unreadable: not BTF")] {
            guard case let .failure(unavailable) = BPFSocketWalker.load(btf: path) else {
                Issue.record("loaded with \(path)")
                continue
            }
            #expect(unavailable.reason.contains(words), "\(unavailable.reason)")
        }
    }

    /// The kernel's own BTF, cut short, is refused like any other: nothing past its end is read.
    @Test(.enabled(if: FileManager.default.isReadableFile(atPath: "/sys/kernel/btf/vmlinux"), "needs kernel BTF"))
    func theKernelsBTFCutShortIsRefused() throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: "/sys/kernel/btf/vmlinux"))
        for fraction in [0.001, 0.5, 0.99] {
            let reason = Self.refusal(Array(whole.prefix(Int(Double(whole.count) * fraction))))
            #expect(reason != nil, "\(fraction)")
        }
    }
}
#endif
