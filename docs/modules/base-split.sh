#!/usr/bin/env bash
# Splits org.advocacy.base into the kernel (org.advocacy.kernel: used by every module, imports no feature) and the
# shell (org.advocacy.shell: main layout, home page, navigation, error pages; uses every module, nothing imports it).
# Issue 10, decision 0047. Mechanical only: git mv, the package line, every fully qualified name in Java sources,
# and an import where a class used a neighbour of its old package without one. Re-runnable after a merge: a class
# no longer under base is skipped, names are rewritten in every source file again.
# Left in base on purpose (another branch moves them): CsvFile, EmailAddress, ui/chart/**.
# Usage: docs/modules/base-split.sh   (from anywhere inside the work tree; commit the result)
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

# old path under org/advocacy/base (without .java) -> new package under org.advocacy
MOVES="
ClientAddress kernel
EventRedelivery kernel
OrgTimeZone kernel
RateLimits kernel
SchedulerLocks kernel
TimeConfig kernel
ValidationException kernel
db/DatabaseOutage kernel.db
db/DatabaseTimeLimit kernel.db
db/DeadlineDataSource kernel.db
db/EmbeddedDatabaseConfig kernel.db
db/QueryTimeLimitListener kernel.db
db/RequestTimeLimitFilter kernel.db
i18n/Translations kernel.i18n
internal/RateLimitBucketRepository kernel.internal
ui/Breakpoint kernel.ui
ui/DatePickerTexts kernel.ui
ui/FormNotices kernel.ui
ui/Formats kernel.ui
ui/HomeCards kernel.ui
ui/HomeSection kernel.ui
ui/LanguageSwitch kernel.ui
ui/RelativeTime kernel.ui
ui/ScoreWords kernel.ui
ui/UploadTexts kernel.ui
web/CompactLastResponse kernel.web
web/SecureCookies kernel.web
web/TrustedProxies kernel.web
web/TrustedProxyFilter kernel.web
ui/AccessDeniedView shell
ui/AppShell shell
ui/ErrorView shell
ui/HomeView shell
ui/MainLayout shell
ui/NavGroups shell
ui/NotFoundView shell
ui/TimeLimitErrorHandler shell
i18n/UiLocaleInit shell
"
# tests: same idea, under src/test
TEST_MOVES="
EventRedeliveryTest kernel
TranslationPluralsTest kernel
TranslationsTest kernel
HomeViewTest shell
TimeLimitNoticeTest shell
db/EmbeddedBackupTest kernel.db
db/EmbeddedDatabaseTest kernel.db
db/ReplicaIT kernel.db
ui/ScoreWordsTest kernel.ui
web/CompactLastResponseTest kernel.web
web/LastResponseResendIT kernel.web
web/TrustedProxyFilterTest kernel.web
"

old_package() { # ui/Formats -> org.advocacy.base.ui ; Formats -> org.advocacy.base
    local dir; dir=$(dirname "$1")
    if [ "$dir" = "." ]; then echo "org.advocacy.base"; else echo "org.advocacy.base.${dir//\//.}"; fi
}

moved_files=()
move_all() { # root (src/main/java|src/test/java), list
    local root=$1 list=$2 rel pkg class from to
    while read -r rel pkg; do
        [ -z "$rel" ] && continue
        class=$(basename "$rel")
        from="$root/org/advocacy/base/$rel.java"
        to="$root/org/advocacy/${pkg//.//}/$class.java"
        if [ -f "$from" ]; then
            mkdir -p "$(dirname "$to")"
            git mv "$from" "$to"
        fi
        # also a file a merge already carried to its new place with its old package line
        [ -f "$to" ] && sed -i -E "s/^package org\.advocacy\.base(\.[a-z0-9.]+)?;/package org.advocacy.$pkg;/" "$to"
        [ -f "$to" ] && moved_files+=("$to|$(old_package "$rel")|org.advocacy.$pkg")
    done <<< "$list"
}
move_all src/main/java "$MOVES"
move_all src/test/java "$TEST_MOVES"

# every fully qualified name (imports, static imports, inline names) in all Java sources
sed_expr=()
while read -r rel pkg; do
    [ -z "$rel" ] && continue
    class=$(basename "$rel")
    old="$(old_package "$rel").$class"
    sed_expr+=(-e "s/\\b${old//./\\.}\\b/org.advocacy.$pkg.$class/g")
done <<< "$MOVES"
mapfile -t sources < <(git ls-files 'src/*.java')
sed -i -E "${sed_expr[@]}" "${sources[@]}"

# a class that used a neighbour of its old package without an import needs one now (also the ones left in base)
for f in $(git ls-files 'src/*/java/org/advocacy/base/*.java'); do
    pkg=$(sed -n -E 's/^package ([a-z0-9.]+);/\1/p' "$f")
    moved_files+=("$f|$pkg|$pkg")
done
for entry in "${moved_files[@]}"; do
    IFS='|' read -r file oldpkg newpkg <<< "$entry"
    while read -r rel pkg; do
        [ -z "$rel" ] && continue
        class=$(basename "$rel")
        [ "$(old_package "$rel")" = "$oldpkg" ] || continue
        [ "org.advocacy.$pkg" = "$newpkg" ] && continue
        [ "$(basename "$file" .java)" = "$class" ] && continue
        if grep -v '^import ' "$file" | grep -q -E "\\b$class\\b" \
                && ! grep -q -E "^import org\.advocacy\.$pkg\.$class;" "$file"; then
            if grep -q '^import ' "$file"; then # join the import block
                sed -i -E "0,/^import /s//import org.advocacy.$pkg.$class;\nimport /" "$file"
            else
                sed -i -E "0,/^package .*;/s//&\n\nimport org.advocacy.$pkg.$class;/" "$file"
            fi
        fi
    done <<< "$MOVES"
done
echo "base split: $(git status --porcelain | wc -l) paths changed"
