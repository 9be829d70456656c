// Loaded first on the CSP pages (a same-origin script, as the policy demands):
// records every CSP violation, uncaught error and console.error from here on.
window.__csp = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.violations.push({
    directive: e.effectiveDirective || e.violatedDirective,
    blocked: String(e.blockedURI || ''),
    sample: String(e.sample || '').slice(0, 80),
    source: `${e.sourceFile || ''}:${e.lineNumber || 0}`,
  });
});
window.addEventListener('error', (e) => window.__csp.errors.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.__csp.errors.push(`unhandledrejection: ${e.reason && e.reason.message ? e.reason.message : e.reason}`));
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__csp.errors.push(`console.error: ${args.map(String).join(' ')}`);
  consoleError(...args);
};
