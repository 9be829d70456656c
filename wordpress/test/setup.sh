#!/usr/bin/env bash
# A throw-away WordPress for `npm run test:wordpress`, from Debian packages, on
# 127.0.0.1 only. Adapted from ../shared/reference/wordpress/setup.sh.
#
#   bash wordpress/test/setup.sh      # install what is missing, start, fresh site + users, plugin active
#
# Runs its own instances, nothing system-wide:
#   * mariadbd  --skip-networking, unix socket in $STATE/mysqlrun
#   * apache2   -f $STATE/apache.conf, Listen 127.0.0.1:$WP_PORT, mod_php
# Every run starts from an empty database and an empty uploads folder, and
# installs the plugin afresh: from PLUGIN_ZIP (the zip `npm run build` writes,
# unpacked as Plugins → Add New → Upload does) or else copied from
# wordpress/compare-kit/. Services already running (pid files in $STATE) are reused.
#
# Site:    http://127.0.0.1:$WP_PORT/ (plain permalinks, Twenty Twenty-Three)
# Users:   admin (administrator), author (author)
# Secrets: $STATE/creds.env (WP_URL, <ROLE>_USER, <ROLE>_PASS, <ROLE>_APP_PASS)
# Stop:    bash wordpress/test/teardown.sh
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
PLUGIN_SRC="$(cd "$HERE/../compare-kit" && pwd)"
WP_PORT="${WP_PORT:-8251}"
STATE="${WP_STATE_DIR:-/var/lib/compare-kit-wp-test}"
HOST=127.0.0.1
URL="http://$HOST:$WP_PORT"
WPROOT=/usr/share/wordpress
CONTENT="$STATE/wp-content"
PKGS=(wordpress wordpress-theme-twentytwentythree apache2 libapache2-mod-php php-mysql php-cli mariadb-server mariadb-client curl)

log() { printf '[wp-setup %s] %s\n' "$(date +%T)" "$*" >&2; }
alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
[ "$(id -u)" -eq 0 ] || { log "run as root (run.sh uses sudo): it installs packages and starts services as mysql and www-data"; exit 2; }

# ---------------------------------------------------------------- packages
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing: ${missing[*]}"
  # Keep the packages' maintainer scripts from starting the system-wide
  # apache2 (on 0.0.0.0:80) and mariadb during installation.
  made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; made_policy=1
  fi
  trap '[ "$made_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d' EXIT
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  [ "$made_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
  trap - EXIT
fi
PHPMOD="$(ls /usr/lib/apache2/modules/libphp*.so | head -1)"

install -d -m 755 "$STATE" "$STATE/log" "$STATE/run"
install -d -m 755 -o mysql -g mysql "$STATE/mysqlrun"
SOCK="$STATE/mysqlrun/mysqld.sock"

# ---------------------------------------------------------------- mariadb
if [ ! -d "$STATE/mysql/mysql" ]; then
  log "initialising database in $STATE/mysql"
  install -d -m 750 -o mysql -g mysql "$STATE/mysql"
  mariadb-install-db --no-defaults --user=mysql --datadir="$STATE/mysql" \
    --auth-root-authentication-method=socket --skip-test-db > "$STATE/log/mysql-install.log" 2>&1
fi
if ! alive "$STATE/mysqlrun/mysqld.pid"; then
  log "starting mariadbd (socket only, no TCP)"
  setsid mariadbd --no-defaults --user=mysql --datadir="$STATE/mysql" \
    --socket="$SOCK" --pid-file="$STATE/mysqlrun/mysqld.pid" --skip-networking \
    --log-error="$STATE/mysqlrun/mysqld.err" </dev/null >/dev/null 2>&1 &
  for _ in $(seq 1 60); do [ -S "$SOCK" ] && mariadb --socket="$SOCK" -uroot -e 'select 1' >/dev/null 2>&1 && break; sleep 0.5; done
fi
mariadb --socket="$SOCK" -uroot -e 'select 1' >/dev/null

[ -s "$STATE/db.pass" ] || { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$STATE/db.pass"; chmod 600 "$STATE/db.pass"; }
DBPASS="$(cat "$STATE/db.pass")"
# A fresh site on every run: the tests count posts and uploads.
mariadb --socket="$SOCK" -uroot <<SQL
DROP DATABASE IF EXISTS wordpress;
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'wordpress'@'localhost' IDENTIFIED BY '$DBPASS';
ALTER USER 'wordpress'@'localhost' IDENTIFIED BY '$DBPASS';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
FLUSH PRIVILEGES;
SQL

# ---------------------------------------------------------------- wp-content (own), plugin copy
install -d -m 755 "$CONTENT" "$CONTENT/themes" "$CONTENT/plugins"
rm -rf "$CONTENT/uploads"; install -d -m 755 -o www-data -g www-data "$CONTENT/uploads"
for t in /usr/share/wordpress/wp-content/themes/*/; do ln -sfn "${t%/}" "$CONTENT/themes/$(basename "$t")"; done
rm -rf "$CONTENT/plugins/compare-kit"
if [ -n "${PLUGIN_ZIP:-}" ]; then
  # install.php unpacks the zip the way Plugins → Add New → Upload does (unzip_file).
  [ -s "$PLUGIN_ZIP" ] || { log "PLUGIN_ZIP=$PLUGIN_ZIP: no such file"; exit 1; }
else
  [ -s "$PLUGIN_SRC/assets/compare-kit.js" ] || { log "wordpress/compare-kit/assets/compare-kit.js is missing: run npm run build first"; exit 1; }
  cp -r "$PLUGIN_SRC" "$CONTENT/plugins/compare-kit"
fi

# ---------------------------------------------------------------- wp config
# Debian's /usr/share/wordpress/wp-config.php loads /etc/wordpress/config-$WORDPRESS_CONFIG.php
# when the server sets that variable (SetEnv below), else config-<Host>.php: a
# name of our own, so another WordPress on 127.0.0.1 is not disturbed.
if [ ! -s "$STATE/salts.php" ]; then
  { echo '<?php'
    for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
      printf "define('%s', '%s');\n" "$k" "$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
    done; } > "$STATE/salts.php"
  chmod 640 "$STATE/salts.php"; chgrp www-data "$STATE/salts.php"
fi
install -d -m 755 /etc/wordpress
CONF_PHP="/etc/wordpress/config-compare-kit-test.php"
cat > "$CONF_PHP" <<PHP
<?php
/* compare-kit test site: written by wordpress/test/setup.sh, removed by teardown.sh --purge. */
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$DBPASS');
define('DB_HOST', 'localhost:$SOCK');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
require '$STATE/salts.php';
\$table_prefix = 'wp_';
define('WP_HOME', '$URL');
define('WP_SITEURL', '$URL');
define('WP_CONTENT_DIR', '$CONTENT');
define('WP_CONTENT_URL', '$URL/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');   /* application passwords over plain http */
define('DISABLE_WP_CRON', true);          /* no loopback cron requests */
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);   /* no calls to the outside (update checks, oEmbed) */
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '$STATE/log/wp-debug.log');
PHP
chmod 640 "$CONF_PHP"; chgrp www-data "$CONF_PHP"
touch "$STATE/log/wp-debug.log"; chown www-data "$STATE/log/wp-debug.log"; : > "$STATE/log/wp-debug.log"

# ---------------------------------------------------------------- site, users, plugin
for r in admin author; do
  f="$STATE/$r.pass"
  [ -s "$f" ] || { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$f"; chmod 600 "$f"; }
done
: > "$STATE/log/install.log"
PLUGIN_ZIP="${PLUGIN_ZIP:-}" php "$HERE/install.php" "$STATE" 2>>"$STATE/log/install.log" || { cat "$STATE/log/install.log" >&2; exit 1; }
chmod -R a+rX "$CONTENT/plugins"
# The test runs as the user who called sudo, if any.
[ -n "${SUDO_USER:-}" ] && chown "$SUDO_USER" "$STATE/creds.env"

# ---------------------------------------------------------------- apache (own instance)
cat > "$STATE/apache.conf" <<CONF
# Own apache2 instance for the compare-kit WordPress test (wordpress/test/setup.sh).
ServerRoot /etc/apache2
DefaultRuntimeDir $STATE/run
PidFile $STATE/run/apache2.pid
Listen $HOST:$WP_PORT
ServerName $HOST
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule php_module $PHPMOD
StartServers 2
MinSpareServers 2
MaxSpareServers 6
MaxRequestWorkers 16
TypesConfig /etc/mime.types
LogFormat "%h %t \"%r\" %>s %b %D" lab
ErrorLog $STATE/log/apache-error.log
CustomLog $STATE/log/apache-access.log lab
DocumentRoot $WPROOT
DirectoryIndex index.php index.html
SetEnv WORDPRESS_CONFIG compare-kit-test
Alias /wp-content $CONTENT
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory $WPROOT>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory $CONTENT>
  Options FollowSymLinks
  Require all granted
</Directory>
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
CONF
apache2 -t -f "$STATE/apache.conf" >/dev/null 2>&1 || { apache2 -t -f "$STATE/apache.conf"; exit 1; }
if alive "$STATE/run/apache2.pid"; then
  log "apache2 already running; graceful reload"
  apache2 -f "$STATE/apache.conf" -k graceful
else
  log "starting apache2 on $HOST:$WP_PORT"
  apache2 -f "$STATE/apache.conf" -k start
fi
code=000
for _ in $(seq 1 40); do
  code="$(curl -s -o /dev/null -w '%{http_code}' "$URL/" || true)"
  [ "$code" = 200 ] && break; sleep 0.25
done
[ "$code" = 200 ] || { log "site did not answer 200 (got $code)"; tail -20 "$STATE/log/apache-error.log" >&2; exit 1; }
log "ready: $URL/ (WordPress $(php -r 'include "/usr/share/wordpress/wp-includes/version.php"; echo $wp_version;'), credentials in $STATE/creds.env)"
