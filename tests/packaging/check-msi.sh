#!/bin/sh
# Builds the MSI that packaging/windows/phonedesk-policy.wxi describes (inside the product of
# msi-product.wxs, which mirrors CPack's WIX template) with msitools' wixl, and reads its tables
# back: per-machine, the stable UpgradeCode, the managed-settings registry values and properties,
# and that an upgrade run without the properties keeps the values already there.
#   check-msi.sh PRODUCT.wxs POLICY_DIR TEMPLATE WORK_DIR UPGRADE_CODE VERSION
set -eu
wxs=$1 policy_dir=$2 template=$3 work=$4 code=$5 version=$6
rm -rf "$work" && mkdir -p "$work" && cd "$work"
printf 'MZ' >phonedesk.exe
wixl -a x64 -I "$policy_dir" -o PhoneDesk.msi "$wxs" 2>wixl.log || { cat wixl.log; exit 1; }
for t in Property Registry Upgrade AppSearch RegLocator CustomAction InstallExecuteSequence InstallUISequence Component Shortcut; do
    msiinfo export PhoneDesk.msi "$t" | tr -d '\r' >"$t.idt"
done
tab=$(printf '\t')
has() { # TABLE ROW (tab-separated)
    grep -qxF -- "$2" "$1.idt" || { echo "FAIL: the $1 table has no row: $2" | tr '\t' '|'; cat "$1.idt"; exit 1; }
}
has Property "UpgradeCode${tab}{$code}"
has Property "ALLUSERS${tab}1"
has Property "ProductVersion${tab}$version"
has Upgrade "{$code}${tab}${tab}$version${tab}${tab}1${tab}${tab}WIX_UPGRADE_DETECTED"
for pair in DatabaseUrl:DATABASE_URL DatabaseUrlLocked:DATABASE_URL_LOCKED MaximumRole:MAXIMUM_ROLE; do
    name=${pair%%:*} prop=${pair#*:}
    # HKLM (2), the 64-bit view, written from the property given to msiexec.
    grep -q "${tab}2${tab}Software\\\\PhoneDesk${tab}$name${tab}\[$prop\]${tab}Policy$name\$" Registry.idt \
        || { echo "FAIL: no HKLM\\Software\\PhoneDesk\\$name = [$prop]"; cat Registry.idt; exit 1; }
    grep -q "^Policy$name${tab}{[0-9A-F-]*}${tab}TARGETDIR${tab}260${tab}" Component.idt \
        || { echo "FAIL: component Policy$name is not a 64-bit registry component"; cat Component.idt; exit 1; }
    has AppSearch "PREVIOUS_$prop${tab}Previous$name"
    has RegLocator "Previous$name${tab}2${tab}Software\\PhoneDesk${tab}$name${tab}18"
    grep -q "^Keep$name${tab}[0-9]*${tab}$prop${tab}\[PREVIOUS_$prop\]" CustomAction.idt \
        || { echo "FAIL: no custom action keeping $prop"; cat CustomAction.idt; exit 1; }
    for seq in InstallExecuteSequence InstallUISequence; do
        row=$(grep "^Keep$name${tab}" "$seq.idt") || { echo "FAIL: Keep$name is not in $seq"; exit 1; }
        [ "$(echo "$row" | cut -f2)" = "NOT $prop AND PREVIOUS_$prop" ] || { echo "FAIL: Keep$name condition: $row"; exit 1; }
        at=$(echo "$row" | cut -f3)
        search=$(grep "^AppSearch${tab}" "$seq.idt" | cut -f3)
        [ "$at" -gt "$search" ] || { echo "FAIL: Keep$name ($at) runs before AppSearch ($search) in $seq"; exit 1; }
        if [ "$seq" = InstallExecuteSequence ]; then
            write=$(grep "^WriteRegistryValues${tab}" "$seq.idt" | cut -f3)
            [ "$at" -lt "$write" ] || { echo "FAIL: Keep$name ($at) runs after WriteRegistryValues"; exit 1; }
        fi
    done
    # The real template (CPack WIX, built on Windows) lists the same components in its feature.
    grep -q "<ComponentRef Id=\"Policy$name\"/>" "$template" || { echo "FAIL: $template does not install Policy$name"; exit 1; }
done
grep -q 'InstallScope="perMachine"' "$template" || { echo "FAIL: $template is not per-machine"; exit 1; }
grep -q '<?include "@CPACK_PHONEDESK_POLICY_WXI@"?>' "$template" || { echo "FAIL: $template does not include the policy"; exit 1; }
echo "MSI tables as expected ($(wc -l <Registry.idt) registry rows, UpgradeCode {$code})"
