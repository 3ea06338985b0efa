#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through CTest (widgets offscreen).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
concord_install_missing
concord_build
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$CONCORD_BUILD" --output-on-failure -j"$(nproc)" "$@"
