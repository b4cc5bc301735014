/**
 * The five seed notices: the real texts they were made from (shared/seeds/,
 * beside the repository) and the documents made from them (demo/notices/).
 * Shared by seed-fidelity.test.ts and seed-facts.test.ts.
 */
import {existsSync, readFileSync} from 'node:fs';
import type {NoticeDocument} from '../../src/document/schema.js';

const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const noticesDir = new URL('../../demo/notices/', import.meta.url);

export interface Seed {
  /** demo/notices/<name>.json */
  name: string;
  /** shared/seeds/<file> */
  file: string;
  /**
   * Lines of the page the text was copied from that are not the notice (a
   * login box, a sales block after the notice, a link's address repeated),
   * the same lines import-seeds.test.ts lists for the importer. They are left
   * out of the text a document is measured against; seed 002's last line,
   * with its own phone number +358 (0)10 321 3152, is one of them.
   */
  chrome: string[];
}

export const SEEDS: Seed[] = [
  {name: 'arbonaut-proms', file: '000_b637b4023ffd70b5.txt', chrome: ['mailto:proms@arbonaut.com']},
  {name: 'aristokrata-prosist', file: '001_597d04846a1ade29.txt', chrome: []},
  {
    name: 'propentus',
    file: '002_ecf86816e8bf7385.txt',
    chrome: [
      'Login to your account',
      'Username *',
      'Password *',
      'Ota yhteyttä',
      'Haluatko kuulla lisää tai nähdä demon? Ota yhteyttä identiteetinhallinnan asiantuntijaamme tai jätä soittopyyntö.',
      'Katsotaan yhdessä miten organisaatiosi hyötyisi eniten Propentus United Identity -palvelukokonaisuudesta.',
      'Tämä sähköpostiosoite on suojattu spamboteilta. Tarvitset JavaScript-tuen nähdäksesi sen. +358 (0)10 321 3152',
    ],
  },
  {name: 'arjasmaa', file: '003_3707d14185269fe4.txt', chrome: []},
  {
    name: 'pro-tyoturva',
    file: '004_6d065ad1fc66e94d.txt',
    chrome: [
      'Ota yhteyttä',
      'Kiinnostuitko? Heräsikö lisäkysymyksiä? Kerromme mielellämme lisää - jätä yhteystietosi alla olevalla lomakkeella, niin palaamme tuota pikaa asiaan!',
      '*pakollinen kenttä',
      'Palvelua toteuttamassa',
    ],
  },
];

export const seedsPresent = () => existsSync(seedsDir);

/** The seed's notice text: every line but its page chrome. */
export function seedText(seed: Seed): string {
  const raw = readFileSync(new URL(seed.file, seedsDir), 'utf8');
  return raw
    .split('\n')
    .filter((line) => !seed.chrome.includes(line.replace(/[\s\u00a0]+/g, ' ').trim()))
    .join('\n');
}

export function seedDocument(seed: Seed): NoticeDocument {
  return JSON.parse(readFileSync(new URL(`${seed.name}.json`, noticesDir), 'utf8'));
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '};

/** Rich text as plain text: tags become spaces, entities their characters. */
export const plainText = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? entity)
    );

/** Lower-case words (letters and digits), for comparing texts regardless of punctuation and layout. */
export const words = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Words joined by single spaces: `includes` then finds a phrase in a text. */
export const flat = (text: string) => ` ${words(text).join(' ')} `;

/** A localised string in the document's first language (a plain string is that language). */
export function original(value: unknown, language: string): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const text = (value as Record<string, unknown>)[language];
    return typeof text === 'string' ? text : undefined;
  }
  return undefined;
}

/**
 * The document as its original language reads: each localised text (an
 * object of language tag → text) replaced by its text in `language`.
 */
export function inLanguage(document: NoticeDocument, language = document.languages[0]): NoticeDocument {
  const tags = new Set(document.languages);
  const pick = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(pick);
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value);
    if (entries.length && entries.every(([key, text]) => tags.has(key) && typeof text === 'string'))
      return (value as Record<string, string>)[language];
    return Object.fromEntries(entries.map(([key, inner]) => [key, pick(inner)]));
  };
  return pick(document) as NoticeDocument;
}
