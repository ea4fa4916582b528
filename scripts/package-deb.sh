#!/usr/bin/env bash
# Builds a Debian package of portscope with dpkg-deb: the release binaries (Swift runtime linked
# statically, stripped), man pages, bash/zsh/fish completions, the systemd unit for
# `portscope serve` (installed, not enabled), and the copyright file with the IANA data notice.
#
#   scripts/package-deb.sh [--output DIR] [--no-build]     # writes DIR/portscope_VERSION_ARCH.deb
#
# Then: apt-get install ./portscope_VERSION_ARCH.deb   (and `lintian` on it reports no errors).
set -euo pipefail
cd "$(dirname "$0")/.."

output="$PWD"
install_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --output) output="${2:?--output needs a directory}"; shift 2 ;;
    --no-build) install_args+=(--no-build); shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "package-deb.sh: unknown argument '$1' (see --help)" >&2; exit 64 ;;
  esac
done
for tool in dpkg-deb dpkg strip gzip; do
  command -v "$tool" >/dev/null || { echo "package-deb.sh: needs $tool (Debian: dpkg-dev, binutils)" >&2; exit 69; }
done

version="$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/portscope/PortscopeVersion.swift)"
arch="$(dpkg --print-architecture)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/portscope"
umask 022

scripts/install.sh --prefix /usr --destdir "$root" --zsh-dir /usr/share/zsh/vendor-completions "${install_args[@]}"

# Debian's layout: stripped binaries, compressed man pages and changelog, the copyright file,
# the unit where systemd looks for packaged units.
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/portscope" "$root/usr/bin/portscope-serve"
gzip -9n "$root"/usr/share/man/man1/*.1
doc="$root/usr/share/doc/portscope"
rm -f "$doc/LICENSE" # the copyright file has it
install -m 0644 packaging/copyright "$doc/copyright"
gzip -9n < packaging/changelog > "$doc/changelog.gz"
install -d "$root/lib/systemd/system"
install -m 0644 "$doc/deploy/systemd/portscope-serve.service" "$root/lib/systemd/system/portscope-serve.service"
# Documentation examples are not configuration: drop the copies of what is installed.
rm -rf "$doc/deploy/systemd"
find "$root" -type d -exec chmod 0755 {} +

# The binaries need only the C library (the Swift runtime is inside): the newest GLIBC symbol
# version they use is the minimum libc6.
glibc="$(objdump -T "$root/usr/bin/portscope" "$root/usr/bin/portscope-serve" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n1)"
others="$(objdump -p "$root/usr/bin/portscope" "$root/usr/bin/portscope-serve" | awk '/NEEDED/ {print $2}' | sort -u | grep -vE '^(libc|libm|libdl|libpthread|librt|ld-linux[^ ]*)\.so' || true)"
depends="libc6 (>= $glibc)"
for library in $others; do
  package="$(dpkg -S "*/$library" 2>/dev/null | head -n1 | cut -d: -f1 || true)"
  [ -n "$package" ] || { echo "package-deb.sh: no package provides $library" >&2; exit 1; }
  depends="$depends, $package"
done
size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
install -d "$root/DEBIAN"
cat > "$root/DEBIAN/control" <<CONTROL
Package: portscope
Version: $version
Architecture: $arch
Maintainer: portscope authors <portscope@users.noreply.github.com>
Installed-Size: $size
Depends: $depends
Suggests: prometheus
Section: net
Priority: optional
Homepage: https://github.com/portscope/portscope
Description: what is this port, and what is using it on this machine
 portscope explains a port number (its RFC 6335 range, IANA registrations,
 whether Linux, Windows and macOS hand it out as an ephemeral port, and this
 host's ephemeral range) and shows every TCP and UDP socket using it, with the
 processes, users, containers and systemd units holding it, read from the
 kernel (netlink sock_diag and /proc).
 .
 It also explains why a bind fails, picks and holds safe ports, frees a port,
 waits for a port, watches ports come and go, compares listeners with a saved
 baseline, measures ephemeral-port pressure, audits source-port randomization,
 and exports all of it to Prometheus (portscope-serve, with a systemd unit that
 is installed but not enabled).
CONTROL
(cd "$root" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

mkdir -p "$output"
deb="$output/portscope_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >&2
echo "$deb"
