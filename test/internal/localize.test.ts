import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { ClinicElement } from '../../src/internal/clinic-element.js';
import {
  fallbackChain,
  registerStrings,
  resolveLang,
  translate,
  type BuiltInStrings,
} from '../../src/internal/localize.js';
import { mergeStrings, commonStrings } from '../../src/internal/strings.js';
import { captureWarnings } from '../helpers/console.js';

const builtIns: BuiltInStrings = {
  en: { greeting: 'Hello', questions: { one: '{count} question', other: '{count} questions' } },
  es: { greeting: 'Hola', questions: { one: '{count} pregunta', other: '{count} preguntas' } },
};

class LocalizeProbe extends ClinicElement {
  static override strings = mergeStrings(commonStrings, builtIns);
  override render() {
    return litHtml`<p>${this.t('greeting')}</p> <p>${this.t('questions', { count: 1200 })}</p>`;
  }
}
customElements.define('x-localize-probe', LocalizeProbe);

describe('language resolution', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('uses the nearest ancestor lang, else the document, else English', async () => {
    const root = await fixture(html`<div lang="es-MX"><section><span id="inner"></span></section></div>`);
    expect(resolveLang(root.querySelector('#inner')!)).to.equal('es-MX');
    const orphan = await fixture(html`<span></span>`);
    expect(resolveLang(orphan)).to.equal('en');
    document.documentElement.lang = 'es';
    expect(resolveLang(orphan)).to.equal('es');
  });

  it('crosses shadow roots to the host', async () => {
    const host = await fixture(html`<div lang="es"></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('es');
  });

  it('treats an empty or invalid lang as English', async () => {
    const el = await fixture(html`<div lang="not a tag!"><span></span></div>`);
    expect(resolveLang(el.firstElementChild!)).to.equal('en');
  });

  it('falls back from region to language to English', () => {
    expect(fallbackChain('es-MX')).to.deep.equal(['es-mx', 'es', 'en']);
    expect(fallbackChain('fr')).to.deep.equal(['fr', 'en']);
  });
});

describe('translate', () => {
  it('speaks English and Spanish, and falls back to English for unknown languages', () => {
    expect(translate('en', builtIns, 'greeting')).to.equal('Hello');
    expect(translate('es', builtIns, 'greeting')).to.equal('Hola');
    expect(translate('es-AR', builtIns, 'greeting')).to.equal('Hola');
    expect(translate('ja', builtIns, 'greeting')).to.equal('Hello');
  });

  it('chooses plural forms and formats numbers with Intl', () => {
    expect(translate('en', builtIns, 'questions', { count: 1 })).to.equal('1 question');
    expect(translate('en', builtIns, 'questions', { count: 1200 })).to.equal('1,200 questions');
    expect(translate('es', builtIns, 'questions', { count: 1200 })).to.equal('1200 preguntas');
  });

  it('lets a site register strings for any language, over the built-ins', () => {
    registerStrings('fr', { greeting: 'Bonjour' });
    registerStrings('es', { greeting: '¡Hola!' });
    expect(translate('fr-CA', builtIns, 'greeting')).to.equal('Bonjour');
    expect(translate('fr', builtIns, 'questions', { count: 2 })).to.equal('2 questions');
    expect(translate('es', builtIns, 'greeting')).to.equal('¡Hola!');
    registerStrings('es', { greeting: 'Hola' });
  });

  it('takes registered plural forms and leaves unknown placeholders as written', () => {
    registerStrings('pt', { questions: { one: '{count} pergunta', other: '{count} perguntas' }, hello: 'Olá {name}' });
    expect(translate('pt-BR', builtIns, 'questions', { count: 1 })).to.equal('1 pergunta');
    expect(translate('pt', builtIns, 'questions', { count: 3 })).to.equal('3 perguntas');
    expect(translate('pt', builtIns, 'hello')).to.equal('Olá {name}');
    expect(translate('pt', builtIns, 'hello', { name: 'Ana' })).to.equal('Olá Ana');
    expect(translate('pt', builtIns, 'no.such.key')).to.equal('no.such.key');
  });

  it('warns and skips invalid registrations', () => {
    const warnings = captureWarnings();
    try {
      registerStrings('not a tag!', { greeting: 'x' });
      registerStrings('de', { greeting: 42 as unknown as string, farewell: 'Tschüss' });
      registerStrings('nl', null as unknown as Record<string, string>);
      registerStrings('it', {
        questions: { one: 'una' } as unknown as string,
        other: { other: 3 } as unknown as string,
      });
      expect(warnings.messages).to.have.length(5);
      expect(warnings.messages[0]).to.contain('not a valid language tag');
      expect(warnings.messages[1]).to.contain('greeting');
      expect(translate('de', builtIns, 'greeting')).to.equal('Hello');
      expect(translate('de', builtIns, 'farewell')).to.equal('Tschüss');
    } finally {
      warnings.restore();
    }
  });
});

describe('LocalizeController on an element', () => {
  it('re-renders when an ancestor lang changes or strings are registered', async () => {
    const wrapper = await fixture(html`<div lang="en"><x-localize-probe></x-localize-probe></div>`);
    const probe = wrapper.querySelector('x-localize-probe') as LocalizeProbe;
    await probe.updateComplete;
    const text = () => probe.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text()).to.equal('Hello 1,200 questions');
    wrapper.setAttribute('lang', 'es');
    await nextFrame();
    await probe.updateComplete;
    expect(text()).to.equal('Hola 1200 preguntas');
    registerStrings('es', { greeting: 'Buenas' });
    await probe.updateComplete;
    expect(text()).to.equal('Buenas 1200 preguntas');
    registerStrings('es', { greeting: 'Hola' });
  });

  it('stops following the page once disconnected', async () => {
    const wrapper = await fixture(html`<div lang="en"><x-localize-probe></x-localize-probe></div>`);
    const probe = wrapper.querySelector('x-localize-probe') as LocalizeProbe;
    await probe.updateComplete;
    probe.remove();
    wrapper.setAttribute('lang', 'es');
    await nextFrame();
    expect(probe.shadowRoot!.textContent).to.contain('Hello');
    wrapper.append(probe);
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Hola');
  });
});
