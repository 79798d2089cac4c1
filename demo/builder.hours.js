// The snippet builder's day-by-day opening hours: a week of rows (closed, or one opening and one closing time) turned
// into hours text as people write it ("Mon-Fri 9am-5pm, Sat 10am-2pm"), and that text read back into rows with the
// card's own parser (from the npm build in dist/), so the form and the text field always say the same thing.
import { intervalsOn, parseOpeningHours } from '../dist/contact-card/hours.js';

/** The week as the form lists it, Monday first (the card's day 0), with the short names the text uses. */
export const DAYS = [
  { name: 'Monday', short: 'Mon' },
  { name: 'Tuesday', short: 'Tue' },
  { name: 'Wednesday', short: 'Wed' },
  { name: 'Thursday', short: 'Thu' },
  { name: 'Friday', short: 'Fri' },
  { name: 'Saturday', short: 'Sat' },
  { name: 'Sunday', short: 'Sun' },
];

/** The times a day gets when it is ticked open without any. */
export const DEFAULT_DAY = { opens: '09:00', closes: '17:00' };

/** `09:00` → `9am`, `12:30` → `12:30pm`, `00:00` → `12am`. */
function clock(time) {
  const [hours, minutes] = time.split(':').map(Number);
  const hour = hours % 12 || 12;
  return `${hour}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}${hours < 12 ? 'am' : 'pm'}`;
}

/**
 * Hours text for a week of rows: each row null (closed) or `{ opens, closes }` as a time input gives them (`09:00`;
 * an empty one takes `DEFAULT_DAY`'s). Following days with the same times share one entry; closed days are left out
 * (the card shows every day it is not told about as closed). `00:00` to `00:00` is open 24 hours.
 */
export function hoursText(days) {
  const entries = [];
  for (let day = 0; day < 7; day++) {
    const row = days[day];
    if (!row) continue;
    const opens = row.opens || DEFAULT_DAY.opens;
    const closes = row.closes || DEFAULT_DAY.closes;
    const times = opens === '00:00' && closes === '00:00' ? '24 hours' : `${clock(opens)}-${clock(closes)}`;
    const last = entries[entries.length - 1];
    if (last && last.to === day - 1 && last.times === times) last.to = day;
    else entries.push({ from: day, to: day, times });
  }
  return entries
    .map(({ from, to, times }) => `${DAYS[from].short}${to > from ? `-${DAYS[to].short}` : ''} ${times}`)
    .join(', ');
}

const hhmm = (minute) =>
  `${String(Math.floor((minute % 1440) / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * The rows for hours text, read by the card's parser: null when the text cannot be read, or has a day with more than
 * one opening (the form has one per day; such hours stay as text).
 */
export function daysFromHours(text) {
  const { hours, errors } = parseOpeningHours(text);
  if (!hours || errors.length) return null;
  const days = [];
  for (let day = 0; day < 7; day++) {
    // Text has no dated (special) hours: any date with the right weekday reads the week's rules.
    const ranges = intervalsOn(hours, '2024-01-01', day);
    if (ranges.length > 1) return null;
    const [range] = ranges;
    days.push(range ? { opens: hhmm(range.open), closes: hhmm(range.close) } : null);
  }
  return days;
}
