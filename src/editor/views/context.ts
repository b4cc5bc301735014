/**
 * What every view of the editor gets: the document, a way to change it, and
 * the checker's findings placed at the fields they concern.
 */
import type {CheckWarning} from '../../document/check.js';
import type {NoticeDocument} from '../../document/schema.js';
import type {Issue} from '../../document/shape.js';
import type {Path} from '../edit.js';

export interface Finding {
  severity: 'error' | 'warning' | 'notice' | 'unfilled';
  path: string;
  message: string;
  article?: string;
  code?: string;
}

export interface EditorContext {
  notice: NoticeDocument;
  languages: readonly string[];
  locale: string;
  /** Sets the value at `path`; `undefined` removes it. */
  set(path: Path, value: unknown): void;
  /** Replaces the whole document (one undo step). */
  replace(notice: NoticeDocument): void;
  /** The findings whose place in the editor is `anchor`. */
  findingsAt(anchor: string): Finding[];
  /** Announces a short message to screen readers. */
  announce(message: string): void;
  /** After the next render, focuses the first of `selectors` that matches and is enabled. */
  focusAfter(...selectors: string[]): void;
}

/** A path as the checker writes it: `sections[2].title`. */
export const pathString = (path: Path): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');

export function toFindings(
  errors: Issue[],
  warnings: CheckWarning[],
  unfilled: {path: string; text: string}[],
  severityOf: (code: CheckWarning['code']) => 'warning' | 'notice'
): Finding[] {
  return [
    ...errors.map((e): Finding => ({severity: 'error', path: e.path, message: e.message})),
    ...warnings.map((w): Finding => ({severity: severityOf(w.code), path: w.path, message: w.message, article: w.article, code: w.code})),
    ...unfilled.map((u): Finding => ({severity: 'unfilled', path: u.path, message: u.text})),
  ];
}

/** The anchor (a place the editor renders) that a finding's path belongs to: the longest prefix. */
export function anchorOf(path: string, anchors: ReadonlySet<string>): string {
  let best = '';
  for (const anchor of anchors)
    if ((path === anchor || path.startsWith(`${anchor}.`) || path.startsWith(`${anchor}[`)) && anchor.length > best.length) best = anchor;
  return best;
}

/** The places of a person's or team's card (./reach.ts), for `anchorsOf`. */
function reachAnchors(who: {emails?: unknown[]; phones?: unknown[]} | undefined, at: string): string[] {
  const out = [
    'email',
    'phone',
    'emails',
    'phones',
    'address',
    'address.street',
    'address.postalCode',
    'address.locality',
    'address.country',
  ].map((k) => `${at}.${k}`);
  (who?.emails ?? []).forEach((_, j) => out.push(`${at}.emails[${j}]`, `${at}.emails[${j}].address`, `${at}.emails[${j}].label`));
  (who?.phones ?? []).forEach((_, j) => out.push(`${at}.phones[${j}]`, `${at}.phones[${j}].number`, `${at}.phones[${j}].label`));
  return out;
}

/** Every place the editor renders with `data-path`, for `anchorOf`. */
export function anchorsOf(notice: NoticeDocument): Set<string> {
  const out = new Set([
    '',
    'id',
    'title',
    'languages',
    'updated',
    'effective',
    'version',
    'summary',
    'introduction',
    'legalReferences',
    'controller',
    'contacts',
    'sections',
    'rights',
    'cookies',
    'cookies.description',
    'changes',
  ]);
  const {controller} = notice;
  for (const key of ['name', 'businessId', 'url', 'representative', 'representative.name', 'representative.url'])
    out.add(`controller.${key}`);
  reachAnchors(controller, 'controller').forEach((a) => out.add(a));
  reachAnchors(controller.representative, 'controller.representative').forEach((a) => out.add(a));
  (notice.legalReferences ?? []).forEach((_, i) => out.add(`legalReferences[${i}]`));
  (notice.contacts ?? []).forEach((contact, i) => {
    out.add(`contacts[${i}]`);
    for (const key of ['role', 'name', 'title']) out.add(`contacts[${i}].${key}`);
    reachAnchors(contact, `contacts[${i}]`).forEach((a) => out.add(a));
  });
  notice.sections.forEach((section, i) => {
    for (const key of ['', '.id', '.kind', '.kinds', '.number', '.title', '.body', '.purposes', '.retention'])
      out.add(`sections[${i}]${key}`);
    (section.purposes ?? []).forEach((_, j) =>
      ['', '.purpose', '.legalBasis', '.legitimateInterest'].forEach((k) => out.add(`sections[${i}].purposes[${j}]${k}`))
    );
    (section.retention ?? []).forEach((_, j) =>
      ['', '.data', '.duration', '.criteria', '.text'].forEach((k) => out.add(`sections[${i}].retention[${j}]${k}`))
    );
  });
  (notice.rights ?? []).forEach((_, i) => ['', '.text'].forEach((k) => out.add(`rights[${i}]${k}`)));
  (notice.cookies?.services ?? []).forEach((service, i) => {
    for (const key of ['', '.name', '.provider', '.category', '.purpose', '.privacyPolicy', '.transferCountry', '.items'])
      out.add(`cookies.services[${i}]${key}`);
    service.items.forEach((_, j) => out.add(`cookies.services[${i}].items[${j}]`).add(`cookies.services[${i}].items[${j}].description`));
  });
  (notice.changes ?? []).forEach((_, i) => ['', '.date', '.version', '.summary'].forEach((k) => out.add(`changes[${i}]${k}`)));
  return out;
}
