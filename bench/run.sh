#!/usr/bin/env bash
# Runs every row of the performance table (docs/benchmarks.md) and prints it as Markdown, each figure beside its
# reference and target. Options go to the `table` benchmark, e.g.:
#   bench/run.sh                  # all rows: 1,000 / 10,000 / 100,000 synthetic papers, the real-shaped archive (minutes)
#   bench/run.sh --quick          # 1,000 papers and 60 days of the real-shaped archive, one run each
#   bench/run.sh --rows real,daily,size --runs 5
#   bench/run.sh --help           # every option
# Needs the .NET SDK and, for the comparison, Hugo on the PATH (Debian: apt-get install hugo).
set -euo pipefail
cd "$(dirname "$0")/.."

# Building the bench builds the CLI with it, from the same library (the daily row needs both at one code version).
dotnet build -c Release -v q -nologo bench/PaperArchive.Bench >/dev/null
# The CLI as users install the tool: published for this platform, ReadyToRun (compiled ahead of time).
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
dotnet publish -c Release -r "$rid" --self-contained false -v q -nologo src/PaperArchive.Cli >/dev/null
export PAPERARCHIVE_BENCH_CLI="src/PaperArchive.Cli/bin/Release/net10.0/$rid/publish/PaperArchive.Cli.dll"
echo "$(dotnet --version | sed 's/^/.NET SDK /') · $(nproc) cores · $(uname -sr)"
exec dotnet bench/PaperArchive.Bench/bin/Release/net10.0/PaperArchive.Bench.dll table "$@"
