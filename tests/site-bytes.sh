#!/usr/bin/env bash
# Builds the sample and a synthetic archive with the code of a commit and with the working tree, and compares the
# two sites byte for byte. For changes that must not change the site (refactorings).
# Usage: tests/site-bytes.sh [commit, default main] [papers, default 1500]
set -euo pipefail
cd "$(dirname "$0")/.."
ref="${1:-main}"
papers="${2:-1500}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git archive "$ref" | tar -x -C "$work" --one-top-level=before
cp -r theme/node_modules "$work/before/theme/" 2>/dev/null || true
build() { dotnet build -c Release -v q -nologo "$1/src/PaperArchive.Cli" >/dev/null; }
build "$work/before"
build .
dotnet build -c Release -v q -nologo bench/PaperArchive.Bench >/dev/null
dotnet bench/PaperArchive.Bench/bin/Release/net10.0/PaperArchive.Bench.dll generate "$papers" "$work/synthetic" >/dev/null

# Each side with its own theme and sample, copied so no build cache is shared or left in the repository.
for side in before after; do
  root=$([ "$side" = before ] && echo "$work/before" || echo .)
  cli=(dotnet "$root/src/PaperArchive.Cli/bin/Release/net10.0/PaperArchive.Cli.dll")
  mkdir -p "$work/$side/in"
  cp -r "$root/input" "$work/$side/in/sample"
  cp -r "$work/synthetic" "$work/$side/in/synthetic"
  "${cli[@]}" build --input "$work/$side/in/sample" --theme "$root/theme" --output "$work/$side/site-sample" --clean >/dev/null
  "${cli[@]}" build --input "$work/$side/in/synthetic" --theme "$root/theme" --output "$work/$side/site-synthetic" --clean >/dev/null
done

status=0
for site in site-sample site-synthetic; do
  if diff -r -q "$work/before/$site" "$work/after/$site"; then
    echo "$site: identical ($(find "$work/after/$site" -type f | wc -l) files)"
  else
    status=1
  fi
done
exit $status
