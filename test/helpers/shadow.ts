/**
 * An element's render root, open or closed: `<clinic-signs-checklist>` renders into a closed shadow root (page
 * scripts must not read the answers), which Lit still keeps as `renderRoot` for the element itself, and tests.
 */
export function shadowOf(element: Element): ShadowRoot {
  const root = (element as Element & { renderRoot?: ShadowRoot }).renderRoot ?? element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no render root`);
  return root;
}

/** A node's text as a screen reader reads it: spaces collapsed, without what is `aria-hidden` (a short day name). */
export function spokenText(node: Node | null | undefined): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll?.('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
