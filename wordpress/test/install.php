<?php
/**
 * Fresh site for the compare-kit WordPress test: install, users, application
 * passwords, the plugin activated (the test sets the endpoints on its settings page). Run by setup.sh:
 *   php install.php STATE_DIR
 */
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['WORDPRESS_CONFIG'] = 'compare-kit-test';   /* Debian: /etc/wordpress/config-compare-kit-test.php */
$state = $argv[1];
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-includes/class-wp-application-passwords.php';
add_filter('pre_wp_mail', '__return_false');   /* no MTA here */

$pw = function ($r) use ($state) { return trim(file_get_contents("$state/$r.pass")); };
wp_install('compare-kit test site', 'admin', 'admin@example.test', false, '', $pw('admin'));
update_option('blog_public', '0');
$id = wp_insert_user(['user_login' => 'author', 'user_pass' => $pw('author'),
    'user_email' => 'author@example.test', 'role' => 'author', 'display_name' => 'Author']);
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }

switch_theme('twentytwentythree');
wp_set_current_user(1);
$zip = getenv('PLUGIN_ZIP');
if ($zip) {
    require_once ABSPATH . 'wp-admin/includes/file.php';
    WP_Filesystem();
    $unzipped = unzip_file($zip, WP_PLUGIN_DIR);
    if (is_wp_error($unzipped)) { fwrite(STDERR, 'unzip: ' . $unzipped->get_error_message() . "\n"); exit(1); }
}
$result = activate_plugin('compare-kit/compare-kit.php');
if (is_wp_error($result)) { fwrite(STDERR, 'plugin: ' . $result->get_error_message() . "\n"); exit(1); }
if (!is_plugin_active('compare-kit/compare-kit.php')) { fwrite(STDERR, "plugin not active\n"); exit(1); }

$out = "WP_URL='" . home_url() . "'\nWP_VERSION='" . get_bloginfo('version') . "'\n";
foreach (['admin', 'author'] as $login) {
    $u = get_user_by('login', $login);
    list($app) = WP_Application_Passwords::create_new_application_password($u->ID, ['name' => 'compare-kit-test']);
    $R = strtoupper($login);
    $out .= "{$R}_USER='$login'\n{$R}_PASS='" . $pw($login) . "'\n{$R}_APP_PASS='$app'\n";
}
file_put_contents("$state/creds.env", $out);
chmod("$state/creds.env", 0600);
fwrite(STDERR, 'installed WordPress ' . get_bloginfo('version') . ", plugin active\n");
