/// Runs a closure on a new OS thread and waits for it.
///
/// For work that changes per-thread kernel state, such as `setns(2)` into another network
/// namespace: the change dies with the thread and never leaks into the caller's threads.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
public enum DedicatedThread {
    /// Runs `body` on a fresh pthread and returns what it returned; throws when no thread
    /// could be made. It never runs `body` on the caller's thread instead: for `setns` that
    /// would move the whole process into another namespace.
    ///
    /// The corresponding C calls are `pthread_create` and `pthread_join`.
    public static func run<T>(_ body: @escaping () -> T) throws(Errno) -> T {
        var result: T?
        let task = ThreadTask { result = body() }
        let context = Unmanaged.passRetained(task).toOpaque()
        #if canImport(Glibc) || canImport(Musl)
        var thread = pthread_t()
        let created = pthread_create(&thread, nil, threadEntry, context)
        if created == 0 { pthread_join(thread, nil) }
        #else
        var thread: pthread_t?
        let created = pthread_create(&thread, nil, threadEntry, context)
        if created == 0, let thread { pthread_join(thread, nil) }
        #endif
        Unmanaged<ThreadTask>.fromOpaque(context).release()
        guard created == 0, let result else { throw Errno(rawValue: created == 0 ? EAGAIN : created) }
        return result
    }
}

extension DedicatedThread {
    /// Runs `background` on a new thread while `foreground` runs on the caller's, and returns
    /// both results once both are done. For independent work that changes no per-thread state
    /// (two kernel questions that can overlap); when no thread can be made, `background` runs
    /// here after `foreground`.
    public static func overlap<Background, Foreground>(
        _ background: @escaping () -> Background, while foreground: () -> Foreground
    ) -> (Background, Foreground) {
        var result: Background?
        let task = ThreadTask { result = background() }
        let context = Unmanaged.passRetained(task).toOpaque()
        #if canImport(Glibc) || canImport(Musl)
        var thread = pthread_t()
        let created = pthread_create(&thread, nil, threadEntry, context)
        let here = foreground()
        if created == 0 { pthread_join(thread, nil) }
        #else
        var thread: pthread_t?
        let created = pthread_create(&thread, nil, threadEntry, context)
        let here = foreground()
        if created == 0, let thread { pthread_join(thread, nil) }
        #endif
        Unmanaged<ThreadTask>.fromOpaque(context).release()
        if created != 0 { task.work() }
        return (result!, here)
    }
}

/// Work started on its own thread, whose result is waited for only if it is wanted: dropped
/// without ``value()``, the thread is detached and finishes on its own. For work a
/// short-lived command may turn out not to need (owners of sockets that were not found).
/// Not for a loop that starts such work faster than it ends: work that nobody waits for still
/// takes its time and resources (`serve` starts two per snapshot, each done long before the
/// next). One thread owns the value: ``value()`` is not to be called from two threads at once.
public final class BackgroundWork<Value>: @unchecked Sendable {
    /// The result, written by the thread before it ends (read only after joining it).
    private final class Slot {
        var value: Value?
    }

    private let slot = Slot()
    private var work: (() -> Value)?
    #if canImport(Glibc) || canImport(Musl)
    private var thread = pthread_t()
    #else
    private var thread: pthread_t?
    #endif
    private var running = false

    /// Starts `work` on a new thread (or, when none can be made, runs it at ``value()``).
    public init(_ work: @escaping () -> Value) {
        let slot = self.slot
        // The thread owns its task: it releases it when done, joined or detached.
        let context = Unmanaged.passRetained(ThreadTask { slot.value = work() }).toOpaque()
        running = pthread_create(&thread, nil, ownedThreadEntry, context) == 0
        if !running {
            Unmanaged<ThreadTask>.fromOpaque(context).release()
            self.work = work
        }
    }

    /// Waits for the work and returns its result (the same result on every call).
    public func value() -> Value {
        if running {
            #if canImport(Glibc) || canImport(Musl)
            pthread_join(thread, nil)
            #else
            if let thread { pthread_join(thread, nil) }
            #endif
            running = false
        } else if let work {
            slot.value = work()
            self.work = nil
        }
        return slot.value!
    }

    /// Whether the work runs on its own thread (false: no thread could be made, and it waits
    /// for ``value()``).
    var hasThread: Bool { running }

    deinit {
        guard running else { return }
        #if canImport(Glibc) || canImport(Musl)
        pthread_detach(thread)
        #else
        if let thread { pthread_detach(thread) }
        #endif
    }
}

private final class ThreadTask {
    let work: () -> Void
    init(_ work: @escaping () -> Void) { self.work = work }
}

#if canImport(Glibc) || canImport(Musl)
private func threadEntry(_ raw: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    Unmanaged<ThreadTask>.fromOpaque(raw!).takeUnretainedValue().work()
    return nil
}

private func ownedThreadEntry(_ raw: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    Unmanaged<ThreadTask>.fromOpaque(raw!).takeRetainedValue().work()
    return nil
}
#else
private func threadEntry(_ raw: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
    Unmanaged<ThreadTask>.fromOpaque(raw).takeUnretainedValue().work()
    return nil
}

private func ownedThreadEntry(_ raw: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
    Unmanaged<ThreadTask>.fromOpaque(raw).takeRetainedValue().work()
    return nil
}
#endif

extension DedicatedThread {
    /// Starts `work` on a new thread, waited for with ``BackgroundWork/value()``; nil when no
    /// thread could be made (nothing runs: the caller does the work another way). For work
    /// that must run beside the caller's, such as the producer of a queue the caller drains.
    public static func start(_ work: @escaping () -> Void) -> BackgroundWork<Void>? {
        let started = BackgroundWork(work)
        return started.hasThread ? started : nil
    }
}
