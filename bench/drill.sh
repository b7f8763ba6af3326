#!/bin/sh
# Wall time of simulated drills; the numbers and how to read them are in docs/performance.md.
# Needs the jar (built here when missing) and, for the end-to-end numbers, hyperfine
# (apt-get install hyperfine).
set -e
. "$(dirname -- "$0")/setup.sh"

echo "== one regional-failover drill, measured inside the JVM (after start-up and lint)"
for seed in 1 2 3 4 5; do
  java -jar "$jar" drill playbooks/regional-failover.yaml --seed "$seed" 2>/dev/null | grep "Verdict"
done

echo "== 50 regional-failover drills in one JVM (seeds 1..50, on every core)"
java -jar "$jar" drill playbooks/regional-failover.yaml --runs 50 --seed 1 2>/dev/null | grep -E "passed|recovery|wall time"

if command -v hyperfine >/dev/null 2>&1; then
  echo "== end to end, JVM start included"
  hyperfine --warmup 2 --runs 10 \
    "java -Dplaybook.state=$scratch -jar $jar run playbooks/regional-failover.yaml --simulate --seed 42" \
    "java -jar $jar drill playbooks/regional-failover.yaml --seed 42" \
    "java -jar $jar validate playbooks/regional-failover.yaml"
else
  echo "hyperfine not found; apt-get install hyperfine for the end-to-end numbers"
fi
