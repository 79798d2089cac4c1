/**
 * An element's render root, open or closed: `<clinic-signs-checklist>` renders into a closed shadow root (page
 * scripts must not read the answers), which Lit still keeps as `renderRoot` for the element itself, and tests.
 */
export function shadowOf(element: Element): ShadowRoot {
  const root = (element as Element & { renderRoot?: ShadowRoot }).renderRoot ?? element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no render root`);
  return root;
}
