#!/usr/bin/env bash
# Orrery's TsFile library vs the official one (tsfile-oracle bench, org.apache.tsfile:tsfile:2.4.0)
# on the same data in the same run: 1 device x 10 DOUBLE sensors x 1 000 000 rows of the oracle's
# random walk, 1 s timestamps, TS_2DIFF time + GORILLA values, LZ4 and ZSTD; then ETTh1 (ours).
# Both JVMs get -Xmx4g. "read" = every page of every series decoded and checked against the data.
#
#   tools/tsfile-tool/bench.sh [REPEAT]           (after: mvn -pl tools/tsfile-tool install)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
O="${ORACLE_DIR:-/work/shared/tools/tsfile-oracle}/tsfile-oracle"
etth1="${ETTH1:-/work/shared/datasets/ETT-small/ETTh1.csv}"
repeat="${1:-3}"
jar=$(ls "$here"/target/orrery-tsfile-tool-*.jar | head -1)
T() { java -Xmx4g -cp "$jar:$here/target/lib/*" org.orrery.tsfile.cli.Main "$@"; }
echo "# machine: $(nproc) cpus, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
for comp in LZ4 ZSTD; do
  echo "## official, $comp (library's fixed ZSTD level 22)"
  JAVA_OPTS=-Xmx4g "$O" bench --rows 1000000 --sensors 10 --repeat "$repeat" --compressor "$comp" --no-query \
    --out /tmp/bench-official.tsfile
  echo "## orrery, $comp (ZSTD level 3, Orrery's default)"
  T bench --rows 1000000 --sensors 10 --repeat "$repeat" --compressor "$comp" --out /tmp/bench-orrery.tsfile
done
for comp in LZ4 ZSTD; do
  echo "## orrery, ETTh1 ($etth1), $comp"
  T bench --csv "$etth1" --repeat $((repeat * 5)) --compressor "$comp" --out /tmp/bench-etth1.tsfile
done
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
