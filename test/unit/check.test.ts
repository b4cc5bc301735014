import {describe, expect, it, vi} from 'vitest';
import {checkNotice, severityOf, WARNINGS, type CheckWarning} from '../../src/document/check.js';
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
    expect(report.errors).toEqual([{path: 'updated', message: '"yesterday" is not an ISO date like "2024-05-31"'}]);
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
      {code: 'dpo-missing', path: 'contacts'},
    ]);
    // An email address in the controller section's text is enough.
    expect(
      codesAfter((doc) => {
        noContact(doc);
        doc.sections[0].body = '<p>Acme Oy, tietosuoja@acme.fi</p>';
      })
    ).toEqual(['dpo-missing']);
    // A country alone is no address to write to.
    expect(
      codesAfter((doc) => {
        noContact(doc);
        doc.controller.address = {country: 'FI'};
      })
    ).toContain('controller-contact-missing');
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
    // No DPO named at all: only the gentle reminder of Art. 37.
    expect(
      codesAfter((doc) => {
        delete doc.contacts;
        withoutKind(doc, 'dpo');
      })
    ).toEqual(['dpo-missing']);
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
    expect(warningsAfter(noBasis)).toMatchObject([{code: 'legal-basis-missing', path: 'sections[2]', article: 'Art. 13(1)(c), 14(1)(c)'}]);
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
    expect(warningsAfter((doc) => doc.sections[2].purposes!.push({purpose: 'Tilastot'}))).toMatchObject([
      {
        code: 'purpose-without-legal-basis',
        path: 'sections[2].purposes[3]',
        message: 'The purpose "Tilastot" has no `legalBasis`, while other purposes have one.',
      },
    ]);
  });

  it('legitimate-interests-unexplained (13(1)(d))', () => {
    const unexplained: Change = (doc) => delete doc.sections[2].purposes![2].legitimateInterest;
    expect(warningsAfter(unexplained)).toMatchObject([{code: 'legitimate-interests-unexplained', path: 'sections[2].purposes[2]'}]);
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
    ).toMatchObject([
      {
        code: 'transfer-safeguards-missing',
        path: 'sections[6]',
        message:
          'Section "transfers" allows transfers outside the EU/EEA, but the notice names no adequacy decision, standard contractual clauses or other safeguard; the EU–US Privacy Shield it names is no longer valid.',
      },
      {code: 'privacy-shield', path: 'sections[6]', article: 'Art. 13(1)(f), 45'},
    ]);
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
    expect(warningsAfter(criteriaOnly)).toMatchObject([{code: 'retention-no-period', path: 'sections[7]'}]);
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
    expect(warningsAfter((doc) => (doc.rights = doc.rights!.filter((r) => !['erasure', 'portability'].includes(r.type))))).toMatchObject([
      {code: 'rights-incomplete', path: 'rights', message: 'The rights list does not name erasure and portability.'},
    ]);
    // Objecting to direct marketing (Art. 21(2)) is not the right to object of Art. 21(1).
    expect(
      warningsAfter((doc) => (doc.rights = doc.rights!.map((r) => (r.type === 'objection' ? {type: 'objection-direct-marketing'} : r))))
    ).toMatchObject([
      {
        code: 'rights-incomplete',
        message:
          'The rights list does not name objection (it names objecting to direct marketing, Art. 21(2), which is not the general right to object of Art. 21(1)).',
      },
    ]);
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
    expect(warningsAfter(noComplaint)).toMatchObject([{code: 'complaint-missing', path: 'rights', article: 'Art. 13(2)(d), 14(2)(e)'}]);
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
    expect(warningsAfter((doc) => (doc.legalReferences = ['EU 2016/679', 'Henkilötietolaki (523/1999) 10 §']))).toMatchObject([
      {code: 'repealed-law', path: 'legalReferences[1]'},
    ]);
    expect(codesAfter((doc) => (doc.sections[0].body = 'Henkilötietolain 10 §:n mukainen rekisteriseloste.'))).toEqual(['repealed-law']);
    expect(warningsAfter((doc) => (doc.introduction = 'Henkilötietolain (523/99) 10 §:n mukainen rekisteriseloste.'))).toMatchObject([
      {code: 'repealed-law', path: 'introduction'},
    ]);
  });

  it("repealed-law: the Personal Data Act in Swedish and English too, and Sweden's of 1998", () => {
    expect(
      codesFor(setBody('transfers'), [
        'Henkilötiedot suojataan henkilötietolain edellyttämällä tavalla.',
        'Personuppgifterna skyddas på det sätt som personuppgiftslagen kräver.',
        'Personal data is protected as the Personal Data Act requires.',
      ])
    ).toEqual([['repealed-law'], ['repealed-law'], ['repealed-law']]);
    expect(warningsAfter((doc) => (doc.legalReferences = ['Personuppgiftslagen (1998:204)']))).toMatchObject([
      {
        code: 'repealed-law',
        path: 'legalReferences[0]',
        message: "The notice refers to Sweden's Personal Data Act (personuppgiftslagen 1998:204), which is no longer in force.",
      },
    ]);
    // Saying the law is gone is no reliance on it.
    expect(
      codesFor(setBody('transfers'), [
        'Henkilötietolaki kumottiin vuonna 2019, ja sen korvasi tietosuojalaki.',
        'Personuppgiftslagen har ersatts av dataskyddsförordningen och dataskyddslagen.',
        'The Personal Data Act was replaced by the Data Protection Act in 2019.',
      ])
    ).toEqual([[], [], []]);
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

/** The codes after `change`, for each text put where `place` puts it. */
const codesFor = (place: (doc: NoticeDocument, text: string) => void, texts: string[], before: Change = () => {}) =>
  texts.map((text) =>
    codesAfter((doc) => {
      before(doc);
      place(doc, text);
    })
  );

const setBody = (kind: SectionKind) => (doc: NoticeDocument, text: string) => {
  doc.sections.find((s) => s.kind === kind)!.body = text;
};

describe('transfers anywhere in the notice (13(1)(f))', () => {
  it('finds "not transferred … unless / except / without" in any section, the summary or the introduction', () => {
    expect(
      warningsAfter((doc) =>
        setBody('recipients')(doc, 'Henkilötietoja ei siirretä EU:n ulkopuolelle, paitsi jos palveluntarjoaja sitä edellyttää.')
      )
    ).toMatchObject([
      {
        code: 'transfer-safeguards-missing',
        path: 'sections[5]',
        message:
          'Section "recipients" allows transfers outside the EU/EEA, but the notice names no adequacy decision, standard contractual clauses or other safeguard.',
      },
    ]);
    expect(warningsAfter((doc) => (doc.summary = 'Uppgifterna överförs inte utanför EU/EES utom när tjänsten kräver det.'))).toMatchObject([
      {code: 'transfer-safeguards-missing', path: 'summary', message: expect.stringMatching(/^The summary allows transfers/)},
    ]);
    expect(
      warningsAfter((doc) => (doc.introduction = 'We use a mailing service that transfers personal data to the United States.'))
    ).toMatchObject([{code: 'transfer-safeguards-missing', path: 'introduction'}]);
  });

  it('reads an exception with a subject between its words: "om det inte är nödvändigt" (fi, sv, en)', () => {
    expect(
      codesFor(setBody('transfers'), [
        'Henkilötietoja ei siirretä EU:n ulkopuolelle, ellei se ole tarpeellista palvelun toteuttamiseksi.',
        'Personuppgifter överförs inte utanför EU, om det inte är nödvändigt för tjänstens tekniska genomförande.',
        'Personuppgifter överförs inte utanför EU om den registrerade inte har motsatt sig det.',
        'Personal data is not transferred outside the EU unless it is needed to run the service.',
      ])
    ).toEqual([
      ['transfer-safeguards-missing'],
      ['transfer-safeguards-missing'],
      ['transfer-safeguards-missing'],
      ['transfer-safeguards-missing'],
    ]);
    // "om" as "about", and "om" with no "inte" after it, are no exception.
    expect(
      codesFor(setBody('transfers'), [
        'Asiakkaita koskevia tietoja ei siirretä EU:n ulkopuolelle.',
        'Uppgifter om kunder överförs inte utanför EU.',
        'Uppgifter om dig överförs inte utanför EU, och de lagras i Finland.',
        'Data about customers is not transferred outside the EU.',
      ])
    ).toEqual([[], [], [], []]);
  });

  it('does not count a plain "not transferred", in any language', () => {
    expect(
      codesFor(setBody('recipients'), [
        'Tietoja ei luovuteta eikä siirretä EU:n tai ETA:n ulkopuolelle.',
        'Uppgifterna lämnas inte ut och överförs inte utanför EU/EES.',
        'We never transfer personal data outside the EEA, and it is stored in Finland.',
        'Oikeus saada tietonsa siirretyksi toiselle rekisterinpitäjälle.',
      ])
    ).toEqual([[], [], [], []]);
    // A heading inside a body is no statement of a transfer.
    expect(
      codesFor(setBody('transfers'), [
        '<h3>Tietojen siirto EU:n tai ETA:n ulkopuolelle</h3><p>Tietoja ei siirretä.</p>',
        '<p><strong>Henkilötietojen siirtäminen kolmansiin maihin</strong></p><p>Ei siirtoja.</p>',
        '<p><strong>Överföring till tredje land</strong></p><p>Inga uppgifter överförs.</p>',
        '<p><strong>Transfers outside the EEA</strong></p><p>None.</p>',
      ])
    ).toEqual([[], [], [], []]);
    // A safeguard named anywhere covers it.
    expect(
      codesAfter((doc) => {
        setBody('recipients')(doc, 'Tietoja ei siirretä EU:n ulkopuolelle, ellei se ole tarpeen.');
        doc.summary = 'Siirroissa käytetään EU:n vakiosopimuslausekkeita.';
      })
    ).toEqual([]);
  });

  it('takes consent as a safeguard only as explicit consent to the transfer (Art. 49(1)(a))', () => {
    expect(warningsAfter((doc) => setBody('transfers')(doc, 'Tietoja ei siirretä EU:n ulkopuolelle ilman suostumustasi.'))).toMatchObject([
      {
        code: 'transfer-safeguards-missing',
        message: expect.stringMatching(/; consent allows a transfer only as explicit consent to it \(Art\. 49\(1\)\(a\)\)\.$/),
      },
    ]);
    expect(
      codesFor(setBody('transfers'), [
        'Tietoja siirretään EU:n ulkopuolelle vain nimenomaisella suostumuksellasi.',
        'Uppgifter överförs utanför EU endast med ditt uttryckliga samtycke.',
        'Data is transferred outside the EU only with your explicit consent to the transfer.',
      ])
    ).toEqual([[], [], []]);
  });

  it('privacy-shield in any spelling, and not where the notice says it is gone', () => {
    for (const text of [
      'Siirrot perustuvat EU–US Privacy Shield -järjestelyyn ja vakiosopimuslausekkeisiin.',
      'Överföringar sker enligt Privacy-Shield och standardavtalsklausuler.',
      'Transfers rely on the privacy shield and standard contractual clauses.',
    ])
      expect(
        codesAfter((doc) => setBody('transfers')(doc, text)),
        text
      ).toEqual(['privacy-shield']);
    expect(
      codesFor(setBody('transfers'), [
        'Privacy Shield mitätöitiin vuonna 2020, joten siirrot perustuvat vakiosopimuslausekkeisiin.',
        'Privacy Shield är ogiltigt sedan 2020; vi använder standardavtalsklausuler för överföringar.',
        'We do not rely on the Privacy Shield; transfers use standard contractual clauses.',
      ])
    ).toEqual([[], [], []]);
  });
});

describe('legal bases stated vaguely (13(1)(c)(d))', () => {
  const basis = (doc: NoticeDocument, text: string) => doc.sections.push(section('legal-basis', text));

  it('legal-basis-vague: a relationship, a position or "as the law allows" is no legal basis', () => {
    expect(
      warningsAfter((doc) => basis(doc, 'Henkilötietoja käsitellään asiakassuhteen tai muun asiallisen yhteyden perusteella.'))
    ).toMatchObject([
      {
        code: 'legal-basis-vague',
        path: 'sections[13]',
        message:
          'Section "legal-basis" gives "muun asiallisen yhteyden" as a ground for processing, which is not a legal basis of Art. 6(1).',
        article: 'Art. 13(1)(c), 14(1)(c), 6(1)',
      },
    ]);
    expect(
      codesFor(basis, [
        'Rekisteriä käytetään vain lain sallimin tavoin vastaanottajan asemaan perustuen.',
        'Behandlingen grundar sig på en annan saklig anknytning.',
        'The register is used only in ways permitted by law.',
      ])
    ).toEqual([['legal-basis-vague'], ['legal-basis-vague'], ['legal-basis-vague']]);
  });

  it('not when negated, and not in other sections', () => {
    expect(
      codesFor(basis, [
        'Käsittely ei perustu muuhun asialliseen yhteyteen vaan sopimukseen.',
        'Behandlingen grundar sig inte på någon annan saklig anknytning utan på avtal.',
        'Processing is not based on another relevant connection but on the contract.',
      ])
    ).toEqual([[], [], []]);
    expect(codesAfter((doc) => setBody('data-categories')(doc, '<ul><li>Muuhun asialliseen yhteyteen liittyvät tiedot</li></ul>'))).toEqual(
      []
    );
    // "As permitted by law" beside a real basis is a qualifier, not a ground.
    expect(codesFor(basis, ['We process the data on the basis of the contract, as permitted by law.'])).toEqual([[]]);
  });

  it('a legitimate interest that only names a relationship or says "legitimate interest"', () => {
    const interest = (doc: NoticeDocument, text: string) => (doc.sections[2].purposes![2].legitimateInterest = text);
    expect(warningsAfter((doc) => interest(doc, 'Asiakassuhde'))).toMatchObject([
      {
        code: 'legitimate-interests-unexplained',
        path: 'sections[2].purposes[2].legitimateInterest',
        message:
          'The purpose "Verkkosivujen kehitys" rests on legitimate interests (A6-1-f), but its `legitimateInterest` ("Asiakassuhde") names only a relationship or the words "legitimate interest", not the interest itself.',
      },
    ]);
    expect(
      codesFor(interest, [
        'Rekisterinpitäjän oikeutettu etu',
        'Berättigat intresse',
        'Another relevant connection between the data subject and the controller',
      ])
    ).toEqual([['legitimate-interests-unexplained'], ['legitimate-interests-unexplained'], ['legitimate-interests-unexplained']]);
    expect(
      codesFor(interest, [
        'Suoramarkkinointi nykyisille asiakkaille',
        'Att förebygga bedrägerier',
        'Customer relationship management and fraud prevention',
      ])
    ).toEqual([[], [], []]);
  });
});

describe('withdrawing consent, rights and complaints (13(2)(b)(c)(d))', () => {
  const noWithdrawal: Change = (doc) => {
    withoutKind(doc, 'withdraw-consent');
    doc.rights = doc.rights!.filter((r) => r.type !== 'withdraw-consent');
  };
  const noComplaint: Change = (doc) => {
    withoutKind(doc, 'complaint');
    doc.rights = doc.rights!.filter((r) => r.type !== 'complaint');
  };

  it('finds withdrawal in any inflection: perua, peruttavissa, peruutus, peruuttaa, återkalla, withdraw, revoke', () => {
    const texts = [
      'Suostumuksen voi perua milloin tahansa.',
      'Suostumus on peruttavissa.',
      'Peruutus tehdään sähköpostilla.',
      'Voit peruuttaa suostumuksesi.',
      'Samtycket kan återkallas när som helst.',
      'Consent, once given, can be withdrawn at any time.',
      'You may revoke your consent.',
      // A negation after the verb is not about withdrawing.
      'You can withdraw your consent at any time at no cost.',
      'Peruutus ei vaikuta aiemman käsittelyn lainmukaisuuteen.',
    ];
    expect(codesFor(setBody('rights'), texts, noWithdrawal)).toEqual(texts.map(() => []));
    // "Perustuu" shares the letters, not the meaning.
    expect(codesFor(setBody('rights'), ['Käsittely perustuu suostumukseesi.'], noWithdrawal)).toEqual([['withdraw-consent-missing']]);
  });

  it('withdraw-consent-refused: a notice that says consent cannot be withdrawn', () => {
    expect(
      codesFor(
        setBody('rights'),
        ['Suostumusta ei voi perua.', 'Samtycket kan inte återkallas.', 'Consent cannot be withdrawn.'],
        noWithdrawal
      )
    ).toEqual([['withdraw-consent-refused'], ['withdraw-consent-refused'], ['withdraw-consent-refused']]);
    expect(codesFor(setBody('rights'), ['Voit perua suostumuksesi, eikä se vaikuta aiempaan käsittelyyn.'], noWithdrawal)).toEqual([[]]);
  });

  it('complaint-refused: a negated complaint right is no complaint right', () => {
    expect(
      codesFor(
        setBody('rights'),
        [
          'Sinulla ei ole oikeutta tehdä valitusta.',
          'Du har inte rätt att klaga hos tillsynsmyndigheten.',
          'You do not have the right to complain to the supervisory authority.',
        ],
        noComplaint
      )
    ).toEqual([['complaint-refused'], ['complaint-refused'], ['complaint-refused']]);
    expect(
      codesFor(
        setBody('rights'),
        [
          'Jos asia ei ratkea, voit tehdä valituksen tietosuojavaltuutetulle.',
          'Om vi inte kommer överens kan du klaga hos dataombudsmannen.',
          'If we cannot resolve it, you can complain to the supervisory authority.',
        ],
        noComplaint
      )
    ).toEqual([[], [], []]);
    // A complaint section that denies it does not count either.
    expect(
      codesAfter((doc) => {
        noComplaint(doc);
        doc.sections.push(section('complaint', 'Emme anna oikeutta valittaa tietosuojavaltuutetulle.'));
      })
    ).toEqual(['complaint-refused']);
  });

  it('rights[].offered false: a refused right is not a granted one', () => {
    const refuse =
      (type: string, text = 'Ei tarjota.') =>
      (doc: NoticeDocument) => {
        doc.rights = doc.rights!.map((r) => (r.type === type ? {...r, offered: false, text} : r));
      };
    expect(warningsAfter(refuse('objection', 'Käsittelyä ei voi vastustaa.'))).toMatchObject([
      {
        code: 'right-refused',
        path: 'rights[4]',
        message:
          'The notice states that it does not grant the right to object (rights[4]); whether that is lawful is for the author to review.',
      },
    ]);
    expect(codesAfter(refuse('complaint'))).toEqual(['complaint-refused']);
    expect(codesAfter(refuse('withdraw-consent'))).toEqual(['withdraw-consent-refused']);
    expect(
      codesAfter((doc) => {
        doc.rights!.push({type: 'objection-direct-marketing', offered: false, text: 'Suoramarkkinointia ei voi kieltää.'});
      })
    ).toEqual(['objection-direct-marketing-refused']);
    // A right whose own text flatly denies it counts as refused too.
    expect(
      codesAfter((doc) => {
        doc.rights!.find((r) => r.type === 'portability')!.text = 'Sinulla ei ole oikeutta siirtää tietojasi järjestelmästä toiseen.';
      })
    ).toEqual(['right-refused']);
  });

  it('a right whose text limits or refuses something else is still granted', () => {
    expect(
      codesAfter((doc) => {
        doc.rights!.push({
          type: 'objection-direct-marketing',
          text: 'Sinulla on oikeus kieltää suoramarkkinointi. Asiakassuhteessa oleva ei voi kieltää asiakasviestintää.',
        });
        doc.rights!.find((r) => r.type === 'erasure')!.text = 'Oikeutta ei ole, jos laki velvoittaa säilyttämään tiedot.';
        doc.rights!.find((r) => r.type === 'restriction')!.text = 'Du har rätt att begränsa behandlingen, men inte om lagen kräver den.';
        doc.rights!.find((r) => r.type === 'access')!.text = 'You may not see data about others, but you have the right to see yours.';
        doc.rights!.find((r) => r.type === 'portability')!.text = 'Oikeus siirtää tiedot ei koske paperiasiakirjoja.';
      })
    ).toEqual([]);
  });
});

describe('contact details, the DPO, dates and links', () => {
  it('controller-identity-unclear: a person named as controller beside a company (fi, sv, en)', () => {
    const asPerson = (name: string) => (doc: NoticeDocument) => {
      doc.controller = {name, email: 'hanna@kemppe.fi', address: {country: 'FI'}};
      setBody('controller')(doc, `<p>${name}</p>`);
    };
    const registerName = (doc: NoticeDocument, text: string) => {
      doc.sections.push(section('register-name', text));
    };
    expect(
      warningsAfter((doc) => {
        asPerson('Hanna Kemppe')(doc);
        registerName(doc, '<p>Asiakastietorekisteri<br>Arjasmaa Yhtiöt Oy sekä tytäryhtiöt</p>');
      })
    ).toMatchObject([
      {
        code: 'controller-identity-unclear',
        path: 'controller',
        message:
          'The controller is named "Hanna Kemppe", with no legal form or business ID, while section "register-name" names the company "Arjasmaa Yhtiöt Oy": say which legal person is the controller (and any joint controllers).',
      },
    ]);
    expect(
      codesFor(
        registerName,
        ['<p>Kundregister för Exempel AB och dess dotterbolag</p>', '<p>Customer register of Example Trading Ltd</p>'],
        asPerson('Anna Svensson')
      )
    ).toEqual([['controller-identity-unclear'], ['controller-identity-unclear']]);
    // A sole trader with no company beside them, a business ID, the same company without its
    // form, or a company that is only a recipient: the controller is clear.
    expect(
      codesFor(registerName, ['<p>Asiakasrekisteri</p>', '<p>Kundregister</p>', '<p>Customer register</p>'], asPerson('Hanna Kemppe'))
    ).toEqual([[], [], []]);
    expect(
      codesAfter((doc) => {
        asPerson('Hanna Kemppe')(doc);
        doc.controller.businessId = '0112038-9';
        registerName(doc, '<p>Kemppe Consulting Oy:n asiakasrekisteri</p>');
      })
    ).toEqual([]);
    expect(codesFor(registerName, ['<p>Arjasmaa Yhtiöt Oy:n asiakasrekisteri</p>'], asPerson('Arjasmaa Yhtiöt'))).toEqual([[]]);
    expect(
      codesAfter((doc) => {
        asPerson('Anna Svensson')(doc);
        setBody('recipients')(doc, 'Nyhetsbrev skickas med MailChimp (The Rocket Science Group LLC).');
      })
    ).toEqual([]);
  });

  it('dpo-missing is a gentle notice, and not said where the notice says there is no DPO', () => {
    const noDpo: Change = (doc) => {
      delete doc.contacts;
      withoutKind(doc, 'dpo');
    };
    expect(warningsAfter(noDpo)).toMatchObject([
      {code: 'dpo-missing', path: 'contacts', article: 'Art. 37, 13(1)(b)', why: expect.stringMatching(/^If you must appoint/)},
    ]);
    expect(severityOf('dpo-missing')).toBe('notice');
    expect(severityOf('complaint-refused')).toBe('warning');
    expect(
      codesFor(
        setBody('controller'),
        ['Emme ole nimittäneet tietosuojavastaavaa.', 'Vi har inget dataskyddsombud.', 'We have not appointed a data protection officer.'],
        noDpo
      )
    ).toEqual([[], [], []]);
    // Object first, a heading with its answer, and a DPO who is named with a negation elsewhere.
    expect(
      codesFor(
        setBody('controller'),
        ['Tietosuojavastaavaa ei ole nimetty.', 'Dataskyddsombud: inget.', 'Data protection officer: none.'],
        noDpo
      )
    ).toEqual([[], [], []]);
    expect(codesFor(setBody('controller'), ['Tietosuojavastaavamme on Maija, joka ei ole yhtiön työntekijä.'], noDpo)).toEqual([
      ['dpo-contact-missing'],
    ]);
    // …even in a section of kind "dpo".
    expect(
      codesAfter((doc) => {
        delete doc.contacts;
        doc.sections[1].body = 'We have not appointed a data protection officer, as we are not required to.';
      })
    ).toEqual([]);
  });

  it('contact-empty: a label with nothing after it, or an empty field', () => {
    const contact = (doc: NoticeDocument, text: string) => doc.sections.push(section('contact', text));
    expect(warningsAfter((doc) => contact(doc, '<p>Hannu Hirvonen<br>Puh. 050 63 882<br>Sähköposti</p>'))).toMatchObject([
      {code: 'contact-empty', path: 'sections[13]', message: 'Section "contact" has "Sähköposti" with nothing after it.'},
    ]);
    expect(codesFor(contact, ['<p>E-post:</p><p>Tfn: 040 123 4567</p>', '<p>Email: </p>'])).toEqual([['contact-empty'], ['contact-empty']]);
    expect(
      codesFor(contact, [
        '<p>Sähköposti:<br><a href="mailto:tietosuoja@acme.fi">tietosuoja@acme.fi</a></p>',
        '<p>E-post: info(at)acme.se</p>',
        '<p>Phone: +358 40 123 4567, email: privacy@acme.com</p>',
      ])
    ).toEqual([[], [], []]);
    // The validator refuses blank strings; these pass it and still say nothing.
    expect(
      warningsAfter((doc) => {
        doc.controller.phones = [{number: '-- --'}];
        doc.contacts![0].address = {};
      })
    ).toMatchObject([
      {code: 'contact-empty', path: 'controller.phones[0].number', message: '`controller.phones[0].number` is empty: no digits.'},
      {code: 'contact-empty', path: 'contacts[0].address', message: '`contacts[0].address` is empty.'},
    ]);
  });

  it('phone-too-short: a number with too few digits to dial', () => {
    expect(warningsAfter((doc) => (doc.contacts![0].phones = [{number: '12 34'}]))).toMatchObject([
      {
        code: 'phone-too-short',
        path: 'contacts[0].phones[0].number',
        message: 'The phone number "12 34" has only 4 digits: too short to be dialled.',
      },
    ]);
    expect(codesAfter((doc) => doc.sections.push(section('contact', 'Puh. 12-34')))).toEqual(['phone-too-short']);
    // A short Finnish mobile number is still a number.
    expect(codesAfter((doc) => (doc.contacts![0].phones = [{number: '050 63 882'}, {number: '+358 40 123 4567'}]))).toEqual([]);
    expect(codesAfter((doc) => doc.sections.push(section('contact', 'Puh. 050 63 882')))).toEqual([]);
  });

  it('insecure-link: the same link once, with every place it appears', () => {
    expect(
      warningsAfter((doc) => {
        doc.controller.url = 'http://acme.fi/';
        doc.sections[0].body = '<p><a href="http://acme.fi">Acme</a></p>';
        doc.sections[1].body = '<p><a href="http://ACME.fi/">Acme</a></p>';
      })
    ).toMatchObject([
      {
        code: 'insecure-link',
        path: 'controller.url',
        message: 'http://acme.fi/ uses http:, not https: (also at sections[0].body, sections[1].body).',
      },
    ]);
  });

  it('updated-missing: neither `updated` nor a `changes` entry', () => {
    expect(warningsAfter((doc) => delete doc.updated)).toMatchObject([{code: 'updated-missing', path: 'updated'}]);
    expect(severityOf('updated-missing')).toBe('notice');
    expect(
      codesAfter((doc) => {
        delete doc.updated;
        doc.changes = [{date: '2024-05-31', version: '2', summary: 'Säilytysajat tarkennettu.'}];
      })
    ).toEqual([]);
  });
});

describe('format growth: kinds, introduction, retention criteria', () => {
  it('a section covers all its kinds', () => {
    expect(
      codesAfter((doc) => {
        withoutKind(doc, 'complaint');
        doc.rights = doc.rights!.filter((r) => r.type !== 'complaint');
        doc.sections.find((s) => s.kind === 'rights')!.kinds = ['complaint'];
      })
    ).toEqual([]);
    expect(
      codesAfter((doc) => {
        withoutKind(doc, 'transfers');
        doc.sections.find((s) => s.kind === 'recipients')!.kinds = ['transfers'];
      })
    ).toEqual([]);
    // In a section that covers transfers, a place abroad is enough to tell of a transfer.
    expect(
      codesAfter((doc) => {
        withoutKind(doc, 'transfers');
        Object.assign(
          doc.sections.find((s) => s.kind === 'recipients')!,
          {
            kinds: ['transfers'],
            body: 'Sähköpostipalvelumme palvelimet sijaitsevat Yhdysvalloissa.',
          }
        );
      })
    ).toEqual(['transfer-safeguards-missing']);
  });

  it('the introduction counts as text of the notice', () => {
    expect(
      codesAfter((doc) => {
        withoutKind(doc, 'sources');
        doc.introduction = '<p>Tiedot saadaan asiakkaalta itseltään.</p>';
      })
    ).toEqual([]);
  });

  it('retention criteria without a period stay the gentle retention-no-period', () => {
    const criteria: Change = (doc) => {
      doc.sections[7] = section('retention', 'Tiedot säilytetään asiakkuuden ajan.', {
        retention: [{data: 'Asiakastiedot', criteria: 'Asiakkuuden päättyminen ja kirjanpitolain vaatimukset.'}],
      });
    };
    expect(codesAfter(criteria)).toEqual(['retention-no-period']);
    expect(severityOf('retention-no-period')).toBe('notice');
    expect(
      codesAfter((doc) => {
        criteria(doc);
        doc.sections[7].retention![0].text = 'Kirjanpitoaineisto säilytetään 10 vuotta.';
      })
    ).toEqual([]);
  });
});

describe('a failure inside the checker', () => {
  it('is reported as "could not be checked", never as a clean document', async () => {
    vi.resetModules();
    vi.doMock('../../src/document/check/facts.js', () => ({
      facts: () => {
        throw new Error('boom');
      },
    }));
    try {
      const {checkNotice: broken} = await import('../../src/document/check.js');
      const report = broken(complete());
      expect(report).toMatchObject({
        valid: false,
        failed: true,
        errors: [{path: '', message: 'could not be checked: boom (a bug in the checker)'}],
      });
      expect(report.notice).toBeUndefined();
      const {formatHuman, noColours, summarise, toFileResult} = await import('../../src/cli/report.js');
      const results = [toFileResult('notice.json', report)];
      expect(formatHuman(results, noColours)).toMatch(/^✖ notice\.json could not be checked: boom/);
      expect(summarise(results)).toMatchObject({valid: 0, invalid: 1});
    } finally {
      vi.doUnmock('../../src/document/check/facts.js');
      vi.resetModules();
    }
  });
});

describe('no false alarms', () => {
  it('a complete notice in English or Swedish, with negations, conditions and headings, has nothing to say', () => {
    const notice = (lang: 'en' | 'sv', t: Record<string, string>): NoticeDocument => ({
      schemaVersion: 1,
      id: 'acme',
      languages: [lang],
      title: 'Notice',
      updated: '2024-05-31',
      controller: {
        name: 'Acme AB',
        email: 'privacy@acme.se',
        phones: [{number: '+46 8 123 456 78'}],
        address: {street: 'Gatan 1', postalCode: '111 22', locality: 'Stockholm', country: 'SE'},
      },
      sections: Object.entries(t).map(([kind, body]) => section(kind as SectionKind, body)),
      rights: complete().rights,
    });
    const en = notice('en', {
      controller: '<h3>Who we are</h3><p>Acme AB, privacy@acme.se</p><p>Phone: +46 8 123 456 78</p>',
      dpo: '<p>We have not appointed a data protection officer, as we are not required to.</p>',
      purposes:
        '<p>We process data to deliver orders (contract, Art. 6(1)(b)) and send our newsletter (consent). Processing is not based on any other ground.</p>',
      'data-categories': '<ul><li>Name</li><li>Email address</li></ul>',
      sources: '<p>Data is collected from you.</p>',
      recipients: '<p>No data is disclosed to third parties, except to our payment provider.</p>',
      transfers:
        '<p><strong>Transfers outside the EEA</strong></p><p>Our email provider may transfer data to the United States. Such transfers rely on the EU–US Data Privacy Framework and, where it does not apply, on standard contractual clauses; no other transfers take place.</p>',
      retention: '<p>Order data is kept for 6 years. Newsletter data is kept until you unsubscribe.</p>',
      rights: '<p>You have the right to access, rectify and erase your data, at no cost. Portability does not apply to paper records.</p>',
      'withdraw-consent': '<p>You can withdraw your consent at any time; this does not affect earlier processing.</p>',
      complaint: '<p>If you are not satisfied, you can lodge a complaint with the supervisory authority (IMY).</p>',
      requirement: '<p>Providing your data is a contractual requirement; without it we cannot deliver.</p>',
      'automated-decisions': '<p>We do not use automated decision-making or profiling.</p>',
    });
    const sv = notice('sv', {
      controller: '<p>Acme AB<br>E-post: privacy@acme.se<br>Tfn: 08-123 456 78</p>',
      dpo: '<p>Vårt dataskyddsombud nås på dpo@acme.se.</p>',
      purposes: '<p>Vi behandlar uppgifterna för att leverera beställningar (avtal) och skicka nyhetsbrev (samtycke).</p>',
      'data-categories': '<ul><li>Namn</li></ul>',
      sources: '<p>Uppgifterna samlas in från dig.</p>',
      recipients: '<p>Uppgifter lämnas inte ut till tredje part utan ditt samtycke, utom när lagen kräver det.</p>',
      transfers: '<p>Uppgifter överförs inte utanför EU/EES.</p>',
      retention: '<p>Uppgifterna sparas i två år.</p>',
      rights: '<p>Du har rätt att få tillgång till dina uppgifter. Rätten till dataportabilitet gäller inte pappersdokument.</p>',
      'withdraw-consent': '<p>Du kan när som helst återkalla ditt samtycke.</p>',
      complaint: '<p>Om du inte är nöjd kan du lämna klagomål till Integritetsskyddsmyndigheten.</p>',
      requirement: '<p>Du är inte skyldig att lämna uppgifterna, men utan dem kan vi inte leverera.</p>',
      'automated-decisions': '<p>Vi använder inte automatiserat beslutsfattande.</p>',
    });
    expect(checkNotice(en).warnings).toEqual([]);
    expect(checkNotice(sv).warnings).toEqual([]);
  });
});
