import NIOCore

/// API answers rendered once per snapshot generation and query, shared by every request that
/// asks the same thing, with at most `maximumRenders` renders running at once (the rest wait
/// their turn) and at most `maximumEntries` answers kept.
///
/// 1,000 concurrent requests for `/api/v1/sockets?all` cost one render and one buffer, not
/// 1,000 of each.
actor ResponseCache {
    private var generation = 0
    private var answers: [String: ByteBuffer] = [:]
    private var inFlight: [String: Task<ByteBuffer, any Error>] = [:]
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    let maximumRenders: Int
    let maximumEntries: Int

    init(maximumRenders: Int = 2, maximumEntries: Int = 128) {
        self.maximumRenders = max(1, maximumRenders)
        self.maximumEntries = max(1, maximumEntries)
    }

    /// The answer for `key` in snapshot `generation`, rendering it with `render` if no
    /// request did yet.
    func answer(_ key: String, generation: Int, render: @escaping @Sendable () throws -> String) async throws -> ByteBuffer {
        if generation != self.generation {
            guard generation > self.generation else {
                // A request that started on an older snapshot: render without caching.
                return try await renderLimited(render)
            }
            self.generation = generation
            answers.removeAll(keepingCapacity: true)
            inFlight.removeAll()
        }
        if let cached = answers[key] { return cached }
        if let task = inFlight[key] { return try await task.value }
        let task = Task<ByteBuffer, any Error> { try await self.renderLimited(render) }
        inFlight[key] = task
        defer { inFlight[key] = nil }
        let buffer = try await task.value
        if generation == self.generation {
            if answers.count >= maximumEntries { answers.removeAll(keepingCapacity: true) }
            answers[key] = buffer
        }
        return buffer
    }

    private func renderLimited(_ render: @escaping @Sendable () throws -> String) async throws -> ByteBuffer {
        while running >= maximumRenders {
            await withCheckedContinuation { waiting.append($0) }
        }
        running += 1
        defer {
            running -= 1
            if !waiting.isEmpty { waiting.removeFirst().resume() }
        }
        return ByteBuffer(string: try await Blocking.run(render))
    }
}
