import { expect } from '@open-wc/testing';
import {
  dayHoursText,
  formatMoment,
  formatTime,
  statusText,
  timeLocale,
  weekdayName,
  zoneName,
} from '../../src/contact-card/hours-text.js';
import { localDay } from '../../src/contact-card/hours.js';
import { contactStrings } from '../../src/contact-card/strings.js';
import { translate } from '../../src/internal/localize.js';

const tr = (lang: string) => (key: string, vars?: Record<string, string | number>) =>
  translate(lang, contactStrings, key, vars);
const en = tr('en');
const es = tr('es');
// Monday 2026-03-02.
const monday = localDay(2026, 3, 2);
const at = (dayOffset: number, minute: number) => ({ dayOffset, minute, day: localDay(2026, 3, 2, dayOffset) });

describe('hours-text (the card wording)', () => {
  it('writes times and day names in the language', () => {
    expect(formatTime('en', 9 * 60)).to.match(/^9:00\sAM$/);
    expect(formatTime('en', 17 * 60 + 30)).to.match(/^5:30\sPM$/);
    expect(formatTime('es', 17 * 60)).to.equal('17:00');
    expect(weekdayName('en', 0)).to.equal('Monday');
    expect(weekdayName('es', 6)).to.equal('domingo');
    expect(weekdayName('en', 2, 'short')).to.equal('Wed');
    expect(monday.weekday).to.equal(0);
  });

  it("writes a bare language's times as they are written in the clinic's country", () => {
    expect(timeLocale('es', 'US')).to.equal('es-US');
    expect(timeLocale('es', undefined), 'country unknown: the language as it is').to.equal('es');
    expect(timeLocale('es-MX', 'US'), "the page's own region wins").to.equal('es-MX');
    expect(timeLocale('es-419', 'US')).to.equal('es-419');
    expect(timeLocale('zh-Hant', 'TW')).to.equal('zh-Hant-TW');
    expect(timeLocale('en', 'GB')).to.equal('en-GB');
    expect(timeLocale('es', 'not a region'), 'a bad country changes nothing').to.equal('es');
    // A US Spanish reader's clock: 12-hour, with Spanish day periods and day names.
    const usSpanish = timeLocale('es', 'US');
    expect(formatTime(usSpanish, 17 * 60).replace(/\s/g, ' ')).to.match(/^5:00 p\. ?m\.$/);
    expect(weekdayName(usSpanish, 0)).to.equal('lunes');
    const text = (minute: number, offset = 0) => formatMoment(usSpanish, es, at(offset, minute)).replace(/\s/g, ' ');
    expect(text(13 * 60)).to.match(/^a la 1:00 p\. ?m\.$/);
    expect(text(9 * 60, 1)).to.match(/^mañana a las 9:00 a\. ?m\.$/);
    expect(dayHoursText(usSpanish, es, [{ open: 540, close: 1020 }])[0]!.replace(/\s/g, ' ')).to.match(
      /^9:00 a\. ?m\. – 5:00 p\. ?m\.$/,
    );
  });

  it('says when the status next changes, relative to today', () => {
    const text = (lang: string, t: typeof en, offset: number, minute: number) =>
      formatMoment(lang, t, at(offset, minute)).replace(/\s/g, ' ');
    expect(text('en', en, 0, 17 * 60)).to.equal('5:00 PM');
    expect(text('en', en, 1, 9 * 60)).to.equal('tomorrow 9:00 AM');
    expect(text('en', en, 3, 9 * 60)).to.equal('Thursday 9:00 AM');
    expect(text('en', en, 8, 30)).to.equal('Tuesday, March 10 12:30 AM');
    expect(text('en', en, 0, 1440)).to.equal('at midnight');
    // Midnight at the end of a later day is the start of the day after.
    expect(text('en', en, 1, 1440)).to.equal('Wednesday 12:00 AM');
    expect(text('es', es, 0, 13 * 60)).to.equal('a las 13:00');
    expect(text('es', es, 1, 60)).to.equal('mañana a la 1:00');
    expect(text('es', es, 2, 9 * 60)).to.equal('el miércoles a las 9:00');
  });

  it('words the status line', () => {
    const clean = (text: string) => text.replace(/\s/g, ' ');
    expect(clean(statusText('en', en, { open: true, always: false, closes: at(0, 17 * 60) }))).to.equal(
      'Open now · closes 5:00 PM',
    );
    expect(clean(statusText('en', en, { open: false, opens: at(1, 9 * 60) }))).to.equal(
      'Closed · opens tomorrow 9:00 AM',
    );
    expect(statusText('en', en, { open: false })).to.equal('Closed');
    expect(statusText('en', en, { open: true, always: true })).to.equal('Open 24 hours');
    expect(clean(statusText('es', es, { open: false, opens: at(0, 9 * 60) }))).to.equal('Cerrado · abre a las 9:00');
  });

  it('words one day of the table', () => {
    expect(dayHoursText('en', en, [])).to.deep.equal(['Closed']);
    expect(dayHoursText('en', en, [{ open: 0, close: 1440 }])).to.deep.equal(['Open 24 hours']);
    expect(
      dayHoursText('en', en, [
        { open: 540, close: 720 },
        { open: 780, close: 1020 },
      ]).map((t) => t.replace(/\s/g, ' ')),
    ).to.deep.equal(['9:00 AM – 12:00 PM', '1:00 PM – 5:00 PM']);
    expect(dayHoursText('es', es, [{ open: 540, close: 1020 }])).to.deep.equal(['9:00 – 17:00']);
  });

  it('names a time zone, or falls back to its IANA name', () => {
    expect(zoneName('en', 'America/Denver', Date.UTC(2026, 2, 2))).to.match(/Mountain/);
    expect(zoneName('en', 'Etc/Unknown-Zone', Date.UTC(2026, 2, 2))).to.equal('Etc/Unknown-Zone');
  });
});
