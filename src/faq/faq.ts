import { html } from 'lit';
import { ClinicElement } from '../internal/clinic-element.js';

/**
 * @summary Placeholder: the element's issue fills this in.
 */
export class ClinicFaq extends ClinicElement {
  override render() {
    return html`<div class="base" part="base"><slot></slot></div>`;
  }
}
