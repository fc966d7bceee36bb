// Loaded first, as a classic script, by the strict-policy test page (scripts/strict-policy-page.mjs):
// records every Content-Security-Policy and Trusted Types violation, from the page's first
// module on, for the test in the parent page to read as `window.plazaViolations`.
window.plazaViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.plazaViolations.push({
    directive: event.effectiveDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});
