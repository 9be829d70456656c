// The negative control: on the same policy, these must be reported, which
// proves the engine enforces the policy and the probe sees violations.
try {
  // eslint-disable-next-line no-new-func
  new Function('return 1')();
  window.__controlEval = 'ran';
} catch {
  window.__controlEval = 'blocked';
}
try {
  document.createElement('div').innerHTML = '<b>x</b>';
  window.__controlTrustedTypes = 'allowed';
} catch {
  window.__controlTrustedTypes = 'blocked';
}
// An inline style attribute set from script.
document.body.appendChild(document.createElement('div')).setAttribute('style', 'color: red');
setTimeout(() => {
  window.__cspResult = {
    violations: window.__csp.violations,
    errors: window.__csp.errors,
    eval: window.__controlEval,
    tt: window.__controlTrustedTypes,
    inline: window.__inlineRan === true,
  };
  document.documentElement.dataset.cspDone = '';
}, 200);
