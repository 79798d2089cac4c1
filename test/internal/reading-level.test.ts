import { expect } from '@open-wc/testing';
import { commonStrings } from '../../src/internal/strings.js';
import { faqStrings } from '../../src/faq/strings.js';
import { contactStrings } from '../../src/contact-card/strings.js';
import { signsStrings } from '../../src/signs-checklist/strings.js';
import type { StringTable } from '../../src/internal/localize.js';

/** Syllables in an English word, by vowel groups (a silent final e dropped): close enough to grade whole sentences. */
function syllables(word: string): number {
  if (/[@\d]/.test(word)) return 1; // A number, a phone or an e-mail address: read as one beat.
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1; // A number or a symbol: read as one beat.
  if (w.length <= 3) return 1;
  const groups = w
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
    .match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** The Flesch-Kincaid grade of a text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
function gradeLevel(text: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (!words.length) return 0;
  const sentences = Math.max(1, (text.match(/[.!?:;](\s|$)/g) ?? []).length);
  const total = words.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (total / words.length) - 15.59;
}

/** Placeholders filled as a reader would see them. */
const SAMPLE: Record<string, string> = {
  substance: 'alcohol or drugs',
  phone: '(385) 287-1469',
  number: '(385) 287-1469',
  email: 'help@clinic.example',
  query: 'cost',
  zone: 'Mountain Time',
  when: 'tomorrow at 9:00 AM',
  time: '9:00 AM',
  day: 'Monday',
  from: '9:00 AM',
  to: '5:00 PM',
  hours: 'Mo-Fr 09:00-17:00',
  name: 'the clinic',
  date: 'May 1, 2026',
};

function texts(table: StringTable): Array<[string, string]> {
  return Object.entries(table).flatMap(([key, value]) =>
    (typeof value === 'string' ? [value] : Object.values(value)).map(
      (text) => [key, text.replace(/\{(\w+)\}/g, (_, name: string) => SAMPLE[name] ?? '3')] as [string, string],
    ),
  );
}

describe('reading level of the built-in English strings', () => {
  it('grades a hard sentence above 8 and a plain one below', () => {
    expect(
      gradeLevel(
        'Tolerance or withdrawal from a medicine taken as prescribed, under medical supervision, is not on its own a sign of addiction.',
      ),
    ).to.be.above(8);
    expect(gradeLevel('Check any that apply, for yourself or for someone close to you.')).to.be.below(8);
  });

  for (const [name, table] of [
    ['common', commonStrings.en],
    ['faq', faqStrings.en],
    ['contact card', contactStrings.en],
    ['signs checklist', signsStrings.en],
  ] as const) {
    it(`keeps every ${name} string at or below grade 8 (Flesch-Kincaid), in US wording`, () => {
      for (const [key, text] of texts(table as StringTable)) {
        const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
        // The formula grades sentences; a label of a few words is plain when none of its words is long.
        if (words.length >= 6) expect(gradeLevel(text), `${key}: "${text}"`).to.be.at.most(8);
        else for (const word of words) expect(syllables(word), `${key}: "${word}"`).to.be.at.most(3);
        expect(text, key).not.to.match(/\btick(ed|s)?\b|\bcolour|\bpractise|\bwhilst\b/i);
      }
    });
  }
});
