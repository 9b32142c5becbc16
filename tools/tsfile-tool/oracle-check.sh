#!/usr/bin/env bash
# Checks orrery-tsfile against the official Apache TsFile library wrapped by the tsfile-oracle
# (never a build dependency: this script only runs both tools side by side).
#
#   tools/tsfile-tool/oracle-check.sh [WORK_DIR]        (after: mvn -pl tools/tsfile-tool install)
#
# 1. oracle `write` (basic and --extended sample) -> our `dump` == oracle `expected`, canonical
#    (non-#) lines, line for line.
# 2. our `rewrite` of the official sample for every encoding override x every compressor
#    -> oracle `dump` must exit 0 (readable and self-consistent) and oracle `compare` with the
#    original must say SAME.
# Prints a markdown report; exits 1 if any check fails. ORACLE_DIR overrides the oracle location.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
oracle_dir="${ORACLE_DIR:-/work/shared/tools/tsfile-oracle}"
O="$oracle_dir/tsfile-oracle"
work="${1:-/tmp/orrery-oracle-check}"
jar=$(ls "$here"/target/orrery-tsfile-tool-*.jar 2>/dev/null | head -1)
if [ -z "$jar" ] || [ ! -d "$here/target/lib" ]; then
  echo "build first: cd /work/main && mvn -B -q -pl tools/tsfile-tool install" >&2
  exit 2
fi
T() { java -Xmx2g -cp "$jar:$here/target/lib/*" org.orrery.tsfile.cli.Main "$@"; }
rm -rf "$work"; mkdir -p "$work"
fail=0

echo "## 1. Official files read by orrery-tsfile dump"
echo
echo "| sample | official file | canonical lines | result |"
echo "| --- | --- | --- | --- |"
for kind in basic extended; do
  flag=""; [ "$kind" = extended ] && flag="--extended"
  f="$work/official-$kind.tsfile"
  "$O" write "$f" $flag >/dev/null 2>&1
  "$O" expected $flag | grep -v '^#' > "$work/expected-$kind.txt"
  T dump "$f" > "$work/ours-$kind.dump" 2> "$work/ours-$kind.err"; rc=$?
  grep -v '^#' "$work/ours-$kind.dump" > "$work/ours-$kind.txt"
  if [ $rc -eq 0 ] && cmp -s "$work/ours-$kind.txt" "$work/expected-$kind.txt"; then
    res="IDENTICAL ($(grep '^summary' "$work/ours-$kind.txt" | sed 's/.*sha256=\(........\).*/sha256 \1…/'))"
  else
    res="FAIL (exit $rc, first difference: $(diff "$work/ours-$kind.txt" "$work/expected-$kind.txt" | head -2 | tr '\n' ' ' | cut -c1-120))"
    fail=1
  fi
  echo "| $kind | $(stat -c %s "$f") bytes | $(wc -l < "$work/expected-$kind.txt") | $res |"
done
echo

echo "## 2. orrery-tsfile rewrite of the official sample, read back by the official library"
echo
echo "Encoding override applies to the series whose type the format allows it for (others keep theirs)."
echo
echo "| sample | --encoding | --compressor | rewritten bytes | oracle dump | oracle compare with original |"
echo "| --- | --- | --- | --- | --- | --- |"
encodings="(keep) PLAIN DICTIONARY RLE TS_2DIFF GORILLA_V1 GORILLA ZIGZAG CHIMP SPRINTZ RLBE ${EXTRA_ENCODINGS:-}"
compressors="UNCOMPRESSED SNAPPY GZIP LZ4 ZSTD LZMA2"
pairs=0; good=0
for kind in basic extended; do
  src="$work/official-$kind.tsfile"
  for enc in $encodings; do
    # the extended sample only adds types; one full pass over the encodings on the basic sample
    # and the compressors without override on the extended one keep the run short
    if [ "$kind" = extended ] && [ "$enc" != "(keep)" ]; then continue; fi
    for comp in $compressors; do
      out="$work/rw-$kind-${enc//[()]/}-$comp.tsfile"
      args=(rewrite "$src" "$out" --compressor "$comp")
      [ "$enc" != "(keep)" ] && args+=(--encoding "$enc")
      pairs=$((pairs+1))
      if ! T "${args[@]}" > "$out.log" 2>&1; then
        if [ "$enc" = GORILLA_V1 ] && grep -q "GORILLA_V1 DOUBLE cannot store NaN" "$out.log"; then
          # NaN is GORILLA_V1's end-of-page marker: the sample's NaN values cannot be stored in it
          # (the official writer silently truncates the page there); refusing is the right answer.
          echo "| $kind | $enc | $comp | - | refused as expected: the sample has NaN, GORILLA_V1's page-end marker | - |"
          good=$((good+1)); continue
        fi
        echo "| $kind | $enc | $comp | - | rewrite failed: $(tail -1 "$out.log" | cut -c1-100) | - |"; fail=1; continue
      fi
      "$O" dump "$out" --no-points > "$out.oracle-dump" 2> "$out.oracle-err"; drc=$?
      cmpout=$("$O" compare "$out" "$src" 2>&1); crc=$?
      verdict="exit $drc"; [ $drc -ne 0 ] && verdict="exit $drc: $(head -1 "$out.oracle-err" | cut -c1-90)$(grep -m1 '# PROBLEM' "$out.oracle-dump" | cut -c1-90)"
      cverdict="$(echo "$cmpout" | head -1 | cut -c1-80) (exit $crc)"
      if [ $drc -eq 0 ] && [ $crc -eq 0 ]; then good=$((good+1)); else fail=1; fi
      echo "| $kind | $enc | $comp | $(stat -c %s "$out") | $verdict | $cverdict |"
    done
  done
done
echo
echo "Pairs: $pairs, passed (oracle dump exit 0 and compare SAME, or GORILLA_V1 refusing NaN): $good."
echo
echo "## 3. Every encoding on data without NaN (the official v3 file), read back by the official library"
echo
echo "| source | --encoding | --compressor | rewritten bytes | oracle dump | oracle compare with original |"
echo "| --- | --- | --- | --- | --- | --- |"
v3src="$here/../../bundles/tsfile/src/test/resources/oracle/v3.tsfile"
for enc in PLAIN DICTIONARY RLE TS_2DIFF GORILLA_V1 GORILLA ZIGZAG CHIMP SPRINTZ RLBE ${EXTRA_ENCODINGS:-}; do
  out="$work/rw-v3-$enc.tsfile"
  if ! T rewrite "$v3src" "$out" --encoding "$enc" --compressor LZ4 > "$out.log" 2>&1; then
    echo "| v3.tsfile | $enc | LZ4 | - | rewrite failed: $(tail -1 "$out.log" | cut -c1-100) | - |"; fail=1; continue
  fi
  "$O" dump "$out" --no-points > "$out.oracle-dump" 2> "$out.oracle-err"; drc=$?
  cmpout=$("$O" compare "$out" "$v3src" 2>&1); crc=$?
  [ $drc -ne 0 ] || [ $crc -ne 0 ] && fail=1
  echo "| v3.tsfile | $enc | LZ4 | $(stat -c %s "$out") | exit $drc$(grep -m1 '# PROBLEM' "$out.oracle-dump" | cut -c1-90) | $(echo "$cmpout" | head -1 | cut -c1-80) (exit $crc) |"
done
echo
if [ $fail -eq 0 ]; then echo "oracle-check: PASS"; else echo "oracle-check: FAIL"; fi
exit $fail
