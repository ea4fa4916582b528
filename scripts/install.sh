#!/usr/bin/env bash
# Builds portscope's release binaries with the Swift runtime linked statically and installs
# them with their man pages and bash, zsh and fish completions.
#
#   scripts/install.sh                      # into /usr/local (run as root, or with sudo)
#   scripts/install.sh --prefix ~/.local    # into your home: add ~/.local/bin to PATH
#   scripts/install.sh --prefix /usr --destdir /tmp/stage   # staged, for packaging
#
# Installed files (PREFIX defaults to /usr/local):
#   PREFIX/bin/portscope, PREFIX/bin/portscope-serve
#   PREFIX/share/man/man1/portscope.1 and one page per subcommand (portscope-who.1, …)
#   PREFIX/share/bash-completion/completions/portscope
#   PREFIX/share/zsh/site-functions/_portscope        (--zsh-dir to change)
#   PREFIX/share/fish/vendor_completions.d/portscope.fish
#   PREFIX/share/doc/portscope/ (README, LICENSE, docs/, deploy/ examples)
# The systemd unit for `portscope serve` is copied to PREFIX/share/doc/portscope/deploy; see
# the README's "Install" section to enable it.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=/usr/local
destdir=""
zsh_dir=""
scratch=.build-release
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="${2:?--prefix needs a directory}"; shift 2 ;;
    --prefix=*) prefix="${1#*=}"; shift ;;
    --destdir) destdir="${2:?--destdir needs a directory}"; shift 2 ;;
    --destdir=*) destdir="${1#*=}"; shift ;;
    --zsh-dir) zsh_dir="${2:?--zsh-dir needs a directory}"; shift 2 ;;
    --scratch-path) scratch="${2:?--scratch-path needs a directory}"; shift 2 ;;
    --no-build) build=""; shift ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument '$1' (see --help)" >&2; exit 64 ;;
  esac
done
case "$prefix" in /*) ;; *) prefix="$(cd "$prefix" 2>/dev/null && pwd || echo "$PWD/$prefix")" ;; esac
zsh_dir="${zsh_dir:-$prefix/share/zsh/site-functions}"
root="$destdir$prefix"

if [ -n "$build" ]; then
  # Man pages: swift-argument-parser's generate-manual plugin, from the commands' own help.
  # It builds the package in release mode first (the same scratch path, so the build below
  # only relinks).
  swift package --scratch-path "$scratch" plugin generate-manual --multi-page --authors "the portscope authors" \
    --date "$(git log -1 --format=%cs 2>/dev/null || date -u +%F)" >&2
  # The Swift runtime and Foundation linked in: the binaries need only the C and C++ runtime
  # libraries every Linux system has.
  swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product portscope >&2
  swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product portscope-serve >&2
fi
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"
# The plugin writes one directory of pages per executable; portscope's has a page per
# subcommand, named `portscope.ls.1`: installed as `portscope-ls.1`, as man(1) users expect
# (`man portscope-ls`). `portscope serve` documents the options of `portscope-serve`, so its
# page is `portscope-serve.1`; the `help` subcommand's page is left out.
manuals="$(find "$scratch/plugins" -type d -path '*GenerateManual*/portscope' -print -quit 2>/dev/null || true)"
if [ -z "$manuals" ] || [ ! -f "$manuals/portscope.1" ]; then
  echo "install.sh: no man pages under $scratch/plugins (did the generate-manual plugin run?)" >&2
  exit 1
fi
install -d "$root/bin" "$root/share/man/man1" "$root/share/bash-completion/completions" \
  "$destdir$zsh_dir" "$root/share/fish/vendor_completions.d" "$root/share/doc/portscope"
install -m 0755 "$bin/portscope" "$bin/portscope-serve" "$root/bin/"
# In each page, the NAME section names the file (`portscope-ls`, so whatis and apropos find
# it) while the synopsis keeps the command as typed (`portscope ls`); blank lines, which mdoc
# warns about, become paragraph breaks.
for page in "$manuals"/portscope*.1; do
  name="$(basename "$page" .1)"
  case "$name" in *.help) continue ;; esac
  file="${name//./-}"
  awk -v file="$file" '
    /^\.Sh / { section = $2 }
    /^\.Dt / { print ".Dt " toupper(file) " " $NF; next }
    section == "NAME" && /^\.Nm / && !named { command = substr($0, 5); print ".Nm " file; named = 1; next }
    /^\.Nm$/ && command != "" { print ".Nm " command; next }
    /^$/ { print ".Pp"; next }
    { print }
  ' "$page" > "$root/share/man/man1/$file.1"
  chmod 0644 "$root/share/man/man1/$file.1"
done
# Completions come from the installed binary itself (swift-argument-parser).
# bash-completion sources its files: no #! line.
"$root/bin/portscope" --generate-completion-script bash | sed '1{/^#!/d}' > "$root/share/bash-completion/completions/portscope"
"$root/bin/portscope" --generate-completion-script zsh > "$destdir$zsh_dir/_portscope"
"$root/bin/portscope" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/portscope.fish"
chmod 0644 "$root/share/bash-completion/completions/portscope" "$destdir$zsh_dir/_portscope" "$root/share/fish/vendor_completions.d/portscope.fish"
install -m 0644 README.md LICENSE "$root/share/doc/portscope/"
cp -R docs "$root/share/doc/portscope/docs"
install -d "$root/share/doc/portscope/deploy"
cp -R deploy/. "$root/share/doc/portscope/deploy/"
# The unit names the installed binary.
sed -i "s|/usr/local/bin/portscope-serve|$prefix/bin/portscope-serve|g" "$root/share/doc/portscope/deploy/systemd/portscope-serve.service"

echo "installed portscope $("$root/bin/portscope" --version | head -n1 | cut -d' ' -f2) into ${destdir}${prefix}" >&2
