// The snippet builder's page logic (demo/builder.html): the form, the live preview and copying the embed code.
// The snippet itself comes from ./builder.snippet.js; nothing typed here is sent anywhere.
import { ELEMENTS, VERSION, elementMarkup, snippet, validate } from './builder.snippet.js';
import { DAYS, DEFAULT_DAY, daysFromHours, hoursText } from './builder.hours.js';

/**
 * Example content: the fields' placeholders, and what the preview shows until the author types in that form. It is
 * never a field's value and never in the code (a made-up clinic with a 555-01xx number, in case it ever were).
 */
const EXAMPLE = {
  items: [
    {
      question: 'Is ketamine treatment addictive?',
      answer:
        'Given in a clinic for depression, with a medical team watching over every dose, ketamine is not considered physically addictive.\n\nSome people can come to lean on it emotionally, which is why each session is planned and reviewed.',
    },
    {
      question: 'How soon might I feel a difference?',
      answer:
        'Many people notice their mood lifting within hours to a few days of a session, rather than the weeks other antidepressants can take.',
    },
  ],
  signs: { substance: 'ketamine', phone: '(555) 010-2030', 'contact-url': '#contact' },
  contact: {
    name: 'Example Recovery Clinic',
    phone: '(555) 010-2030 ext 4',
    email: 'care@clinic.example',
    'street-address': '100 Example Street, Suite 2',
    locality: 'Salt Lake City',
    region: 'UT',
    'postal-code': '84101',
    country: 'US',
    hours: 'Mon-Fri 9am-5pm, Sat 10am-2pm',
    'time-zone': 'America/Denver',
  },
};

/** The text fields the author types in (not the options, and not the day-by-day times, which write the hours). */
const TYPED = 'input:not([type="checkbox"], [type="radio"], [type="time"]), textarea';

/**
 * Wires the builder inside `root` (a document or element holding builder.html's markup).
 * `integrity` is dist/cdn/integrity.json's content, or a promise of it. Resolves once the first snippet is shown.
 */
export async function initBuilder(root = document, { integrity } = {}) {
  const $ = (selector) => root.querySelector(selector);
  const form = $('#builder');
  const list = $('#faq-items');
  const preview = $('#preview');
  const output = $('#snippet');
  const problem = $('#snippet-problem');
  const copyButton = $('#copy');
  const copyStatus = $('#copy-status');
  const touched = new Set();
  let showAll = false;
  let uid = 0;
  let hashes = null;
  let lastMarkup = '';

  $('#version').textContent = VERSION;
  const zones = $('#time-zones');
  if (zones && typeof Intl.supportedValuesOf === 'function') {
    for (const zone of Intl.supportedValuesOf('timeZone')) zones.append(new Option(zone));
  }

  const kind = () => form.elements.namedItem('element').value;
  const section = (which = kind()) => $(`#fields-${which}`);

  function addQuestion(item = EXAMPLE.items[0], focus = false) {
    const id = `qa-${++uid}`;
    const row = document.createElement('li');
    row.className = 'qa';
    row.innerHTML = `
      <div class="field">
        <label for="${id}-q"></label>
        <input id="${id}-q" data-role="question" aria-describedby="${id}-q-error" />
        <p class="field-error" id="${id}-q-error" hidden></p>
      </div>
      <div class="field">
        <label for="${id}-a"></label>
        <textarea id="${id}-a" data-role="answer" rows="4" aria-describedby="items-hint ${id}-a-error"></textarea>
        <p class="field-error" id="${id}-a-error" hidden></p>
      </div>
      <button type="button" class="remove"></button>`;
    row.querySelector('input').placeholder = `e.g. ${item.question}`;
    row.querySelector('textarea').placeholder = `e.g. ${item.answer}`;
    list.append(row);
    number();
    if (focus) row.querySelector('input').focus();
  }

  function number() {
    [...list.children].forEach((row, i) => {
      row.querySelector('label[for$="-q"]').textContent = `Question ${i + 1}`;
      row.querySelector('label[for$="-a"]').textContent = `Answer ${i + 1}`;
      row.querySelector('.remove').textContent = `Remove question ${i + 1}`;
    });
  }

  function values(which = kind()) {
    const result = {};
    for (const field of section(which).querySelectorAll('[name]')) {
      result[field.name] = field.type === 'checkbox' ? field.checked : field.value;
    }
    if (which === 'faq') {
      result.items = [...list.children].map((row) => ({
        question: row.querySelector('[data-role="question"]').value,
        answer: row.querySelector('[data-role="answer"]').value,
      }));
    }
    return result;
  }

  /** Whether the author has typed anything in `which`'s form. */
  const typed = (which = kind()) => [...section(which).querySelectorAll(TYPED)].some((field) => field.value.trim());

  /** What the preview shows: the example until the author types in this form, then only what they typed. */
  function previewValues(which, current) {
    if (typed(which)) return current;
    return { ...current, ...(which === 'faq' ? { items: EXAMPLE.items } : EXAMPLE[which]) };
  }

  // The day-by-day hours: one row a day, written into the hours field and read back from it.
  const dayRows = $('#day-rows');
  const hoursField = $('#contact-hours');
  const daysStatus = $('#days-status');
  DAYS.forEach(({ name }, day) => {
    const row = document.createElement('fieldset');
    row.className = 'day';
    row.dataset.day = String(day);
    row.innerHTML = `
      <legend></legend>
      <label class="check"><input type="checkbox" data-role="open" /> Open</label>
      <label>Opens <input type="time" data-role="opens" disabled /></label>
      <label>Closes <input type="time" data-role="closes" disabled /></label>`;
    row.querySelector('legend').textContent = name;
    dayRows.append(row);
  });
  const dayControls = (day) => {
    const row = dayRows.children[day];
    const [open, opens, closes] = ['open', 'opens', 'closes'].map((role) => row.querySelector(`[data-role="${role}"]`));
    return { open, opens, closes };
  };

  /** Sets a day's row: null (closed) or `{ opens, closes }`. */
  function setDay(day, times) {
    const { open, opens, closes } = dayControls(day);
    open.checked = !!times;
    opens.disabled = closes.disabled = !times;
    if (times) [opens.value, closes.value] = [times.opens, times.closes];
  }

  /** The hours the rows say, written into the hours field. */
  function writeHours() {
    const days = DAYS.map((_, day) => {
      const { open, opens, closes } = dayControls(day);
      opens.disabled = closes.disabled = !open.checked;
      if (!open.checked) return null;
      opens.value ||= DEFAULT_DAY.opens;
      closes.value ||= DEFAULT_DAY.closes;
      return { opens: opens.value, closes: closes.value };
    });
    hoursField.value = hoursText(days);
    daysStatus.textContent = '';
    touched.add('hours');
  }

  /** The rows for what the hours field says, when they can show it. */
  function readHours() {
    const text = hoursField.value.trim();
    const days = text ? daysFromHours(text) : DAYS.map(() => null);
    days?.forEach((times, day) => setDay(day, times));
    daysStatus.textContent =
      days || !text || validate('contact', { hours: text }).hours
        ? ''
        : 'These hours have more than one opening on a day: change them in the text above.';
  }

  dayRows.addEventListener('change', writeHours);
  hoursField.addEventListener('input', readHours);
  $('#same-as-monday').addEventListener('click', () => {
    const monday = dayControls(0);
    const times = monday.open.checked ? { opens: monday.opens.value, closes: monday.closes.value } : null;
    for (let day = 1; day <= 4; day++) setDay(day, times);
    writeHours();
    update();
  });

  /** The control and error paragraph of an error key (`phone`, `question-0`…) in the current section. */
  function fieldOf(key) {
    const match = /^(question|answer)-(\d+)$/.exec(key);
    if (match) {
      const row = list.children[Number(match[2])];
      const control = row?.querySelector(`[data-role="${match[1]}"]`);
      return { control, error: control && root.querySelector(`#${control.id}-error`) };
    }
    const error = section().querySelector(`[data-error-for="${key}"]`);
    const control = key === 'items' ? null : section().querySelector(`[name="${key}"]`);
    return { control, error };
  }

  function showErrors(errors) {
    for (const error of section().querySelectorAll('.field-error')) {
      error.hidden = true;
      error.textContent = '';
    }
    for (const control of section().querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
    const shown = [];
    for (const [key, message] of Object.entries(errors)) {
      const { control, error } = fieldOf(key);
      const name = control?.name || control?.id || key;
      if (!showAll && !touched.has(name)) continue;
      if (error) {
        error.textContent = message;
        error.hidden = false;
      }
      control?.setAttribute('aria-invalid', 'true');
      shown.push(control);
    }
    return shown;
  }

  function update() {
    const which = kind();
    for (const other of Object.keys(ELEMENTS)) section(other).hidden = other !== which;
    const current = values(which);
    const errors = validate(which, current);
    showErrors(errors);
    const count = Object.keys(errors).length;
    const markup = elementMarkup(which, previewValues(which, current));
    $('#preview-example').hidden = typed(which);
    if (markup !== lastMarkup) {
      // Our own, escaped markup (the same as in the snippet): safe to parse.
      preview.innerHTML = markup;
      lastMarkup = markup;
    }
    copyStatus.textContent = '';
    if (!hashes) {
      output.value = '';
      problem.textContent =
        'The integrity values (dist/cdn/integrity.json) could not be read: run "npm run build" and reload.';
      problem.hidden = false;
      copyButton.disabled = true;
      return;
    }
    copyButton.disabled = false;
    output.value = snippet(which, current, hashes);
    problem.hidden = count === 0;
    problem.textContent = count
      ? `${count === 1 ? 'One field needs' : `${count} fields need`} attention before you copy the code.`
      : '';
    if (!showAll) problem.hidden = true;
  }

  async function copy() {
    update();
    const errors = validate(kind(), values());
    if (Object.keys(errors).length) {
      showAll = true;
      update();
      const [first] = showErrors(errors);
      (first ?? $('#add-question'))?.focus();
      return;
    }
    const text = output.value;
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      output.focus();
      output.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    copyStatus.textContent = copied
      ? 'Copied. Paste it into your page where the element should appear.'
      : 'Your browser did not allow copying: the code is selected, press Ctrl+C (or ⌘C) to copy it.';
    if (!copied) {
      output.focus();
      output.select();
    }
  }

  form.addEventListener('input', update);
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target.name === 'element') {
      showAll = false;
      touched.clear();
    } else {
      touched.add(target.name || target.id);
    }
    update();
  });
  form.addEventListener('focusout', (event) => {
    const target = event.target;
    if (target.matches('input, textarea') && target.value) {
      touched.add(target.name || target.id);
      update();
    }
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('click', (event) => {
    const remove = event.target.closest('.remove');
    if (!remove) return;
    const row = remove.closest('li');
    const next = row.nextElementSibling ?? row.previousElementSibling;
    row.remove();
    number();
    update();
    (next?.querySelector('input') ?? $('#add-question')).focus();
  });
  $('#add-question').addEventListener('click', () => {
    addQuestion(undefined, true);
    update();
  });
  copyButton.addEventListener('click', copy);

  addQuestion();
  for (const which of ['signs', 'contact']) {
    for (const [name, value] of Object.entries(EXAMPLE[which])) {
      section(which).querySelector(`[name="${name}"]`).placeholder = `e.g. ${value}`;
    }
  }

  try {
    hashes = await integrity;
  } catch {
    hashes = null;
  }
  update();
}

if (document.querySelector('#builder')) {
  const integrity = fetch(new URL('../dist/cdn/integrity.json', import.meta.url)).then((response) => {
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  });
  initBuilder(document, { integrity });
}
