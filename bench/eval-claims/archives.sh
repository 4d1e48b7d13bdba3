#!/bin/bash
# The four claim rules over every archive this machine can rebuild, one mirror-messages.js run per archive (as a newsroom's CI
# checks one archive), and a summary line each: archives A (mirror-sources.json) and C–R, T–W, Y (archive-*-extract.py, from
# bare mirrors under /work/.mirror; B was never scripted, and S and X skip B's days, so those three are not rebuilt here).
# Run from the repository after `npx tsc -b`:
#   bash bench/eval-claims/archives.sh OUT [--extract]    # --extract: (re)build the archives' folders under /tmp/heldoutN first
# Compare two builds by running this from each checkout into two OUT folders and diffing the `#` lines (paths are relative).
set -u
out=${1:?usage: archives.sh OUT [--extract]}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
declare -A folder=([C]=4 [D]=5 [E]=6 [F]=7 [G]=8 [H]=9 [I]=10 [J]=11 [K]=12 [L]=13 [M]=14 [N]=15 [O]=16 [P]=17 [Q]=18 [R]=19 [T]=21 [U]=22 [V]=23 [W]=24 [Y]=26)
letters="C D E F G H I J K L M N O P Q R T U V W Y"
if [ "${2:-}" = "--extract" ]; then
  for a in $letters; do python3 "$here/archive-${a,,}-extract.py" > /dev/null || echo "archive $a: extraction failed (its mirror missing?)" >&2; done
fi
node "$here/mirror-messages.js" > "$out/A.txt" 2>&1
for a in $letters; do
  args=()
  for d in /tmp/heldout${folder[$a]}/*/; do [ -d "$d" ] && args+=(--folder "${d%/}"); done
  if [ ${#args[@]} -eq 0 ]; then echo "archive $a: no folders under /tmp/heldout${folder[$a]} (run with --extract)" >&2; continue; fi
  node "$here/mirror-messages.js" "${args[@]}" > "$out/$a.txt" 2>&1
done
for a in A $letters; do [ -f "$out/$a.txt" ] && echo "$a $(grep -m1 'claim-rule messages' "$out/$a.txt")"; done | tee "$out/summary.txt"
