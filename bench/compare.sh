#!/bin/sh
# Side-by-side figures for docs/performance.md: playbook lint against yamllint on the same
# files, alternately, in one run; peak memory as the corpus grows; a cold single-file lint; the
# engine's cost per step; a journaled run; the JMH benchmarks. Prints each figure with its target.
#
# usage: sh bench/compare.sh [FILES] [ROUNDS]
#   FILES  playbooks in the corpus (default 1000; the memory figure also lints 5x as many)
#   ROUNDS times each side runs, alternately (default 3; the minimum counts)
# Needs python3, yamllint and GNU time (apt-get install -y yamllint time), strace for the fsync
# count (optional), and Maven for the jar and the benchmarks.
set -e
. "$(dirname -- "$0")/setup.sh"
files=${1:-1000}
rounds=${2:-3}
for tool in python3 yamllint /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench/compare.sh needs $tool (apt-get install -y yamllint time)" >&2; exit 2; }
done
mvn -q -B -pl engine,bench -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath -Dmdep.includeScope=runtime
cp="bench/target/classes:$(cat bench/target/classpath)"
playbook="sh bin/playbook"

# Wall seconds, peak RSS (KB) and CPU seconds (user + system) of one command, to $scratch/last.
# On a shared machine the wall time is stretched by the others' work; the CPU time much less.
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$scratch/time" "$@" >/dev/null 2>&1 || true
  # The last line: GNU time puts "Command exited with non-zero status" before it (yamllint exits 1 on warnings).
  read -r w m u s <<EOT
$(tail -n 1 "$scratch/time")
EOT
  echo "$w $m $(python3 -c "print(round($u + $s, 2))")" > "$scratch/last"
}
# The smaller of two numbers.
least() {
  python3 -c "import sys; print(min(float(sys.argv[1]), float(sys.argv[2])))" "$1" "$2"
}
ratio() {
  python3 -c "import sys; print('%.2f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"
}

echo "== machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"

python3 bench/corpus.py "$scratch/corpus" "$files"
echo "== corpus: $files playbooks, $(du -sh "$scratch/corpus" | cut -f1)"
rm -rf engine/target/cds
$playbook lint "$(ls "$scratch"/corpus/*.yaml | head -1)" >/dev/null 2>&1 || true   # the launcher's first run writes the AppCDS archive

ours=999999; theirs=999999; ourscpu=999999; theirscpu=999999; rss=0
for round in $(seq "$rounds"); do
  measure $playbook lint "$scratch/corpus"
  read -r t m c < "$scratch/last"; ours=$(least "$ours" "$t"); ourscpu=$(least "$ourscpu" "$c"); rss=$m
  measure yamllint -f parsable "$scratch/corpus"
  read -r t m c < "$scratch/last"; theirs=$(least "$theirs" "$t"); theirscpu=$(least "$theirscpu" "$c"); yrss=$m
  echo "   round $round (load $(cut -d' ' -f1 /proc/loadavg)): best so far playbook lint $ours s ($ourscpu s CPU), yamllint $theirs s ($theirscpu s CPU)"
done
echo "corpus lint: playbook ${ours} s wall, ${ourscpu} s CPU, peak RSS $((rss / 1024)) MB; yamllint ${theirs} s wall, ${theirscpu} s CPU, peak RSS $((yrss / 1024)) MB"
echo "  ratio yamllint/playbook: wall $(ratio "$theirs" "$ours"), CPU $(ratio "$theirscpu" "$ourscpu")  (target >= 30; RSS target <= 300 MB)"

python3 bench/corpus.py "$scratch/corpus5" "$((files * 5))"
measure $playbook lint "$scratch/corpus5"
read -r t m5 c < "$scratch/last"
echo "memory as the corpus grows: $files files $((rss / 1024)) MB, $((files * 5)) files $((m5 / 1024)) MB ($t s wall, $c s CPU)"

one=$(grep -l "id: s100$" "$scratch"/corpus/*.yaml | head -1)
ours=999999; theirs=999999; ourscpu=999999; theirscpu=999999; plain=999999; plaincpu=999999
for round in $(seq 10); do
  measure $playbook lint "$one"; read -r t m c < "$scratch/last"; ours=$(least "$ours" "$t"); ourscpu=$(least "$ourscpu" "$c")
  measure yamllint -f parsable "$one"; read -r t m c < "$scratch/last"; theirs=$(least "$theirs" "$t"); theirscpu=$(least "$theirscpu" "$c")
  measure java -jar "$jar" lint "$one"; read -r t m c < "$scratch/last"; plain=$(least "$plain" "$t"); plaincpu=$(least "$plaincpu" "$c")
done
echo "cold single-file lint ($(basename "$one"), $(grep -c '^ *- id: s' "$one") steps), best of 10 each:"
echo "  bin/playbook (AppCDS, serial GC) ${ours} s wall, ${ourscpu} s CPU; java -jar without either ${plain} s, ${plaincpu} s CPU; yamllint ${theirs} s, ${theirscpu} s CPU"
echo "  ratio playbook/yamllint: wall $(ratio "$ours" "$theirs"), CPU $(ratio "$ourscpu" "$theirscpu")  (target <= 1.0)"

echo "== engine, inside one JVM"
java -cp "$cp" dev.playbook.bench.EngineLinearity 5

python3 - "$scratch/log-10000.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("apiVersion: playbook/v1\nkind: Playbook\nmetadata: {name: log-10000, owners: [bench], review: {last: 2026-11-01, next: 2027-05-01}}\n")
    f.write("objectives: {rto: 1h}\nphases:\n  - id: main\n    budget: 1h\n    steps:\n")
    for i in range(10000):
        f.write(f"      - {{id: s{i}, action: log, with: {{message: step {i}}}}}\n")
PY
export PLAYBOOK_JAVA_OPTS="-Dplaybook.state=$scratch/state"
measure $playbook run "$scratch/log-10000.yaml"
unset PLAYBOOK_JAVA_OPTS
read -r t m c < "$scratch/last"
echo "run of 10,000 log steps, journal on, JVM start included: $t s wall, $c s CPU (target <= 2 s)"
if command -v strace >/dev/null 2>&1; then
  strace -f -qq -c -e trace=fsync,fdatasync -o "$scratch/strace" java -Dplaybook.state="$scratch/state" -jar "$jar" run "$scratch/log-10000.yaml" >/dev/null 2>&1 || true
  echo "  fsyncs for the 10,000 steps: $(awk '/fsync|fdatasync/ {n += $4} END {print n + 0}' "$scratch/strace")"
fi

echo "== JMH: template render, wait poll, regional drill (one and --runs 100)"
java -cp "$cp" org.openjdk.jmh.Main 'TemplateBenchmark|WaitPollBenchmark|DrillBenchmark' -f 1 -wi 2 -i 3 2>/dev/null | sed -n '/^Benchmark/,$p'
