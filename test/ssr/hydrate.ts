// The browser side of a server-rendered page (test/ssr/render.mjs): Lit's hydrate support must load before the
// elements (before any LitElement class is created), then the elements upgrade and hydrate their shadow roots.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/index.js';

/** Resolves once every element on the page has finished all its updates (the hydrating one and the real one). */
export async function upgraded(): Promise<void> {
  const elements = Array.from(document.querySelectorAll('clinic-faq, clinic-signs-checklist, clinic-contact-card'));
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      elements.map((element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
    );
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
}
