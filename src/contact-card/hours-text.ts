/**
 * The card's wording of opening hours, in the reader's language: times, day names, the status line ("Closed · opens
 * tomorrow at 9:00 AM") and the table's ranges. Pure functions of the language, the translator and the values, so
 * that every phrase is unit-tested without rendering an element.
 */
import type { Translate } from '../internal/localize.js';
import { dateFormat, DAY_MINUTES, localDay, type HoursStatus, type Interval, type Moment } from './hours.js';

/**
 * The locale the card writes the clinic's times and days in: the page's language as it is written in the clinic's
 * country when the language names no region (`es` for a US clinic: `es-US`, "9:00 a. m."), else the page's language
 * as it is (`es-MX`, `es-419`, or `es` for a clinic whose country is unknown).
 */
export function timeLocale(lang: string, country: string | undefined): string {
  if (!country) return lang;
  try {
    if (new Intl.Locale(lang).region) return lang;
    return new Intl.Locale(lang, { region: country }).toString();
  } catch {
    return lang;
  }
}

function timeParts(lang: string, minute: number): Intl.DateTimeFormatPart[] {
  return dateFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).formatToParts(
    Date.UTC(2024, 0, 1, 0, minute % DAY_MINUTES),
  );
}

/** A time of day (minutes after midnight) as the language writes it: `9:00 AM`, `17:00`. */
export function formatTime(lang: string, minute: number): string {
  return timeParts(lang, minute)
    .map((part) => part.value)
    .join('');
}

/** The name of a weekday (0 is Monday), in full or short ("Wed", for a narrow card). */
export function weekdayName(lang: string, weekday: number, style: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  return dateFormat(lang, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + weekday));
}

/** When the status next changes, relative to today: "at 5:00 PM", "tomorrow at 9:00 AM", "Monday at 9:00 AM". */
export function formatMoment(lang: string, t: Translate, moment: Moment): string {
  if (moment.minute === DAY_MINUTES && moment.dayOffset === 0) return t('contact.midnight');
  let { day, dayOffset, minute } = moment;
  if (minute === DAY_MINUTES) {
    dayOffset += 1;
    minute = 0;
    day = localDay(day.year, day.month, day.day, 1);
  }
  const parts = timeParts(lang, minute);
  const time = parts.map((part) => part.value).join('');
  // The hour as shown picks the grammar where a language needs it (Spanish: "a la 1:00", "a las 9:00").
  const count = Number(parts.find((part) => part.type === 'hour')?.value);
  if (dayOffset === 0) return t('contact.atTime', { time, count });
  if (dayOffset === 1) return t('contact.tomorrowAt', { time, count });
  const dayText =
    dayOffset < 7
      ? weekdayName(lang, day.weekday)
      : dateFormat(lang, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
          Date.UTC(day.year, day.month - 1, day.day),
        );
  return t('contact.dayAtTime', { day: dayText, time, count });
}

/** The status line: "Open · closes at 5:00 PM", "Closed · opens tomorrow at 9:00 AM", "Open 24 hours"… */
export function statusText(lang: string, t: Translate, status: HoursStatus): string {
  if (status.open) {
    return status.always
      ? t('contact.open24')
      : t('contact.openCloses', { when: formatMoment(lang, t, status.closes) });
  }
  return status.opens
    ? t('contact.closedOpens', { when: formatMoment(lang, t, status.opens) })
    : t('contact.closedNow');
}

/** A time zone's name in the language ("Mountain Time"), at `instant`; the IANA name where the engine has none. */
export function zoneName(lang: string, timeZone: string, instant: number): string {
  for (const style of ['longGeneric', 'long'] as const) {
    try {
      const part = dateFormat(lang, { timeZone, timeZoneName: style })
        .formatToParts(instant)
        .find((p) => p.type === 'timeZoneName');
      if (part) return part.value;
    } catch {
      // 'longGeneric' is newer than some engines: try the next style.
    }
  }
  return timeZone;
}

/** One day's hours for the table: "Closed", "Open 24 hours", or each range ("9:00 AM – 5:00 PM") on its own. */
export function dayHoursText(lang: string, t: Translate, ranges: readonly Interval[]): string[] {
  if (ranges.length === 0) return [t('contact.closed')];
  if (ranges.length === 1 && ranges[0]!.open === 0 && ranges[0]!.close >= DAY_MINUTES) return [t('contact.allDay')];
  return ranges.map((r) => t('contact.range', { from: formatTime(lang, r.open), to: formatTime(lang, r.close) }));
}
