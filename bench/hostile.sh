#!/bin/sh
# Wall time of `playbook validate` on files written to hurt the loader (the hardening bound is
# two seconds each, JVM start included); the numbers are in docs/performance.md.
# Needs the jar (built here when missing), python3 to write the files and hyperfine
# (apt-get install hyperfine).
set -e
. "$(dirname -- "$0")/setup.sh"

python3 - "$scratch" <<'PY'
import sys, os
d = sys.argv[1]
head = "apiVersion: playbook/v1\nkind: Playbook\nmetadata: {name: hostile}\nobjectives: {rto: 1h}\n"
steps = "phases:\n  - id: p\n    budget: 1m\n    steps:\n      - {id: s, action: log, with: {message: hi}}\n"
def write(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(d, name), mode) as f:
        f.write(data)
laughs = ["lol0: &lol0 [" + ", ".join(['"lol"'] * 9) + "]"]
for level in range(1, 10):
    laughs.append(f"lol{level}: &lol{level} [" + ", ".join([f"*lol{level-1}"] * 9) + "]")
write("billion-laughs.yaml", "\n".join(laughs) + "\n")
write("nested-10000.yaml", head + "vars:\n  deep: " + "[" * 10000 + "]" * 10000 + "\n" + steps)
line = "  # " + "x" * 1000 + "\n"
write("50mb.yaml", head + steps + line * (50 * 1024 * 1024 // len(line)))
write("invalid-utf8.yaml", (head + "metadata: {name: caf").encode() + b"\xc3\x28" + b"}\n" + steps.encode())
PY

for f in billion-laughs nested-10000 50mb invalid-utf8; do
  printf '%s: ' "$f"
  java -jar "$jar" validate "$scratch/$f.yaml" 2>&1 | grep -m1 "error\[" | sed "s|$scratch/||" || true
done
hyperfine --warmup 1 --runs 5 -i \
  -n baseline "java -jar $jar validate playbooks/regional-failover.yaml" \
  -n billion-laughs "java -jar $jar validate $scratch/billion-laughs.yaml" \
  -n nested-10000 "java -jar $jar validate $scratch/nested-10000.yaml" \
  -n 50mb "java -jar $jar validate $scratch/50mb.yaml" \
  -n invalid-utf8 "java -jar $jar validate $scratch/invalid-utf8.yaml"
