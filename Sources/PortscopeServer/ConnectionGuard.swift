import NIOCore
import Synchronization

/// Keeps the exporter answering under hostile clients: at most `maximum` connections, and
/// none may take longer than `headerTimeout` to send its first request head.
///
/// A connection beyond the maximum first evicts the oldest connection that has not sent a
/// complete request head yet (the half-header connections of a slowloris); when every
/// connection is a real one, the new connection is closed at once. So a scrape always gets
/// in while attackers only hold half-open sockets, and the process never runs out of
/// descriptors (the accept loop cannot spin on EMFILE). Idle keep-alive connections are
/// closed by the HTTP layer's idle timeout.
final class ConnectionGuard: Sendable {
    private struct Tracked {
        var channel: any Channel
        var opened: NIODeadline
        var sentHead: Bool
    }

    private struct State {
        var connections: [ObjectIdentifier: Tracked] = [:]
        var refused = 0
        var evicted = 0
        var timedOut = 0
    }

    private let state = Mutex(State())
    let maximum: Int
    let headerTimeout: TimeAmount

    init(maximum: Int, headerTimeout: TimeAmount) {
        self.maximum = max(1, maximum)
        self.headerTimeout = headerTimeout
    }

    /// Connections open now, and how many were refused, evicted or timed out so far.
    var counts: (open: Int, refused: Int, evicted: Int, timedOut: Int) {
        state.withLock { ($0.connections.count, $0.refused, $0.evicted, $0.timedOut) }
    }

    /// A handler for one new connection (the HTTP layer adds it to each child channel).
    func handler() -> Handler {
        Handler(guard: self)
    }

    /// Registers `channel`; returns false when it must be closed at once. May pick another
    /// connection to evict (closed by the caller outside the lock).
    fileprivate func admit(_ channel: any Channel) -> (admitted: Bool, evict: (any Channel)?) {
        state.withLock { state in
            var evict: (any Channel)?
            if state.connections.count >= maximum {
                let slow = state.connections.filter { !$0.value.sentHead }.min { $0.value.opened < $1.value.opened }
                guard let slow else {
                    state.refused += 1
                    return (false, nil)
                }
                state.connections[slow.key] = nil
                state.evicted += 1
                evict = slow.value.channel
            }
            state.connections[ObjectIdentifier(channel)] = Tracked(channel: channel, opened: .now(), sentHead: false)
            return (true, evict)
        }
    }

    fileprivate func sentHead(_ channel: any Channel) {
        state.withLock { $0.connections[ObjectIdentifier(channel)]?.sentHead = true }
    }

    /// Whether `channel` is still waiting for its first head (then it timed out).
    fileprivate func timedOut(_ channel: any Channel) -> Bool {
        state.withLock { state in
            guard let tracked = state.connections[ObjectIdentifier(channel)], !tracked.sentHead else { return false }
            state.timedOut += 1
            return true
        }
    }

    fileprivate func closed(_ channel: any Channel) {
        _ = state.withLock { $0.connections.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// The per-connection handler. It sits after HTTP decoding, so the first message it
    /// sees is a complete request head.
    final class Handler: ChannelInboundHandler, RemovableChannelHandler, Sendable {
        typealias InboundIn = NIOAny

        private let `guard`: ConnectionGuard

        init(guard: ConnectionGuard) {
            self.guard = `guard`
        }

        func handlerAdded(context: ChannelHandlerContext) {
            let channel = context.channel
            let (admitted, evict) = `guard`.admit(channel)
            evict?.close(promise: nil)
            guard admitted else {
                context.close(promise: nil)
                return
            }
            let guardian = `guard`
            context.eventLoop.scheduleTask(in: guardian.headerTimeout) {
                if guardian.timedOut(channel) { channel.close(promise: nil) }
            }
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            `guard`.sentHead(context.channel)
            context.fireChannelRead(data)
        }

        func channelInactive(context: ChannelHandlerContext) {
            `guard`.closed(context.channel)
            context.fireChannelInactive()
        }

        func handlerRemoved(context: ChannelHandlerContext) {
            `guard`.closed(context.channel)
        }
    }
}
