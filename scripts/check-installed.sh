#!/usr/bin/env bash
# Checks an installed portscope (the .deb in CI, or scripts/install.sh): the binary answers,
# its man page is found, and bash completes `portscope wh<TAB>` to `who`.
set -euo pipefail

fail() { echo "check-installed: $*" >&2; exit 1; }

command -v portscope >/dev/null || fail "portscope is not on PATH"
portscope --version
portscope 60776 --offline >/dev/null || fail "portscope 60776 failed"
answer="$(portscope 60776)" || fail "portscope 60776 failed"
head -n 3 <<<"$answer"
man -w portscope || fail "man cannot find portscope(1)"
man -w portscope-who >/dev/null || fail "man cannot find portscope-who(1)"
man -w portscope-serve >/dev/null || fail "man cannot find portscope-serve(1)"

# Completion as an interactive bash does it: bash-completion (enabled by ~/.bashrc on Debian
# and Ubuntu; root's .bashrc often leaves it out, so it is loaded here if missing) loads the
# script on first use.
completions="$(bash -ic '
  type _completion_loader >/dev/null 2>&1 || . /usr/share/bash-completion/bash_completion
  _completion_loader portscope 2>/dev/null || true
  spec="$(complete -p portscope 2>/dev/null)" || { echo "no completion for portscope" >&2; exit 1; }
  function="$(sed -n "s/.*-F \([^ ]*\).*/\1/p" <<<"$spec")"
  COMP_WORDS=(portscope wh); COMP_CWORD=1; COMP_LINE="portscope wh"; COMP_POINT=${#COMP_LINE}
  "$function" portscope wh portscope
  printf "%s\n" "${COMPREPLY[@]}"
' 2>/dev/null)" || fail "bash has no completion for portscope"
grep -qx 'who' <<<"$completions" || fail "bash does not complete 'portscope wh' to 'who' (got: $(tr '\n' ' ' <<<"$completions"))"
echo "check-installed: portscope, its man pages and bash completion work"
