#if os(Linux)
import PortscopeSystem
import Testing
@testable import PortscopeSockets

/// The queue between a dump's receiving thread and its decoding one.
@Suite struct DatagramPipeTests {
    /// Datagrams come out in order, the receiver waiting while the pipe is full; once the
    /// receiver is gone with nothing left, the decoder gets a failure instead of waiting.
    @Test func inOrderAndNeverWaitingForAGoneReceiver() throws {
        let pipe = DatagramPipe()
        let count = DatagramPipe.capacity * 6
        let receiver = try #require(DedicatedThread.start {
            defer { pipe.receiverFinished() }
            for index in 0..<count {
                guard pipe.push(.datagram([UInt8(index)], count: 1)) else { return }
            }
        })
        var got: [Int] = []
        for _ in 0..<count {
            guard case let .datagram(bytes, _) = pipe.pop() else { break }
            got.append(Int(bytes[0]))
            pipe.recycle(bytes)
        }
        #expect(got == Array(0..<count))
        receiver.value()
        guard case .failed = pipe.pop() else {
            Issue.record("a pop after the receiver left must fail")
            return
        }
        #expect(pipe.reusableBuffer() != nil, "decoded buffers come back for reuse")
    }

    /// A decoder that stops releases a receiver waiting on a full pipe.
    @Test func aStoppedDecoderReleasesAWaitingReceiver() throws {
        let pipe = DatagramPipe()
        let receiver = try #require(DedicatedThread.start {
            while pipe.push(.datagram([0], count: 1)) {}
        })
        pipe.stop()
        receiver.value()
        #expect(!pipe.push(.datagram([1], count: 1)))
    }
}
#endif
