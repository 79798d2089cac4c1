// Host pages for the host-CSS matrix (test/hostile/host-matrix.test.ts): the three elements, from the built CDN
// file, in a main column, narrow sidebars and flex rows, under real stylesheets as pages serve them: Bootstrap 5,
// Pico 2 and Bulma 1 as installed from npm, Tailwind 3's preflight and typography plugin compiled by Tailwind's own
// compiler for the classes the pages use, and WordPress's block-library style and theme CSS.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const cache = path.join(root, 'node_modules', '.cache', 'clinic-elements-host-css');

/**
 * WordPress's block library, pinned. As a devDependency it would bring 320 packages (about 930 MB: the block editor
 * and its React peers, which conflict with this project's React 19) for two CSS files, so its npm tarball alone is
 * fetched once with `npm pack`, checked against this hash, and its two stylesheets kept in node_modules/.cache.
 * (11.1.0 does not install from the registry: it needs an @wordpress/interactivity-router not published there.)
 */
const WORDPRESS = {
  spec: '@wordpress/block-library@11.0.0',
  integrity: 'sha512-WdtkEUkvbJKw1t+GVRl/nl2bgqhsYqsdsPxCl4BfEw4Xtc+i5MwRXN0d3cY6ZMIP/e51L+QxASvk50VBtla17A==',
  files: ['build-style/style.css', 'build-style/theme.css'],
};

const fromPackage = (file) => readFileSync(require.resolve(file), 'utf8');

function wordpress() {
  const dir = path.join(cache, 'wordpress-11.0.0');
  const files = WORDPRESS.files.map((file) => path.join(dir, 'package', file));
  if (!files.every((file) => existsSync(file))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['pack', WORDPRESS.spec, '--silent', '--pack-destination', dir], { stdio: 'ignore' });
    const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${WORDPRESS.spec} wrote no tarball`);
    const bytes = readFileSync(path.join(dir, tarball));
    const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
    if (integrity !== WORDPRESS.integrity) throw new Error(`${WORDPRESS.spec}: unexpected integrity ${integrity}`);
    execFileSync('tar', ['-xzf', tarball, ...WORDPRESS.files.map((file) => `package/${file}`)], { cwd: dir });
  }
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

/** Tailwind 3: preflight, the typography plugin's `prose` classes and the utilities `content` uses. */
async function tailwind(content) {
  const { default: postcss } = await import('postcss');
  const { default: tailwindcss } = await import('tailwindcss');
  const { default: typography } = await import('@tailwindcss/typography');
  const result = await postcss([
    tailwindcss({ content: [{ raw: content, extension: 'html' }], plugins: [typography] }),
  ]).process('@tailwind base;\n@tailwind components;\n@tailwind utilities;\n', { from: undefined });
  return result.css;
}

/** Each host's stylesheet, and the classes its pages put on the page and on a column. */
export const HOSTS = {
  bootstrap: {
    css: () => fromPackage('bootstrap/dist/css/bootstrap.min.css'),
    page: 'container-fluid py-3',
    column: '',
  },
  pico: { css: () => fromPackage('@picocss/pico/css/pico.min.css'), page: 'container-fluid', column: '' },
  bulma: { css: () => fromPackage('bulma/css/bulma.min.css'), page: 'section', column: 'content' },
  tailwind: { css: (content) => tailwind(content), page: 'p-4', column: 'prose prose-sm max-w-none' },
  wordpress: { css: () => wordpress(), page: 'wp-site-blocks', column: 'entry-content wp-block-post-content' },
};

const made = new Map();

/** The stylesheet of a host (compiled or fetched once per server, then kept); `content` feeds Tailwind's scan. */
export function hostCss(name, content) {
  if (!made.has(name))
    made.set(
      name,
      Promise.resolve().then(() => HOSTS[name].css(content)),
    );
  return made.get(name);
}

/** The columns of a host page: a main column and sidebars of 300 and 240 px, in English and Spanish, and flex rows. */
export const COLUMNS = [
  { id: 'main', width: 720, lang: 'en' },
  { id: 'side-300', width: 300, lang: 'en' },
  { id: 'side-240', width: 240, lang: 'en' },
  { id: 'side-300-es', width: 300, lang: 'es' },
  { id: 'side-240-es', width: 240, lang: 'es' },
  // Each element a bare item of a flex row, sized by its content (a common wrapper in page builders).
  { id: 'side-300-flex', width: 300, lang: 'en', flex: true },
];

/** Long content where pages have it: a long question and link, long e-mail, street and name, an extension. */
function column({ id, width, lang, flex }, classes) {
  const es = lang === 'es';
  return `<div class="host-column ${classes}${flex ? ' flex-rows' : ''}" id="${id}" lang="${lang}" style="inline-size: ${width}px">
  <h2>${es ? 'Preguntas' : 'Questions'}</h2>
  <div class="wrap"><clinic-faq searchable controls>
    <details open><summary>${
      es
        ? '¿Cuánto tiempo dura una sesión de tratamiento con ketamina supervisada por el equipo médico?'
        : 'How long does a supervised ketamine treatment session take, from arrival to going home?'
    }</summary><p>${
      es ? 'Unas dos horas. Vea' : 'About two hours. See'
    } <a href="https://clinic.example/treatments/ketamine-assisted-psychotherapy/what-to-expect-on-the-day">https://clinic.example/treatments/ketamine-assisted-psychotherapy/what-to-expect-on-the-day</a>.</p></details>
    <details><summary>${es ? '¿Necesito una derivación?' : 'Do I need a referral?'}</summary><p>${
      es ? 'No.' : 'No.'
    }</p></details>
  </clinic-faq></div>
  <div class="wrap"><clinic-signs-checklist substance="ketamine" phone="385-287-1469" contact-url="#contact"></clinic-signs-checklist></div>
  <div class="wrap"><clinic-contact-card
    name="Alternative Pathways Ketamine and Behavioral Health Clinic"
    phone="${es ? '(555) 010-2030 ext 4' : '385-287-1469'}"
    email="appointments.and.intake@alternative-pathways-ketamine-clinic.example"
    url="https://clinic.example/"
    booking-url="https://clinic.example/book"
    street-address="7050 South Highland Drive, Building C, Suite 120"
    locality="Cottonwood Heights"
    region="UT"
    postal-code="84121"
    hours="Mo-Fr 09:00-12:00,13:00-17:30; Sa 10:00-14:00"
    time-zone="America/Denver"
  ></clinic-contact-card></div>
</div>`;
}

/** A whole host page: the host's stylesheet, its page and column classes, the columns side by side. */
export function hostPage(name) {
  const host = HOSTS[name];
  const stylesheet = host ? `<link rel="stylesheet" href="/__test__/host-css?name=${name}">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title>${stylesheet}
<style>.columns { display: flex; gap: 16px; align-items: flex-start; } .host-column { flex: none; } .flex-rows > .wrap { display: flex; }</style>
<script>
  // A Saturday afternoon in the clinic's zone: "Closed · opens Monday…", set before the element is defined.
  addEventListener('DOMContentLoaded', () => {
    for (const card of document.querySelectorAll('clinic-contact-card')) card.now = new Date('2026-11-28T23:00:00Z');
  });
</script>
<script type="module">
  await import('/__test__/cdn?file=clinic-elements.js');
  await Promise.all([...document.querySelectorAll('clinic-faq, clinic-signs-checklist, clinic-contact-card')].map((el) => el.updateComplete));
  window.hostReady = true;
  window.dispatchEvent(new Event('host-ready'));
</script></head>
<body><div class="${host?.page ?? ''}"><div class="columns">
${COLUMNS.map((c) => column(c, host?.column ?? '')).join('\n')}
</div></div></body></html>`;
}

/** `node test/server/host-pages.mjs`: fetches and compiles the stylesheets ahead of a test run. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of Object.keys(HOSTS)) {
    const css = await hostCss(name, hostPage(name));
    console.log(`${name}: ${(css.length / 1024).toFixed(0)} KB`);
  }
}
