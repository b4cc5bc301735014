/**
 * What the checker reports: its types, and every warning code with the
 * article it is about and why it matters.
 */
import type {NoticeDocument} from '../schema.js';
import type {Issue} from '../shape.js';

/** Something a valid document lacks or gets wrong; never stops it loading. */
export interface CheckWarning {
  /** Stable identifier, e.g. `retention-missing`: tools may filter on it. */
  code: WarningCode;
  /** Where, as in `sections[3]`; empty for the whole document. */
  path: string;
  /** What the checker found, in one sentence. */
  message: string;
  /** The GDPR article (or law) the item comes from, e.g. `Art. 13(2)(a)`. */
  article?: string;
  /** One plain line on why it matters. */
  why?: string;
}

/** What `checkNotice` found. */
export interface CheckReport {
  /** True when the document can be shown: no errors (warnings allowed). */
  valid: boolean;
  /**
   * Set when the checker itself failed (a bug): the document was not judged,
   * `valid` is false and `errors` says "could not be checked: …".
   */
  failed?: true;
  /** The checked document, when valid. */
  notice?: NoticeDocument;
  /** Why the document cannot be used, each with its path. */
  errors: Issue[];
  warnings: CheckWarning[];
}

/** Every warning code, with the article it is about (if any) and why it matters. */
export const WARNINGS = {
  'unknown-key': {
    why: 'It is ignored: a typo or a key from a newer version of the format.',
  },
  'controller-contact-missing': {
    article: 'Art. 13(1)(a), 14(1)(a)',
    why: 'People must be able to reach the controller to ask about or object to the processing.',
  },
  'controller-identity-unclear': {
    article: 'Art. 13(1)(a), 14(1)(a), 26',
    why: 'People must know which legal person answers for their data: when a company keeps the register, the company (and any joint controllers) is the controller, not the name of a person.',
  },
  'dpo-missing': {
    article: 'Art. 37, 13(1)(b)',
    severity: 'notice',
    why: 'If you must appoint a data protection officer (Art. 37: public authorities, and controllers whose core activities are large-scale monitoring of people or large-scale processing of sensitive data), the notice must say how to reach them; if you need not, ignore this.',
  },
  'dpo-contact-missing': {
    article: 'Art. 13(1)(b), 14(1)(b)',
    why: 'Where a data protection officer is appointed, the notice must say how to reach them.',
  },
  'contact-empty': {
    article: 'Art. 13(1)(a)(b), 14(1)(a)(b)',
    why: 'A field or label with nothing in it looks like a way to reach the controller but gives none.',
  },
  'phone-too-short': {
    article: 'Art. 13(1)(a)(b), 14(1)(a)(b)',
    why: 'A number with so few digits cannot be dialled, so nobody can reach the controller by it.',
  },
  'purposes-missing': {
    article: 'Art. 13(1)(c), 14(1)(c)',
    why: 'People must be told what their data is used for.',
  },
  'legal-basis-missing': {
    article: 'Art. 13(1)(c), 14(1)(c)',
    why: 'Each purpose needs a legal basis (consent, contract, legal obligation, legitimate interests…), and people must be told which.',
  },
  'purpose-without-legal-basis': {
    article: 'Art. 13(1)(c), 14(1)(c)',
    why: 'Each purpose needs its own legal basis; the other purposes here name theirs.',
  },
  'legal-basis-vague': {
    article: 'Art. 13(1)(c), 14(1)(c), 6(1)',
    why: 'A relationship, a position or "as the law allows" is not a legal basis: name one of Art. 6(1) — consent, contract, legal obligation, vital interests, public task or legitimate interests.',
  },
  'legitimate-interests-unexplained': {
    article: 'Art. 13(1)(d), 14(2)(b)',
    why: 'When processing rests on legitimate interests, people must be told what those interests are, so they can weigh an objection.',
  },
  'data-categories-missing': {
    article: 'Art. 14(1)(d)',
    why: 'When data is not collected from the person, the notice must list the categories of data concerned.',
  },
  'recipients-missing': {
    article: 'Art. 13(1)(e), 14(1)(e)',
    why: 'People must be told who receives their data, or that nobody outside the controller does.',
  },
  'transfers-unstated': {
    article: 'Art. 13(1)(f), 14(1)(f)',
    why: 'People must be told whether their data leaves the EU/EEA.',
  },
  'transfer-safeguards-missing': {
    article: 'Art. 13(1)(f), 14(1)(f)',
    why: 'A transfer outside the EU/EEA needs an adequacy decision or safeguards (e.g. standard contractual clauses), and the notice must name them and how to get a copy.',
  },
  'privacy-shield': {
    article: 'Art. 13(1)(f), 45',
    why: 'The EU Court of Justice invalidated the EU–US Privacy Shield on 16 July 2020 (C-311/18, Schrems II); transfers to the US now need the EU–US Data Privacy Framework (2023) or other safeguards.',
  },
  'retention-missing': {
    article: 'Art. 13(2)(a), 14(2)(a)',
    why: 'People must be told how long their data is kept, or the criteria that decide it.',
  },
  'retention-no-period': {
    article: 'Art. 13(2)(a), 14(2)(a)',
    severity: 'notice',
    why: '"As long as necessary" is not enough (EU transparency guidelines WP260): give a period, such as two years after the customer relationship ends, where you can.',
  },
  'rights-missing': {
    article: 'Art. 13(2)(b), 14(2)(c)',
    why: 'People must be told their rights: access, rectification, erasure, restriction, objection and portability.',
  },
  'rights-list-missing': {
    article: 'Art. 13(2)(b), 14(2)(c)',
    why: 'The contact form offers the requests in `rights`, and this check cannot tell which rights prose names.',
  },
  'rights-incomplete': {
    article: 'Art. 13(2)(b), 14(2)(c)',
    why: 'The notice must name each of these rights (portability where processing rests on consent or a contract), or people may not know they have them.',
  },
  'right-refused': {
    article: 'Art. 12–22',
    severity: 'notice',
    why: 'A right may be refused only where the GDPR allows it (portability, for example, applies only to processing based on consent or a contract, Art. 20): check that this refusal is lawful.',
  },
  'objection-direct-marketing-refused': {
    article: 'Art. 21(2)(3)',
    why: 'People can always object to direct marketing, and the processing for it must then stop; this right can never be refused.',
  },
  'withdraw-consent-missing': {
    article: 'Art. 13(2)(c), 14(2)(d)',
    why: 'Where processing rests on consent, people must be told they can withdraw it at any time (Art. 7(3)).',
  },
  'withdraw-consent-refused': {
    article: 'Art. 7(3), 13(2)(c), 14(2)(d)',
    why: 'Consent can be withdrawn at any time, as easily as it was given; a notice cannot take that away.',
  },
  'complaint-missing': {
    article: 'Art. 13(2)(d), 14(2)(e)',
    why: 'People must be told they can complain to a supervisory authority; in Finland the Data Protection Ombudsman (tietosuojavaltuutettu).',
  },
  'complaint-refused': {
    article: 'Art. 77, 13(2)(d), 14(2)(e)',
    why: 'Everyone has the right to complain to a supervisory authority; a notice cannot take it away.',
  },
  'requirement-missing': {
    article: 'Art. 13(2)(e)',
    why: 'People must know whether they have to give the data (by law or contract) and what happens if they do not.',
  },
  'source-missing': {
    article: 'Art. 14(2)(f)',
    why: 'When data is not collected from the person, the notice must say where it comes from, and whether from public sources.',
  },
  'automated-decisions-missing': {
    article: 'Art. 13(2)(f), 14(2)(g)',
    why: 'The notice must say whether automated decisions or profiling are used (even if only to say they are not).',
  },
  'repealed-law': {
    article: 'Tietosuojalaki 1050/2018',
    why: "Finland's Personal Data Act (henkilötietolaki 523/1999) was repealed on 1 January 2019, Sweden's (personuppgiftslagen 1998:204) on 25 May 2018; the GDPR and the national acts (tietosuojalaki 1050/2018, dataskyddslagen 2018:218) apply instead.",
  },
  'updated-missing': {
    article: 'Art. 12(1), 13(3)',
    severity: 'notice',
    why: 'Without a date, readers cannot tell whether the notice is current or which version they agreed to; give `updated` or a `changes` entry.',
  },
  'business-id-check-digit': {
    article: 'Art. 13(1)(a)',
    why: 'A wrong business ID makes the controller harder to identify in the Finnish Trade Register (YTJ).',
  },
  'business-id-format': {
    article: 'Art. 13(1)(a)',
    why: 'A Finnish business ID (Y-tunnus) is written 1234567-8.',
  },
  'language-missing': {
    why: 'Readers who choose this language see these texts in another language instead.',
  },
  'language-undeclared': {
    why: 'Only the languages listed in `languages` can be chosen by readers.',
  },
  'insecure-link': {
    why: 'Links over http: can be read and changed on the way; use https:.',
  },
} as const satisfies Record<string, {article?: string; severity?: 'notice'; why: string}>;

export type WarningCode = keyof typeof WARNINGS;

/**
 * How much a warning weighs: `notice` for the gentle ones (true, but perhaps
 * not a gap for this controller), `warning` for the rest.
 */
export const severityOf = (code: WarningCode): 'warning' | 'notice' => (WARNINGS[code] as {severity?: 'notice'}).severity ?? 'warning';

/** A warning with its code's article and reason. */
export function warning(code: WarningCode, path: string, message: string): CheckWarning {
  const entry: {article?: string; why: string} = WARNINGS[code];
  return {code, path, message, ...(entry.article && {article: entry.article}), why: entry.why};
}
