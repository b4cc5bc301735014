/** Character references ("&amp;", "&#58;", "&colon;") decoded, for checking what a URL really is. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  lpar: '(',
  rpar: ')',
  period: '.',
  comma: ',',
  semi: ';',
  num: '#',
  percnt: '%',
  quest: '?',
  equals: '=',
  commat: '@',
  excl: '!',
  plus: '+',
  lowbar: '_',
  hyphen: '-',
  dash: '\u2010',
  shy: '\u00ad',
};

/** Decodes character references the way an attribute value would (for checking a URL). */
export function decodeReferences(value: string): string {
  return value.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));?/gi, (all, dec?: string, hex?: string, name?: string) => {
    if (name) {
      const found = NAMED[name.toLowerCase()];
      return found !== undefined && all.endsWith(';') ? found : all;
    }
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}
