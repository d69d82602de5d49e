#!/usr/bin/env bash
# Scores a generated JSONL file of the given size with `speechact score` under /usr/bin/time -v, checks that the
# output has exactly one record per input line, in order, and prints the elapsed time and peak memory (max RSS).
# Not part of CI (a gigabyte takes minutes); run it by hand:
#   bash tests/scale/score-large-jsonl.sh 1G        # sizes: 200M, 1G, ... (numfmt suffixes)
#   bash tests/scale/score-large-jsonl.sh 1G --parallel 2
set -euo pipefail
cd "$(dirname "$0")/../.."

size_text="${1:-1G}"
shift || true
size=$(numfmt --from=iec "$size_text")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/SpeechActClassifier.Cli -c Release -v quiet -nologo >/dev/null
speechact="src/SpeechActClassifier.Cli/bin/Release/net10.0/speechact.dll"

# Input: the seed sentences recombined into articles of 3 to 12 sentences, one JSON object per line, until the size is reached.
python3 - "$size" "$work/input.jsonl" <<'PY'
import csv, json, random, sys
size, path = int(sys.argv[1]), sys.argv[2]
with open("seeds/labelled.tsv", encoding="utf-8") as f:
    sentences = [row["text"] for row in csv.DictReader(f, delimiter="\t")]
random.seed(20261123)
written, n = 0, 0
with open(path, "w", encoding="utf-8") as out:
    while written < size:
        text = " ".join(random.choice(sentences) for _ in range(random.randint(3, 12)))
        line = json.dumps({"id": f"doc{n}", "text": text}, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        n += 1
print(f"input: {n} records, {written} bytes", file=sys.stderr)
PY

/usr/bin/time -v dotnet "$speechact" score "$work/input.jsonl" --out "$work/output.jsonl" --quiet "$@" 2> "$work/time.txt"

input_lines=$(wc -l < "$work/input.jsonl")
output_lines=$(wc -l < "$work/output.jsonl")
python3 - "$work/input.jsonl" "$work/output.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as a, open(sys.argv[2], encoding="utf-8") as b:
    for number, (x, y) in enumerate(zip(a, b), 1):
        if json.loads(x)["id"] != json.loads(y)["id"]:
            sys.exit(f"record {number}: input id {json.loads(x)['id']}, output id {json.loads(y)['id']}")
PY
echo "size: $size_text ($size bytes), records in: $input_lines, records out: $output_lines"
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/time.txt"
[ "$input_lines" -eq "$output_lines" ] || { echo "FAIL: record counts differ" >&2; exit 1; }
