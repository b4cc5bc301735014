/**
 * The static renderer (src/render/): every seed notice, in every language,
 * keeps all of its text, headings and numbers; document strings are escaped
 * or sanitised; the string sanitiser lets nothing but the allow-list through;
 * and the interface text it repeats from the views is word for word theirs.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {repairNotice} from '../../src/document/repair.js';
import type {NoticeDocument} from '../../src/document/schema.js';
import {shownSections} from '../../src/views/sections.js';
import {renderNoticeHtml, renderStaticNotice, sanitizeHtml} from '../../src/render/index.js';
import {ALLOWED_ATTR, ALLOWED_TAGS} from '../../src/sanitize/rules.js';
import {payloadHtml, XSS_PAYLOADS} from '../fixtures/xss-payloads.js';

const SEEDS = readdirSync('demo/notices').filter((file) => file.endsWith('.json'));
const seed = (file: string) => JSON.parse(readFileSync(`demo/notices/${file}`, 'utf8')) as NoticeDocument;

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', '#39': "'"};
/** What a reader sees of some HTML: tags as spaces, entities decoded, white space collapsed. */
const visible = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|nbsp|#39);/g, (_, name: string) => ENTITIES[name])
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}(),:])\s*/g, '$1')
    .trim();
/** Every text of a localised value, in `language`. */
const textIn = (value: unknown, language: string, first: string): string =>
  value === undefined
    ? ''
    : typeof value === 'string'
      ? value
      : ((value as Record<string, string>)[language] ?? (value as Record<string, string>)[first]);

async function render(notice: unknown, lang?: string, more = {}) {
  const result = await renderStaticNotice(notice, {lang, ...more});
  expect(result.html, JSON.stringify(result.issues)).toBeTypeOf('string');
  return result as typeof result & {html: string};
}

describe('every seed notice', () => {
  for (const file of SEEDS) {
    const notice = seed(file);
    for (const lang of notice.languages) {
      it(`${file} in ${lang}: every section, heading and text`, async () => {
        const {html, language, issues} = await render(notice, lang);
        expect(issues).toEqual([]);
        expect(language).toBe(lang);
        expect(html).toMatch(new RegExp(`^<article class="privacy-notice" lang="${lang}" dir="ltr">`));
        const shown = shownSections(notice);
        const sections = [...html.matchAll(/<section id="([^"]+)">\n<h3>(.*?)<\/h3>/g)];
        expect(sections.map(([, id]) => id)).toEqual(shown.map(({section}) => section.id));
        expect(html.match(/<h2>/g)).toHaveLength(2); // the title, and "Use your rights"
        const text = visible(html);
        expect(text).toContain(visible(textIn(notice.title, lang, notice.languages[0])));
        for (const {section} of shown) {
          if (section.title)
            expect(visible(sections.find(([, id]) => id === section.id)![2])).toContain(
              visible(textIn(section.title, lang, notice.languages[0]))
            );
          expect(text).toContain(visible(textIn(section.body, lang, notice.languages[0])));
          for (const purpose of section.purposes ?? []) expect(text).toContain(visible(textIn(purpose.purpose, lang, notice.languages[0])));
          for (const item of section.retention ?? []) expect(text).toContain(visible(textIn(item.text, lang, notice.languages[0])));
        }
        for (const right of notice.rights ?? []) expect(text).toContain(visible(textIn(right.text, lang, notice.languages[0])));
        expect(text).toContain(visible(textIn(notice.summary, lang, notice.languages[0])));
        for (const service of notice.cookies?.services ?? [])
          for (const item of service.items) expect(html).toContain(`<th scope="row"><code>${item.name}</code></th>`);
        expect(text).toContain(visible(notice.controller.name as string));
      });
    }
  }

  it('numbers sections, and names untitled ones by their kind in the interface language', async () => {
    const notice = {
      ...seed('arjasmaa.json'),
      sections: [
        {id: 'a', kind: 'purposes', number: '1', body: 'Yksi.'},
        {id: 'b', kind: 'retention', number: '2.1', title: 'Säilytys', body: 'Kaksi.'},
        {id: 'c', kind: 'other', body: 'Kolme.'},
      ],
    };
    const fi = (await render(notice, 'fi')).html;
    expect(fi).toContain('<section id="a">\n<h3>1. <span>Miksi käsittelemme henkilötietoja</span></h3>');
    expect(fi).toContain('<section id="b">\n<h3>2.1 Säilytys</h3>');
    expect(fi).toMatch(/<section id="c">\n<h3><span>Kohta 3<\/span><\/h3>/);
    const en = (await render(notice, 'en')).html;
    expect(en).toContain('<h3>1. <span>Why we process personal data</span></h3>');
  });

  it('--lang picks the document language, and the interface text follows it', async () => {
    const notice = seed('propentus.json');
    const sv = await render(notice, 'sv');
    expect(sv.language).toBe('sv');
    expect(sv.uiLocale).toBe('sv');
    expect(sv.html).toContain('lang="sv"');
    expect(sv.html).toContain('<h3>Personuppgiftsansvarig</h3>');
    expect(sv.html).toContain(visible(textIn(notice.title, 'sv', 'fi')));
    const en = await render(notice, 'en-GB');
    expect(en.language).toBe('en');
    expect(en.html).toContain('<h3>Controller</h3>');
    const first = await render(notice);
    expect(first.language).toBe('fi');
    expect(first.html).toContain('<h3>Rekisterinpitäjä</h3>');
    // A language the document lacks: its first language, interface in the wanted one when we have it.
    const de = await render(notice, 'de');
    expect(de.language).toBe('fi');
  });

  it('heading levels follow --heading-level', async () => {
    const {html} = await render(seed('arjasmaa.json'), 'fi', {headingLevel: 3});
    expect(html).toMatch(/<header>\n<h3>/);
    expect(html).toMatch(/<section id="controller">\n<h4>/);
  });
});

describe('document strings', () => {
  const hostile = '<script>__xssTrap(1)</script><img src=x onerror=__xssTrap(2)>"\'&';
  const notice = {
    schemaVersion: 1,
    id: 'hostile',
    languages: ['fi'],
    title: hostile,
    controller: {name: hostile, email: 'a@b.fi', url: 'javascript:alert(1)', businessId: hostile},
    contacts: [{role: 'dpo', name: hostile, phones: [{number: '+358 40 123 4567', label: hostile}]}],
    sections: [{id: 'a', kind: 'other', title: hostile, body: `<p>ok</p>${hostile}<a href="javascript:x">l</a>`}],
    legalReferences: [hostile],
    cookies: {
      services: [
        {
          id: 's',
          name: hostile,
          category: 'analytics',
          provider: hostile,
          privacyPolicy: 'https://example.com/"><script>x</script>',
          items: [{name: '<b>x</b>', type: 'cookie', duration: 'P1Y', description: hostile}],
        },
      ],
    },
  };

  it('plain fields are escaped and rich text is sanitised', async () => {
    const {html} = await render(notice, 'fi', {inlineJson: true});
    const markup = html.replace(/<script type="application\/json">[^<]*<\/script>\n/, '');
    expect(markup).not.toMatch(/<(script|img)|<[^>]*\son\w+=|href="javascript/i);
    expect(markup).toContain('&lt;script&gt;__xssTrap(1)&lt;/script&gt;&lt;img src=x onerror=__xssTrap(2)&gt;&quot;&#39;&amp;');
    expect(markup).toContain('<a rel="noopener noreferrer">l</a>');
    expect(markup).toContain('<code>&lt;b&gt;x&lt;/b&gt;</code>');
  });

  it('inline JSON cannot end its script and reads back as the document', async () => {
    const {html} = await render(notice, 'fi', {inlineJson: true});
    const [, json] = /^<script type="application\/json">([^]*?)<\/script>\n<article/.exec(html)!;
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(repairNotice(notice).notice);
  });

  it('leaves placeholders out of the inline JSON and shows interface text instead', async () => {
    const {html} = await render({sections: [{id: 'a', kind: 'other', body: 'Teksti.'}], languages: ['fi']}, 'fi', {
      inlineJson: true,
    });
    expect(html).toContain('<h2><span>Tietosuojaseloste</span></h2>');
    const json = JSON.parse(/<script type="application\/json">([^]*?)<\/script>/.exec(html)![1]);
    expect(json.title).toBeUndefined();
    expect(json.controller.name).toBeUndefined();
    expect(html).not.toContain('Rekisterinpitäjä</h3>');
  });

  it("offers the form's email, or else the phone and address", async () => {
    const base = {schemaVersion: 1, id: 'x', languages: ['en'], title: 'T', sections: [{id: 'a', kind: 'other', body: 'B'}]};
    const mail = (await render({...base, controller: {name: 'C', email: 'c@x.fi'}, contacts: [{role: 'dpo', email: 'dpo@x.fi'}]})).html;
    expect(mail).toContain('<h2>Use your rights</h2>');
    expect(mail).toContain('<a href="mailto:dpo@x.fi">Write to dpo@x.fi</a>');
    const phone = (
      await render({
        ...base,
        controller: {name: 'C', phone: '+358 9 123 456', address: {street: 'Katu 1', postalCode: '00100', locality: 'Helsinki'}},
      })
    ).html;
    expect(phone).toContain('<p>Phone: <a href="tel:+3589123456">+358 9 123 456</a></p>');
    expect(phone).toMatch(/<\/p>\n<address>Katu 1<br>00100 Helsinki<\/address>\n<\/section>/);
  });

  it('nothing to show: no html, the reasons as issues', async () => {
    for (const input of ['not json', '[]', '{"sections": []}']) {
      const result = await renderStaticNotice(input);
      expect(result.html).toBeUndefined();
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it('renders a repaired document and reports what was left out', async () => {
    const result = await renderStaticNotice({
      ...notice,
      updated: '31.5.2024',
      sections: [...notice.sections, {id: 'b', kind: 'nope', body: 'Still here.'}],
    });
    expect(result.html).toContain('Still here.');
    expect(result.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['updated', 'sections[1].kind']));
  });

  it('renders the new parts of the format: introduction, contact lists, criteria, not-granted rights, changes', async () => {
    const {html} = await render({
      schemaVersion: 1,
      id: 'x',
      languages: ['en'],
      title: 'T',
      introduction: '<p>Intro text.</p>',
      controller: {name: 'C', emails: [{address: 'a@x.fi', label: 'sales'}], phones: [{number: '+358 9 1', label: 'switchboard'}]},
      sections: [{id: 'r', kind: 'retention', body: 'B', retention: [{data: 'Orders', duration: 'P6Y', criteria: 'Accounting law.'}]}],
      rights: [{type: 'access'}, {type: 'portability', offered: false, text: 'Not based on consent.'}],
      changes: [
        {date: '2024-01-01', summary: 'First.'},
        {date: '2025-02-01', version: '2', summary: 'Second.'},
      ],
    });
    expect(html).toContain('<div class="introduction"><p>Intro text.</p></div>');
    expect(html).toContain('<a href="mailto:a@x.fi">a@x.fi</a> — sales');
    expect(html).toContain('<a href="tel:+35891">+358 9 1</a> — switchboard');
    expect(html).toContain('<strong>Orders</strong>: <span>6 years</span>');
    expect(html).toContain('Accounting law.');
    expect(html).toContain('<strong>Not granted: Right to data portability</strong>');
    expect(html).toMatch(
      /<h3>Change history<\/h3>\n<ol>\n<li><p><time datetime="2025-02-01">February 1, 2025<\/time> <span aria-hidden="true">·<\/span> Version 2<\/p>\n<div class="rich">Second.<\/div>\n<\/li>\n<li><p><time datetime="2024-01-01">/
    );
  });
});

describe('sanitizeHtml', () => {
  const TAG = /<\/?([a-zA-Z][^\s/>]*)([^>]*)>/g;
  const allowed = new Set(ALLOWED_TAGS);
  const attributes = new Set([...ALLOWED_ATTR, 'rel']);

  /** Only allowed tags, allowed attributes, double-quoted; no URL but http(s), mailto, tel. */
  function expectClean(out: string) {
    for (const [, name, rest] of out.matchAll(TAG)) {
      expect(allowed.has(name), `tag <${name}> in ${out}`).toBe(true);
      const attrs = [...rest.matchAll(/\s([^\s=]+)="([^"]*)"/g)];
      expect(rest.replace(/\s([^\s=]+)="([^"]*)"/g, '').trim(), `stray attribute text in ${out}`).toBe('');
      for (const [, attr, value] of attrs) {
        expect(attributes.has(attr), `attribute ${attr} in ${out}`).toBe(true);
        if (attr === 'href') expect(value).toMatch(/^(https?|mailto|tel):/i);
      }
    }
    expect(out).not.toMatch(/<!|<\?|<(?![a-zA-Z/])/);
  }

  it('lets nothing from the hostile corpus through', () => {
    for (const payload of XSS_PAYLOADS) {
      const out = sanitizeHtml(`<p>before</p>${payloadHtml(payload)}<p>after</p>`);
      expectClean(out);
      // The trap may survive as text (or a title's text), never inside a tag.
      expect(out.replace(/="[^"]*"/g, '=""'), `payload ${payload.id}`).not.toMatch(/<[^>]*xssTrap/);
    }
  });

  it('keeps the allowed subset as it is', () => {
    const html =
      '<p>One <strong>two</strong> <em>three</em> <b>b</b> <i>i</i><br>four</p><ul><li>a</li><li><a href="https://x.fi/?a=1&amp;b=2" title="T">link</a></li></ul>' +
      '<ol><li>x</li></ol><table><caption>C</caption><thead><tr><th scope="col">H</th></tr></thead><tbody><tr><td colspan="2">D</td></tr></tbody></table>';
    expect(sanitizeHtml(html)).toBe(
      html.replace(
        '<a href="https://x.fi/?a=1&amp;b=2" title="T">',
        '<a href="https://x.fi/?a=1&amp;b=2" title="T" rel="noopener noreferrer">'
      )
    );
  });

  it('keeps text and character references, drops what carries code', () => {
    expect(sanitizeHtml('Tom &amp; Jerry &auml; &#228; & 1 < 2 > 0')).toBe('Tom &amp; Jerry &auml; &#228; &amp; 1 &lt; 2 &gt; 0');
    expect(sanitizeHtml('<div><span>kept</span></div><u>text</u>')).toBe('kepttext');
    expect(sanitizeHtml('a<script>b</script>c<style>p{}</style>d<template><p>e</p></template>f')).toBe('acdf');
    expect(sanitizeHtml('a<svg><p>x</p><svg></svg>y</svg>b<math><mi>1</mi></math>c')).toBe('abc');
    expect(sanitizeHtml('a<!-- <p>x</p> -->b<![CDATA[c]]>d<?php e ?>f</ g>h')).toBe('abdfh');
    expect(sanitizeHtml('a<textarea><p>x</p></textarea>b')).toBe('a&lt;p&gt;x&lt;/p&gt;b');
    expect(sanitizeHtml('a<plaintext><p>x')).toBe('a');
    expect(sanitizeHtml('<p>a<img src=x')).toBe('<p>a</p>');
  });

  it('closes what is open, and nests as the HTML parser would', () => {
    expect(sanitizeHtml('<p>a<p>b<ul><li>c<li>d</ul>')).toBe('<p>a</p><p>b</p><ul><li>c</li><li>d</li></ul>');
    expect(sanitizeHtml('<strong>a<em>b</strong>c')).toBe('<strong>a<em>b</em></strong><em>c</em>');
    expect(sanitizeHtml('<p>x <b>bold <i>both</p><p>next')).toBe('<p>x <b>bold <i>both</i></b></p><p><b><i>next</i></b></p>');
    expect(sanitizeHtml('<table><tr><td><b>a</td><td>b</td></tr></table>c')).toBe('<table><tr><td><b>a</b></td><td>b</td></tr></table>c');
    expect(sanitizeHtml('</p><td>x</td><tr>y')).toBe('<p></p>xy');
    expect(sanitizeHtml('<a href="https://a.fi">1<a href="https://b.fi">2')).toBe(
      '<a href="https://a.fi" rel="noopener noreferrer">1</a><a href="https://b.fi" rel="noopener noreferrer">2</a>'
    );
  });

  it('links only to http(s), mailto and tel, however the scheme is written', () => {
    for (const href of [
      'javascript:alert(1)',
      'java\tscript:x',
      'JaVaScRiPt:x',
      '&#106;avascript:x',
      'javascript&colon;x',
      'data:text/html,x',
      'vbscript:x',
      '//evil.example',
      ' javascript:x',
    ]) {
      expect(sanitizeHtml(`<a href="${href}">x</a>`), href).toBe('<a rel="noopener noreferrer">x</a>');
    }
    expect(sanitizeHtml('<a href=mailto:a@b.fi>x</a>')).toBe('<a href="mailto:a@b.fi" rel="noopener noreferrer">x</a>');
    expect(sanitizeHtml('<p href="https://x.fi" onclick="x" style="x" id="x" scope="row" colspan="x">a</p>')).toBe('<p>a</p>');
    expect(sanitizeHtml('<a href="https://x.fi" target="_blank" rel="opener">a</a>')).toBe(
      '<a href="https://x.fi" rel="noopener noreferrer">a</a>'
    );
  });
});

describe('interface text', () => {
  it("is the views' own: the static render writes no msg() call of its own, it imports the element's", () => {
    const render = readdirSync('src/render')
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [file, readFileSync(`src/render/${file}`, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')] as const);
    expect(render.length).toBeGreaterThan(5);
    // A copy here would be a second text for one message (lit-localize refuses two that differ).
    expect(render.filter(([, code]) => /\bmsg\(/.test(code)).map(([file]) => file)).toEqual([]);
    const labels = readFileSync('src/render/labels.ts', 'utf8');
    expect(labels).toMatch(/from '\.\.\/views\/labels\.js'/);
  });

  it('renders synchronously once the translations are loaded', async () => {
    await renderStaticNotice(seed('arjasmaa.json'), {lang: 'sv'});
    const html = renderNoticeHtml(seed('arjasmaa.json'), {language: 'sv', uiLocale: 'sv'});
    expect(html).toContain('<h3>Personuppgiftsansvarig</h3>');
  });
});
