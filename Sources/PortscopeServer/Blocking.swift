import Dispatch

/// Runs blocking work (socket dumps, /proc walks) off the concurrency pool, so the HTTP
/// server's event loops and the pool's few threads stay free while it runs.
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
