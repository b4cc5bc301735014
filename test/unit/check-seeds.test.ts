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
    'dpo-missing @ contacts: No data protection officer is named: no contact with role "dpo", no section of kind "dpo", and no text about one.',
    'legal-basis-missing @ sections[1]: No legal basis found: no section of kind "legal-basis", no `legalBasis` on a purpose, and no purpose text that names one (consent, contract, legal obligation, legitimate interests…).',
    'retention-missing @ sections: No retention period found: no section of kind "retention", no `retention` facts, and no text about how long data is kept.',
    'rights-incomplete @ rights: The rights list does not name rectification, erasure, restriction, objection and portability.',
    'complaint-missing @ rights: No right to complain to a supervisory authority found: no section of kind "complaint", no "complaint" right, and no mention of the authority (tietosuojavaltuutettu) among the rights.',
    'requirement-missing @ sections: Nothing says whether giving the data is required by law or contract, or what happens if it is not given: no section of kind "requirement".',
    'automated-decisions-missing @ sections: Nothing says whether automated decisions or profiling are used: no section of kind "automated-decisions" and no text about them.',
    'updated-missing @ updated: The notice does not say when it was last changed: no `updated` date and no `changes` entry.',
    'repealed-law @ legalReferences[0]: The notice refers to the Personal Data Act (henkilötietolaki 523/1999), which is no longer in force.',
  ],
  'aristokrata-prosist': [
    'dpo-missing @ contacts: No data protection officer is named: no contact with role "dpo", no section of kind "dpo", and no text about one.',
    'legal-basis-vague @ sections[3]: Section "legal-basis" gives "muun asiallisen yhteyden" as a ground for processing, which is not a legal basis of Art. 6(1).',
    'transfer-safeguards-missing @ sections[8]: Section "transfers" allows transfers outside the EU/EEA, but the notice names no adequacy decision, standard contractual clauses or other safeguard.',
    'retention-missing @ sections: No retention period found: no section of kind "retention", no `retention` facts, and no text about how long data is kept.',
    'rights-incomplete @ rights: The rights list does not name erasure, restriction, objection and portability (it names objecting to direct marketing, Art. 21(2), which is not the general right to object of Art. 21(1)).',
    'withdraw-consent-missing @ sections[3]: Section "legal-basis" names consent as a ground for processing, but nothing says consent can be withdrawn.',
    'complaint-missing @ rights: No right to complain to a supervisory authority found: no section of kind "complaint", no "complaint" right, and no mention of the authority (tietosuojavaltuutettu) among the rights.',
    'requirement-missing @ sections: Nothing says whether giving the data is required by law or contract, or what happens if it is not given: no section of kind "requirement".',
    'automated-decisions-missing @ sections: Nothing says whether automated decisions or profiling are used: no section of kind "automated-decisions" and no text about them.',
    'updated-missing @ updated: The notice does not say when it was last changed: no `updated` date and no `changes` entry.',
    'repealed-law @ legalReferences[0]: The notice refers to the Personal Data Act (henkilötietolaki 523/1999), which is no longer in force.',
    'insecure-link @ sections[11].body: http://www.google.fi/policies/privacy/ uses http:, not https: (also at cookies.services[0].privacyPolicy, cookies.description).',
  ],
  arjasmaa: [
    'controller-identity-unclear @ controller: The controller is named "Hanna Kemppe", with no legal form or business ID, while section "register-name" names the company "Arjasmaa Yhtiöt Oy": say which legal person is the controller (and any joint controllers).',
    'dpo-missing @ contacts: No data protection officer is named: no contact with role "dpo", no section of kind "dpo", and no text about one.',
    'legal-basis-vague @ sections[2]: Section "purposes" gives "henkilötietolain sallimissa ja edellyttämissä rajoissa" as a ground for processing, which is not a legal basis of Art. 6(1).',
    'transfer-safeguards-missing @ sections[5]: Section "disclosures" allows transfers outside the EU/EEA, but the notice names no adequacy decision, standard contractual clauses or other safeguard.',
    'retention-missing @ sections: No retention period found: no section of kind "retention", no `retention` facts, and no text about how long data is kept.',
    'complaint-missing @ rights: No right to complain to a supervisory authority found: no section of kind "complaint", no "complaint" right, and no mention of the authority (tietosuojavaltuutettu) among the rights.',
    'requirement-missing @ sections: Nothing says whether giving the data is required by law or contract, or what happens if it is not given: no section of kind "requirement".',
    'automated-decisions-missing @ sections: Nothing says whether automated decisions or profiling are used: no section of kind "automated-decisions" and no text about them.',
    'updated-missing @ updated: The notice does not say when it was last changed: no `updated` date and no `changes` entry.',
    'repealed-law @ legalReferences[0]: The notice refers to the Personal Data Act (henkilötietolaki 523/1999), which is no longer in force.',
  ],
  'pro-tyoturva': [
    'dpo-missing @ contacts: No data protection officer is named: no contact with role "dpo", no section of kind "dpo", and no text about one.',
    'legal-basis-missing @ sections[3]: No legal basis found: no section of kind "legal-basis", no `legalBasis` on a purpose, and no purpose text that names one (consent, contract, legal obligation, legitimate interests…).',
    'transfer-safeguards-missing @ sections[7]: Section "transfers" and the summary allow transfers outside the EU/EEA, but the notice names no adequacy decision, standard contractual clauses or other safeguard; consent allows a transfer only as explicit consent to it (Art. 49(1)(a)).',
    'retention-missing @ sections: No retention period found: no section of kind "retention", no `retention` facts, and no text about how long data is kept.',
    'rights-incomplete @ rights: The rights list does not name access, rectification, erasure, restriction, objection and portability (it names objecting to direct marketing, Art. 21(2), which is not the general right to object of Art. 21(1)).',
    'withdraw-consent-missing @ sections[4]: Section "data-content" names consent as a ground for processing, but nothing says consent can be withdrawn.',
    'complaint-missing @ rights: No right to complain to a supervisory authority found: no section of kind "complaint", no "complaint" right, and no mention of the authority (tietosuojavaltuutettu) among the rights.',
    'requirement-missing @ sections: Nothing says whether giving the data is required by law or contract, or what happens if it is not given: no section of kind "requirement".',
    'automated-decisions-missing @ sections: Nothing says whether automated decisions or profiling are used: no section of kind "automated-decisions" and no text about them.',
    'updated-missing @ updated: The notice does not say when it was last changed: no `updated` date and no `changes` entry.',
    'insecure-link @ controller.url: http://www.protyoturva.fi/ uses http:, not https: (also at sections[0].body).',
  ],
  propentus: [
    'legal-basis-vague @ sections[3]: Section "purposes" gives "lain sallimin tavoin" as a ground for processing, which is not a legal basis of Art. 6(1).',
    'transfer-safeguards-missing @ sections[8]: Section "disclosures-and-transfers" allows transfers outside the EU/EEA, but the notice names no adequacy decision, standard contractual clauses or other safeguard; the EU–US Privacy Shield it names is no longer valid.',
    'privacy-shield @ sections[8]: The notice relies on the EU–US Privacy Shield, which is no longer valid.',
    'retention-no-period @ sections[10]: Retention is described only by criteria: no period of time (such as "2 years" or a `duration`) is given.',
    'rights-incomplete @ rights: The rights list does not name restriction and portability.',
    'right-refused @ rights[3]: The notice states that it does not grant the right to object (rights[3]); whether that is lawful is for the author to review.',
    'withdraw-consent-missing @ sections[3]: Section "purposes" names consent as a ground for processing, but nothing says consent can be withdrawn.',
    'requirement-missing @ sections: Nothing says whether giving the data is required by law or contract, or what happens if it is not given: no section of kind "requirement".',
    'updated-missing @ updated: The notice does not say when it was last changed: no `updated` date and no `changes` entry.',
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
      expect(
        codes.some((code) => code === 'retention-missing' || code === 'retention-no-period'),
        name
      ).toBe(true);
    }
  });
});
