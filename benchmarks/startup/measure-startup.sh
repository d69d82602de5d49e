#!/usr/bin/env bash
# Start-up as a consumer meets it: pack the core package, reference it from a new console app that classifies one
# sentence, publish that app framework-dependent (JIT), ReadyToRun and NativeAOT for linux-x64, and report each
# one's published size, median time from process start to its exit after the first result, and peak RSS.
#   bash benchmarks/startup/measure-startup.sh [RUNS]        (from the repository root; RUNS defaults to 21)
# Timing is wall clock around the whole process (Python's subprocess), the first run dropped. Three reference apps
# are timed the same way: a NativeAOT "hello world" (the harness's own cost), a JIT one (the runtime's start-up),
# and a JIT one that reads one small JSON object through System.Text.Json source generation, as the library reads
# its model's manifest (the serializer's own start-up).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-21}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-startup.$(date +%s).$$"
linker=()
if ! command -v clang >/dev/null 2>&1 && command -v clang-14 >/dev/null 2>&1; then linker=(-p:CppCompilerAndLinker=clang-14); fi

dotnet pack src/SpeechActClassifier -c Release -o "$work/feed" -p:Version="$version" -nologo -v quiet
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML

mkdir "$work/hello" "$work/hellojson" "$work/consumer"
(cd "$work/hello" && dotnet new console --framework net10.0 --name Hello --output . >/dev/null)
(cd "$work/hellojson" && dotnet new console --framework net10.0 --name HelloJson --output . >/dev/null)
cat > "$work/hellojson/Program.cs" <<'CS'
using System.Text.Json;
using System.Text.Json.Serialization;

var manifest = JsonSerializer.Deserialize("{\"formatVersion\":1}"u8, ManifestContext.Default.Manifest);
Console.WriteLine($"format {manifest!.FormatVersion}");

public sealed record Manifest
{
    public int FormatVersion { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Manifest))]
internal sealed partial class ManifestContext : JsonSerializerContext;
CS
(cd "$work/consumer" && dotnet new console --framework net10.0 --name Consumer --output . >/dev/null \
  && dotnet add package SpeechActClassifier --version "$version" >/dev/null)
cat > "$work/consumer/Program.cs" <<'CS'
using SpeechActClassifier;

var sentence = SecuritizationClassifier.Default.Classify("The president declared that terrorism is an existential threat to our nation and that emergency measures must be taken immediately.");
Console.WriteLine($"sentence: {sentence.Label}");
CS

publish() { # project folder, output name, extra arguments
  (cd "$1" && dotnet publish -c Release -r linux-x64 -o "$2" "${@:3}" -nologo -v quiet > "$2.log" 2>&1) || { cat "$2.log" >&2; exit 1; }
}
publish "$work/hello" "$work/hello/aot" -p:PublishAot=true "${linker[@]}"
publish "$work/hello" "$work/hello/jit" --self-contained false
publish "$work/hellojson" "$work/hellojson/jit" --self-contained false
publish "$work/consumer" "$work/consumer/jit" --self-contained false
publish "$work/consumer" "$work/consumer/r2r" --self-contained false -p:PublishReadyToRun=true
publish "$work/consumer" "$work/consumer/aot" -p:PublishAot=true "${linker[@]}"
warnings=$(grep -cE "warning IL[0-9]+" "$work/consumer/aot.log" || true)

time_runs() { # executable, runs
  python3 - "$1" "$2" <<'PY'
import resource, statistics, subprocess, sys, time
exe, runs = sys.argv[1], int(sys.argv[2])
walls = []
for _ in range(runs):
    start = time.perf_counter()
    done = subprocess.run([exe], capture_output=True, text=True)
    walls.append((time.perf_counter() - start) * 1000)
    if done.returncode != 0:
        sys.exit(f"{exe} exited with {done.returncode}: {done.stderr[:500]}")
walls = walls[1:]
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"median {statistics.median(walls):.1f} ms, min {min(walls):.1f} ms, peak RSS {rss:.1f} MB")
PY
}
size() { echo "$(du -sb "$1" | cut -f1 | awk '{ printf "%.2f MB", $1 / 1048576 }'), $(find "$1" -type f | wc -l) files"; }

echo "package $version, $(dotnet --version), $(nproc) cores, $runs runs each"
echo "hello world (NativeAOT): $(time_runs "$work/hello/aot/Hello" "$runs")"
echo "hello world (JIT): $(time_runs "$work/hello/jit/Hello" "$runs")"
echo "hello + one source-generated JSON read (JIT): $(time_runs "$work/hellojson/jit/HelloJson" "$runs")"
echo "JIT:        $(size "$work/consumer/jit"); $(time_runs "$work/consumer/jit/Consumer" "$runs")"
echo "ReadyToRun: $(size "$work/consumer/r2r"); $(time_runs "$work/consumer/r2r/Consumer" "$runs")"
echo "NativeAOT:  executable $(stat -c %s "$work/consumer/aot/Consumer" | awk '{ printf "%.2f MB", $1 / 1048576 }'), $warnings trim/AOT warnings; $(time_runs "$work/consumer/aot/Consumer" "$runs")"
