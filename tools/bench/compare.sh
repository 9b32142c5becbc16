#!/usr/bin/env bash
# Runs the paper's workload against Apache IoTDB and against Orrery, one after the other on this
# machine, with the same parameters, and prints both results and their ratios.
#
#   tools/bench/compare.sh [bench options]      default options: --rows 1m --runs 15
#
# 1. starts Apache IoTDB with ../shared/peers/iotdb/start.sh (fresh data dir), runs the peer
#    benchmark (../shared/peers/iotdb-bench, copied to a writable work dir because the shared copy
#    is read-only) in mode `all`, stops IoTDB with its stop.sh (by the PIDs in its pid files);
# 2. copies the built distribution (distribution/target/orrery; build it first with
#    `mvn -B -q -ntp -pl distribution install`; ORRERY_DIST=<dir> points at another one, e.g. a
#    private build /tmp/dist-<name>/distribution/target/orrery), starts it on free ports with an empty data dir,
#    runs bin/orrery-bench all with the same options, stops it (bin/orrery-server stop, then the
#    PID in its pid file if it is still alive after 90 s);
# 3. prints both outputs and a summary table.
# Everything is written under $COMPARE_WORK (default /tmp/orrery-compare); nothing is killed by name.
# ORRERY_BENCH_ARGS="--pages-per-fetch 1 ...", when set, is appended to Orrery's bench only (options
# IoTDB's bench does not have), e.g. to measure one result page per round trip as in protocol 1.
# ORRERY_WAL_MODE=async|sync, when set, reaches the Orrery server (the distribution's default is
# etc/org.orrery.storage.cfg wal.mode = sync; IoTDB 2.0.1's default WAL is asynchronous).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd -P)
REPO=$(cd "$HERE/../.." && pwd -P)
PEERS=${PEERS:-$(cd "$REPO/../shared/peers" && pwd -P)}
WORK=${COMPARE_WORK:-/tmp/orrery-compare}
DIST=${ORRERY_DIST:-$REPO/distribution/target/orrery}
IOTDB_HOME=${IOTDB_PEER_HOME:-/tmp/iotdb-peer}
ORRERY_PORT=${ORRERY_COMPARE_PORT:-16667}
if [ $# -eq 0 ]; then set -- --rows 1m --runs 15; fi
BENCH_ARGS=("$@")

log() { echo "[compare $(date +%H:%M:%S)] $*" >&2; }
die() { log "error: $*"; exit 1; }
[ -x "$DIST/bin/orrery-server" ] || die "no built distribution at $DIST (mvn -B -q -ntp -pl distribution install)"
[ -x "$PEERS/iotdb/start.sh" ] || die "no IoTDB peer at $PEERS/iotdb"
mkdir -p "$WORK"
IOTDB_OUT="$WORK/iotdb.txt"
ORRERY_OUT="$WORK/orrery.txt"

# ------------------------------------------------------------------ 1. Apache IoTDB
log "IoTDB: clean start"
"$PEERS/iotdb/stop.sh" >&2 || true
rm -rf "$IOTDB_HOME/data"
"$PEERS/iotdb/start.sh" >&2
rm -rf "$WORK/iotdb-bench"
cp -r "$PEERS/iotdb-bench" "$WORK/iotdb-bench"
chmod -R u+w "$WORK/iotdb-bench"
log "IoTDB: bench all ${BENCH_ARGS[*]}"
set +e
"$WORK/iotdb-bench/run.sh" all "${BENCH_ARGS[@]}" \
    --data-dir "$IOTDB_HOME/data/datanode" --server-pid-file "$IOTDB_HOME/run/datanode.pid" \
    --out "$WORK/iotdb.json" > "$IOTDB_OUT" 2>&1
iotdb_rc=$?
set -e
log "IoTDB: stop"
"$PEERS/iotdb/stop.sh" >&2 || true

# ------------------------------------------------------------------ 2. Orrery
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
HOME_COPY="$WORK/orrery"
rm -rf "$HOME_COPY"
cp -a "$DIST" "$HOME_COPY"
rm -rf "$HOME_COPY/data"
export ORRERY_RPC_PORT=$ORRERY_PORT
export ORRERY_SSH_PORT=$(free_port) ORRERY_RMI_REGISTRY_PORT=$(free_port) ORRERY_RMI_SERVER_PORT=$(free_port)
export ORRERY_DATA_DIR="$HOME_COPY/data"
unset KARAF_HOME KARAF_DATA
log "Orrery: start (RPC port $ORRERY_PORT, data $ORRERY_DATA_DIR)"
"$HOME_COPY/bin/orrery-server" start -d >&2
for _ in $(seq 1 120); do
  "$HOME_COPY/bin/orrery-cli" -p "$ORRERY_PORT" -e "show version" > /dev/null 2>&1 && break
  sleep 1
done
ORRERY_PID=$(cat "$ORRERY_DATA_DIR/karaf.pid")
stop_orrery() {
  log "Orrery: stop (pid $ORRERY_PID)"
  "$HOME_COPY/bin/orrery-server" stop >&2 || true
  for _ in $(seq 1 90); do kill -0 "$ORRERY_PID" 2>/dev/null || return 0; sleep 1; done
  log "Orrery: pid $ORRERY_PID still alive after 90 s, SIGKILL"
  kill -KILL "$ORRERY_PID" 2>/dev/null || true
}
trap stop_orrery EXIT
log "Orrery: bench all ${BENCH_ARGS[*]}"
set +e
# shellcheck disable=SC2086
"$HOME_COPY/bin/orrery-bench" all --port "$ORRERY_PORT" "${BENCH_ARGS[@]}" ${ORRERY_BENCH_ARGS:-} --data-dir "$ORRERY_DATA_DIR" \
    --server-pid-file "$ORRERY_DATA_DIR/karaf.pid" \
    > "$ORRERY_OUT" 2>&1
orrery_rc=$?
set -e
stop_orrery
trap - EXIT

# ------------------------------------------------------------------ 3. report
echo "=== Apache IoTDB (exit $iotdb_rc): $WORK/iotdb-bench/run.sh all ${BENCH_ARGS[*]}"
cat "$IOTDB_OUT"
echo
echo "=== Orrery (exit $orrery_rc; WAL mode ${ORRERY_WAL_MODE:-of etc/org.orrery.storage.cfg}): bin/orrery-bench all --port $ORRERY_PORT ${BENCH_ARGS[*]} ${ORRERY_BENCH_ARGS:-} --data-dir <data> --server-pid-file <data>/karaf.pid"
cat "$ORRERY_OUT"
echo
python3 - "$IOTDB_OUT" "$ORRERY_OUT" <<'PY'
import re, sys
def parse(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    out = {}
    m = re.search(r"-> ([\d,]+) points/s", text)
    if m: out["ingest"] = float(m.group(1).replace(",", ""))
    m = re.search(r"CPU: (?:DataNode|server) ([\d.]+) s", text)
    if m: out["cpu"] = float(m.group(1))
    m = re.search(r"= ([\d.]+) bytes/point", text) or re.search(r"\(([\d.]+) B/pt, ", text)
    if m: out["bpp"] = float(m.group(1))
    for q in ("Q1", "Q2", "Q3", "Q4"):
        m = re.search(r"^\s*" + q + r"\b.*?median\s+([\d.]+) ms", text, re.M)
        if m: out[q] = float(m.group(1))
    return out
iot, orr = parse(sys.argv[1]), parse(sys.argv[2])
def fmt(v): return "n/a" if v is None else ("{:,.0f}".format(v) if v >= 1000 else "{:.3f}".format(v))
print("=== summary (same machine, same run)")
print("| metric | Apache IoTDB 2.0.1-beta | Orrery | Orrery / IoTDB | target |")
print("| --- | --- | --- | --- | --- |")
rows = [("ingest points/s", "ingest", ">= 1.5"), ("server CPU s during ingest", "cpu", "-"), ("TsFile bytes/point after flush", "bpp", "<= 1.0")] + \
       [(q + " median ms", q, "<= 0.5") for q in ("Q1", "Q2", "Q3", "Q4")]
for name, key, target in rows:
    a, b = iot.get(key), orr.get(key)
    ratio = "n/a" if a is None or b is None or a == 0 else "{:.2f}".format(b / a)
    print("| {} | {} | {} | {} | {} |".format(name, fmt(a), fmt(b), ratio, target))
PY
