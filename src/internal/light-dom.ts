import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `onChange` whenever an element's light DOM changes while it is connected: children added or
 * removed, text edited, or one of `attributes` changed anywhere inside. This is how content a CMS
 * adds or edits after the upgrade reaches the element.
 */
export class LightDomObserver implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #attributes: string[];
  readonly #onChange: () => void;
  #observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement, attributes: string[], onChange: () => void) {
    this.#host = host;
    this.#attributes = attributes;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.#onChange());
    this.#observer.observe(this.#host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: this.#attributes,
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}

/**
 * The author's fallback inside an element, for a manually assigned `<slot>`: its child elements and non-blank text,
 * without `<script>` (JSON-LD) and without the `<details>` the element shows as its own questions (`skipDetails`).
 */
export function fallbackNodes(host: HTMLElement, skipDetails: boolean): Array<Element | Text> {
  const nodes: Array<Element | Text> = [];
  for (const node of Array.from(host.childNodes)) {
    if (node instanceof Element) {
      if (node.localName !== 'script' && !(skipDetails && node.localName === 'details')) nodes.push(node);
    } else if (node instanceof Text && node.data.trim()) nodes.push(node);
  }
  return nodes;
}
