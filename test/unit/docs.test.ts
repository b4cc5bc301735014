/**
 * The README cannot drift from the code: every attribute, public property,
 * event, CSS part and CSS custom property that custom-elements.json (built
 * from the element's JSDoc by `npm run analyze`) lists for <privacy-notice>
 * has a row in the README's tables, and nothing in those tables names
 * something the element no longer has. The README keeps the order people
 * read it in, every relative link in it and in docs/ resolves, and the
 * notice documents written into the docs and the embed examples are valid.
 */
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {validateNotice, formatIssue} from '../../src/document/validate.js';
import {prose, relativeLinks} from './markdown-links.js';

const root = new URL('../../', import.meta.url);
const TAG = 'privacy-notice';

interface Named {
  name: string;
  default?: string;
}
interface Member extends Named {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  inheritedFrom?: unknown;
}
interface ElementDeclaration {
  tagName?: string;
  attributes?: Named[];
  members?: Member[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

function loadElement(): ElementDeclaration {
  const file = new URL('custom-elements.json', root);
  if (!existsSync(file)) {
    throw new Error('custom-elements.json is missing: run `npm run analyze` (npm test builds it before the unit tests).');
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    modules: {declarations?: ElementDeclaration[]}[];
  };
  const found = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === TAG);
  if (!found) throw new Error(`custom-elements.json has no <${TAG}>: run \`npm run analyze\`.`);
  return found;
}

const readme = readFileSync(new URL('README.md', root), 'utf8');
/** README.md and every page in docs/, by path from the repository root. */
const markdownFiles = [
  'README.md',
  ...readdirSync(new URL('docs/', root))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];
const markdown = (file: string) => readFileSync(new URL(file, root), 'utf8');

/** The text of one `## …` section of the README, up to the next one. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${title}" section`);
  const next = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, next < 0 ? undefined : next);
}

/** Table rows (lines starting with `|`) under a `### …` heading of a section. */
function table(text: string, heading: string, {optional = false} = {}): string[][] {
  const start = text.indexOf(`\n### ${heading}\n`);
  if (start < 0 && optional) return [];
  if (start < 0) throw new Error(`README.md has no "### ${heading}" table`);
  const next = text.indexOf('\n#', start + 1);
  return text
    .slice(start, next < 0 ? undefined : next)
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .slice(1) // the header row
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim())
    );
}

/** Names written as `code` in a table cell. */
const codeIn = (cell = '') => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

const element = (() => {
  try {
    return loadElement();
  } catch (error) {
    return error as Error;
  }
})();
const api = () => {
  if (element instanceof Error) throw element;
  return element;
};

// The analyzer also lists `dispatchEvent(new SomeEvent())` calls it cannot
// name; the named entries come from @fires.
const names = (list: Named[] | undefined) => (list ?? []).map((item) => item.name).filter((name) => typeof name === 'string');

/** Every TypeScript source under src/, generated files aside. */
function sourceFiles(dir = fileURLToPath(new URL('src/', root))): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
const sources = () => sourceFiles().map((file) => readFileSync(file, 'utf8'));

/**
 * A default as the README should show it: a literal without quotes, or the
 * value of the constant it names (`DEFAULT_TIMEOUT` → `10000`).
 */
function shownDefault(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (/^[A-Z][A-Z0-9_]*$/.test(value)) {
    const literal = sources()
      .map((text) => text.match(new RegExp(`const ${value}\\s*=\\s*([^;\\n]+);`))?.[1])
      .find(Boolean);
    if (!literal) throw new Error(`default ${value} is not a constant in src/`);
    value = literal.trim();
    if (/^[\d_.]+$/.test(value)) value = value.replace(/_/g, '');
  }
  return value.replace(/^'(.*)'$/, '$1');
}
const publicMembers = () =>
  (api().members ?? []).filter(
    (member) =>
      !member.static &&
      !member.inheritedFrom &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('_') &&
      !member.name.startsWith('#')
  );

/** Those of `wanted` that are not in `present`, each once. */
const missing = (wanted: string[], present: string[]) => [...new Set(wanted)].filter((name) => !present.includes(name));

/** Every API table (attributes, methods, events, parts, custom properties) is in this section. */
const theElement = () => section('The element');

/** Attributes every HTML element has that the README documents for this one. */
const GLOBAL_ATTRIBUTES = ['lang'];

describe('README documents the whole element API from custom-elements.json', () => {
  it('finds the element in custom-elements.json', () => {
    expect(api().tagName).toBe(TAG);
    expect(names(api().attributes).length).toBeGreaterThan(0);
  });

  it('has a row for every attribute, and no row for one that does not exist', () => {
    const documented = table(theElement(), 'Attributes and properties').flatMap((row) => codeIn(row[0]));
    expect(missing(names(api().attributes), documented), 'attributes with no row in README "### Attributes and properties"').toEqual([]);
    expect(
      missing(documented, [...names(api().attributes), ...GLOBAL_ATTRIBUTES]),
      'README rows for attributes the element does not have'
    ).toEqual([]);
  });

  it('gives each attribute its property name and default from the code', () => {
    const rows = table(theElement(), 'Attributes and properties');
    const wrong: string[] = [];
    for (const attribute of api().attributes ?? []) {
      const row = rows.find((cells) => codeIn(cells[0]).includes(attribute.name));
      if (!row) continue; // reported above
      const field = (attribute as Named & {fieldName?: string}).fieldName;
      if (field && !codeIn(row[1]).includes(field)) wrong.push(`${attribute.name}: property should be \`${field}\``);
      const fallback = shownDefault(attribute.default);
      if (fallback && !codeIn(row[3]).includes(fallback)) wrong.push(`${attribute.name}: default should be \`${fallback}\``);
    }
    expect(wrong, 'README "### Attributes and properties" rows that differ from the code').toEqual([]);
  });

  it('has a row for every public property and method', () => {
    const rows = [
      ...table(theElement(), 'Attributes and properties'),
      // Only needed once the element has public methods.
      ...table(theElement(), 'Methods', {optional: true}),
    ];
    const documented = rows.flatMap((row) => [...codeIn(row[0]), ...codeIn(row[1])]).map((name) => name.replace(/\(.*$/, ''));
    const members = publicMembers().map((member) => member.name);
    expect(missing(members, documented), 'public properties and methods with no row in README "## The element"').toEqual([]);
  });

  it('has a row for every event, and no row for one that is never fired', () => {
    const documented = table(theElement(), 'Events').flatMap((row) => codeIn(row[0]));
    expect(missing(names(api().events), documented), 'events with no row in README "### Events"').toEqual([]);
    expect(missing(documented, names(api().events)), 'README rows for events not in @fires').toEqual([]);
  });

  it('has a row for every CSS part, and no row for one that does not exist', () => {
    const documented = table(theElement(), 'Parts').flatMap((row) => codeIn(row[0]));
    expect(missing(names(api().cssParts), documented), 'CSS parts with no row in README "### Parts"').toEqual([]);
    expect(missing(documented, names(api().cssParts)), 'README rows for parts not in @csspart').toEqual([]);
  });

  it('has a row for every CSS custom property, with its default, and no stale ones', () => {
    const rows = table(theElement(), 'Custom properties');
    const documented = rows.flatMap((row) => codeIn(row[0]));
    expect(missing(names(api().cssProperties), documented), 'custom properties with no row in README "### Custom properties"').toEqual([]);
    expect(missing(documented, names(api().cssProperties)), 'README rows for custom properties not in @cssprop').toEqual([]);
    const wrong = (api().cssProperties ?? [])
      .filter((property) => property.default)
      .filter((property) => {
        const row = rows.find((cells) => codeIn(cells[0]).includes(property.name));
        return row && !codeIn(row[1]).includes(property.default!);
      })
      .map((property) => `${property.name}: default should be \`${property.default}\``);
    expect(wrong, 'README custom property defaults that differ from @cssprop').toEqual([]);
  });

  it('documents with @csspart every part the templates use', () => {
    const used = sources().flatMap((text) => [...text.matchAll(/\bpart="([a-z0-9-]+)"/g)].map((match) => match[1]));
    expect(missing(used, names(api().cssParts)), 'part="…" in templates but not in the element\'s @csspart JSDoc').toEqual([]);
  });

  it('documents with @cssprop every custom property the styles use', () => {
    const used = sources().flatMap((text) => text.match(/--privacy-notice-[a-z0-9-]+/g) ?? []);
    expect(missing(used, names(api().cssProperties)), "custom properties in the styles but not in the element's @cssprop JSDoc").toEqual(
      []
    );
  });

  it.each(markdownFiles)('%s names no custom property or part that the element does not have', (file) => {
    const text = markdown(file);
    const customProperties = text.match(/--privacy-notice-[a-z0-9-]+/g) ?? [];
    expect(missing(customProperties, names(api().cssProperties)), `${file} mentions custom properties not in @cssprop`).toEqual([]);
    const parts = [...text.matchAll(/::part\(([a-z0-9-]+)\)/g)].map((match) => match[1]);
    expect(missing(parts, names(api().cssParts)), `${file} styles ::part()s not in @csspart`).toEqual([]);
  });
});

describe("the README's install and embed code", () => {
  const {version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {version: string};

  it('names the tarball `npm pack` writes for the version package.json has', () => {
    const tarballs = [...readme.matchAll(/privacy-notice-(\d[\w.-]*)\.tgz/g)].map((match) => match[1]);
    expect(tarballs.length, 'README.md names no privacy-notice-<version>.tgz').toBeGreaterThan(0);
    expect(missing(tarballs, [version]), `tarball versions in README other than ${version}`).toEqual([]);
  });

  it.each(markdownFiles)("%s pins no version other than package.json's", (file) => {
    const pinned = [...markdown(file).matchAll(/privacy-notice@([\w.-]+)\//g)].map((match) => match[1]);
    expect(missing(pinned, [version]), `versions in ${file} links other than ${version}`).toEqual([]);
  });

  it('says in one place, the install section, that the package is not on npm yet', () => {
    const saying = /not (?:on|published (?:on|to)) npm yet/i;
    const install = section('Install');
    expect(install, 'README "## Install" says how to get the package until it is on npm').toMatch(saying);
    expect(install).toMatch(/npm pack/);
    // Other pages may say so only in passing, linking to the install section.
    const elsewhere = markdownFiles.filter((file) => {
      const text = file === 'README.md' ? readme.replace(install, '') : markdown(file);
      return text.split(/\n\n+/).some((paragraph) => saying.test(paragraph) && !paragraph.includes('#install'));
    });
    expect(elsewhere, 'paragraphs about npm availability that do not point at README#install').toEqual([]);
  });
});

describe('the README in the order people read it', () => {
  it('has its sections in order: install, usage, the API tables, styling, languages, browser support, links', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(['Install', 'Usage', 'The element', 'Styling', 'Languages', 'Browser support', 'Documentation']);
  });

  it('opens with one paragraph and a screenshot before the first section', () => {
    const head = readme.slice(0, readme.indexOf('\n## '));
    const paragraphs = head.split(/\n\n+/).filter((block) => block.trim() && !block.startsWith('# '));
    expect(paragraphs[0]).not.toMatch(/^[!*`]/);
    expect(paragraphs[1]).toMatch(/^!\[[^\]]+\]\(docs\/screenshot\.png\)$/);
    expect(statSync(new URL('docs/screenshot.png', root)).size, 'docs/screenshot.png stays small').toBeLessThan(200_000);
  });

  it('keeps the two commands for a fresh machine: npm start and npm test', () => {
    const install = section('Install');
    expect(install).toMatch(/^npm install && npm start\b/m);
    expect(install).toMatch(/^npm test\b/m);
  });

  it('has its API tables in "## The element"', () => {
    for (const heading of ['Attributes and properties', 'Events', 'Parts', 'Custom properties']) {
      expect(table(theElement(), heading).length, heading).toBeGreaterThan(0);
    }
  });
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, each space a hyphen. */
function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link keeps its text
    .replace(/<[^>]+>/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a markdown file's headings; a repeated one gets -1, -2… as on GitHub. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  const withoutFences = text.replace(/^ *(```|~~~)[\s\S]*?^ *\1 *$/gm, '');
  for (const [, heading] of withoutFences.matchAll(/^#{1,6} +(.+?) *#* *$/gm)) {
    const base = slug(heading.replace(/`/g, ''));
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count ? `${base}-${count}` : base);
  }
  return found;
}

describe('every relative link in README.md and docs/ resolves', () => {
  it.each(markdownFiles)('%s', (file) => {
    const broken: string[] = [];
    for (const {link, target, anchor} of relativeLinks(markdown(file), file)) {
      const absolute = fileURLToPath(new URL(target, root));
      if (relative(fileURLToPath(root), absolute).startsWith('..')) {
        broken.push(`${link}: outside the repository`);
        continue;
      }
      if (!existsSync(absolute)) {
        broken.push(`${link}: no file ${target}`);
        continue;
      }
      if (anchor !== undefined && target.endsWith('.md') && !anchors(markdown(target)).has(anchor)) {
        broken.push(`${link}: ${target} has no heading #${anchor}`);
      }
    }
    expect(broken, `broken links in ${file}`).toEqual([]);
  });

  it('finds links to check', () => {
    const links = markdownFiles.flatMap((file) => [...prose(markdown(file)).matchAll(/\]\(([^)]+)\)/g)]);
    expect(links.length).toBeGreaterThan(30);
  });

  it('makes GitHub-style anchors', () => {
    expect(slug('Delivering it yourself: the privacy-request event')).toBe('delivering-it-yourself-the-privacy-request-event');
    expect(slug('Site builders (Wix, Squarespace, Webflow…)')).toBe('site-builders-wix-squarespace-webflow');
    expect(slug('The JS API: el.consent')).toBe('the-js-api-elconsent');
    expect(slug('A document on another origin (CORS)')).toBe('a-document-on-another-origin-cors');
    expect([...anchors('# A\n## B\n## B\n```\n## C\n```\n')]).toEqual(['a', 'b', 'b-1']);
  });
});

describe('notice documents in the docs and the embed examples are valid', () => {
  /**
   * Every inline document: the `<script type="application/json">` blocks of
   * HTML (of the ```html fences of README.md and docs/) that hold a
   * `schemaVersion` and no "…", so a placeholder such as
   * `{ …your notice document… }` or `{"schemaVersion":1,…}` is not taken for one.
   */
  const inlineDocuments = (text: string, file: string) => {
    const html = file.endsWith('.md') ? [...text.matchAll(/^ *```html\n([\s\S]*?)^ *```$/gm)].map((match) => match[1]).join('\n') : text;
    return [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)]
      .map((match) => match[1])
      .filter((json) => json.includes('"schemaVersion"') && !json.includes('…'));
  };

  const embedDir = new URL('demo/embed/', root);
  const pages = existsSync(embedDir) ? readdirSync(embedDir).filter((file) => file.endsWith('.html')) : [];

  it.each([...markdownFiles, ...pages.map((page) => `demo/embed/${page}`)])('%s', (file) => {
    const text = readFileSync(new URL(file, root), 'utf8');
    for (const json of inlineDocuments(text, file)) {
      const result = validateNotice(json);
      expect(result.errors.map(formatIssue), `a notice document in ${file}`).toEqual([]);
    }
  });

  it('has inline document examples to check', () => {
    expect(inlineDocuments(readme, 'README.md').length, 'README.md shows no inline notice document').toBeGreaterThan(0);
    const embedded = pages.flatMap((page) => inlineDocuments(readFileSync(new URL(page, embedDir), 'utf8'), page));
    expect(embedded.length, 'demo/embed/ has no page with an inline notice document').toBeGreaterThan(0);
  });
});
