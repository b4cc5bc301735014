/**
 * The importer on notices of our own, in Swedish and English and in each
 * input shape: an association's member register (Markdown), a web shop with
 * analytics (a saved HTML page), a consultancy's client register (text
 * hard-wrapped as from a PDF, with page furniture) and a Swedish
 * consultancy's customer register (.docx, built here from its XML with
 * jszip). Then the round trip through the static renderer, and hostile input.
 */
import {readFileSync} from 'node:fs';
import JSZip from 'jszip';
import {describe, expect, it} from 'vitest';
import type {SectionKind} from '../../src/document/schema.js';
import {validateNotice} from '../../src/document/validate.js';
import {detectFormat, importDocx, importNotice, type ImportResult} from '../../src/import/index.js';
import {inspectZip} from '../../src/import/docx.js';
import {renderStaticNotice} from '../../src/render/index.js';
import {compareFacts, coverage, inventedFacts, kindAccuracy} from './import-measure.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
/** The text a reader sees in some HTML, roughly: for measuring, not importing. */
const visible = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&');

interface Case {
  source: () => string;
  /** The notice's own text, page furniture left out, to measure coverage against. */
  notice: (source: string) => string;
  language: string;
  kinds: SectionKind[];
  facts: Record<string, unknown>;
  run: (source: string) => Promise<ImportResult> | ImportResult;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`;
const NORRSKEN: [string, string?][] = [
  ['Dataskyddsbeskrivning – kundregister', 'Title'],
  ['Uppdaterad 2024-11-01'],
  ['Personuppgiftsansvarig', 'Heading1'],
  ['Konsultbolaget Norrsken AB, org.nr 556677-8899'],
  ['Sveavägen 20, 111 57 Stockholm'],
  ['E-post: kontakt@norrsken.example'],
  ['Dataskyddsombud', 'Heading1'],
  ['Dataskyddsombud: Erik Holm, dataskyddsombud@norrsken.example, tel. 08-123 456 78'],
  ['Ändamål med behandlingen', 'Heading1'],
  ['Vi behandlar kontaktpersoners uppgifter för att fullgöra och fakturera våra konsultuppdrag och för att sköta kundrelationen.'],
  ['Rättslig grund', 'Heading1'],
  ['Behandlingen grundar sig på avtal med kunden och på vårt berättigade intresse att sköta kundrelationen.'],
  ['Kategorier av personuppgifter', 'Heading1'],
  ['Namn, titel, arbetsgivare, e-postadress, telefonnummer och uppgifter om uppdrag och fakturor.'],
  ['Mottagare', 'Heading1'],
  [
    'Uppgifterna lämnas ut till vår redovisningsbyrå och till leverantörer av IT-tjänster som behandlar dem för vår räkning. Uppgifterna överförs inte utanför EU/EES.',
  ],
  ['Lagringstid', 'Heading1'],
  ['Uppgifterna sparas så länge kundrelationen består och i sju år därefter enligt bokföringslagen.'],
  ['Dina rättigheter', 'Heading1'],
  [
    'Du har rätt att få tillgång till dina uppgifter och rätt till rättelse, radering och begränsning. Du har rätt att invända mot behandling som grundar sig på berättigat intresse.',
  ],
  ['Du kan lämna in ett klagomål till Integritetsskyddsmyndigheten (IMY).'],
  ['Automatiserat beslutsfattande', 'Heading1'],
  ['Vi fattar inga beslut som enbart grundar sig på automatiserad behandling, och vi använder inte profilering.'],
];

/** A minimal, real .docx: content types, relationships, styles and the document. */
async function docx(paragraphs: [string, string?][]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paragraphs.map(([text, style]) => para(text, style)).join('')}</w:body></w:document>`
  );
  return zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'});
}

const cases: Record<string, Case> = {
  'association, Swedish, Markdown': {
    source: () => fixture('forening-medlemsregister.sv.md'),
    notice: (s) => s,
    language: 'sv',
    kinds: [
      'controller',
      'contact',
      'purposes',
      'data-categories',
      'sources',
      'recipients',
      'transfers',
      'retention',
      'rights',
      'security',
    ],
    facts: {
      title: 'Integritetspolicy – medlemsregister',
      updated: '2024-03-15',
      controller: {
        name: 'Föreningen Skärgårdsseglarna rf',
        businessId: '1234567-1',
        email: 'styrelsen@skargardsseglarna.fi',
        address: {street: 'Strandvägen 4 B', postalCode: '10600', locality: 'Ekenäs'},
      },
      contacts: [
        {
          role: 'register-contact',
          name: 'Maria Lindqvist',
          title: 'Sekreterare',
          email: 'maria.lindqvist@skargardsseglarna.fi',
          phone: '040 123 4567',
        },
      ],
      rights: [
        {type: 'access'},
        {type: 'rectification'},
        {type: 'erasure'},
        {type: 'restriction'},
        {type: 'objection'},
        {type: 'withdraw-consent'},
        {type: 'complaint'},
      ],
    },
    run: (s) => importNotice(s, {fileName: 'forening.md'}),
  },
  'web shop, English, HTML': {
    source: () => fixture('northwind-webshop.en.html'),
    notice: (s) => visible(s.slice(s.indexOf('<article>'), s.indexOf('</article>'))),
    language: 'en',
    kinds: [
      'controller',
      'dpo',
      'data-categories',
      'purposes',
      'recipients',
      'transfers',
      'retention',
      'cookies',
      'rights',
      'automated-decisions',
    ],
    facts: {
      title: 'Privacy notice',
      updated: '2025-02-12',
      controller: {
        name: 'Northwind Outdoor Oy',
        businessId: '2345678-0',
        email: 'privacy@northwind.example',
        phones: [{number: '+358 3 123 4567', label: 'Customer service'}],
        address: {street: 'Hämeenkatu 10', postalCode: '33100', locality: 'Tampere'},
      },
      contacts: [{role: 'dpo', name: 'Jaana Korhonen', email: 'dpo@northwind.example', phone: '+358 40 765 4321'}],
      cookies: {
        services: [
          {name: 'Google Analytics', category: 'analytics', items: [], privacyPolicy: 'https://policies.google.com/privacy'},
          {name: 'Meta Pixel', category: 'marketing', items: []},
        ],
      },
    },
    run: (s) => importNotice(s, {fileName: 'privacy.html'}),
  },
  'consultancy, English, hard-wrapped text': {
    source: () => fixture('brightline-clients.en.txt'),
    notice: (s) =>
      s
        .split('\n')
        .filter((l) => !/^(Skip to content|Menu|Contact us|Want to hear|and we will call)/.test(l))
        .join('\n'),
    language: 'en',
    kinds: ['controller', 'contact', 'purposes', 'data-categories', 'sources', 'recipients', 'retention', 'rights', 'security'],
    facts: {
      title: 'PRIVACY NOTICE – CLIENT REGISTER',
      updated: '2024-06-03',
      controller: {
        name: 'Brightline Advisory Ltd',
        businessId: '2736418-9',
        phone: '+358 9 876 5432',
        url: 'https://www.brightline.example',
        address: {street: 'Mannerheimintie 12 B', postalCode: '00100', locality: 'Helsinki'},
      },
      contacts: [
        {
          role: 'register-contact',
          name: 'Laura Virtanen',
          title: 'Office Manager',
          email: 'laura.virtanen@brightline.example',
          phone: '+358 50 111 2233',
        },
      ],
      rights: [
        {type: 'access'},
        {type: 'rectification'},
        {type: 'objection-direct-marketing'},
        {type: 'portability', offered: false},
        {type: 'complaint'},
      ],
    },
    run: (s) => importNotice(s, {fileName: 'clients.txt'}),
  },
  'consultancy, Swedish, .docx': {
    source: () => NORRSKEN.map(([text]) => text).join('\n'),
    notice: (s) => s,
    language: 'sv',
    kinds: ['controller', 'dpo', 'purposes', 'legal-basis', 'data-categories', 'recipients', 'retention', 'rights', 'automated-decisions'],
    facts: {
      title: 'Dataskyddsbeskrivning – kundregister',
      updated: '2024-11-01',
      controller: {
        name: 'Konsultbolaget Norrsken AB',
        businessId: '556677-8899',
        email: 'kontakt@norrsken.example',
        address: {street: 'Sveavägen 20', postalCode: '111 57', locality: 'Stockholm'},
      },
      contacts: [
        {role: 'dpo', name: 'Erik Holm', title: 'Dataskyddsombud', email: 'dataskyddsombud@norrsken.example', phone: '08-123 456 78'},
      ],
      rights: [
        {type: 'access'},
        {type: 'rectification'},
        {type: 'erasure'},
        {type: 'restriction'},
        {type: 'objection'},
        {type: 'complaint'},
      ],
    },
    run: async () => importDocx(await docx(NORRSKEN)),
  },
};

const figures: string[] = [];

describe('importNotice on our own notices', () => {
  it.each(Object.keys(cases))('%s', async (name) => {
    const c = cases[name];
    const source = c.source();
    const result = await c.run(source);
    expect(result.error).toBeUndefined();
    const document = result.document!;
    expect(validateNotice(document).ok).toBe(true);
    expect(document.languages).toEqual([c.language]);
    const kept = coverage(c.notice(source), document);
    expect(kept).toBeGreaterThanOrEqual(0.98);
    const kinds = kindAccuracy(document, c.kinds);
    expect(document.sections.map((s) => s.kind)).toEqual(c.kinds);
    const facts = compareFacts(c.facts, document);
    expect(facts.missed).toEqual([]);
    const invented = inventedFacts(result, source);
    expect(invented).toEqual([]);
    figures.push(
      `${name}: coverage ${kept.toFixed(3)}, kinds ${(kinds * 100).toFixed(0)} % of ${c.kinds.length}, facts ${facts.found.length} found / ${facts.missed.length} missed / ${invented.length} invented, ${result.report.dropped.length} dropped`
    );
  });

  it('prints the figures', () => {
    console.info(figures.join('\n'));
    expect(figures).toHaveLength(Object.keys(cases).length);
  });

  it('lists the web page furniture it dropped', () => {
    const {report} = importNotice(fixture('northwind-webshop.en.html'));
    const reasons = report.dropped.map((d) => `${d.reason}: ${d.text}`).join('\n');
    expect(reasons).toContain('Cart (0)');
    expect(reasons).toContain('Accept all');
    expect(reasons).toContain('Subscribe to our newsletter');
    expect(reasons).toContain('spring sale');
  });
});

describe('round trip', () => {
  // The visible text of a rendered notice, imported again, gives the same sections.
  it.each(['forening-medlemsregister.sv.md', 'northwind-webshop.en.html', 'brightline-clients.en.txt'])('%s', async (file) => {
    const first = importNotice(fixture(file), {fileName: file}).document!;
    const rendered = await renderStaticNotice(first);
    expect(rendered.html).toBeTruthy();
    const again = importNotice(rendered.html!, {format: 'html'}).document!;
    const sections = (d: typeof first) => d.sections.map((s) => `${s.number ?? ''} ${String(s.title)} → ${s.kind}`);
    // The rendered page adds the widget's own parts (contact cards, the request form): the notice's sections are all
    // there, in order, with the same numbers, titles and kinds.
    const mine = sections(first);
    const theirs = sections(again).filter((s) => mine.includes(s));
    expect(theirs).toEqual(mine);
    expect(again.title).toBe(first.title);
  });
});

describe('input formats', () => {
  it('guesses the format from the name, else the text', () => {
    expect(detectFormat('x', 'a.md')).toBe('markdown');
    expect(detectFormat('<!doctype html><p>x</p>')).toBe('html');
    expect(detectFormat('## Rekisterinpitäjä\n\nAcme Oy')).toBe('markdown');
    expect(detectFormat('1. REKISTERIN PITÄJÄ\n\nAcme Oy\n- nimi')).toBe('text');
  });

  it('reads Markdown setext headings, escaped numbers, bold pseudo-headings and admonitions', () => {
    const {document} = importNotice(
      'Tietosuojaseloste\n=================\n\nRekisterinpitäjä\n----------------\n\nAcme Oy, Y-tunnus 0112038-9\n\n**Oikeusperuste:**\n\nSopimus.\n\n2\\. Säilytysaika\n---\n\n!!! note "Huom"\n    Tiedot poistetaan kahden vuoden kuluttua.\n',
      {format: 'markdown'}
    );
    expect(document!.title).toBe('Tietosuojaseloste');
    expect(document!.sections.map((s) => [s.number, s.title, s.kind])).toEqual([
      [undefined, 'Rekisterinpitäjä', 'controller'],
      ['2', 'Säilytysaika', 'retention'],
    ]);
    expect(document!.sections[0].body).toBe('<p>Acme Oy, Y-tunnus 0112038-9</p><p><strong>Oikeusperuste</strong></p><p>Sopimus.</p>');
    expect(document!.sections[1].body).toContain('<strong>Note: Huom</strong>');
    expect(document!.controller).toMatchObject({name: 'Acme Oy', businessId: '0112038-9'});
  });

  it('says when the input holds no notice', () => {
    expect(importNotice('').error).toMatch(/no text/);
    expect(importNotice('<html><body><nav>Home</nav><p>Buy our boats!</p></body></html>').error).toMatch(/no privacy notice/);
  });

  it('invents no controller: the title stands in, reported', () => {
    const {document, report} = importNotice('Tietosuojaseloste\n\nRekisterin tietosisältö\n\nNimi ja sähköpostiosoite.\n');
    expect(document!.controller.name).toBe('Tietosuojaseloste');
    expect(report.authorMustAdd.map((a) => a.path)).toContain('controller.name');
  });
});

describe('hostile input', () => {
  const notice = '<h2>Rekisterinpitäjä</h2><p>Acme Oy</p><h2>Rekisterin tietosisältö</h2><p>Nimi ja henkilötiedot.</p>';

  it('deeply nested HTML', () => {
    const result = importNotice('<div>'.repeat(100_000) + notice + '</div>'.repeat(100_000), {format: 'html'});
    expect(result.document?.sections.map((s) => s.kind)).toEqual(['controller', 'data-categories']);
  });

  it('a 1 MB line', () => {
    const line = 'henkilötiedot '.repeat(80_000);
    for (const format of ['text', 'markdown', 'html'] as const) {
      const result = importNotice(`Rekisterinpitäjä\n\nAcme Oy\n\nRekisterin tietosisältö\n\n${line}\n`, {format});
      expect(result.document, format).toBeDefined();
      expect(validateNotice(result.document).ok).toBe(true);
    }
    expect(importNotice('*a '.repeat(400_000), {format: 'markdown'}).error ?? 'ok').toBeTruthy();
    expect(importNotice('a@'.repeat(500_000) + ' 0'.repeat(300_000)).error ?? 'ok').toBeTruthy();
  });

  it('a 5 MB HTML page', () => {
    const section = (i: number) =>
      `<h2>${i}. Rekisterin tietosisältö</h2>` +
      '<p>Rekisteriin tallennetaan nimi, osoite ja puhelinnumero sekä muut henkilötiedot.</p>'.repeat(50);
    const page = `<html><body><nav>${'<a href="/x">Linkki</a>'.repeat(1000)}</nav><main>${Array.from({length: 1200}, (_, i) => section(i + 1)).join('')}</main></body></html>`;
    expect(page.length).toBeGreaterThan(5_000_000);
    const started = Date.now();
    const result = importNotice(page);
    console.info(`5 MB HTML page: ${page.length} characters imported in ${Date.now() - started} ms`);
    expect(result.document?.sections).toHaveLength(1200);
  }, 30_000);

  it('input over the limit is refused', () => {
    expect(importNotice('x'.repeat(10 * 1024 * 1024 + 1)).error).toMatch(/limit/);
  });

  it('a zip bomb posing as .docx is refused before inflating', async () => {
    const bytes = await docx(NORRSKEN);
    // Declare 3 GB for the first entry in the central directory, as a bomb does.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let eocd = bytes.length - 22;
    while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
    const cd = view.getUint32(eocd + 16, true);
    view.setUint32(cd + 24, 3_000_000_000, true);
    expect(() => inspectZip(bytes)).toThrow(/zip bomb/);
    const result = await importDocx(bytes);
    expect(result.error).toMatch(/zip bomb/);
    expect(result.document).toBeUndefined();
  });

  it('not a .docx', async () => {
    expect((await importDocx(new TextEncoder().encode('PK\x03\x04 not really a zip'))).error).toMatch(/zip|docx/);
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    expect((await importDocx(await zip.generateAsync({type: 'uint8array'}))).error).toMatch(/not a Word document/);
  });
});
