/// Recognises container runtimes in `/proc/PID/cgroup`.
///
/// Lines are `hierarchy-id:controllers:path` (cgroup v2: one line `0::/path`). Recognised paths:
/// - docker: `…/docker-<64 hex>.scope` (systemd driver) or `/docker/<64 hex>` (cgroupfs)
/// - containerd (Kubernetes CRI): `…/cri-containerd-<id>.scope`
/// - CRI-O: `…/crio-<id>.scope` (not `crio-conmon-`)
/// - podman: `…/libpod-<id>.scope` (not `libpod-conmon-`)
/// - Kubernetes pods: `…kubepods…-pod<uid>.slice/…` or `/kubepods/<qos>/pod<uid>/<id>`
public enum CgroupParser {
    public static func container(fromCgroup text: String) -> Container? {
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            if let container = container(fromPath: String(fields[2])) { return container }
        }
        return nil
    }

    /// The container a single cgroup path points at.
    public static func container(fromPath path: String) -> Container? {
        let components = path.split(separator: "/").map(String.init)
        let pod = podUID(in: components)
        for component in components.reversed() {
            let name = component.hasSuffix(".scope") ? String(component.dropLast(6)) : component
            for (prefix, runtime) in [("docker-", "docker"), ("cri-containerd-", "containerd"), ("crio-", "cri-o"), ("libpod-", "podman")] {
                if name.hasPrefix(prefix), !name.hasPrefix(prefix + "conmon-") {
                    let id = String(name.dropFirst(prefix.count))
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
            var uid: Substring
            if component.hasPrefix("kubepods"), let marker = component.split(separator: "-").last(where: { $0.hasPrefix("pod") }) {
                uid = marker.dropFirst(3)                  // kubepods-burstable-pod<uid>.slice
            } else if component.hasPrefix("pod") {
                uid = component.dropFirst(3)               // /kubepods/burstable/pod<uid>/
            } else {
                continue
            }
            if uid.hasSuffix(".slice") { uid = uid.dropLast(6) }
            let normalized = String(uid.map { $0 == "_" ? "-" : $0 })
            if normalized.count >= 32 { return normalized }
        }
        return nil
    }

    static func isContainerID(_ id: String) -> Bool {
        id.count >= 32 && id.allSatisfy(\.isHexDigit)
    }
}
