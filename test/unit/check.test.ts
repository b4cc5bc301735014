import {describe, expect, it} from 'vitest';
import {checkNotice, WARNINGS, type CheckWarning} from '../../src/document/check.js';
import type {NoticeDocument, NoticeSection, SectionKind} from '../../src/document/schema.js';

const section = (kind: SectionKind, body: string, extra: Partial<NoticeSection> = {}): NoticeSection => ({
  id: kind,
  kind,
  body,
  ...extra,
});

/** A small notice that covers every item of Art. 13/14: no warnings. */
const complete = (): NoticeDocument => ({
  schemaVersion: 1,
  id: 'acme-customers',
  languages: ['fi'],
  title: 'Tietosuojaseloste',
  updated: '2024-05-31',
  controller: {
    name: 'Acme Oy',
    businessId: '0112038-9',
    email: 'tietosuoja@acme.fi',
    address: {country: 'FI'},
    url: 'https://acme.fi/',
  },
  contacts: [{role: 'dpo', name: 'Maija Meikäläinen', email: 'dpo@acme.fi'}],
  sections: [
    section('controller', '<p>Acme Oy</p>'),
    section('dpo', '<p>Tietosuojavastaava Maija Meikäläinen.</p>'),
    section('purposes', '<p>Asiakkuus ja uutiskirje.</p>', {
      purposes: [
        {purpose: 'Asiakkuuden hoito', legalBasis: ['A6-1-b']},
        {purpose: 'Uutiskirje', legalBasis: ['A6-1-a']},
        {purpose: 'Verkkosivujen kehitys', legalBasis: ['A6-1-f'], legitimateInterest: 'Palvelun parantaminen'},
      ],
    }),
    section('data-categories', '<ul><li>Nimi</li></ul>'),
    section('sources', '<p>Asiakkaalta itseltään.</p>'),
    section('recipients', '<p>Ei luovuteta.</p>'),
    section('transfers', '<p>Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.</p>'),
    section('retention', '<p>Asiakastiedot säilytetään kaksi vuotta asiakkuuden päättymisestä.</p>', {
      retention: [{data: 'Asiakastiedot', duration: 'P2Y'}],
    }),
    section('rights', '<p>Sinulla on oikeus…</p>'),
    section('withdraw-consent', '<p>Voit peruuttaa suostumuksesi milloin tahansa.</p>'),
    section('complaint', '<p>Voit tehdä valituksen tietosuojavaltuutetulle.</p>'),
    section('requirement', '<p>Tietojen antaminen on sopimuksen edellytys.</p>'),
    section('automated-decisions', '<p>Automaattista päätöksentekoa ei käytetä.</p>'),
  ],
  rights: [
    {type: 'access'},
    {type: 'rectification'},
    {type: 'erasure'},
    {type: 'restriction'},
    {type: 'objection'},
    {type: 'portability'},
    {type: 'withdraw-consent'},
    {type: 'complaint'},
  ],
});

type Change = (doc: NoticeDocument) => void;

const withoutKind = (doc: NoticeDocument, kind: SectionKind) => {
  doc.sections = doc.sections.filter((s) => s.kind !== kind);
};

/** The warnings for `complete()` after `change`: [code, path, message]. */
function warningsAfter(change: Change): CheckWarning[] {
  const doc = complete();
  change(doc);
  const report = checkNotice(doc);
  expect(report.errors).toEqual([]);
  expect(report.valid).toBe(true);
  return report.warnings;
}
const codesAfter = (change: Change) => warningsAfter(change).map((w) => w.code);

describe('checkNotice', () => {
  it('has nothing to say about a complete notice', () => {
    expect(checkNotice(complete()).warnings).toEqual([]);
  });

  it('is the same for the object and its JSON text', () => {
    const doc = complete();
    doc.rights = [{type: 'access'}];
    expect(checkNotice(JSON.stringify(doc))).toEqual(checkNotice(doc));
  });

  it('reports a document it cannot use as not valid, with the validator errors', () => {
    const report = checkNotice({...complete(), updated: 'yesterday'});
    expect(report.valid).toBe(false);
    expect(report.notice).toBeUndefined();
    expect(report.errors).toEqual([
      {path: 'updated', message: '"yesterday" is not an ISO date like "2024-05-31"'},
    ]);
  });

  it('says where broken JSON breaks, as line and column', () => {
    const report = checkNotice('{\n  "schemaVersion": 1,\n  "id": ,\n}');
    expect(report.valid).toBe(false);
    expect(report.errors[0].message).toMatch(/^is not valid JSON: .*\(line 3, column 9\)$/);
  });

  it('passes unknown keys on as warnings with a code', () => {
    expect(warningsAfter((doc) => Object.assign(doc, {titel: 'x'}))).toEqual([
      {
        code: 'unknown-key',
        path: 'titel',
        message: 'is not a known key and is ignored — did you mean "title"?',
        why: WARNINGS['unknown-key'].why,
      },
    ]);
  });

  it('gives every warning its article and reason', () => {
    const doc = complete();
    doc.sections = [section('other', 'Hei.')];
    delete doc.rights;
    delete doc.contacts;
    doc.controller = {name: 'Acme Oy'};
    const warnings = checkNotice(doc).warnings;
    expect(warnings.length).toBeGreaterThan(8);
    for (const warning of warnings) {
      expect(warning.article).toMatch(/^Art\. \d+/);
      expect(warning.why).toBeTruthy();
      expect(WARNINGS[warning.code]).toBeDefined();
    }
  });
});

describe('GDPR Art. 13/14 completeness: each rule warns, and stops warning when covered', () => {
  it('controller-contact-missing (13(1)(a))', () => {
    const noContact: Change = (doc) => {
      doc.controller = {name: 'Acme Oy'};
      delete doc.contacts;
      withoutKind(doc, 'dpo');
    };
    expect(warningsAfter(noContact)).toMatchObject([
      {code: 'controller-contact-missing', path: 'controller', article: 'Art. 13(1)(a), 14(1)(a)'},
    ]);
    // An email address in the controller section's text is enough.
    expect(
      codesAfter((doc) => {
        noContact(doc);
        doc.sections[0].body = '<p>Acme Oy, tietosuoja@acme.fi</p>';
      })
    ).toEqual([]);
  });

  it('dpo-contact-missing (13(1)(b)) only when a DPO is mentioned', () => {
    expect(warningsAfter((doc) => (doc.contacts = [{role: 'dpo', name: 'Maija'}]))).toMatchObject([
      {code: 'dpo-contact-missing', path: 'contacts[0]'},
    ]);
    expect(
      codesAfter((doc) => {
        delete doc.contacts;
        withoutKind(doc, 'dpo');
        doc.sections[0].body = 'Tietosuojavastaavamme on Maija.';
      })
    ).toEqual(['dpo-contact-missing']);
    expect(
      codesAfter((doc) => {
        delete doc.contacts;
        withoutKind(doc, 'dpo');
      })
    ).toEqual([]);
    expect(
      codesAfter((doc) => {
        delete doc.contacts;
        doc.sections[1].body = 'Tietosuojavastaava: +358 40 123 4567';
      })
    ).toEqual([]);
  });

  it('purposes-missing and legal-basis-missing (13(1)(c))', () => {
    expect(
      codesAfter((doc) => {
        withoutKind(doc, 'purposes');
        doc.sections.push(section('other', 'Hei.'));
      })
    ).toEqual(['purposes-missing', 'legal-basis-missing']);
    const noBasis: Change = (doc) => {
      doc.sections[2] = section('purposes', 'Asiakkuuden hoito.');
    };
    expect(warningsAfter(noBasis)).toMatchObject([
      {code: 'legal-basis-missing', path: 'sections[2]', article: 'Art. 13(1)(c), 14(1)(c)'},
    ]);
    expect(
      codesAfter((doc) => {
        noBasis(doc);
        doc.sections[2].body = 'Käsittely perustuu asiakassopimukseen.';
      })
    ).toEqual([]);
    expect(
      codesAfter((doc) => {
        noBasis(doc);
        doc.sections.push(section('legal-basis', 'Sopimus.'));
      })
    ).toEqual([]);
    // The summary is a digest of the sections; its words do not count.
    expect(
      codesAfter((doc) => {
        noBasis(doc);
        doc.summary = 'Tietoja luovutetaan vain suostumuksellasi.';
      })
    ).toEqual(['legal-basis-missing']);
  });

  it('purpose-without-legal-basis, when other purposes have one', () => {
    expect(
      warningsAfter((doc) => doc.sections[2].purposes!.push({purpose: 'Tilastot'}))
    ).toMatchObject([
      {
        code: 'purpose-without-legal-basis',
        path: 'sections[2].purposes[3]',
        message: 'The purpose "Tilastot" has no `legalBasis`, while other purposes have one.',
      },
    ]);
  });

  it('legitimate-interests-unexplained (13(1)(d))', () => {
    const unexplained: Change = (doc) => delete doc.sections[2].purposes![2].legitimateInterest;
    expect(warningsAfter(unexplained)).toMatchObject([
      {code: 'legitimate-interests-unexplained', path: 'sections[2].purposes[2]'},
    ]);
    expect(
      codesAfter((doc) => {
        unexplained(doc);
        doc.sections.push(section('legitimate-interests', 'Palvelun kehittäminen.'));
      })
    ).toEqual([]);
  });

  it('data-categories-missing, recipients-missing, source-missing', () => {
    expect(codesAfter((doc) => withoutKind(doc, 'data-categories'))).toEqual(['data-categories-missing']);
    expect(codesAfter((doc) => withoutKind(doc, 'recipients'))).toEqual(['recipients-missing']);
    expect(codesAfter((doc) => withoutKind(doc, 'sources'))).toEqual(['source-missing']);
    expect(
      codesAfter((doc) => {
        withoutKind(doc, 'sources');
        doc.sections[0].body = 'Tiedot saadaan asiakkaalta.';
      })
    ).toEqual([]);
  });

  it('transfers-unstated and transfer-safeguards-missing (13(1)(f))', () => {
    expect(codesAfter((doc) => withoutKind(doc, 'transfers'))).toEqual(['transfers-unstated']);
    const allows: Change = (doc) => {
      doc.sections[6].body = 'Tietoja ei siirretä EU:n ulkopuolelle, ellei se ole tarpeen.';
    };
    expect(warningsAfter(allows)).toMatchObject([
      {
        code: 'transfer-safeguards-missing',
        path: 'sections[6]',
        message:
          'Section "transfers" allows transfers outside the EU/EEA, but the notice names no adequacy decision, standard contractual clauses or other safeguard.',
      },
    ]);
    expect(
      codesAfter((doc) => {
        allows(doc);
        doc.sections[6].body += ' Siirroissa käytetään EU:n vakiosopimuslausekkeita.';
      })
    ).toEqual([]);
    const analytics: Change = (doc) => {
      doc.cookies = {
        services: [
          {id: 'ga', name: 'Google Analytics', category: 'analytics', transferCountry: 'US', items: []},
          {id: 'own', name: 'Oma', category: 'necessary', transferCountry: 'SE', items: []},
        ],
      };
    };
    expect(warningsAfter(analytics)).toMatchObject([
      {
        code: 'transfer-safeguards-missing',
        path: 'cookies.services[0]',
        message:
          'Google Analytics (cookies.services[0]) sends data to US, but the notice names no adequacy decision, standard contractual clauses or other safeguard.',
      },
    ]);
    expect(
      codesAfter((doc) => {
        analytics(doc);
        doc.cookies!.services[0].purpose = 'Siirto perustuu EU–US Data Privacy Framework -järjestelyyn.';
      })
    ).toEqual([]);
  });

  it('privacy-shield: relying on an invalidated framework', () => {
    expect(
      warningsAfter((doc) => {
        doc.sections[6].body = 'MailChimp kuuluu Privacy Shield -kehykseen, joten tietoja siirtyy Yhdysvaltoihin.';
      })
    ).toMatchObject([{code: 'privacy-shield', path: 'sections[6]', article: 'Art. 13(1)(f), 45'}]);
  });

  it('retention-missing and retention-no-period (13(2)(a))', () => {
    expect(codesAfter((doc) => withoutKind(doc, 'retention'))).toEqual(['retention-missing']);
    expect(
      codesAfter((doc) => {
        withoutKind(doc, 'retention');
        doc.sections[0].body = 'Tietojen säilytysaika on kolme vuotta.';
      })
    ).toEqual([]);
    const criteriaOnly: Change = (doc) => {
      doc.sections[7] = section('retention', 'Tiedot hävitetään, kun niitä ei enää tarvita.');
    };
    expect(warningsAfter(criteriaOnly)).toMatchObject([
      {code: 'retention-no-period', path: 'sections[7]'},
    ]);
    expect(
      codesAfter((doc) => {
        criteriaOnly(doc);
        doc.sections[7].body += ' Laskut säilytetään 10 vuotta.';
      })
    ).toEqual([]);
  });

  it('rights-missing, rights-list-missing and rights-incomplete (13(2)(b))', () => {
    expect(
      codesAfter((doc) => {
        delete doc.rights;
        withoutKind(doc, 'rights');
      })
    ).toEqual(['rights-missing']);
    expect(codesAfter((doc) => delete doc.rights)).toEqual(['rights-list-missing']);
    expect(
      warningsAfter((doc) => (doc.rights = doc.rights!.filter((r) => !['erasure', 'portability'].includes(r.type))))
    ).toMatchObject([
      {code: 'rights-incomplete', path: 'rights', message: 'The rights list does not name erasure and portability.'},
    ]);
    // Objecting to direct marketing counts as naming the right to object.
    expect(
      codesAfter((doc) => (doc.rights = doc.rights!.map((r) => (r.type === 'objection' ? {type: 'objection-direct-marketing'} : r))))
    ).toEqual([]);
  });

  it('withdraw-consent-missing (13(2)(c)) only when something rests on consent', () => {
    const noWithdrawal: Change = (doc) => {
      withoutKind(doc, 'withdraw-consent');
      doc.rights = doc.rights!.filter((r) => r.type !== 'withdraw-consent');
    };
    expect(warningsAfter(noWithdrawal)).toMatchObject([
      {
        code: 'withdraw-consent-missing',
        path: 'sections[2].purposes[1]',
        message: 'The purpose "Uutiskirje" rests on consent (A6-1-a), but nothing says consent can be withdrawn.',
      },
    ]);
    expect(
      codesAfter((doc) => {
        noWithdrawal(doc);
        doc.sections[2].purposes!.splice(1, 1);
      })
    ).toEqual([]);
    expect(
      codesAfter((doc) => {
        noWithdrawal(doc);
        doc.sections[2].purposes!.splice(1, 1);
        doc.sections.push(section('legal-basis', 'Uutiskirje lähetetään suostumuksella.'));
      })
    ).toEqual(['withdraw-consent-missing']);
    expect(
      warningsAfter((doc) => {
        noWithdrawal(doc);
        doc.sections[2].purposes!.splice(1, 1);
        doc.sections[5].body = 'Tietoja luovutetaan yhteistyökumppaneille vain suostumuksellasi.';
      })
    ).toMatchObject([
      {
        code: 'withdraw-consent-missing',
        path: 'sections[5]',
        message: 'Section "recipients" names consent as a ground for processing, but nothing says consent can be withdrawn.',
      },
    ]);
  });

  it('complaint-missing (13(2)(d)), and the authority named among the rights counts', () => {
    const noComplaint: Change = (doc) => {
      withoutKind(doc, 'complaint');
      doc.rights = doc.rights!.filter((r) => r.type !== 'complaint');
    };
    expect(warningsAfter(noComplaint)).toMatchObject([
      {code: 'complaint-missing', path: 'rights', article: 'Art. 13(2)(d), 14(2)(e)'},
    ]);
    expect(
      codesAfter((doc) => {
        noComplaint(doc);
        doc.sections.find((s) => s.kind === 'rights')!.body = 'Voit kääntyä tietosuojavaltuutetun puoleen.';
      })
    ).toEqual([]);
    // Telling the ombudsman about a breach is not the right to complain.
    expect(
      codesAfter((doc) => {
        noComplaint(doc);
        doc.sections.push(section('other', 'Tietoturvaloukkauksista ilmoitetaan tietosuojavaltuutetulle.'));
      })
    ).toEqual(['complaint-missing']);
  });

  it('requirement-missing (13(2)(e)) and automated-decisions-missing (13(2)(f))', () => {
    expect(codesAfter((doc) => withoutKind(doc, 'requirement'))).toEqual(['requirement-missing']);
    expect(codesAfter((doc) => withoutKind(doc, 'automated-decisions'))).toEqual(['automated-decisions-missing']);
    expect(
      codesAfter((doc) => {
        withoutKind(doc, 'automated-decisions');
        doc.sections[0].body = 'Emme käytä profilointia.';
      })
    ).toEqual([]);
    // "Automatic collection" of data is not about automated decisions.
    expect(
      codesAfter((doc) => {
        withoutKind(doc, 'automated-decisions');
        doc.sections[0].body = 'Automaattinen tiedonkeräys verkkosivuilla.';
      })
    ).toEqual(['automated-decisions-missing']);
  });
});

describe('facts the checker verifies', () => {
  it('business-id-check-digit: a Y-tunnus with a wrong check digit', () => {
    expect(warningsAfter((doc) => (doc.controller.businessId = '0112038-8'))).toMatchObject([
      {
        code: 'business-id-check-digit',
        path: 'controller.businessId',
        message: '"0112038-8" is written like a Finnish business ID (Y-tunnus), but its check digit is wrong.',
      },
    ]);
    expect(codesAfter((doc) => (doc.controller.businessId = 'FI01120389'))).toEqual([]);
  });

  it('business-id-format: a Finnish address with something else as business ID', () => {
    expect(codesAfter((doc) => (doc.controller.businessId = 'Y-1234'))).toEqual(['business-id-format']);
    expect(
      codesAfter((doc) => {
        doc.controller.businessId = 'HRB 12345';
        doc.controller.address = {country: 'DE'};
      })
    ).toEqual([]);
  });

  it('repealed-law: the Personal Data Act 523/1999', () => {
    expect(
      warningsAfter((doc) => (doc.legalReferences = ['EU 2016/679', 'Henkilötietolaki (523/1999) 10 §']))
    ).toMatchObject([{code: 'repealed-law', path: 'legalReferences[1]'}]);
    expect(
      codesAfter((doc) => (doc.sections[0].body = 'Henkilötietolain 10 §:n mukainen rekisteriseloste.'))
    ).toEqual(['repealed-law']);
  });

  it('language-missing and language-undeclared', () => {
    const warnings = warningsAfter((doc) => {
      doc.languages = ['fi', 'en'];
      doc.title = {fi: 'Seloste', en: 'Notice'};
      doc.sections[0].title = {fi: 'Rekisterinpitäjä', de: 'Verantwortlicher'};
      doc.sections[1].title = 'Tietosuojavastaava';
    });
    const missing = warnings.filter((w) => w.code === 'language-missing');
    expect(missing).toHaveLength(1);
    // Plain rich text counts as the first language only; a plain label (sections[1].title) may
    // be the same in every language and is not counted.
    expect(missing[0].message).toBe(
      '14 texts have no "en" version, though "en" is in `languages`: sections[0].body, sections[0].title, sections[1].body and 11 more.'
    );
    expect(warnings.filter((w) => w.code === 'language-undeclared')).toEqual([
      {
        code: 'language-undeclared',
        path: 'sections[0].title',
        message: '1 text has a "de" version, but "de" is not in `languages`: sections[0].title.',
        why: WARNINGS['language-undeclared'].why,
      },
    ]);
  });

  it('insecure-link: http: addresses in fields and in links', () => {
    expect(
      warningsAfter((doc) => {
        doc.controller.url = 'http://acme.fi/';
        doc.sections[0].body = '<p><a href="http://example.com/privacy">Lue</a> ja <a href="https://ok.fi">tämä</a></p>';
      })
    ).toMatchObject([
      {code: 'insecure-link', path: 'controller.url', message: 'http://acme.fi/ uses http:, not https:.'},
      {code: 'insecure-link', path: 'sections[0].body', message: 'http://example.com/privacy uses http:, not https:.'},
    ]);
  });
});
