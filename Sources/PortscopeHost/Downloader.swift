import PortscopeSystem

/// Downloads a file over HTTP(S) with the system's `curl`.
///
/// portscope does not link an HTTP client for this one rare command: start-up time matters
/// for every other command, and curl handles proxies, TLS and redirects as users expect.
public struct Downloader: Sendable {
    public var timeoutSeconds: Int

    public init(timeoutSeconds: Int = 120) {
        self.timeoutSeconds = timeoutSeconds
    }

    /// The largest body accepted (IANA's CSV is about 2 MB).
    public static let sizeLimit = 16 << 20

    /// Fetches `url` and returns its body; fails on HTTP errors (4xx/5xx), on bodies over
    /// ``sizeLimit`` and after ``timeoutSeconds``. The body comes through a pipe: no file is
    /// written.
    public func fetch(_ url: String) throws(HostError) -> String {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            throw .downloadFailed(url: url, reason: "only http:// and https:// URLs are supported")
        }
        let arguments = [
            "curl", "--fail", "--silent", "--show-error", "--location",
            "--proto", "=https,http", "--max-time", String(timeoutSeconds),
            "--max-filesize", String(Self.sizeLimit), "--output", "-", "--", url,
        ]
        let captured: Subprocess.Captured
        do {
            captured = try Subprocess.capture(arguments, limit: Self.sizeLimit, timeout: Double(timeoutSeconds) + 5)
        } catch {
            if error == .noSuchFileOrDirectory {
                throw .downloadFailed(url: url, reason: "curl is not installed (apt-get install curl)")
            }
            throw .downloadFailed(url: url, reason: "could not start curl: \(error)")
        }
        if captured.truncated {
            throw .downloadFailed(url: url, reason: "it is larger than \(Self.sizeLimit >> 20) MiB, far more than IANA's registry")
        }
        if captured.timedOut {
            throw .downloadFailed(url: url, reason: "no answer within \(timeoutSeconds) s")
        }
        guard captured.status == 0 else {
            let status = captured.status ?? -1
            let why = status == 63 ? "it is larger than \(Self.sizeLimit >> 20) MiB, far more than IANA's registry" : "curl exited with status \(status) (see its message above)"
            throw .downloadFailed(url: url, reason: why)
        }
        return String(decoding: captured.output, as: UTF8.self)
    }
}
