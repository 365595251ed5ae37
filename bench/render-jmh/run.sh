#!/usr/bin/env bash
# Builds the renderer and the ru-standard pack (with -am: the local Maven repository is shared between work trees),
# builds the JMH benchmarks and runs them at 1 and 2 threads with -prof gc. Results go to
# bench/render-jmh/results/<UTC date-time>-<label>-t<threads>.txt (a header with the commit and the load, then JMH's
# table, with gc.alloc.rate.norm = bytes allocated per render and cpu.ms/op = CPU of the whole benchmark JVM per render);
# JMH's full log stays in bench/render-jmh/target/.
#
# Environment: THREADS="1 2", WI=10 (warm-up iterations: with both cores busy, FOP's code is still being compiled after
# 15 s, and throughput rose by half over the next 40 s in runs with WI=3), I=5 (measured iterations), SECONDS_PER_ITER=5, FORKS=1,
# FILTER=RenderBenchmark (a JMH regexp), JMH_ARGS (more JMH options, e.g. "-p doc=invoice"), LABEL (file name part),
# BUILD=always|never.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
THREADS="${THREADS:-1 2}"
WI="${WI:-10}"
I="${I:-5}"
SECONDS_PER_ITER="${SECONDS_PER_ITER:-5}"
FORKS="${FORKS:-1}"
FILTER="${FILTER:-RenderBenchmark}"
JMH_ARGS="${JMH_ARGS:-}"
LABEL="${LABEL:-run}"
BUILD="${BUILD:-always}"

mvn_offline_first() {
  mvn -o -q "$@" || mvn -q "$@"
}

if [ "$BUILD" != never ]; then
  echo "== building app-ejb and the ru-standard pack (-am)"
  (cd "$root" && mvn_offline_first -pl app-ejb,plugins/template-packs/ru-standard -am install -DskipTests)
  echo "== building the benchmarks"
  (cd "$here" && mvn_offline_first package)
fi

mkdir -p "$here/results"
stamp="$(date -u +%Y%m%d-%H%M)"
commit="$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- app-ejb plugins bench/render-jmh/src || echo '+changes')"

for t in $THREADS; do
  out="$here/results/$stamp-$LABEL-t$t.txt"
  log="$here/target/$stamp-$LABEL-t$t.log"
  loads="$(mktemp)"
  (while sleep 10; do cut -d' ' -f1 /proc/loadavg >>"$loads"; done) &
  sampler=$!
  echo "== $FILTER at $t thread(s) → $out"
  (cd "$here" && java -jar target/benchmarks.jar "$FILTER" -t "$t" -wi "$WI" -i "$I" -w "${SECONDS_PER_ITER}s" \
    -r "${SECONDS_PER_ITER}s" -f "$FORKS" -prof gc -prof dev.backoffice.bench.render.CpuProfiler $JMH_ARGS) | tee "$log"
  kill "$sampler" 2>/dev/null || true
  {
    echo "# render-jmh: $FILTER, threads $t, -wi $WI -i $I, ${SECONDS_PER_ITER} s iterations, forks $FORKS $JMH_ARGS"
    echo "# date (UTC) $(date -u '+%Y-%m-%d %H:%M'), commit $commit, $(nproc) cores, $(java -version 2>&1 | head -1)"
    echo "# 1-minute load average during the run (sampled every 10 s): $(sort -n "$loads" | awk '{a[NR]=$1; s+=$1} END {if (NR) printf "min %s, mean %.1f, max %s (%d samples)", a[1], s/NR, a[NR], NR}')"
    grep -o '# [a-z]*: [0-9]* pages.*' "$log" | sort -u || true
    sed -n '/^Benchmark /,$p' "$log"
  } >"$out"
  rm -f "$loads"
done
echo "== results in $here/results"
