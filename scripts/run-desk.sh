#!/usr/bin/env bash
# Installs what is missing, builds, and opens the desk on its embedded demo cache.
# Extra arguments go to concord-desk (try --help).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
concord_install_missing
concord_build
exec "$CONCORD_BUILD/app/desk/concord-desk" "$@"
