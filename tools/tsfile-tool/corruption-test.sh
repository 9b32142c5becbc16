#!/usr/bin/env bash
# The tsfile-oracle's corruption cases (../shared/tools/tsfile-oracle/corruption-test.sh) run
# against orrery-tsfile dump, plus corrupt counts. Every damaged file must give exit 2 with one
# clear `ERROR:` line on stderr (no stack trace), or exit 0 when the damage is undetectable (TsFile
# pages have no checksums; dump's verification recomputes every chunk's and series' statistics
# from the decoded points, so exit 0 means the damage left them equal) -- never another exit code
# or a hang (each dump runs under --timeout 60).
#
#   tools/tsfile-tool/corruption-test.sh [WORK_DIR]      (after: mvn -pl tools/tsfile-tool install)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar=$(ls "$here"/target/orrery-tsfile-tool-*.jar 2>/dev/null | head -1)
if [ -z "$jar" ] || [ ! -d "$here/target/lib" ]; then
  echo "build first: cd /work/main && mvn -B -q -pl tools/tsfile-tool install" >&2; exit 2
fi
T() { java -Xmx1g -cp "$jar:$here/target/lib/*" org.orrery.tsfile.cli.Main "$@"; }
dir="${1:-/tmp/orrery-tsfile-corrupt}"
rm -rf "$dir"; mkdir -p "$dir"
good="$dir/good.tsfile"
# the official sample (byte-identical to `tsfile-oracle write`), committed as a test fixture
cp "$here/../../bundles/tsfile/src/test/resources/oracle/sample.tsfile" "$good"
size=$(stat -c %s "$good")
goodsum=$(T dump "$good" --no-points | grep '^summary')
meta=$(T dump "$good" --no-points | sed -n 's/^# file=.* metaOffset=\([0-9]*\).*/\1/p')

flip() { local b; b=$(od -An -tu1 -j "$2" -N1 "$1" | tr -d ' ')
  printf "$(printf '\\x%02x' $(( b ^ 255 )))" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none; }
setbyte() { printf "$(printf '\\x%02x' "$3")" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none; }
setint() { printf "$(printf '\\x%02x\\x%02x\\x%02x\\x%02x' $(( ($3>>24)&255 )) $(( ($3>>16)&255 )) $(( ($3>>8)&255 )) $(( $3&255 )))" \
  | dd of="$1" bs=1 seek="$2" conv=notrunc status=none; }

fail=0; n=0
check() { # name file
  local out rc sum start secs verdict="ok"
  n=$((n+1)); start=$(date +%s.%N)
  out=$(T dump "$2" --no-points --timeout 60 2>&1 >"$2.out"); rc=$?
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  sum=$(grep '^summary' "$2.out")
  local lines; lines=$(printf '%s' "$out" | grep -c '')
  if [ $rc -eq 0 ]; then
    if [ "$sum" != "$goodsum" ]; then verdict="undetected (no page checksums, statistics still agree): values changed, dump shows them"; else verdict="harmless (dump identical)"; fi
    [ -n "$out" ] && { verdict="BAD: exit 0 with stderr output"; fail=1; }
  elif [ $rc -eq 2 ]; then
    if [ "$lines" -ne 1 ] || ! printf '%s' "$out" | grep -q '^ERROR: ' || printf '%s' "$out" | grep -q $'\tat '; then
      verdict="BAD: not exactly one ERROR line"; fail=1; fi
  else verdict="BAD EXIT $rc"; fail=1; fi
  printf '%-34s exit=%d %5.1fs %s\n    %s\n' "$1" "$rc" "$secs" "$verdict" "$(printf '%s' "$out" | head -1 | cut -c1-230)"
}

: > "$dir/empty.tsfile"; check "empty file" "$dir/empty.tsfile"
head -c 100000 /dev/urandom > "$dir/garbage.tsfile"; check "random bytes" "$dir/garbage.tsfile"
head -c $((size/2)) "$good" > "$dir/half.tsfile"; check "truncated to half (unclosed)" "$dir/half.tsfile"
head -c $((size-1)) "$good" > "$dir/minus1.tsfile"; check "last byte missing" "$dir/minus1.tsfile"
cp "$good" "$dir/magic.tsfile"; setbyte "$dir/magic.tsfile" 0 0x74; check "head magic changed" "$dir/magic.tsfile"
cp "$good" "$dir/version.tsfile"; setbyte "$dir/version.tsfile" 6 9; check "version byte 9" "$dir/version.tsfile"
cp "$good" "$dir/v3.tsfile"; setbyte "$dir/v3.tsfile" 6 3; check "version byte 3 (v4 body)" "$dir/v3.tsfile"
cp "$good" "$dir/metasize.tsfile"; flip "$dir/metasize.tsfile" $((size-8)); check "file-metadata size damaged" "$dir/metasize.tsfile"
cp "$good" "$dir/marker.tsfile"; setbyte "$dir/marker.tsfile" 7 0x07; check "chunk-group marker damaged" "$dir/marker.tsfile"
cp "$good" "$dir/chunkhdr.tsfile"; setbyte "$dir/chunkhdr.tsfile" 24 0x09; check "first chunk marker damaged" "$dir/chunkhdr.tsfile"
for off in 30 5000 12000 27000 40000 70600 150000 200000; do
  cp "$good" "$dir/data$off.tsfile"; flip "$dir/data$off.tsfile" $off; check "data byte $off flipped" "$dir/data$off.tsfile"
done
for d in 1 50 500 2000 4000; do
  cp "$good" "$dir/idx$d.tsfile"; flip "$dir/idx$d.tsfile" $((meta+d)); check "index byte metaOffset+$d flipped" "$dir/idx$d.tsfile"
done
cp "$good" "$dir/sep.tsfile"; setbyte "$dir/sep.tsfile" "$meta" 0x00; check "separator marker damaged" "$dir/sep.tsfile"
# huge counts: the file-metadata size, and the first chunk's data size (the uvarint at offset 29,
# after the chunk marker at 24 and the measurement id "i32")
cp "$good" "$dir/hugemeta.tsfile"; setint "$dir/hugemeta.tsfile" $((size-10)) 2147483647; check "file-metadata size 2^31-1" "$dir/hugemeta.tsfile"
cp "$good" "$dir/hugechunk.tsfile"; for o in 29 30 31; do setbyte "$dir/hugechunk.tsfile" $o 0xff; done; setbyte "$dir/hugechunk.tsfile" 32 0x7f
check "first chunk data size huge" "$dir/hugechunk.tsfile"
echo
echo "$n cases."
if [ $fail -eq 0 ]; then echo "corruption-test: PASS (exit 0 or 2 with one ERROR line; no stack trace, no other exit code, no hang)"; else echo "corruption-test: FAIL"; fi
exit $fail
