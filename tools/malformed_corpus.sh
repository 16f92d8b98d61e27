#!/usr/bin/env bash
# Runs every plan of the malformed corpus (Tests/Corpus/malformed, written by
# tools/malformed_corpus.py) through the built `tripwright check` and `tripwright import`, as a
# user would, and fails unless each one is refused by both:
#   - exit status 2 from both commands, and the same errors from both;
#   - the first line of the errors is FILE:LINE:COLUMN: 錯誤: … on the line the manifest names;
#   - no database (nor its files folder) is created by the import;
#   - no crash, and no run over 20 s.
# Then 524,288 unknown keys must be answered within a minute, with a screenful and a count.
#
#   tools/malformed_corpus.sh [path/to/tripwright]
set -uo pipefail
cd "$(dirname "$0")/.."
bin=${1:-$(swift build --show-bin-path)/tripwright}
corpus=Tests/Corpus/malformed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" TRIPWRIGHT_LANG=zh

# The committed corpus must be what the generator writes today.
python3 tools/malformed_corpus.py "$work/regenerated" >/dev/null
if ! diff -rq "$corpus" "$work/regenerated" >/dev/null; then
  echo "Tests/Corpus/malformed is not what tools/malformed_corpus.py writes: run it and commit the result"
  exit 1
fi

failures=0
count=0
while IFS=$'\t' read -r name line what; do
  case "$name" in '#'*|'') continue ;; esac
  count=$((count + 1))
  plan="$corpus/$name"
  db="$work/db-$count/x.sqlite"
  # Both at once: two cores, half the time.
  timeout 20 "$bin" check "$plan" --today 2025-08-30 >"$work/check.out" 2>"$work/check.err" &
  checking=$!
  timeout 20 "$bin" import --db "$db" "$plan" >"$work/import.out" 2>"$work/import.err"; i=$?
  wait "$checking"; c=$?
  first=$(head -n 1 "$work/import.err")
  problem=""
  [ "$c" -eq 2 ] || problem+=" check exited $c;"
  [ "$i" -eq 2 ] || problem+=" import exited $i;"
  cmp -s "$work/check.err" "$work/import.err" || problem+=" check and import say different things;"
  case "$first" in
    "$plan:$line:"[0-9]*": 錯誤: "*) ;;
    *) problem+=" first error is not at line $line: '$first';" ;;
  esac
  grep -qE 'while (scanning|parsing)|found unexpected|did not find' "$work/import.err" && problem+=" libyaml English in the zh message;"
  [ -e "$work/db-$count" ] && problem+=" import wrote $(ls "$work/db-$count");"
  if [ -n "$problem" ]; then
    failures=$((failures + 1))
    echo "FAIL $name ($what):$problem"
  fi
done < "$corpus/manifest.tsv"

# 524,288 unknown keys: quickly, a screenful of errors, then a count.
keys="$work/keys.yaml"
python3 -c "
import sys
with open(sys.argv[1], 'w') as f:
    f.write('tripwright: 1\n')
    f.writelines('k%d: 1\n' % i for i in range(524288))" "$keys"
start=$SECONDS
timeout 120 "$bin" check "$keys" >/dev/null 2>"$work/keys.err"; k=$?
seconds=$((SECONDS - start))
lines=$(wc -l < "$work/keys.err")
if [ "$k" -ne 2 ] || [ "$lines" -gt 25 ] || ! tail -n 1 "$work/keys.err" | grep -q '另有 524,'; then
  failures=$((failures + 1))
  echo "FAIL 524,288 unknown keys: exit $k, $lines lines, last: $(tail -n 1 "$work/keys.err")"
elif [ "$seconds" -gt 60 ]; then
  failures=$((failures + 1))
  echo "FAIL 524,288 unknown keys took ${seconds}s"
fi

echo "malformed corpus: $count plans, $failures failures; 524,288 unknown keys in ${seconds}s"
[ "$failures" -eq 0 ]
