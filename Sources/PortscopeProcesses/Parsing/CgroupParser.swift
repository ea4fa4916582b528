import PortscopeSystem

/// Recognises container runtimes in `/proc/PID/cgroup`.
///
/// Lines are `hierarchy-id:controllers:path` (cgroup v2: one line `0::/path`). Recognised paths:
/// - docker: `…/docker-<64 hex>.scope` (systemd driver) or `/docker/<64 hex>` (cgroupfs)
/// - containerd (Kubernetes CRI): `…/cri-containerd-<id>.scope`
/// - CRI-O: `…/crio-<id>.scope` (not `crio-conmon-`)
/// - podman: `…/libpod-<id>.scope` (not `libpod-conmon-`)
/// - Kubernetes pods: `…kubepods…-pod<uid>.slice/…` or `/kubepods/<qos>/pod<uid>/<id>`
///
/// Paths are split as bytes: cgroup names can be chosen by users with delegated cgroups.
public enum CgroupParser {
    public static func container(fromCgroup bytes: [UInt8]) -> Container? {
        for line in ByteText.lines(bytes) {
            let fields = line.split(separator: UInt8(ascii: ":"), maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            if let container = container(fromPath: Array(fields[2])) { return container }
        }
        return nil
    }

    /// The container a single cgroup path points at.
    public static func container(fromPath path: [UInt8]) -> Container? {
        // Components that are not valid UTF-8 can name no runtime: they become U+FFFD and match nothing.
        let components = path.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) }
        let pod = podUID(in: components)
        for component in components.reversed() {
            let name = component.hasSuffix(".scope") ? String(component.utf8.dropLast(6)) ?? component : component
            for (prefix, runtime) in [("docker-", "docker"), ("cri-containerd-", "containerd"), ("crio-", "cri-o"), ("libpod-", "podman")] {
                if name.utf8.starts(with: prefix.utf8), !name.utf8.starts(with: (prefix + "conmon-").utf8) {
                    let id = String(name.utf8.dropFirst(prefix.utf8.count)) ?? ""
                    if isContainerID(id) { return Container(runtime: runtime, id: id, pod: pod) }
                }
            }
        }
        // cgroupfs layouts: /docker/<id>, /kubepods/<qos>/pod<uid>/<id>
        if let index = components.firstIndex(of: "docker"), index + 1 < components.count, isContainerID(components[index + 1]) {
            return Container(runtime: "docker", id: components[index + 1], pod: pod)
        }
        if pod != nil, let last = components.last, isContainerID(last) {
            return Container(runtime: "kubernetes", id: last, pod: pod)
        }
        return nil
    }

    static func podUID(in components: [String]) -> String? {
        for component in components {
            var uid: Substring.UTF8View
            if component.utf8.starts(with: "kubepods".utf8),
               let marker = component.utf8.split(separator: UInt8(ascii: "-")).last(where: { $0.starts(with: "pod".utf8) }) {
                uid = marker.dropFirst(3)                  // kubepods-burstable-pod<uid>.slice
            } else if component.utf8.starts(with: "pod".utf8) {
                uid = component[...].utf8.dropFirst(3)     // /kubepods/burstable/pod<uid>/
            } else {
                continue
            }
            if uid.count >= 6, uid.suffix(6).elementsEqual(".slice".utf8) { uid = uid.dropLast(6) }
            let normalized = String(decoding: uid.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
            if normalized.utf8.count >= 32, normalized.utf8.allSatisfy({ isHex($0) || $0 == UInt8(ascii: "-") }) { return normalized }
        }
        return nil
    }

    static func isContainerID(_ id: String) -> Bool {
        id.utf8.count >= 32 && id.utf8.count <= 128 && id.utf8.allSatisfy(isHex)
    }

    static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}
