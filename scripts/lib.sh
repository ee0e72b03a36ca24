# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${PHONEDESK_BUILD_DIR:-$ROOT/build}"
BUILD_TYPE="${PHONEDESK_BUILD_TYPE:-RelWithDebInfo}"
JOBS="${PHONEDESK_JOBS:-$(nproc 2>/dev/null || echo 2)}"

# Debian 12 / Ubuntu 22.04+ package names.
BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6
    libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libosip2-dev zlib1g-dev libgl-dev libssl-dev libsqlite3-dev
)
# Real peers the tests talk to, and the packaging checks' tools (tests/packaging).
TEST_PACKAGES=(
    postgresql sip-tester sipsak curl openssl xvfb xauth libxml2-utils nginx-light sqlite3 util-linux wrk
    python3 appstream desktop-file-utils wixl msitools
)
# scripts/package-test: builds the .rpm, makes a clean Debian 12 with debootstrap, reads the
# installed console's window back from Xvfb.
PACKAGE_TEST_PACKAGES=(
    rpm debootstrap xvfb x11-utils x11-apps python3 util-linux
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

missing_packages() {
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || printf '%s\n' "$p"
    done
}

install_packages() {
    local missing
    mapfile -t missing < <(missing_packages "$@")
    [ "${#missing[@]}" -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        log "Missing packages: ${missing[*]} — this script installs them with apt on Debian/Ubuntu; on other systems see README.md."
        return 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            log "Missing packages: ${missing[*]}. Run as root or install sudo."
            return 1
        fi
    fi
    log "Installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    log "Configuring ($BUILD_TYPE) in $BUILD_DIR"
    # PHONEDESK_CMAKE_ARGS: extra configure arguments, one per line (scripts/sanitize).
    local extra=()
    [ -n "${PHONEDESK_CMAKE_ARGS:-}" ] && mapfile -t extra <<<"$PHONEDESK_CMAKE_ARGS"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" "${launcher[@]}" "${extra[@]}" "$@"
    log "Building with $JOBS jobs"
    cmake --build "$BUILD_DIR" -j "$JOBS"
}
