/**
 * Every interface string has a Finnish and a Swedish translation: a missing
 * <target> would silently show English to a Finnish visitor.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

const units = (locale: string) =>
  [...readFileSync(`locales/${locale}.xlf`, 'utf8').matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1]?.trim(),
  }));

describe.each(['fi', 'sv'])('%s translations', (locale) => {
  it('cover every interface string', () => {
    const all = units(locale);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((unit) => !unit.target).map((unit) => unit.id)).toEqual([]);
  });

  it('match the strings the source has now', () => {
    const other = units(locale === 'fi' ? 'sv' : 'fi').map((unit) => unit.id);
    expect(units(locale).map((unit) => unit.id)).toEqual(other);
  });
});
