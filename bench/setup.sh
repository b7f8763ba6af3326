# Sourced by the bench scripts: runs from the repository root, builds the jar when it is
# missing, and gives a scratch directory ($scratch) that is removed on exit.
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$root"
jar=engine/target/playbook.jar
[ -f "$jar" ] || mvn -q -B -DskipTests package
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
