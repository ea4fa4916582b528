/// Whether two bound addresses claim some of the same address space (Linux's rules).
public enum AddressOverlap {
    /// - Same family: either is the wildcard, or they are equal.
    /// - An IPv4 address against an IPv6 socket: the IPv6 socket takes IPv4 only when it is
    ///   `[::]` without IPV6_V6ONLY (unknown counts as without: Linux's default), or when it is
    ///   bound to the IPv4-mapped form of an overlapping IPv4 address.
    public static func overlaps(_ a: IPAddress, v6OnlyA: Bool?, _ b: IPAddress, v6OnlyB: Bool?) -> Bool {
        switch (a.family, b.family) {
        case (.ipv4, .ipv4), (.ipv6, .ipv6):
            if a.isUnspecified || b.isUnspecified || a == b { return true }
            if let ma = a.ipv4Mapped, let mb = b.ipv4Mapped { return ma == mb }
            return false
        case (.ipv4, .ipv6):
            return ipv6(b, v6Only: v6OnlyB, takes: a)
        case (.ipv6, .ipv4):
            return ipv6(a, v6Only: v6OnlyA, takes: b)
        }
    }

    static func ipv6(_ v6: IPAddress, v6Only: Bool?, takes v4: IPAddress) -> Bool {
        if v6.isUnspecified { return !(v6Only ?? false) }
        guard let mapped = v6.ipv4Mapped else { return false }
        return mapped.isUnspecified || v4.isUnspecified || mapped == v4
    }
}
