#!/usr/bin/env bash
# What BriefGen.MSBuild adds to `dotnet build`: a site project with N briefs against an empty SDK project, built in
# turn (site, empty, site, empty…), so each pair meets the same machine. Prints the medians and the pairwise
# differences of a no-op build (nothing changed) and of a build after one seed was edited. Run from the project root:
#   bash bench/compare-msbuild.sh [N=1000] [RUNS=7]
# Needs python3 and ../shared/bench/gen-corpus.py. Scratch goes to $WORK; packages restore into $WORK/packages.
set -euo pipefail
N=${1:-1000}; RUNS=${2:-7}
ROOT=$(pwd)
WORK=${WORK:-$(mktemp -d)}
VERSION="0.1.0-bench.$(date +%s)"   # a version no packages folder holds, so the package is always the one packed now
rm -rf "$WORK"; mkdir -p "$WORK/feed" "$WORK/packages"
export NUGET_PACKAGES="$WORK/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet pack src/BriefGen.MSBuild -c Release -o "$WORK/feed" -p:Version="$VERSION" -nologo -v q >/dev/null
python3 "$ROOT/../shared/bench/gen-corpus.py" "$N" "$WORK/corpus" --flavor plain >/dev/null

cat > "$WORK/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="bench" value="feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
EOF
project() { # folder, extra item group
  mkdir -p "$WORK/$1"
  cat > "$WORK/$1/$1.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
$2</Project>
EOF
}
project empty ""
project site "  <ItemGroup>
    <PackageReference Include=\"BriefGen.MSBuild\" Version=\"$VERSION\" PrivateAssets=\"all\" />
  </ItemGroup>
"
cp -r "$WORK/corpus/briefs" "$WORK/site/seeds"
seed=$(find "$WORK/site/seeds" -type f | sort | sed -n 1p)   # sed reads to the end: head would end the pipe early (pipefail)

build() { # name, project -> appends the wall seconds to $WORK/name.times
  /usr/bin/time -f "%e" -o "$WORK/.t" dotnet build "$WORK/$2" -nologo -v q > "$WORK/$1.log" 2>&1 \
    || { echo "$1 failed:"; tail -n 20 "$WORK/$1.log"; exit 1; }
  cat "$WORK/.t" >> "$WORK/$1.times"
}
build warm-site site; build warm-empty empty; build warm-site site; build warm-empty empty
rm -f "$WORK"/*.times
for i in $(seq 1 "$RUNS"); do
  build site-noop site
  build empty-noop empty
  printf '\nEdited for run %s.\n' "$i" >> "$seed"
  build site-edit site
  build empty-edit empty
done

python3 - "$WORK" "$N" "$RUNS" <<'PY'
import statistics, sys, os
w, n, runs = sys.argv[1], sys.argv[2], sys.argv[3]
load = lambda name: [float(l) for l in open(os.path.join(w, name + ".times"))]
def row(label, site, empty):
    s, e = load(site), load(empty)
    d = sorted(a - b for a, b in zip(s, e))
    print(f"{label}: site {statistics.median(s):.2f} s, empty project {statistics.median(e):.2f} s, "
          f"adds {statistics.median(d):+.2f} s (pairwise {d[0]:+.2f} to {d[-1]:+.2f})")
print(f"N={n} runs={runs}")
row("no-op build        ", "site-noop", "empty-noop")
row("one seed edited    ", "site-edit", "empty-edit")
PY
