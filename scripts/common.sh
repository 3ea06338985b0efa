# Shared by run-desk.sh and run-tests.sh: install what is missing, then configure and build.
# Debian 12 packages only. Sourced, not run.

set -euo pipefail

CONCORD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONCORD_BUILD="${CONCORD_BUILD_DIR:-$CONCORD_ROOT/build}"

CONCORD_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-translations-l10n libgl-dev
    libboost-dev libsqlitecpp-dev libsqlite3-dev nlohmann-json3-dev libsodium-dev libssl-dev
    fonts-dejavu-core
)

concord_missing_packages() {
    local package
    for package in "${CONCORD_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
            echo "$package"
        fi
    done
}

concord_install_missing() {
    local missing
    missing="$(concord_missing_packages | tr '\n' ' ')"
    [ -z "${missing// /}" ] && return 0
    echo "Installing: $missing"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo." >&2; exit 1; }
        sudo="sudo"
    fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

concord_build() {
    cmake -S "$CONCORD_ROOT" -B "$CONCORD_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$CONCORD_BUILD" -j"$(nproc)"
}
