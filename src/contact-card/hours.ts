/**
 * Opening hours: schema.org `openingHours` strings and `openingHoursSpecification` nodes parsed
 * into one model, and the open/closed status at an instant, computed in the clinic's time zone
 * with Intl only. Plain functions, no DOM.
 *
 * Days are numbered 0 (Monday) to 6 (Sunday); times are minutes after local midnight. A range
 * whose closing time is not after its opening time runs overnight (`22:00-02:00`), so `close` may
 * exceed 1440.
 */
import { isObject, listValue, textValue } from '../internal/json-ld.js';
import { preview } from '../internal/warn.js';

export interface HoursRule {
  /** The weekdays the rule applies to; null means every day. */
  days: number[] | null;
  /** Opening minute (0–1439). */
  open: number;
  /** Closing minute, after `open` (up to 2880 for overnight ranges). */
  close: number;
  /** First local date (YYYY-MM-DD) the rule applies, for special hours. */
  from?: string;
  /** Last local date (YYYY-MM-DD) the rule applies, for special hours. */
  through?: string;
  /** Closed all day (special closures: `opens` and `closes` both `00:00`). */
  closed?: boolean;
}

export interface Hours {
  rules: HoursRule[];
}

export interface HoursParse {
  hours: Hours | null;
  /** What could not be read; empty when everything was understood. */
  errors: string[];
}

export interface Interval {
  open: number;
  close: number;
}

/** Most rules read (`;`-separated parts of `openingHours`, entries of `openingHoursSpecification`): no clinic needs more. */
export const MAX_HOURS_RULES = 200;

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];
export const DAY_MINUTES = 1440;
/** Longest `openingHours` text read: a week of hours, however written, is far shorter. */
export const MAX_HOURS_TEXT = 4000;

/** A day name or abbreviation (`Mo`, `Mon`, `Tues`, `Monday`, `https://schema.org/Monday`) → 0–6, else -1. */
export function dayIndex(text: string): number {
  const name = text
    .trim()
    .replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '')
    .toLowerCase();
  if (name.length < 2) return -1;
  return DAY_NAMES.findIndex((day) => day.startsWith(name));
}

/** `9:00`, `09:00`, `09:00:00`, `24:00` → minutes; NaN when it is not a time. */
export function parseTime(text: string): number {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (!match) return NaN;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return NaN;
  return hours * 60 + minutes;
}

/** A range's interval: `close <= open` runs past midnight. Null when the range is empty or invalid. */
function interval(open: number, close: number): Interval | null {
  if (Number.isNaN(open) || Number.isNaN(close) || open >= DAY_MINUTES || close === open) return null;
  return { open, close: close < open ? close + DAY_MINUTES : close };
}

function dayRange(first: number, last: number): number[] {
  const days: number[] = [];
  for (let day = first; ; day = (day + 1) % 7) {
    days.push(day);
    if (day === last) return days;
  }
}

/** The days of words people write for several days at once. */
const DAY_WORDS: Record<string, number[]> = {
  daily: ALL_DAYS,
  everyday: ALL_DAYS,
  weekdays: [0, 1, 2, 3, 4],
  weekends: [5, 6],
  weekend: [5, 6],
};

/** A time as people write it: `09:00`, `9am`, `9:30 p.m.`, `noon`, `midnight`. */
const CLOCK = '(\\d{1,2}(?::\\d{2})?(?: ?[ap]\\.?m\\.?)?|noon|midnight)';
/** Between two days or two times: `-`, `to`, `through`, `thru`, `until`. */
const UNTIL = ' ?(?:-|to |through |thru |until )';

// Sticky tokens, matched at one place of a text whose spaces are single: no repeat can backtrack far.
const TOKEN = {
  space: /(?:[ ,:&]|and\b|from\b|open\b)+/iy,
  allWeek: /24 ?\/ ?7/y,
  allDay: /24 ?(?:hours|hrs|h)\b/iy,
  time: new RegExp(`${CLOCK}${UNTIL} ?${CLOCK}(?![a-z\\d])`, 'iy'),
  off: /(?:off|closed)\b/iy,
  days: new RegExp(`([a-z]{2,9})\\.?(?:${UNTIL} ?([a-z]{2,9})\\.?)?(?![a-z])`, 'iy'),
};

/**
 * A time of day in `openingHours` text, schema.org's `09:00` or as people write it (`9am`, `9:30 p.m.`, `12pm`, `noon`,
 * `midnight`) → minutes; NaN when it is not a time (a bare `9` could be either).
 */
export function parseClock(text: string): number {
  const word = text.toLowerCase();
  if (word === 'noon') return 12 * 60;
  if (word === 'midnight') return 0;
  const match = /^(\d{1,2})(?::(\d{2}))? ?([ap])\.?m\.?$/i.exec(text);
  if (!match) return parseTime(text);
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  if (hours < 1 || hours > 12 || minutes > 59) return NaN;
  return (hours % 12) * 60 + minutes + (match[3]!.toLowerCase() === 'p' ? 12 * 60 : 0);
}

/** The days a word or range names (`Mo`, `Mon-Fri`, `Monday to Friday`, `weekdays`); null when one is not a day. */
function daysOf(first: string, last: string | undefined): number[] | null {
  if (last === undefined && DAY_WORDS[first.toLowerCase()]) return DAY_WORDS[first.toLowerCase()]!;
  const from = dayIndex(first);
  const to = last === undefined ? from : dayIndex(last);
  return from < 0 || to < 0 ? null : dayRange(from, to);
}

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

interface Group {
  days: number[] | null;
  ranges: Interval[];
  off: boolean;
}

/** One `;`-separated part of an `openingHours` value, e.g. `Mo-Fr 09:00-12:00,13:00-17:00` or `Mon-Fri 9am-5pm`. */
function parsePart(part: string): Group[] | string {
  const text = part
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  const groups: Group[] = [];
  let current: Group | undefined;
  let at = 0;
  while (at < text.length) {
    let match: RegExpExecArray | null;
    if ((match = matchAt(TOKEN.space, text, at))) {
      at += match[0].length;
    } else if ((match = matchAt(TOKEN.allWeek, text, at))) {
      groups.push({ days: ALL_DAYS, ranges: [{ open: 0, close: DAY_MINUTES }], off: false });
      current = undefined;
      at += match[0].length;
    } else if ((match = matchAt(TOKEN.allDay, text, at)) || (match = matchAt(TOKEN.time, text, at))) {
      const range = match[1] ? interval(parseClock(match[1]), parseClock(match[2]!)) : { open: 0, close: DAY_MINUTES };
      if (!range) return `"${match[0]}" is not a time range`;
      current ??= { days: null, ranges: [], off: false };
      if (!groups.includes(current)) groups.push(current);
      current.ranges.push(range);
      at += match[0].length;
    } else if ((match = matchAt(TOKEN.off, text, at))) {
      if (!current) return `"${match[0]}" needs days before it`;
      current.off = true;
      at += match[0].length;
    } else if ((match = matchAt(TOKEN.days, text, at))) {
      const days = daysOf(match[1]!, match[2]);
      if (!days) return `"${match[0].trim()}" is not a day`;
      if (!current || current.ranges.length > 0 || current.off) {
        current = { days: [], ranges: [], off: false };
        groups.push(current);
      }
      for (const day of days) if (!current.days!.includes(day)) current.days!.push(day);
      at += match[0].length;
    } else {
      return `"${text.slice(at, at + 12)}" is not understood`;
    }
  }
  return groups;
}

/**
 * Parses schema.org `openingHours`: a string or list of strings such as `Mo-Fr 09:00-17:00;
 * Sa 10:00-14:00`, `Mo,We 08:00-12:00`, `Su 22:00-02:00`, `Mo-Su 00:00-24:00`, `24/7`, `Mo-Su`
 * (all day) or `Su off`. Days listed with `off` are closed, whatever an earlier part said. Also
 * hours as people write them in English: `Mon-Fri 9am-5pm, Sat 10am-2pm, Sun closed`, `Monday to
 * Friday 9:30 a.m. to 5 p.m.`, `weekdays 8am-noon`, `daily 7am-11pm`. Texts longer than
 * `MAX_HOURS_TEXT` are not read.
 */
export function parseOpeningHours(value: unknown): HoursParse {
  const errors: string[] = [];
  const rules: HoursRule[] = [];
  const texts = listValue(value);
  // Bounded before parsing (each `off` part goes over every rule before it).
  let length = 0;
  let parts = 0;
  for (const item of texts) {
    length += typeof item === 'string' ? item.length : 0;
    parts += typeof item === 'string' ? item.split(';').length : 1;
  }
  if (length > MAX_HOURS_TEXT || parts > MAX_HOURS_RULES) {
    return {
      hours: null,
      errors: [`openingHours is longer than ${MAX_HOURS_TEXT} characters or ${MAX_HOURS_RULES} rules`],
    };
  }
  for (const item of texts) {
    if (typeof item !== 'string') {
      errors.push(`openingHours must be text, not ${preview(item)}`);
      continue;
    }
    for (const part of item.split(';')) {
      if (!part.trim()) continue;
      const groups = parsePart(part);
      if (typeof groups === 'string') {
        errors.push(`"${preview(part.trim())}": ${groups}`);
        continue;
      }
      for (const group of groups) {
        if (group.off) {
          for (const rule of rules) {
            const days: number[] = rule.days ?? ALL_DAYS;
            rule.days = days.filter((day) => !group.days!.includes(day));
          }
          continue;
        }
        const ranges = group.ranges.length ? group.ranges : [{ open: 0, close: DAY_MINUTES }];
        for (const range of ranges) rules.push({ days: group.days, ...range });
      }
    }
  }
  if (rules.length === 0 && errors.length === 0 && texts.length > 0) errors.push('no opening hours found');
  return { hours: rules.length ? { rules } : null, errors };
}

function localDate(value: unknown): string | undefined | null {
  const text = textValue(value);
  if (text === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? match[0] : null;
}

/**
 * Parses schema.org `openingHoursSpecification` nodes: `dayOfWeek` as `Monday` or
 * `https://schema.org/Monday` (one or a list), `opens`/`closes` as `09:00[:00]`, optional
 * `validFrom`/`validThrough` for special hours. `opens` and `closes` both `00:00` mean closed all
 * day; `00:00`–`23:59` means all day.
 */
export function parseOpeningHoursSpecification(value: unknown): HoursParse {
  const errors: string[] = [];
  const rules: HoursRule[] = [];
  const specs = listValue(value);
  if (specs.length > MAX_HOURS_RULES)
    return { hours: null, errors: [`openingHoursSpecification has more than ${MAX_HOURS_RULES} entries`] };
  for (const spec of specs) {
    if (!isObject(spec)) {
      errors.push(`openingHoursSpecification entries must be objects, not ${preview(spec)}`);
      continue;
    }
    const days: number[] = [];
    let badDay: string | undefined;
    for (const day of listValue(spec.dayOfWeek)) {
      const name = isObject(day) ? textValue(day['@id']) : textValue(day);
      if (name && /PublicHolidays$/i.test(name)) continue; // Unknowable here: such entries are skipped.
      const index = name === undefined ? -1 : dayIndex(name);
      if (index < 0) badDay = name === undefined ? preview(day) : `"${preview(name)}"`;
      else if (!days.includes(index)) days.push(index);
    }
    if (badDay) {
      errors.push(`dayOfWeek ${badDay} is not a day`);
      continue;
    }
    const from = localDate(spec.validFrom);
    const through = localDate(spec.validThrough);
    if (from === null || through === null) {
      errors.push(`validFrom/validThrough must be dates (YYYY-MM-DD)`);
      continue;
    }
    const special = from !== undefined || through !== undefined;
    if (days.length === 0 && !special) {
      // A regular entry without days says nothing usable (or only named public holidays).
      if (listValue(spec.dayOfWeek).length === 0) errors.push('an openingHoursSpecification has no dayOfWeek');
      continue;
    }
    const opensText = textValue(spec.opens) ?? '';
    const closesText = textValue(spec.closes) ?? '';
    const open = parseTime(opensText);
    let close = parseTime(closesText);
    const base: HoursRule = { days: days.length ? days : null, open: 0, close: 0 };
    if (from) base.from = from;
    if (through) base.through = through;
    if (open === 0 && close === 0) {
      rules.push({ ...base, closed: true });
      continue;
    }
    if (open === 0 && close === DAY_MINUTES - 1) close = DAY_MINUTES;
    const range = interval(open, close);
    if (!range) {
      errors.push(`opens "${opensText}" / closes "${closesText}" is not a time range`);
      continue;
    }
    rules.push({ ...base, ...range });
  }
  return { hours: rules.length ? { rules } : null, errors };
}

/** The card's warning about hours it cannot read (the snippet builder shows the same beside its field). */
export function hoursWarning(errors: readonly string[]): string {
  const more = errors.length > 3 ? `; and ${errors.length - 3} more` : '';
  return `${errors.slice(0, 3).join('; ')}${more}. The hours are shown as written, without an open/closed status.`;
}

/** Both kinds of input together (specification entries first, the usual richer source). */
export function parseHours(openingHours: unknown, specification: unknown): HoursParse {
  const spec = parseOpeningHoursSpecification(specification);
  const text = parseOpeningHours(openingHours);
  const rules = [...(spec.hours?.rules ?? []), ...(text.hours?.rules ?? [])];
  return { hours: rules.length ? { rules } : null, errors: [...spec.errors, ...text.errors] };
}

function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.open - b.open);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.open <= last.close) last.close = Math.max(last.close, next.close);
    else merged.push({ open: next.open, close: next.close });
  }
  return merged;
}

/**
 * The ranges that open on a local date (YYYY-MM-DD, with its weekday), merged and sorted. Special
 * rules valid on that date replace the regular ones.
 */
export function intervalsOn(hours: Hours, date: string, weekday: number): Interval[] {
  const rules = hours.rules.filter((rule) => rule.days === null || rule.days.includes(weekday));
  // An undefined bound compares false either way: no limit on that side.
  const special = rules.filter(
    (rule) => (rule.from || rule.through) && !(rule.from! > date) && !(date > rule.through!),
  );
  return merge(
    (special.length ? special : rules.filter((rule) => !rule.from && !rule.through)).filter((rule) => !rule.closed),
  );
}

// ---------------------------------------------------------------------------------------------
// Time zones, with Intl only.

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` (they are costly to create, and a render needs a dozen). */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, options)));
  return format;
}

/** Reads wall-clock parts in `timeZone`; throws for a zone Intl does not know. */
const partsFormatter = (timeZone: string) =>
  dateFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/** Whether Intl knows the IANA time zone. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || !timeZone.trim()) return false;
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** A local calendar day. */
export interface LocalDay {
  year: number;
  month: number;
  day: number;
  /** YYYY-MM-DD. */
  date: string;
  /** 0 (Monday) – 6 (Sunday). */
  weekday: number;
}

export interface LocalTime extends LocalDay {
  /** Minutes after local midnight, with seconds as a fraction. */
  minute: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day `offset` days after year-month-day. */
export function localDay(year: number, month: number, day: number, offset = 0): LocalDay {
  const date = new Date(Date.UTC(year, month - 1, day + offset));
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return { year: y, month: m, day: d, date: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, weekday: (date.getUTCDay() + 6) % 7 };
}

/** The wall-clock date and time in `timeZone` at `instant` (ms since the epoch). */
export function zonedTime(instant: number, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const day = localDay(parts.year!, parts.month!, parts.day!);
  return { ...day, minute: (parts.hour! % 24) * 60 + parts.minute! + parts.second! / 60 };
}

function offsetAt(instant: number, timeZone: string): number {
  const local = zonedTime(instant, timeZone);
  const wall = Date.UTC(local.year, local.month - 1, local.day) + local.minute * 60_000;
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` shows `minute` on the given day. */
export function zonedInstant(day: LocalDay, minute: number, timeZone: string): number {
  const wall = Date.UTC(day.year, day.month - 1, day.day) + minute * 60_000;
  // The offset at the wall time read as UTC, then corrected with the offset at the instant that gives.
  return wall - offsetAt(wall - offsetAt(wall, timeZone), timeZone);
}

// ---------------------------------------------------------------------------------------------
// Status.

/** A moment relative to today: `dayOffset` days from today, at `minute` (1440 = the midnight ending that day). */
export interface Moment {
  dayOffset: number;
  minute: number;
  day: LocalDay;
}

export type HoursStatus =
  { open: true; always: true } | { open: true; always?: false; closes: Moment } | { open: false; opens?: Moment };

/** How far ahead the status looks for the next opening, in days. */
export const HORIZON_DAYS = 14;

function moment(today: LocalDay, at: number, isEnd: boolean): Moment {
  let dayOffset = Math.floor(at / DAY_MINUTES);
  let minute = at - dayOffset * DAY_MINUTES;
  if (isEnd && minute === 0) {
    dayOffset -= 1;
    minute = DAY_MINUTES;
  }
  return { dayOffset, minute, day: localDay(today.year, today.month, today.day, dayOffset) };
}

/**
 * Whether the clinic is open at `now` (its local time), when it closes or next opens, and the
 * instant-independent moment of the next change. Looks from yesterday (overnight ranges) to
 * `HORIZON_DAYS` ahead.
 */
export function hoursStatus(hours: Hours, now: LocalTime): HoursStatus {
  const timeline: Interval[] = [];
  for (let offset = -1; offset <= HORIZON_DAYS; offset++) {
    const day = localDay(now.year, now.month, now.day, offset);
    for (const range of intervalsOn(hours, day.date, day.weekday)) {
      timeline.push({ open: range.open + offset * DAY_MINUTES, close: range.close + offset * DAY_MINUTES });
    }
  }
  const merged = merge(timeline);
  const current = merged.find((range) => range.open <= now.minute && now.minute < range.close);
  if (current) {
    if (current.open <= 0 && current.close >= (HORIZON_DAYS + 1) * DAY_MINUTES) return { open: true, always: true };
    return { open: true, closes: moment(now, current.close, true) };
  }
  const next = merged.find((range) => range.open > now.minute);
  return next ? { open: false, opens: moment(now, next.open, false) } : { open: false };
}

/** The instant the status next changes (or the next local midnight, when that comes first). */
export function nextBoundary(status: HoursStatus, now: LocalTime, timeZone: string): number {
  const midnight = zonedInstant(localDay(now.year, now.month, now.day, 1), 0, timeZone);
  const change = 'always' in status && status.always ? undefined : status.open ? status.closes : status.opens;
  if (!change) return midnight;
  return Math.min(midnight, zonedInstant(change.day, change.minute, timeZone));
}
