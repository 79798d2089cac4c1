// The Lit floor: the least a LitElement can do with the same authored content (render a slot).
import { LitElement, html } from 'lit';

class LitFloor extends LitElement {
  render() {
    return html`<slot></slot>`;
  }
}
customElements.define('lit-floor', LitFloor);
