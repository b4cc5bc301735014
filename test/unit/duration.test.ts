import {beforeAll, describe, expect, it} from 'vitest';
import {formatDuration, parseDuration} from '../../src/document/duration.js';
import {loadUiLocale} from '../../src/localization.js';

// Translations are fetched on first use, as the element does before it renders.
beforeAll(() => Promise.all([loadUiLocale('fi'), loadUiLocale('sv')]));

describe('parseDuration', () => {
  it('reads each ISO 8601 part', () => {
    expect(parseDuration('P2Y')).toEqual({years: 2});
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).toEqual({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7,
    });
    expect(parseDuration('PT30M')).toEqual({minutes: 30});
  });

  it('refuses what is not a duration', () => {
    for (const text of ['P', 'PT', '2Y', 'P2', 'P1.5Y', 'session', '', 'P1YT']) {
      expect(parseDuration(text), text).toBeUndefined();
    }
  });
});

describe('formatDuration', () => {
  it('says durations in English', () => {
    expect(formatDuration('P2Y', 'en')).toBe('2 years');
    expect(formatDuration('P1Y', 'en')).toBe('1 year');
    expect(formatDuration('P13M', 'en')).toBe('13 months');
    expect(formatDuration('P1D', 'en')).toBe('1 day');
    expect(formatDuration('PT30M', 'en')).toBe('30 minutes');
    expect(formatDuration('P1Y6M', 'en')).toBe('1 year, 6 months');
  });

  it('says durations in Finnish, with Finnish plurals', () => {
    expect(formatDuration('P2Y', 'fi')).toBe('2 vuotta');
    expect(formatDuration('P1Y', 'fi')).toBe('1 vuosi');
    expect(formatDuration('P13M', 'fi')).toBe('13 kuukautta');
    expect(formatDuration('P2W', 'fi')).toBe('2 viikkoa');
    expect(formatDuration('PT1H', 'fi')).toBe('1 tunti');
  });

  it('says durations in Swedish', () => {
    expect(formatDuration('P2Y', 'sv')).toBe('2 år');
    expect(formatDuration('P13M', 'sv')).toBe('13 månader');
    expect(formatDuration('PT24H', 'sv')).toBe('24 timmar');
  });

  it('keeps units as written and names an all-zero duration', () => {
    expect(formatDuration('P24M', 'en')).toBe('24 months');
    expect(formatDuration('PT0S', 'en')).toBe('0 seconds');
    expect(formatDuration('P0D', 'fi')).toBe('0 päivää');
  });

  it('translates "session" with the interface text', () => {
    expect(formatDuration('session', 'en')).toBe('session');
    expect(formatDuration('session', 'fi')).toBe('istunto');
    expect(formatDuration('session', 'fi-FI')).toBe('istunto');
    expect(formatDuration('session', 'sv')).toBe('session');
    expect(formatDuration('session', 'de')).toBe('session');
  });

  it('returns text that is not a duration unchanged', () => {
    expect(formatDuration('until you log out', 'en')).toBe('until you log out');
  });
});
