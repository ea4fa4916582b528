/// How the listeners of now differ from a baseline (pure): `portscope diff` and
/// `serve --baseline`.
public struct BaselineDiff: Sendable, Equatable {
    /// One difference.
    public struct Change: Sendable, Equatable {
        public enum Kind: String, Sendable {
            /// Listening now, not in the baseline.
            case new
            /// In the baseline, not listening now.
            case gone
            /// Listening on the same address, but held by other programs: the most
            /// suspicious case (another program took the port while its service was down).
            case changed
        }

        public var kind: Kind
        /// The listener now (`new`, `changed`) or in the baseline (`gone`).
        public var listener: ListenerBaseline.Listener
        /// `changed`: the programs the baseline has for it.
        public var before: [ListenerBaseline.Program]
    }

    /// Every difference: changed first, then new, then gone, each sorted by listener.
    public var changes: [Change]
    /// Listeners in both whose programs could not be compared: their processes are hidden
    /// now or were hidden when the baseline was taken (not root).
    public var unverified: [ListenerBaseline.Listener]
    /// Listeners left out by the ignore patterns (now and in the baseline).
    public var ignored: Int
    /// How many listeners the baseline and the host have (after ignoring).
    public var baselineCount: Int
    public var currentCount: Int

    /// Whether anything differs.
    public var drifted: Bool { !changes.isEmpty }

    public func count(_ kind: Change.Kind) -> Int { changes.count { $0.kind == kind } }

    /// Compares `current` with `baseline`, leaving out what `ignore` matches.
    public static func compare(baseline: [ListenerBaseline.Listener], current: [ListenerBaseline.Listener],
                               ignore: [ListenerPattern], ephemeral: ClosedRange<UInt16>) -> BaselineDiff {
        func kept(_ listener: ListenerBaseline.Listener) -> Bool { !ignore.contains { $0.matches(listener, ephemeral: ephemeral) } }
        let before = baseline.filter(kept), now = current.filter(kept)
        let ignored = baseline.count - before.count + current.count - now.count
        let saved = Dictionary(before.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let present = Set(now.map(\.key))
        var changed: [Change] = [], new: [Change] = [], gone: [Change] = []
        var unverified: [ListenerBaseline.Listener] = []
        for listener in now.sorted() {
            guard let old = saved[listener.key] else {
                new.append(Change(kind: .new, listener: listener, before: []))
                continue
            }
            if listener.owner != "known" || old.owner != "known" {
                unverified.append(listener)
            } else if Set(listener.programs) != Set(old.programs) {
                changed.append(Change(kind: .changed, listener: listener, before: old.programs))
            }
        }
        for listener in before.sorted() where !present.contains(listener.key) {
            gone.append(Change(kind: .gone, listener: listener, before: []))
        }
        return BaselineDiff(changes: changed + new + gone, unverified: unverified, ignored: ignored,
                            baselineCount: before.count, currentCount: now.count)
    }
}
