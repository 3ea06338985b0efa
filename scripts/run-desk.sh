#!/usr/bin/env bash
# Installs what is missing, builds, and opens the desk synced with its built-in demo hub.
# Extra arguments go to concord-desk instead (try --help).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
concord_install_missing
concord_build
if [ "$#" -eq 0 ]; then
    set -- --embedded
fi
exec "$CONCORD_BUILD/app/desk/concord-desk" "$@"
