#!/usr/bin/env bash
# Runs the benchmark set and prints Markdown tables for docs/benchmarks.md.
# Usage: bench/run.sh [papers, default 1000,10000] [runs, default 3]
# Needs the .NET SDK and, for the comparison, Hugo on the PATH (Debian: apt-get install hugo).
set -euo pipefail
cd "$(dirname "$0")/.."
papers="${1:-1000,10000}"
runs="${2:-3}"

dotnet build -c Release -v q -nologo src/PaperArchive.Cli >/dev/null
dotnet build -c Release -v q -nologo bench/PaperArchive.Bench >/dev/null
# The CLI as users install the tool: published for this platform, ReadyToRun (compiled ahead of time).
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
dotnet publish -c Release -r "$rid" --self-contained false -v q -nologo src/PaperArchive.Cli >/dev/null
export PAPERARCHIVE_BENCH_CLI="src/PaperArchive.Cli/bin/Release/net10.0/$rid/publish/PaperArchive.Cli.dll"
bench=(dotnet bench/PaperArchive.Bench/bin/Release/net10.0/PaperArchive.Bench.dll)

echo "Date: $(date -u +%Y-%m-%d) · $(nproc) cores · $(dotnet --version | sed 's/^/.NET SDK /')"
echo
echo "### PaperArchive clean builds (site)"
echo
"${bench[@]}" site --papers "$papers" --runs "$runs"
echo
if command -v hugo >/dev/null 2>&1; then
  echo "### PaperArchive vs Hugo (hugo)"
  echo
  "${bench[@]}" hugo --papers "$papers" --runs "$runs"
else
  echo "(hugo is not on the PATH: the comparison was skipped)"
fi
