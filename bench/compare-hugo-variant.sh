#!/usr/bin/env bash
# ../shared/bench/compare-hugo.sh with BriefGen built another way. Run from the project root:
#   bash bench/compare-hugo-variant.sh like [N=1000] [RUNS=5]    # writes what the Hugo site writes (variants/hugo-like.yml)
#   bash bench/compare-hugo-variant.sh floor [N=1000] [RUNS=5]   # every template prints one character: the cost of all but templates
set -euo pipefail
variant=${1:?usage: compare-hugo-variant.sh like|floor [N] [RUNS]}; shift
here=$(cd "$(dirname "$0")" && pwd)
work=${WORK:-/tmp/briefgen-compare}
mkdir -p "$work"
case "$variant" in
  like)
    export BRIEFGEN_VARIANT_OPTION=--config BRIEFGEN_VARIANT_VALUE="$here/variants/hugo-like.yml" ;;
  floor)
    # Every template of the defaults (and so of any page) replaced; the stylesheet is still copied.
    templates="$work/floor-templates"; rm -rf "$templates"
    (cd "$here/../templates" && find . -name '*.sbn-*' -type f) | while read -r f; do
      mkdir -p "$templates/$(dirname "$f")"; printf x > "$templates/$f"
    done
    export BRIEFGEN_VARIANT_OPTION=--templates BRIEFGEN_VARIANT_VALUE="$templates" ;;
  *) echo "unknown variant '$variant' (like or floor)" >&2; exit 2 ;;
esac
dotnet publish "$here/../src/BriefGen.Cli" -c Release -o "$work/cli-variant" -nologo -v q >/dev/null
export BRIEFGEN_VARIANT_CLI="$work/cli-variant/BriefGen.Cli.dll"
BRIEFGEN="bash $here/variants/briefgen.sh" bash "$here/../../shared/bench/compare-hugo.sh" "$@"
