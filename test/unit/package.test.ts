/**
 * The published package, as `npm pack` would make it from the built tree
 * (`npm run build` first; `npm test` does): what it holds, what it leaves
 * out, that every export resolves and imports in Node, and that the
 * manifest and the generated framework types point at shipped files.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {relativeLinks} from './markdown-links.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json'));

interface Packed {
  unpackedSize: number;
  files: {path: string; size: number}[];
}
const packed: Packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'})
)[0];
const files = new Set(packed.files.map((f) => f.path));
const shipped = (path: string) => files.has(path.replace(/^\.\//, ''));

/** Measured 2026-11-30: 2,169,293 bytes unpacked (632 kB packed) with docs/ and the React wrapper; +10 %. */
const UNPACKED_BOUND = 2_386_000;

describe('the tarball', () => {
  it('holds what consumers run and read', () => {
    for (const path of [
      'lib/index.js',
      'lib/index.d.ts',
      'lib/define.js',
      'lib/define-fi.js',
      'lib/define-fi.d.ts',
      'lib/define-sv.js',
      'lib/define-sv.d.ts',
      'lib/react.js',
      'lib/react.d.ts',
      'lib/cli/main.js',
      'bin/privacy-notice.js',
      'dist/privacy-notice.js',
      'dist/privacy-notice.fi.js',
      'dist/privacy-notice.sv.js',
      'dist/types/react-jsx.d.ts',
      'dist/types/vue.d.ts',
      'dist/types/vscode.html-custom-data.json',
      'dist/types/web-types.json',
      'custom-elements.json',
      'privacy-notice.schema.json',
      'README.md',
      'package.json',
    ]) {
      expect(files, path).toContain(path);
    }
  });

  it('leaves out tests, sources, source maps, XLIFF, the editor, WordPress and the bench', () => {
    const unwanted = [...files].filter((path) =>
      /\.map$|^(src|test|locales|wordpress|bench|demo|editor|server|scripts|build)\/|^dist\/editor\//.test(path)
    );
    expect(unwanted).toEqual([]);
  });

  it("ships what the README links to: the docs pages and the screenshot (npm's page shows the README)", () => {
    const linked = (markdown: string, from: string) => relativeLinks(markdown, from).map(({target}) => target);
    const targets = linked(read('README.md'), 'README.md');
    expect(targets.length).toBeGreaterThan(5);
    for (const page of targets.filter((target) => target.startsWith('docs/') && target.endsWith('.md'))) {
      targets.push(...linked(read(page), page));
    }
    expect([...new Set(targets)].filter((target) => !files.has(target) && !files.has(`${target}/README.md`))).toEqual([]);
  });

  it(`stays under ${UNPACKED_BOUND} bytes unpacked`, () => {
    expect(packed.unpackedSize).toBeLessThan(UNPACKED_BOUND);
  });

  it('ships every file that exports, types, bin, customElements and web-types name', () => {
    const targets: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(pkg.exports);
    collect(pkg.bin);
    targets.push(pkg.main, pkg.types, pkg.customElements, pkg['web-types']);
    expect(targets.filter((path) => !shipped(path))).toEqual([]);
  });

  it('names in sideEffects only shipped files, and the sources the bundle build reads', () => {
    // scripts/build-bundles.js bundles src/define*.ts itself: without them in
    // sideEffects Rollup drops the language entries' provideUiLocale() call.
    const other = (pkg.sideEffects as string[]).filter((path) => !shipped(path) && !/^\.\/src\/define/.test(path));
    expect(other).toEqual([]);
    expect((pkg.sideEffects as string[]).filter(shipped).length).toBeGreaterThanOrEqual(6);
  });
});

describe('the exports', () => {
  it('every runtime export imports in Node by the package name, without defining side effects on `.`', () => {
    const paths = Object.entries(pkg.exports as Record<string, string | Record<string, string>>)
      .filter(([, target]) => typeof target === 'string' || 'default' in target)
      .map(([key]) => key.replace(/^\./, pkg.name));
    expect(paths).toContain('privacy-notice/define-fi');
    expect(paths).toContain('privacy-notice/react');
    const script = `
      const results = {};
      const main = await import('privacy-notice');
      results.definedByMain = globalThis.customElements?.get?.('privacy-notice') !== undefined;
      results.helper = typeof main.definePrivacyNotice;
      for (const path of ${JSON.stringify(paths)}) {
        try {
          await import(path, path.endsWith('.json') ? {with: {type: 'json'}} : undefined);
          results[path] = 'ok';
        } catch (error) {
          results[path] = String(error);
        }
      }
      results.defined = globalThis.customElements.get('privacy-notice') === main.PrivacyNoticeElement;
      console.log(JSON.stringify(results));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    const results = JSON.parse(output.trim().split('\n').pop()!);
    expect(results.definedByMain).toBe(false);
    expect(results.helper).toBe('function');
    expect(results.defined).toBe(true);
    for (const path of paths) expect(results[path], path).toBe('ok');
  });

  it('react is an optional peer dependency, for privacy-notice/react only', () => {
    expect(pkg.peerDependencies.react).toBeDefined();
    expect(pkg.peerDependenciesMeta.react).toEqual({optional: true});
    expect(pkg.dependencies['@lit/react']).toBeDefined();
  });

  it('types-only exports are types-only', () => {
    expect(pkg.exports['./react-jsx']).toEqual({types: './dist/types/react-jsx.d.ts'});
    expect(pkg.exports['./vue']).toEqual({types: './dist/types/vue.d.ts'});
  });
});

describe('custom-elements.json and the generated types', () => {
  const manifest = JSON.parse(read('custom-elements.json'));

  it('points at the shipped lib/*.js, never at src/', () => {
    const paths: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'path' || key === 'module') && typeof value === 'string') paths.push(value);
          else walk(value);
        }
      }
    };
    walk(manifest);
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((path) => /^\/?src\//.test(path))).toEqual([]);
    // Each module's own path is a shipped file (re-exports keep their relative specifiers).
    const modules = manifest.modules.map((m: {path: string}) => m.path);
    expect(modules.filter((path: string) => !/^lib\/.*\.js$/.test(path) || !shipped(path))).toEqual([]);
  });

  it('names every event', () => {
    const element = manifest.modules
      .flatMap((m: {declarations?: {tagName?: string}[]}) => m.declarations ?? [])
      .find((d: {tagName?: string}) => d.tagName === 'privacy-notice');
    expect(element.events.map((e: {name?: string}) => e.name)).toEqual([
      'privacy-notice-load',
      'privacy-notice-error',
      'privacy-consent-change',
      'privacy-request',
      'privacy-request-sent',
      'privacy-request-failed',
    ]);
  });

  it('gives the React wrapper an on<Event> prop, typed with its class, for every event', () => {
    const element = manifest.modules
      .flatMap((m: {declarations?: {tagName?: string}[]}) => m.declarations ?? [])
      .find((d: {tagName?: string}) => d.tagName === 'privacy-notice');
    const wrapper = read('lib/react.d.ts');
    const props = [...wrapper.matchAll(/^\s*(on\w+): EventName<(\w+)>;$/gm)].map((m) => [m[1], m[2]]);
    const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
    // privacy-notice-load: onPrivacyNoticeLoad with PrivacyNoticeLoadEvent.
    expect(props).toEqual(element.events.map((e: {name: string}) => [`on${pascal(e.name)}`, `${pascal(e.name)}Event`]));
    expect(wrapper).not.toMatch(/\bany\b/);
  });

  it('types React props: attributes, `notice` as NoticeDocument, on<event> with the event classes', () => {
    const react = read('dist/types/react-jsx.d.ts');
    expect(react).toContain("declare module 'react'");
    expect(react).toContain("'privacy-notice': Omit<");
    expect(react).toContain("'heading-level'?: PrivacyNoticeElement['headingLevel'];");
    // The element declares `notice` as the document type, and the props take it from there.
    const notice = manifest.modules.flatMap((m: {declarations?: {members?: {name: string; type?: {text: string}}[]}[]}) =>
      (m.declarations ?? []).flatMap((d) => (d.members ?? []).filter((member) => member.name === 'notice'))
    );
    expect(notice.map((member: {type?: {text: string}}) => member.type?.text)).toEqual(['NoticeDocument | undefined']);
    expect(react).toMatch(/^ {2}notice\?: PrivacyNoticeElement\['notice'\];$/m);
    expect(react).toContain("'onprivacy-notice-load'?: (event: PrivacyNoticeLoadEvent) => void;");
    expect(react).toContain("'onprivacy-request'?: (event: PrivacyRequestEvent) => void;");
    expect(react).not.toMatch(/unknown|\(event: Event\)/);
  });

  it('types Vue GlobalComponents and gives editors the attributes', () => {
    const vue = read('dist/types/vue.d.ts');
    expect(vue).toContain("'privacy-notice': DefineComponent<PrivacyNoticeElementVueProps>;");
    expect(vue).toContain("'onPrivacyNoticeLoad'?: (event: PrivacyNoticeLoadEvent) => void;");
    // Vue camelises `heading-level` before it looks the prop up.
    expect(vue).toContain("'headingLevel'?: PrivacyNoticeElement['headingLevel'];");
    expect(vue).not.toContain("'heading-level'");
    const vscode = JSON.parse(read('dist/types/vscode.html-custom-data.json'));
    const theme = vscode.tags[0].attributes.find((a: {name: string}) => a.name === 'theme');
    expect(theme.values.map((v: {name: string}) => v.name)).toEqual(['auto', 'light', 'dark']);
    const webTypes = JSON.parse(read('dist/types/web-types.json'));
    const element = webTypes.contributions.html.elements[0];
    expect(element.name).toBe('privacy-notice');
    expect(element.attributes.map((a: {name: string}) => a.name)).toContain('form-action');
    expect(element.events).toHaveLength(6);
  });
});
