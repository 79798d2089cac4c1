// Does what the strict policy forbids, to prove the header is applied: an inline script, an
// inline style, and (where Trusted Types exist) a string assigned to innerHTML.
const report = (results) =>
  parent.postMessage(
    { source: 'clinic-csp', page: 'control', results, violations: window.__violations, errors: window.__errors },
    '*',
  );

window.__inlineRan = false;
const script = document.createElement('script');
try {
  // A string as script text is itself a Trusted Types violation where they exist; the script is inline either way.
  script.textContent = 'window.__inlineRan = true';
} catch {
  script.append(document.createTextNode('window.__inlineRan = true'));
}
document.body.append(script);

const style = document.createElement('style');
style.textContent = 'p { color: rgb(255, 0, 0) }';
document.head.append(style);

let innerHtmlBlocked = null;
if (window.trustedTypes) {
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
    innerHtmlBlocked = false;
  } catch {
    innerHtmlBlocked = true;
  }
}

setTimeout(() => {
  report({
    inlineScriptRan: window.__inlineRan,
    inlineStyleApplied: getComputedStyle(document.querySelector('p')).color === 'rgb(255, 0, 0)',
    trustedTypes: Boolean(window.trustedTypes),
    innerHtmlBlocked,
  });
}, 300);
