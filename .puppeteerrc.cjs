// The puppeteer package (a dependency of @web/test-runner-puppeteer) would
// download its own Chrome on install; no download works here, and the tests
// use Debian's firefox-esr instead.
module.exports = { skipDownload: true };
