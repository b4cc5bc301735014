/**
 * The checker's exact warnings for the five seed notices in demo/notices/.
 * Each was read against its notice and is a true statement about it (the
 * seeds are real pre-2018 Finnish notices: incomplete under GDPR). When a
 * seed or a rule changes, re-read the notice before updating this list.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkNotice} from '../../src/document/check.js';

const expected: Record<string, string[]> = {
  'arbonaut-proms': [
    'legal-basis-missing @ sections[1]: No legal basis found: no section of kind "legal-basis", no `legalBasis` on a purpose, and no purpose text that names one (consent, contract, legal obligation, legitimate interests…).',
    'retention-missing @ sections: No retention period found: no section of kind "retention", no `retention` facts, and no text about how long data is kept.',
    'rights-incomplete @ rights: The rights list does not name rectification, erasure, restriction, objection and portability.',
    'complaint-missing @ rights: No right to complain to a supervisory authority found: no section of kind "complaint", no "complaint" right, and no mention of the authority (tietosuojavaltuutettu) among the rights.',
    'requirement-missing @ sections: Nothing says whether giving the data is required by law or contract, or what happens if it is not given: no section of kind "requirement".',
    'automated-decisions-missing @ sections: Nothing says whether automated decisions or profiling are used: no section of kind "automated-decisions" and no text about them.',
    'repealed-law @ legalReferences[0]: The notice refers to the Personal Data Act (henkilötietolaki 523/1999), which is no longer in force.',
  ],
  'aristokrata-prosist': [
    'transfer-safeguards-missing @ sections[8]: Section "transfers" allows transfers outside the EU/EEA; Google Analytics (cookies.services[0]) sends data to US, but the notice names no adequacy decision, standard contractual clauses or other safeguard.',
    'retention-missing @ sections: No retention period found: no section of kind "retention", no `retention` facts, and no text about how long data is kept.',
    'rights-incomplete @ rights: The rights list does not name erasure, restriction and portability.',
    'withdraw-consent-missing @ sections[4].purposes[1]: The purpose "Suoramainonta ja muu suoramarkkinointi, muut vastaavat os…" rests on consent (A6-1-a), but nothing says consent can be withdrawn.',
    'complaint-missing @ rights: No right to complain to a supervisory authority found: no section of kind "complaint", no "complaint" right, and no mention of the authority (tietosuojavaltuutettu) among the rights.',
    'requirement-missing @ sections: Nothing says whether giving the data is required by law or contract, or what happens if it is not given: no section of kind "requirement".',
    'automated-decisions-missing @ sections: Nothing says whether automated decisions or profiling are used: no section of kind "automated-decisions" and no text about them.',
    'repealed-law @ legalReferences[0]: The notice refers to the Personal Data Act (henkilötietolaki 523/1999), which is no longer in force.',
    'insecure-link @ sections[11].body: http://www.google.fi/policies/privacy/ uses http:, not https:.',
  ],
  'arjasmaa': [
    'purpose-without-legal-basis @ sections[2].purposes[1]: The purpose "Yrityksen toiminnan kehittäminen ja tilastolliset tarkoit…" has no `legalBasis`, while other purposes have one.',
    'purpose-without-legal-basis @ sections[2].purposes[2]: The purpose "Henkilökohtaisemman kohdennetun sisällön tuottaminen verk…" has no `legalBasis`, while other purposes have one.',
    'purpose-without-legal-basis @ sections[2].purposes[3]: The purpose "Asiakasrekisterin tietojen julkaiseminen luettelona, esim…" has no `legalBasis`, while other purposes have one.',
    'transfer-safeguards-missing @ cookies.services[0]: Google Analytics (cookies.services[0]) sends data to US, but the notice names no adequacy decision, standard contractual clauses or other safeguard.',
    'retention-missing @ sections: No retention period found: no section of kind "retention", no `retention` facts, and no text about how long data is kept.',
    'complaint-missing @ rights: No right to complain to a supervisory authority found: no section of kind "complaint", no "complaint" right, and no mention of the authority (tietosuojavaltuutettu) among the rights.',
    'requirement-missing @ sections: Nothing says whether giving the data is required by law or contract, or what happens if it is not given: no section of kind "requirement".',
    'automated-decisions-missing @ sections: Nothing says whether automated decisions or profiling are used: no section of kind "automated-decisions" and no text about them.',
    'repealed-law @ legalReferences[0]: The notice refers to the Personal Data Act (henkilötietolaki 523/1999), which is no longer in force.',
  ],
  'pro-tyoturva': [
    'legal-basis-missing @ sections[3]: No legal basis found: no section of kind "legal-basis", no `legalBasis` on a purpose, and no purpose text that names one (consent, contract, legal obligation, legitimate interests…).',
    'retention-missing @ sections: No retention period found: no section of kind "retention", no `retention` facts, and no text about how long data is kept.',
    'rights-incomplete @ rights: The rights list does not name access, rectification, erasure, restriction and portability.',
    'withdraw-consent-missing @ sections[4]: Section "data-content" names consent as a ground for processing, but nothing says consent can be withdrawn.',
    'complaint-missing @ rights: No right to complain to a supervisory authority found: no section of kind "complaint", no "complaint" right, and no mention of the authority (tietosuojavaltuutettu) among the rights.',
    'requirement-missing @ sections: Nothing says whether giving the data is required by law or contract, or what happens if it is not given: no section of kind "requirement".',
    'automated-decisions-missing @ sections: Nothing says whether automated decisions or profiling are used: no section of kind "automated-decisions" and no text about them.',
    'insecure-link @ controller.url: http://www.protyoturva.fi/ uses http:, not https:.',
    'insecure-link @ sections[0].body: http://www.protyoturva.fi/ uses http:, not https:.',
  ],
  'propentus': [
    'privacy-shield @ sections[8]: The notice relies on the EU–US Privacy Shield, which is no longer valid.',
    'retention-no-period @ sections[10]: Retention is described only by criteria: no period of time (such as "2 years" or a `duration`) is given.',
    'rights-incomplete @ rights: The rights list does not name restriction, objection and portability.',
    'withdraw-consent-missing @ sections[3].purposes[1]: The purpose "Uusien asiakas- ja yhteistyösuhteiden luominen suoramarkk…" rests on consent (A6-1-a), but nothing says consent can be withdrawn.',
    'requirement-missing @ sections: Nothing says whether giving the data is required by law or contract, or what happens if it is not given: no section of kind "requirement".',
    'repealed-law @ legalReferences[0]: The notice refers to the Personal Data Act (henkilötietolaki 523/1999), which is no longer in force.',
  ],
};

describe('checkNotice on the seed notices', () => {
  it.each(Object.keys(expected))('%s: valid, with exactly its real gaps', (name) => {
    const text = readFileSync(new URL(`../../demo/notices/${name}.json`, import.meta.url), 'utf8');
    const report = checkNotice(text);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.warnings.map((w) => `${w.code} @ ${w.path}: ${w.message}`)).toEqual(expected[name]);
  });

  it('finds the gaps every seed shares', () => {
    for (const name of Object.keys(expected)) {
      const codes = expected[name].map((line) => line.split(' ')[0]);
      // None states whether giving the data is required by law or contract…
      expect(codes, name).toContain('requirement-missing');
      // …nor gives a retention period.
      expect(codes.some((code) => code === 'retention-missing' || code === 'retention-no-period'), name).toBe(true);
    }
  });
});
