/**
 * Strict Content-Security-Policy with Trusted Types. The test runner's own page needs inline
 * scripts, so the elements run in a same-origin iframe whose page is served WITH the policy (see
 * STRICT_CSP in test/server/routes.mjs) and reports back by postMessage.
 */
import { expect } from '@open-wc/testing';

interface Report {
  source: 'clinic-csp';
  page: string;
  results: Array<{ name: string; ok: boolean; detail: string }> | Record<string, unknown>;
  violations: Array<{ directive: string; blocked: string; sample: string; source: string; line: number }>;
  errors: string[];
}

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html clinic-elements-sanitizer";

/** Opens `path` in an iframe and resolves with what its page reports. */
function openPage(path: string): Promise<{ report: Report; frame: HTMLIFrameElement; header: string | null }> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    const timer = setTimeout(() => reject(new Error(`${path} did not report`)), 15_000);
    const onMessage = async (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data?.source !== 'clinic-csp') return;
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      const header = (await fetch(path, { method: 'HEAD' })).headers.get('content-security-policy');
      resolve({ report: event.data, frame, header });
    };
    addEventListener('message', onMessage);
    frame.src = path;
    document.body.append(frame);
  });
}

describe('hostile page: strict CSP and Trusted Types', function () {
  this.timeout(20_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the control page proves the policy is enforced (inline script and style blocked)', async () => {
    const { report, header } = await openPage('/test/hostile/pages/control.csp.html');
    expect(header).to.equal(POLICY);
    const results = report.results as Record<string, unknown>;
    expect(results.inlineScriptRan).to.equal(false);
    expect(results.inlineStyleApplied).to.equal(false);
    if (results.trustedTypes) expect(results.innerHtmlBlocked).to.equal(true);
    const directives = report.violations.map((v) => v.directive);
    // Under Trusted Types the inline script is stopped (and reported) as untrusted script text first.
    expect(directives, directives.join()).to.include(
      results.trustedTypes ? 'require-trusted-types-for' : 'script-src-elem',
    );
    expect(directives, directives.join()).to.include('style-src-elem');
  });

  it('renders and works with all three elements and zero violations', async () => {
    const { report, header } = await openPage('/test/hostile/pages/strict.csp.html');
    expect(header).to.equal(POLICY);
    const results = report.results as Array<{ name: string; ok: boolean; detail: string }>;
    const failed = results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.detail}`);
    expect(failed, failed.join('\n')).to.deep.equal([]);
    expect(results.length).to.be.at.least(20);
    expect(report.violations, JSON.stringify(report.violations, null, 1)).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect((window as { __cspXss?: unknown }).__cspXss).to.equal(undefined);
  });

  it("raises no report when the page refuses the sanitiser's policy: plain-text answers, no structured data, a warning", async () => {
    const { report, header } = await openPage('/test/hostile/pages/refused.csp.html?refuse-sanitizer');
    expect(header).to.equal(POLICY.replace(' clinic-elements-sanitizer', ''));
    const results = report.results as Array<{ name: string; ok: boolean; detail: string }>;
    const failed = results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.detail}`);
    expect(failed, failed.join('\n')).to.deep.equal([]);
    expect(results.length).to.be.at.least(5);
    // Asking for the refused policy is itself reported, once a page (there is no asking whether it would be allowed);
    // nothing else is: no require-trusted-types-for for the answers or the structured data.
    const others = report.violations.filter(
      (v) => !(v.directive === 'trusted-types' && v.sample === 'clinic-elements-sanitizer'),
    );
    expect(others, JSON.stringify(report.violations, null, 1)).to.deep.equal([]);
    expect(report.violations.length).to.be.at.most(1);
    expect(report.errors).to.deep.equal([]);
  });

  it("works with two copies of the library when the policy adds 'allow-duplicates'", async () => {
    const { report, header } = await openPage('/test/hostile/pages/two-copies.csp.html?allow-duplicates');
    expect(header).to.equal(`${POLICY} 'allow-duplicates'`);
    const results = report.results as Array<{ name: string; ok: boolean; detail: string }>;
    const failed = results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.detail}`);
    expect(failed, failed.join('\n')).to.deep.equal([]);
    expect(report.violations, JSON.stringify(report.violations, null, 1)).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
  });

  it("keeps the first copy working when a second one is refused its policies (no 'allow-duplicates')", async () => {
    const { report } = await openPage('/test/hostile/pages/two-copies.csp.html');
    const results = report.results as Array<{ name: string; ok: boolean; detail: string }>;
    const failed = results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.detail}`);
    expect(failed, failed.join('\n')).to.deep.equal([]);
    // The second copy's Lit cannot create its "lit-html" policy: that module fails to load (one
    // uncaught error and one trusted-types report per extra copy), the first copy is unaffected.
    expect(report.violations.length).to.be.greaterThan(0);
    for (const violation of report.violations) {
      expect(violation.directive, JSON.stringify(violation)).to.equal('trusted-types');
      expect(violation.sample).to.equal('lit-html');
    }
    expect(report.errors.length).to.equal(report.violations.length);
  });
});
