/**
 * ISO 8601 durations ("P2Y", "P13M", "PT30M") and "session" as words in a
 * language: "2 years", "2 vuotta", "2 år", "13 months", "session". Pure: no DOM.
 *
 * Uses Intl.DurationFormat where the engine has it, otherwise one
 * Intl.NumberFormat per unit joined with Intl.ListFormat (which is what
 * DurationFormat does). Formatters are memoised per locale.
 */
import {cached, listFormat, numberFormat} from '../intl-cache.js';
import {DURATION_PATTERN} from './patterns.js';
import {inLocale, msg, pickUiLocale} from '../localization.js';

/** The parts of a duration, in the order ISO 8601 writes them. */
const DURATION_UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;

export type DurationUnit = (typeof DURATION_UNITS)[number];
export type DurationParts = Partial<Record<DurationUnit, number>>;

/** The pattern's group for each unit, in DURATION_UNITS' order (group 5 is the time part as a whole). */
const GROUPS = [1, 2, 3, 4, 6, 7, 8];

/** "P1Y2M" → {years: 1, months: 2}; undefined when it is not an ISO 8601 duration. */
export function parseDuration(value: string): DurationParts | undefined {
  const match = DURATION_PATTERN.exec(value.trim());
  if (!match) return undefined;
  const parts: DurationParts = {};
  DURATION_UNITS.forEach((unit, i) => {
    const written = match[GROUPS[i]]; // "2Y"
    if (written !== undefined) parts[unit] = Number(written.slice(0, -1));
  });
  return parts;
}

type DurationFormatter = {format(parts: DurationParts): string};
type DurationFormatConstructor = new (locale: string, options: {style: 'long'}) => DurationFormatter;

const unitFormat = (locale: string, unit: DurationUnit) =>
  numberFormat(locale, {
    style: 'unit',
    unit: unit.slice(0, -1), // "years" → "year"
    unitDisplay: 'long',
  });

const DurationFormat = (Intl as unknown as {DurationFormat?: DurationFormatConstructor}).DurationFormat;
const durationFormat = DurationFormat && cached((locale) => new DurationFormat(locale, {style: 'long'}));

/**
 * Duration parts as words: {years: 2} → "2 years" (en), "2 vuotta" (fi),
 * "2 år" (sv). Units are kept as written ("P13M" stays "13 months"). An
 * all-zero duration names its last unit ("PT0S" → "0 seconds").
 */
function formatDurationParts(parts: DurationParts, locale: string): string {
  const units = DURATION_UNITS.filter((unit) => parts[unit] !== undefined);
  const shown = units.filter((unit) => parts[unit] !== 0);
  if (shown.length === 0) {
    const last = units[units.length - 1] ?? 'seconds';
    return unitFormat(locale, last).format(0);
  }
  const native = durationFormat?.(locale);
  if (native) {
    try {
      return native.format(parts);
    } catch {
      // RangeError: DurationFormat takes years, months and weeks below 2^32
      // and a total below 2^53 seconds; the units one by one have no limit.
    }
  }
  return listFormat(locale, {type: 'unit', style: 'long'}).format(shown.map((unit) => unitFormat(locale, unit).format(parts[unit]!)));
}

/**
 * A storage item's duration in words, in `locale`: "session" (translated with
 * the interface text) or an ISO 8601 duration. Text that is neither, or a
 * number too large to format exactly, is returned as it is, so nothing the
 * document says is lost or changed.
 */
export function formatDuration(value: string, locale: string): string {
  if (value === 'session') {
    return inLocale(pickUiLocale([locale]), () =>
      msg('session', {
        id: 'cookies-duration-session',
        desc: 'Cookie duration: deleted when the browser is closed (a session cookie).',
      })
    );
  }
  const parts = parseDuration(value);
  // Past 2^53 a number is no longer the one written: show the text as it is.
  if (!parts || Object.values(parts).some((n) => !Number.isSafeInteger(n))) return value;
  return formatDurationParts(parts, locale);
}
