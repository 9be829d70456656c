#!/usr/bin/env bash
# npm run test:wordpress: compare-kit on a real WordPress (Debian 12's packages).
#   1. builds the bundle and the plugin zip (into a temporary folder: dist/ is left alone),
#   2. setup.sh: installs WordPress, Apache with mod_php and MariaDB when missing,
#      starts them on 127.0.0.1 only, a fresh site with the plugin installed from the zip,
#   3. wordpress.test.mjs: the checks, in Chromium,
#   4. teardown.sh: stops what setup.sh started (also when something failed).
# The last line is "N passed, N failed". Environment: WP_PORT (default 8251),
# WP_STATE_DIR (default /var/lib/compare-kit-wp-test), CHROMIUM (default /usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."
export WP_TEST_STARTED="$(date +%s%3N)"
WORK="$(mktemp -d)"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo --preserve-env=WP_PORT,WP_STATE_DIR,PLUGIN_ZIP"
cleanup() {
  $SUDO bash wordpress/test/teardown.sh 2>"$WORK/teardown.log" || cat "$WORK/teardown.log" >&2
  grep -q 'still running' "$WORK/teardown.log" && cat "$WORK/teardown.log" >&2
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "[wp-test] building the bundle and the plugin zip" >&2
BUNDLE=1 npx vite build --outDir "$WORK/dist" --logLevel error >/dev/null
node -e "import('./scripts/wordpress-plugin.mjs').then((m) => m.packWordPressPlugin({ dist: process.argv[1] }))" "$WORK/dist"
export PLUGIN_ZIP="$WORK/dist/compare-kit-wordpress.zip"
chmod a+rx "$WORK"
$SUDO bash wordpress/test/setup.sh
node wordpress/test/wordpress.test.mjs
