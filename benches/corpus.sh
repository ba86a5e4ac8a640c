#!/usr/bin/env bash
# Benchmark: paperlint over a realistic corpus of 10,000 papers, against
# ripgrep over the same tree as the floor.
#
#   benches/corpus.sh [N]        (default N=10000; needs python3, and rg if present)
#
# Generates the corpus once with the shared generator (deterministic, seed 1),
# then times `paperlint check` (all default rules) and `rg -c Implications`,
# best of 3, and reports peak memory. Also times one ~40 KB paper, whole
# process. Figures go to standard output; nothing is asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
corpus=${CORPUS_DIR:-/tmp/paperlint-corpus-$n}

cargo build --release --quiet
bin=target/release/paperlint

if [ ! -f "$corpus/manifest.json" ]; then
  python3 "$gen" --n "$n" --out "$corpus" --seed 1 >/dev/null
fi
papers=$(find "$corpus" -name '*.md' | wc -l)
size=$(du -sm "$corpus" | cut -f1)
echo "corpus: $papers papers, ${size} MB in $corpus"

timing=$(mktemp)
trap 'rm -f "$timing"' EXIT

best() { # best wall time of 3 runs of "$@", in seconds
  local best=999 t
  for _ in 1 2 3; do
    /usr/bin/time -f '%e' -o "$timing" "$@" >/dev/null 2>&1 || true
    t=$(tail -1 "$timing")
    best=$(python3 -c "print(min($best, $t))")
  done
  echo "$best"
}

echo "paperlint check (all default rules): $(best "$bin" check "$corpus" --format summary) s"
/usr/bin/time -f '%M' -o "$timing" "$bin" check "$corpus" --format summary >/dev/null 2>&1 || true
peak=$(tail -1 "$timing")
echo "paperlint peak memory: $((peak / 1024)) MB"
if command -v rg >/dev/null; then
  echo "rg -c Implications (floor): $(best rg -c Implications "$corpus") s"
fi
one=$(find "$corpus" -name '*.md' -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2-)
if [ -n "$one" ]; then
  echo "one paper ($(du -k "$one" | cut -f1) KB), whole process: $(best "$bin" check "$one") s"
fi
