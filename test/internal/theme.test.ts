import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { ClinicElement } from '../../src/internal/clinic-element.js';

class ThemeProbe extends ClinicElement {
  override render() {
    return litHtml`<div class="base" part="base"><a href="#x">link</a><button>Go</button></div>`;
  }
}
customElements.define('x-theme-probe', ThemeProbe);

const styleOf = (el: Element, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);

describe('theme', () => {
  it('inherits the page font and colour and uses the default accent', async () => {
    const wrapper = await fixture(
      html`<div style="font-family: Georgia, serif; color: rgb(20, 30, 40); font-size: 20px"><x-theme-probe></x-theme-probe></div>`,
    );
    const probe = wrapper.firstElementChild!;
    const base = styleOf(probe, '.base');
    expect(base.fontFamily).to.contain('Georgia');
    expect(base.color).to.equal('rgb(20, 30, 40)');
    expect(base.fontSize).to.equal('20px');
    expect(styleOf(probe, 'a').color).to.equal('rgb(15, 107, 92)');
  });

  it('takes the documented custom properties from any ancestor', async () => {
    const wrapper = await fixture(
      html`<div style="--clinic-accent: rgb(120, 0, 80); --clinic-font: monospace; --clinic-text: rgb(1, 2, 3)">
        <x-theme-probe></x-theme-probe>
      </div>`,
    );
    const probe = wrapper.querySelector('x-theme-probe')!;
    expect(styleOf(probe, 'a').color).to.equal('rgb(120, 0, 80)');
    expect(styleOf(probe, '.base').fontFamily).to.contain('monospace');
    expect(styleOf(probe, '.base').color).to.equal('rgb(1, 2, 3)');
  });

  it('switches to the dark palette when the page declares a dark colour scheme', async () => {
    const wrapper = await fixture(html`<div style="color-scheme: dark"><x-theme-probe></x-theme-probe></div>`);
    expect(styleOf(wrapper.firstElementChild!, 'a').color).to.equal('rgb(95, 212, 190)');
  });

  it('keeps hostile page rules on the host from reaching its text', async () => {
    const style = document.createElement('style');
    style.textContent =
      '* { line-height: 3 !important; letter-spacing: 0.5em !important; text-transform: uppercase !important }';
    document.head.append(style);
    try {
      const probe = await fixture(html`<x-theme-probe></x-theme-probe>`);
      const base = styleOf(probe, '.base');
      expect(base.letterSpacing).to.be.oneOf(['normal', '0px']);
      expect(base.textTransform).to.equal('none');
      expect(parseFloat(base.lineHeight) / parseFloat(base.fontSize)).to.be.closeTo(1.5, 0.01);
    } finally {
      style.remove();
    }
  });

  it('shows a visible focus ring on keyboard focus', async () => {
    const probe = await fixture(html`<x-theme-probe></x-theme-probe>`);
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const focused = probe.shadowRoot!.activeElement!;
    expect(focused.localName).to.equal('button');
    const outline = getComputedStyle(focused);
    expect(outline.outlineStyle).to.equal('solid');
    expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
  });
});
