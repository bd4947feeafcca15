#!/usr/bin/env bash
# The BriefGen command bench/compare-hugo-variant.sh hands to compare-hugo.sh, which runs "$BRIEFGEN build SITE -o OUT":
# the published CLI with the variant's option added after those words.
exec dotnet "$BRIEFGEN_VARIANT_CLI" "$@" "$BRIEFGEN_VARIANT_OPTION" "$BRIEFGEN_VARIANT_VALUE"
