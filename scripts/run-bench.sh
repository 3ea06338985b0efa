#!/usr/bin/env bash
# Installs what is missing, builds, and runs the benchmark (docs/PERFORMANCE.md).
# Arguments go to concord-bench, e.g. --messages 200000; the default is 1,000,000 messages.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
concord_install_missing
concord_build
"$CONCORD_BUILD/tests/bench/concord-bench" "$@"
