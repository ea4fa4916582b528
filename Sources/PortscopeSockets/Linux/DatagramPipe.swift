#if os(Linux)
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A bounded queue of received datagrams between the thread that receives a dump and the
/// one that decodes it, with the buffers handed back for reuse: a large dump's kernel work
/// (in `recvmsg`) and its decoding run on two CPUs instead of one after the other.
final class DatagramPipe: @unchecked Sendable {
    /// What the receiver hands over: a datagram (its buffer and length), or why receiving
    /// stopped.
    enum Item {
        case datagram([UInt8], count: Int)
        case failed(SocketSourceError)
    }

    /// The most datagrams waiting at once (64 KiB each).
    static let capacity = 8

    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    // Guarded by `lock`.
    private var items: [Item] = []
    private var head = 0
    private var spare: [[UInt8]] = []
    private var stopped = false
    private var receiverGone = false

    init() {
        pthread_mutex_init(lock, nil)
        pthread_cond_init(changed, nil)
    }

    deinit {
        pthread_cond_destroy(changed)
        pthread_mutex_destroy(lock)
        lock.deallocate()
        changed.deallocate()
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return body()
    }

    /// A buffer handed back by the decoder, if any (the receiver then needs no new one).
    func reusableBuffer() -> [UInt8]? {
        locked { spare.popLast() }
    }

    /// Hands a datagram (or a failure) to the decoder, waiting while the pipe is full.
    /// False when the decoder has stopped: the receiver stops too.
    func push(_ item: Item) -> Bool {
        locked {
            while !stopped && items.count - head >= Self.capacity { pthread_cond_wait(changed, lock) }
            guard !stopped else { return false }
            items.append(item)
            pthread_cond_broadcast(changed)
            return true
        }
    }

    /// The next item, waiting for the receiver; a failure if the receiver is gone with
    /// nothing left (it stops at the datagram that ends the dump, so the decoder never asks
    /// for more: this only keeps a mistake from waiting forever).
    func pop() -> Item {
        locked {
            while items.count == head {
                if receiverGone { return .failed(.malformed(reason: "the dump's replies ended before its last message")) }
                pthread_cond_wait(changed, lock)
            }
            let item = items[head]
            head += 1
            if head == items.count {
                items.removeAll(keepingCapacity: true)
                head = 0
            }
            pthread_cond_broadcast(changed)
            return item
        }
    }

    /// Gives a decoded datagram's buffer back to the receiver.
    func recycle(_ buffer: [UInt8]) {
        locked { spare.append(buffer) }
    }

    /// The receiver has returned: nothing more will come.
    func receiverFinished() {
        locked {
            receiverGone = true
            pthread_cond_broadcast(changed)
        }
    }

    /// The decoder is done (finished or failed): the receiver stops at its next datagram.
    func stop() {
        locked {
            stopped = true
            pthread_cond_broadcast(changed)
        }
    }
}
#endif
