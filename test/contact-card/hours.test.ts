import { expect } from '@open-wc/testing';
import {
  dayIndex,
  hoursStatus,
  intervalsOn,
  isValidTimeZone,
  localDay,
  MAX_HOURS_RULES,
  MAX_HOURS_TEXT,
  nextBoundary,
  parseHours,
  parseClock,
  parseOpeningHours,
  parseOpeningHoursSpecification,
  parseTime,
  zonedInstant,
  zonedTime,
  type Hours,
} from '../../src/contact-card/hours.js';

const DENVER = 'America/Denver';
const hoursOf = (text: unknown): Hours => {
  const { hours, errors } = parseOpeningHours(text);
  expect(errors, String(text)).to.deep.equal([]);
  return hours!;
};
/** Status at an ISO instant in Denver. */
const statusAt = (hours: Hours, iso: string, zone = DENVER) => hoursStatus(hours, zonedTime(Date.parse(iso), zone));

describe('hours: reading openingHours text', () => {
  it('reads day ranges, lists, several ranges a day and several parts', () => {
    expect(hoursOf('Mo-Fr 09:00-17:00; Sa 10:00-14:00').rules).to.deep.equal([
      { days: [0, 1, 2, 3, 4], open: 540, close: 1020 },
      { days: [5], open: 600, close: 840 },
    ]);
    expect(hoursOf('Mo,We 08:00-12:00').rules).to.deep.equal([{ days: [0, 2], open: 480, close: 720 }]);
    expect(hoursOf('Mo-Fr 09:00-12:00,13:00-17:00, Sa 10:00-14:00').rules).to.have.length(3);
    expect(hoursOf(['Mo-Fr 09:00-17:00', 'Sa 10:00-14:00']).rules).to.have.length(2);
    expect(hoursOf('Mon-Fri 9:00–17:00').rules).to.deep.equal([{ days: [0, 1, 2, 3, 4], open: 540, close: 1020 }]);
  });

  it('reads overnight ranges, ranges that wrap the week, all-day and 24/7', () => {
    expect(hoursOf('Su 22:00-02:00').rules).to.deep.equal([{ days: [6], open: 1320, close: 1560 }]);
    expect(hoursOf('Fr-Mo 10:00-11:00').rules[0]!.days).to.deep.equal([4, 5, 6, 0]);
    expect(hoursOf('Mo-Su 00:00-24:00').rules).to.deep.equal([{ days: [0, 1, 2, 3, 4, 5, 6], open: 0, close: 1440 }]);
    expect(hoursOf('24/7').rules).to.deep.equal([{ days: [0, 1, 2, 3, 4, 5, 6], open: 0, close: 1440 }]);
    expect(hoursOf('Sa-Su').rules).to.deep.equal([{ days: [5, 6], open: 0, close: 1440 }]);
    expect(hoursOf('09:00-17:00').rules).to.deep.equal([{ days: null, open: 540, close: 1020 }]);
  });

  it('closes days marked off', () => {
    const hours = hoursOf('Mo-Sa 09:00-17:00; We off');
    expect(hours.rules[0]!.days).to.deep.equal([0, 1, 3, 4, 5]);
    expect(hoursOf('09:00-17:00; Su closed').rules[0]!.days).to.deep.equal([0, 1, 2, 3, 4, 5]);
  });

  it('reports what it cannot read', () => {
    for (const text of [
      'Xy 09:00-10:00',
      'Mo 25:00-26:00',
      'Mo 09:00-09:00',
      'Mo 9-5',
      'Mo 13pm-5pm',
      'Mo 9:75am-5pm',
      'Mon-Fri 9am',
      'off',
      'Mo 24:00-02:00',
      'Mo-Fr 09:00',
      '',
    ]) {
      const result = parseOpeningHours(text);
      expect(result.errors.length, text).to.be.greaterThan(0);
    }
    expect(parseOpeningHours(42).errors[0]).to.contain('text');
    // A good part survives a bad one, but the error is still reported.
    const mixed = parseOpeningHours('Mo 09:00-17:00; Xx 1');
    expect(mixed.hours!.rules).to.have.length(1);
    expect(mixed.errors).to.have.length(1);
    expect(parseOpeningHours(undefined)).to.deep.equal({ hours: null, errors: [] });
  });

  it('reads hours as people write them in English', () => {
    const weekdays = [{ days: [0, 1, 2, 3, 4], open: 540, close: 1020 }];
    for (const text of [
      'Mon-Fri 9am-5pm',
      'Mon - Fri 9 am - 5 pm',
      'Mon–Fri: 9:00 AM – 5:00 PM',
      'Monday to Friday 9 a.m. to 5 p.m.',
      'Monday through Friday, from 9am until 5pm',
      'Mon thru Fri 9am-5pm',
      'Mon. - Fri. 9AM-5PM',
      'weekdays 9am-5pm',
      'Mon-Fri open 9am-5pm',
      '  Mon-Fri\n9am-5pm  ',
    ]) {
      expect(hoursOf(text).rules, text).to.deep.equal(weekdays);
    }
    expect(hoursOf('Mon-Fri 9am-5pm, Sat 10am-2pm').rules).to.deep.equal([
      ...weekdays,
      { days: [5], open: 600, close: 840 },
    ]);
    expect(hoursOf('Mon-Sat 8:30am-noon and 1pm-6:30pm, Sun closed').rules).to.deep.equal([
      { days: [0, 1, 2, 3, 4, 5], open: 510, close: 720 },
      { days: [0, 1, 2, 3, 4, 5], open: 780, close: 1110 },
    ]);
    expect(hoursOf('Tues & Thurs 10am-7pm').rules).to.deep.equal([{ days: [1, 3], open: 600, close: 1140 }]);
    expect(hoursOf('Fri 6pm-midnight').rules).to.deep.equal([{ days: [4], open: 1080, close: 1440 }]);
    expect(hoursOf('Sat 10pm-2am').rules).to.deep.equal([{ days: [5], open: 1320, close: 1560 }]);
    expect(hoursOf('daily 7am-11pm').rules).to.deep.equal([{ days: [0, 1, 2, 3, 4, 5, 6], open: 420, close: 1380 }]);
    expect(hoursOf('weekends 24 hours').rules).to.deep.equal([{ days: [5, 6], open: 0, close: 1440 }]);
    expect(hoursOf('Open 24 hours').rules).to.deep.equal([{ days: null, open: 0, close: 1440 }]);
    // schema.org's own form is unchanged, and both can be mixed.
    expect(hoursOf('Mo-Fr 09:00-17:00; Sat 10am-2pm').rules).to.have.length(2);
  });

  it('says which part of a long or hostile text it cannot read, and reads none over MAX_HOURS_TEXT characters', () => {
    expect(parseOpeningHours('Mon-Fri 9-5').errors).to.deep.equal(['"Mon-Fri 9-5": "9-5" is not a time range']);
    expect(parseOpeningHours('Mon-Fri 9am-5pm, Funday 1pm-2pm').errors).to.deep.equal([
      '"Mon-Fri 9am-5pm, Funday 1pm-2pm": "Funday" is not a day',
    ]);
    const long = 'Mo 09:00-17:00, '.repeat(300);
    expect(long.length).to.be.greaterThan(MAX_HOURS_TEXT);
    expect(parseOpeningHours(long)).to.deep.equal({
      hours: null,
      errors: [`openingHours is longer than ${MAX_HOURS_TEXT} characters or ${MAX_HOURS_RULES} rules`],
    });
    for (const hostile of [' '.repeat(3999) + 'x', '9'.repeat(3999), '9 am '.repeat(799), 'Mo-'.repeat(1333)]) {
      expect(parseOpeningHours(hostile).errors, hostile.slice(0, 10)).to.have.length(1);
    }
  });

  it('knows day names and times', () => {
    expect(dayIndex('https://schema.org/Sunday')).to.equal(6);
    expect(dayIndex('schema:Tuesday')).to.equal(1);
    expect(dayIndex('th')).to.equal(3);
    expect(dayIndex('T')).to.equal(-1);
    expect(dayIndex('Funday')).to.equal(-1);
    expect(parseTime('09:30:00')).to.equal(570);
    expect(parseTime('24:00')).to.equal(1440);
    expect(parseTime('24:30')).to.be.NaN;
    expect(parseTime('12:60')).to.be.NaN;
    expect([parseClock('12am'), parseClock('12pm'), parseClock('12:30 p.m.'), parseClock('9AM')]).to.deep.equal([
      0, 720, 750, 540,
    ]);
    expect(parseClock('17:00')).to.equal(1020);
    expect(parseClock('9')).to.be.NaN;
    expect(parseClock('0am')).to.be.NaN;
  });
});

describe('hours: bounded before parsing', () => {
  it(`refuses more than ${MAX_HOURS_RULES} rules or ${MAX_HOURS_TEXT} characters of text, and more than ${MAX_HOURS_RULES} entries`, () => {
    const parts = (n: number) =>
      Array.from({ length: n }, (_, i) => (i % 2 ? 'Tu off' : 'Mo-Fr 09:00-17:00')).join('; ');
    expect(parseOpeningHours(parts(MAX_HOURS_RULES)).errors).to.deep.equal([]);
    expect(parseOpeningHours(parts(20_000))).to.deep.equal({
      hours: null,
      errors: [`openingHours is longer than ${MAX_HOURS_TEXT} characters or ${MAX_HOURS_RULES} rules`],
    });
    expect(parseOpeningHours(`Mo-Fr 09:00-17:00${' '.repeat(MAX_HOURS_TEXT)}`).hours).to.equal(null);
    expect(parseOpeningHours(Array.from({ length: MAX_HOURS_RULES + 1 }, () => 7)).errors).to.have.length(1);
    const entry = { dayOfWeek: 'Monday', opens: '09:00', closes: '17:00' };
    expect(parseOpeningHoursSpecification(Array.from({ length: MAX_HOURS_RULES }, () => entry)).errors).to.deep.equal(
      [],
    );
    expect(parseOpeningHoursSpecification(Array.from({ length: 9_000 }, () => entry))).to.deep.equal({
      hours: null,
      errors: [`openingHoursSpecification has more than ${MAX_HOURS_RULES} entries`],
    });
  });
});

describe('hours: hostile values in warnings', () => {
  it('describes a value that is not text or not an object by its type, never by serialising it', () => {
    let deep: unknown = 'Mo-Fr 09:00-17:00';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(parseOpeningHours([deep]).errors).to.deep.equal(['openingHours must be text, not array']);
    expect(parseOpeningHoursSpecification([deep]).errors).to.deep.equal([
      'openingHoursSpecification entries must be objects, not array',
    ]);
    expect(
      parseOpeningHoursSpecification({ dayOfWeek: [[deep]], opens: '09:00', closes: '17:00' }).errors,
    ).to.deep.equal(['dayOfWeek array is not a day']);
    expect(
      parseOpeningHoursSpecification({ dayOfWeek: 'x'.repeat(100), opens: '09:00', closes: '17:00' }).errors,
    ).to.deep.equal([`dayOfWeek "${'x'.repeat(40)}…" is not a day`]);
  });
});

describe('hours: reading openingHoursSpecification', () => {
  it('reads days as names or schema.org URLs, times with seconds, lists and single values', () => {
    const { hours, errors } = parseOpeningHoursSpecification([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Monday', 'Tuesday'],
        opens: '09:00:00',
        closes: '17:00:00',
      },
      { dayOfWeek: { '@id': 'http://schema.org/Saturday' }, opens: '10:00', closes: '14:00' },
      { dayOfWeek: 'Sunday', opens: '22:00', closes: '02:00' },
      { dayOfWeek: 'Wednesday', opens: '00:00', closes: '23:59' },
      { dayOfWeek: 'https://schema.org/PublicHolidays', opens: '10:00', closes: '12:00' },
    ]);
    expect(errors).to.deep.equal([]);
    expect(hours!.rules).to.deep.equal([
      { days: [0, 1], open: 540, close: 1020 },
      { days: [5], open: 600, close: 840 },
      { days: [6], open: 1320, close: 1560 },
      { days: [2], open: 0, close: 1440 },
    ]);
  });

  it('applies special hours and closures on their dates only', () => {
    const { hours } = parseOpeningHoursSpecification([
      { dayOfWeek: ['Thursday', 'Friday'], opens: '09:00', closes: '17:00' },
      { opens: '00:00', closes: '00:00', validFrom: '2026-12-24', validThrough: '2026-12-25' },
      {
        dayOfWeek: 'Thursday',
        opens: '10:00',
        closes: '12:00',
        validFrom: '2026-12-31T00:00:00',
        validThrough: '2026-12-31',
      },
    ]);
    expect(intervalsOn(hours!, '2026-12-24', 3)).to.deep.equal([]);
    expect(intervalsOn(hours!, '2026-12-25', 4)).to.deep.equal([]);
    expect(intervalsOn(hours!, '2026-12-31', 3)).to.deep.equal([{ open: 600, close: 720 }]);
    expect(intervalsOn(hours!, '2026-12-17', 3)).to.deep.equal([{ open: 540, close: 1020 }]);
    // On Christmas Eve, a Thursday, the clinic says when it opens again after the closure.
    const status = statusAt(hours!, '2026-12-24T18:00:00Z');
    expect(status).to.deep.include({ open: false });
    // Closed on the 25th; the special New Year's Eve hours (Thursday) come before regular Friday ones.
    expect(!status.open && status.opens).to.deep.include({ dayOffset: 7, minute: 600 });
    expect(!status.open && status.opens?.day.date).to.equal('2026-12-31');
  });

  it('reports entries it cannot read', () => {
    const cases: unknown[] = [
      'Mo-Fr 09:00-17:00',
      { dayOfWeek: 'Caturday', opens: '09:00', closes: '17:00' },
      { dayOfWeek: 'Monday', opens: 'nine', closes: '17:00' },
      { dayOfWeek: 'Monday', opens: '09:00', closes: '17:00', validFrom: 'soon' },
      { dayOfWeek: 'Monday', opens: '09:00', closes: '17:00', validThrough: '2026-02-30' },
      { opens: '09:00', closes: '17:00' },
    ];
    for (const spec of cases) {
      const result = parseOpeningHoursSpecification([spec]);
      expect(result.errors.length, JSON.stringify(spec)).to.equal(1);
      expect(result.hours).to.equal(null);
    }
  });

  it('combines both forms', () => {
    const both = parseHours('Sa 10:00-14:00', { dayOfWeek: 'Monday', opens: '09:00', closes: '17:00' });
    expect(both.hours!.rules.map((r) => r.days)).to.deep.equal([[0], [5]]);
    expect(parseHours(undefined, undefined)).to.deep.equal({ hours: null, errors: [] });
  });
});

describe('hours: time zones', () => {
  it('validates IANA zones', () => {
    expect(isValidTimeZone('America/Denver')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
    expect(isValidTimeZone(7)).to.equal(false);
  });

  it('reads the wall clock in the clinic zone, on both sides of the DST switches', () => {
    expect(zonedTime(Date.parse('2026-03-08T08:30:00Z'), DENVER)).to.deep.include({ date: '2026-03-08', minute: 90 });
    expect(zonedTime(Date.parse('2026-03-08T09:30:00Z'), DENVER)).to.deep.include({ date: '2026-03-08', minute: 210 });
    expect(zonedTime(Date.parse('2026-11-01T07:30:00Z'), DENVER)).to.deep.include({ minute: 90 });
    expect(zonedTime(Date.parse('2026-11-01T08:30:00Z'), DENVER)).to.deep.include({ minute: 90 });
    expect(zonedTime(Date.parse('2026-11-01T06:00:00Z'), DENVER)).to.deep.include({
      date: '2026-11-01',
      minute: 0,
      weekday: 6,
    });
  });

  it('turns clinic wall-clock times into instants, DST included', () => {
    expect(new Date(zonedInstant(localDay(2026, 3, 8), 540, DENVER)).toISOString()).to.equal(
      '2026-03-08T15:00:00.000Z',
    );
    expect(new Date(zonedInstant(localDay(2026, 3, 7), 540, DENVER)).toISOString()).to.equal(
      '2026-03-07T16:00:00.000Z',
    );
    expect(new Date(zonedInstant(localDay(2026, 11, 1), 540, DENVER)).toISOString()).to.equal(
      '2026-11-01T16:00:00.000Z',
    );
    expect(new Date(zonedInstant(localDay(2026, 10, 31), 540, DENVER)).toISOString()).to.equal(
      '2026-10-31T15:00:00.000Z',
    );
    expect(new Date(zonedInstant(localDay(2026, 7, 1), 0, 'Asia/Kolkata')).toISOString()).to.equal(
      '2026-06-30T18:30:00.000Z',
    );
  });

  it('does calendar arithmetic across months and years', () => {
    expect(localDay(2026, 12, 31, 1)).to.deep.equal({ year: 2027, month: 1, day: 1, date: '2027-01-01', weekday: 4 });
    expect(localDay(2026, 3, 1, -1).date).to.equal('2026-02-28');
  });
});

describe('hours: open or closed', () => {
  const weekdays = () => hoursOf('Mo-Fr 09:00-17:00');

  it('is open during hours and says when it closes', () => {
    // Wednesday 2026-11-25, 10:00 in Denver (MST, UTC-7).
    const status = statusAt(weekdays(), '2026-11-25T17:00:00Z');
    expect(status).to.deep.include({ open: true });
    expect(status.open && !status.always && status.closes).to.deep.include({ dayOffset: 0, minute: 1020 });
  });

  it('is closed on closed days and says which day it opens', () => {
    // Saturday 2026-11-28 noon: opens Monday (in two days).
    const saturday = statusAt(weekdays(), '2026-11-28T19:00:00Z');
    expect(saturday.open).to.equal(false);
    expect(!saturday.open && saturday.opens).to.deep.include({ dayOffset: 2, minute: 540 });
    // Friday after closing: Monday again, three days away.
    const friday = statusAt(weekdays(), '2026-11-28T01:00:00Z');
    expect(!friday.open && friday.opens).to.deep.include({ dayOffset: 3, minute: 540 });
    // Before opening: later today.
    const early = statusAt(weekdays(), '2026-11-25T14:00:00Z');
    expect(!early.open && early.opens).to.deep.include({ dayOffset: 0, minute: 540 });
  });

  it('uses the clinic zone on the spring-forward day (2026-03-08)', () => {
    const sunday = hoursOf('Su 09:00-17:00');
    // 15:30Z is 9:30 MDT (open); under the winter offset it would be 8:30 (closed).
    expect(statusAt(sunday, '2026-03-08T15:30:00Z').open).to.equal(true);
    expect(statusAt(sunday, '2026-03-08T14:30:00Z').open).to.equal(false);
    const now = zonedTime(Date.parse('2026-03-08T08:30:00Z'), DENVER);
    const status = hoursStatus(sunday, now);
    expect(new Date(nextBoundary(status, now, DENVER)).toISOString()).to.equal('2026-03-08T15:00:00.000Z');
  });

  it('uses the clinic zone on the fall-back day (2026-11-01)', () => {
    const sunday = hoursOf('Su 09:00-17:00');
    // 15:30Z is 8:30 MST (closed); under the summer offset it would be 9:30 (open).
    expect(statusAt(sunday, '2026-11-01T15:30:00Z').open).to.equal(false);
    expect(statusAt(sunday, '2026-11-01T16:30:00Z').open).to.equal(true);
    const now = zonedTime(Date.parse('2026-11-01T07:30:00Z'), DENVER);
    expect(new Date(nextBoundary(hoursStatus(sunday, now), now, DENVER)).toISOString()).to.equal(
      '2026-11-01T16:00:00.000Z',
    );
  });

  it('follows overnight ranges across midnight and the end of the week', () => {
    const nights = hoursOf('Su 22:00-02:00');
    // Sunday 23:00 → closes tomorrow (Monday) at 2:00.
    const sunday = statusAt(nights, '2026-11-30T06:00:00Z');
    expect(sunday.open && !sunday.always && sunday.closes).to.deep.include({ dayOffset: 1, minute: 120 });
    // Monday 1:00 → still open from Sunday night, closes today at 2:00.
    const monday = statusAt(nights, '2026-11-30T08:00:00Z');
    expect(monday.open && !monday.always && monday.closes).to.deep.include({ dayOffset: 0, minute: 120 });
    // Monday 3:00 → closed until Sunday night.
    const later = statusAt(nights, '2026-11-30T10:00:00Z');
    expect(!later.open && later.opens).to.deep.include({ dayOffset: 6, minute: 1320 });
  });

  it('knows 24-hour days and always-open clinics', () => {
    expect(statusAt(hoursOf('24/7'), '2026-11-25T17:00:00Z')).to.deep.equal({ open: true, always: true });
    const monday = statusAt(hoursOf('Mo 00:00-24:00'), '2026-11-30T17:00:00Z');
    expect(monday.open && !monday.always && monday.closes).to.deep.include({ dayOffset: 0, minute: 1440 });
    // Two 24-hour days in a row are one stretch.
    const twoDays = statusAt(hoursOf('Mo-Tu 00:00-24:00'), '2026-11-30T17:00:00Z');
    expect(twoDays.open && !twoDays.always && twoDays.closes).to.deep.include({ dayOffset: 1, minute: 1440 });
  });

  it('is closed with no next opening when every day is closed', () => {
    const { hours } = parseOpeningHoursSpecification([
      { opens: '00:00', closes: '00:00', validFrom: '2026-01-01', validThrough: '2027-12-31' },
    ]);
    const now = zonedTime(Date.parse('2026-11-25T17:00:00Z'), DENVER);
    const status = hoursStatus(hours!, now);
    expect(status).to.deep.equal({ open: false });
    // The next refresh is then the clinic's midnight.
    expect(new Date(nextBoundary(status, now, DENVER)).toISOString()).to.equal('2026-11-26T07:00:00.000Z');
    expect(new Date(nextBoundary({ open: true, always: true }, now, DENVER)).toISOString()).to.equal(
      '2026-11-26T07:00:00.000Z',
    );
  });

  it('computes in the clinic zone whatever zone the instant is read in', () => {
    // 2026-11-25 16:30 UTC: 9:30 in Denver (open), 17:30 in Madrid (would be open), 01:30 next day in Tokyo.
    const hours = hoursOf('Mo-Fr 09:00-17:00');
    expect(statusAt(hours, '2026-11-25T16:30:00Z', DENVER).open).to.equal(true);
    expect(statusAt(hours, '2026-11-25T16:30:00Z', 'Asia/Tokyo').open).to.equal(false);
  });
});
