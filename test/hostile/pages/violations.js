// Loaded first (a same-origin classic script, as the strict policy allows): records every
// Content-Security-Policy / Trusted Types violation, uncaught error and console warning on this page.
window.__violations = [];
window.__errors = [];
// Console warnings too, from the first (the elements may warn before a page's module script runs).
window.__warnings = [];
{
  const warn = console.warn;
  console.warn = (...args) => {
    window.__warnings.push(args.join(' '));
    warn.apply(console, args);
  };
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: event.sourceFile,
    line: event.lineNumber,
  });
});
window.addEventListener('error', (event) => window.__errors.push(String(event.error?.stack || event.message)));
window.addEventListener('unhandledrejection', (event) =>
  window.__errors.push(String(event.reason?.stack || event.reason)),
);
