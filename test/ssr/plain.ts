// The browser side of a server-rendered page without Lit's hydrate support (as with the CDN files, which carry their
// own Lit): each element renders afresh in place of the server's copy, never beside it.
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
