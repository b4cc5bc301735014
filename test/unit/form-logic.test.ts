import {describe, expect, it} from 'vitest';
import {answerDueDate, isoDate} from '../../src/form/due-date.js';
import {buildPayload, emptyFields, fieldsFrom, fingerprint, validateFields, type RequestFields} from '../../src/form/fields.js';
import {clearDraft, draftKey, loadDraft, saveDraft} from '../../src/form/draft.js';
import {checkFormAction, parseRetryAfter} from '../../src/form/delivery.js';
import {contactEmail, mailtoHref} from '../../src/form/mailto.js';
import {newRequestId} from '../../src/form/request-id.js';
import {encodeRequest, parseRequestBody} from '../../src/form/request-encoding.js';
import {validateRequestPayload} from '../../src/form/request-schema.js';
import {requestText} from '../../src/form/request-text.js';
import {requestTypesFor} from '../../src/form/request-types.js';

const filled = (over: Partial<RequestFields> = {}): RequestFields => ({
  ...emptyFields(),
  type: 'access',
  name: 'Maija Meikäläinen',
  email: 'maija@example.fi',
  requesterRole: 'data-subject',
  ...over,
});

const notice = {id: 'arjasmaa', version: '3', updated: '2018-05-25'};
const payloadOf = (fields: RequestFields) =>
  buildPayload(fields, {
    notice,
    language: 'fi',
    pageUrl: 'https://example.fi/tietosuoja',
    requestId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
    createdAt: new Date('2024-05-31T09:30:00Z'),
  });

/** A Storage over a Map, for the draft functions (sessionStorage's interface). */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

describe('request types', () => {
  it('follow the notice’s rights, without complaint, and end with another question', () => {
    expect(
      requestTypesFor({
        rights: [{type: 'objection-direct-marketing'}, {type: 'complaint'}, {type: 'access'}, {type: 'access'}],
      })
    ).toEqual(['objection-direct-marketing', 'access', 'other']);
  });

  it('fall back to the rights every controller must honour', () => {
    expect(requestTypesFor({})).toEqual(['access', 'rectification', 'erasure', 'restriction', 'objection', 'other']);
  });

  it('never offer a right the notice says it does not grant', () => {
    expect(
      requestTypesFor({
        rights: [{type: 'access'}, {type: 'portability', offered: false, text: 'Ei sovellu.'}, {type: 'erasure', offered: true}],
      })
    ).toEqual(['access', 'erasure', 'other']);
    // Only refusals listed: the defaults, less the refused ones.
    expect(requestTypesFor({rights: [{type: 'objection', offered: false}]})).toEqual([
      'access',
      'rectification',
      'erasure',
      'restriction',
      'other',
    ]);
  });
});

describe('field validation', () => {
  it('asks for type, name, email and the requester role', () => {
    expect(validateFields(emptyFields()).map((e) => `${e.field}:${e.code}`)).toEqual([
      'type:required',
      'name:required',
      'email:required',
      'requesterRole:required',
    ]);
  });

  it('needs a message where the type does, not elsewhere', () => {
    expect(validateFields(filled({type: 'rectification'}))).toEqual([{field: 'message', code: 'required'}]);
    expect(validateFields(filled({type: 'rectification', message: '   '}))).toHaveLength(1);
    expect(validateFields(filled({type: 'objection-direct-marketing'}))).toEqual([]);
  });

  it('checks email, phone and length', () => {
    const errors = validateFields(filled({email: 'maija at example', phone: 'call me', customerNumber: 'x'.repeat(101)}));
    expect(errors).toEqual([
      {field: 'email', code: 'email'},
      {field: 'phone', code: 'phone'},
      {field: 'customerNumber', code: 'too-long', max: 100},
    ]);
  });

  it('reads a stored draft defensively', () => {
    expect(fieldsFrom({type: 'nonsense', name: 42, email: 'a@b.fi', extra: 'x'})).toEqual({
      ...emptyFields(),
      email: 'a@b.fi',
    });
    expect(fieldsFrom('garbage')).toEqual(emptyFields());
  });

  it('tells an edited request from a retry', () => {
    expect(fingerprint(filled())).toBe(fingerprint(filled({name: ' Maija Meikäläinen '})));
    expect(fingerprint(filled())).not.toBe(fingerprint(filled({message: 'x'})));
  });
});

describe('the payload', () => {
  it('is valid for valid fields, trimmed, without empty optional keys', () => {
    const payload = payloadOf(filled({name: '  Maija Meikäläinen ', phone: ' '}));
    const checked = validateRequestPayload(JSON.parse(JSON.stringify(payload)));
    expect(checked.ok).toBe(true);
    expect(payload.name).toBe('Maija Meikäläinen');
    expect(JSON.parse(encodeRequest(payload, 'json').body)).not.toHaveProperty('phone');
    expect(payload).toMatchObject({
      schemaVersion: 1,
      noticeId: 'arjasmaa',
      noticeVersion: '3',
      noticeUpdated: '2018-05-25',
      type: 'access',
      createdAt: '2024-05-31T09:30:00.000Z',
    });
  });

  it('travels the same way in both encodings', () => {
    const payload = payloadOf(filled({type: 'other', message: 'Mitä tietoja?\nKiitos & terveisin'}));
    for (const encoding of ['json', 'urlencoded'] as const) {
      const {body, contentType} = encodeRequest(payload, encoding);
      const parsed = parseRequestBody(body, contentType + '; charset=utf-8');
      expect(parsed).toEqual({ok: true, payload, encoding});
    }
  });

  it('is refused with a reason when wrong', () => {
    const payload = payloadOf(filled({type: 'rectification', message: 'wrong address'}));
    const bad = [
      [{...payload, type: 'acess'}, /type: "acess" is not a known request type — did you mean "access"\?/],
      [{...payload, message: undefined}, /message: is required for a "rectification" request/],
      [{...payload, schemaVersion: 2}, /schemaVersion: 2 is newer/],
      [{...payload, email: 'nope'}, /email: "nope" is not an email address/],
      [{...payload, requestId: undefined}, /^requestId: /],
    ] as const;
    for (const [value, reason] of bad) {
      const parsed = parseRequestBody(JSON.stringify(value), 'application/json');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.status).toBe(400);
        expect(parsed.reason).toMatch(reason);
      }
    }
    expect(parseRequestBody('{', 'application/json')).toMatchObject({ok: false, status: 400});
    expect(parseRequestBody('type=a&type=b', 'application/x-www-form-urlencoded')).toMatchObject({
      ok: false,
      status: 400,
      reason: '"type" is given more than once',
    });
    expect(parseRequestBody('{}', 'text/plain')).toMatchObject({ok: false, status: 415});
    expect(parseRequestBody('x'.repeat(70_000), 'application/json')).toMatchObject({ok: false, status: 413});
  });
});

describe('the answer’s due date (one month, Art. 12(3))', () => {
  const due = (date: string) => isoDate(answerDueDate(new Date(`${date}T12:00:00`)));
  it('is the same date next month', () => expect(due('2024-05-14')).toBe('2024-06-14'));
  it('is the last day of a shorter month', () => {
    expect(due('2025-01-31')).toBe('2025-02-28');
    expect(due('2024-01-31')).toBe('2024-02-29');
  });
  it('moves off a weekend to Monday', () => {
    expect(due('2024-05-15')).toBe('2024-06-17'); // 15 June 2024 is a Saturday
    expect(due('2024-05-16')).toBe('2024-06-17'); // 16 June 2024 is a Sunday
  });
  it('crosses the year', () => expect(due('2024-12-03')).toBe('2025-01-03'));
});

describe('drafts', () => {
  it('survive, per notice, until cleared', () => {
    const storage = new MemoryStorage();
    const pending = {requestId: newRequestId(), createdAt: new Date().toISOString(), fingerprint: 'x'};
    saveDraft(storage, 'a', {fields: filled(), pending});
    expect(loadDraft(storage, 'a')).toEqual({fields: filled(), pending});
    expect(loadDraft(storage, 'b')).toBeUndefined();
    clearDraft(storage, 'a');
    expect(loadDraft(storage, 'a')).toBeUndefined();
  });

  it('ignore broken or hostile storage', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey('a'), '{not json');
    expect(loadDraft(storage, 'a')).toBeUndefined();
    storage.setItem(draftKey('a'), JSON.stringify({fields: {name: 'x'}, pending: {requestId: 1}}));
    expect(loadDraft(storage, 'a')).toEqual({fields: {...emptyFields(), name: 'x'}});
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => saveDraft(full, 'a', {fields: filled()})).not.toThrow();
  });
});

describe('form-action', () => {
  const page = 'http://shop.example/privacy';
  it('accepts https and the same origin', () => {
    expect(checkFormAction('https://api.example/requests', page)).toEqual({ok: true, url: 'https://api.example/requests'});
    expect(checkFormAction('/api/privacy-requests', page)).toEqual({ok: true, url: 'http://shop.example/api/privacy-requests'});
  });
  it('refuses clear text elsewhere, other schemes and credentials', () => {
    expect(checkFormAction('http://api.example/requests', page).ok).toBe(false);
    expect(checkFormAction('javascript:alert(1)', page).ok).toBe(false);
    expect(checkFormAction('https://user:pw@api.example/', page).ok).toBe(false);
  });
  it('a development address on a live page is refused, quietly (issue 15)', () => {
    for (const action of [
      'http://localhost:8000/api',
      'https://localhost/api',
      'http://127.0.0.1/x',
      'http://[::1]:3000/x',
      'http://api.localhost/x',
    ]) {
      const result = checkFormAction(action, 'https://shop.example/privacy');
      expect(result, action).toMatchObject({ok: false, quiet: true});
      expect(!result.ok && result.reason, action).toContain('https://shop.example');
    }
    expect(checkFormAction('http://localhost:8000/api', page)).toMatchObject({ok: false, quiet: true});
  });
  it('clear text from an https page is refused, quietly', () => {
    const result = checkFormAction('http://api.example/requests', 'https://shop.example/privacy');
    expect(result).toMatchObject({ok: false, quiet: true});
    expect(!result.ok && result.reason).toContain('is http: on https://shop.example');
  });
  it('while developing on localhost, a localhost receiver is fine', () => {
    for (const pageUrl of ['http://localhost:8000/', 'http://127.0.0.1:8000/', 'https://localhost/', 'http://[::1]:8000/']) {
      expect(checkFormAction('http://localhost:9000/api', pageUrl).ok, pageUrl).toBe(true);
      expect(checkFormAction('http://127.0.0.1:9000/api', pageUrl).ok, pageUrl).toBe(true);
      expect(checkFormAction('/api/privacy-requests', pageUrl).ok, pageUrl).toBe(true);
    }
  });
  it('reads Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter(new Date(Date.now() + 60_000).toUTCString())).toBeGreaterThan(55);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('the email fallback', () => {
  const controller = {name: 'Oy', email: 'info@example.fi'};
  it('writes to the register contact, then the privacy team, then the DPO, else the controller', () => {
    expect(contactEmail({controller})).toBe('info@example.fi');
    expect(
      contactEmail({
        controller,
        contacts: [{role: 'dpo', email: 'dpo@example.fi'}, {role: 'privacy-team', email: 'privacy@example.fi'}, {role: 'register-contact'}],
      })
    ).toBe('privacy@example.fi');
  });

  it('takes the first of several addresses (`email`, else `emails`)', () => {
    expect(contactEmail({controller: {name: 'Oy', emails: [{address: 'a@example.fi', label: 'asiakaspalvelu'}]}})).toBe('a@example.fi');
    expect(
      contactEmail({
        controller,
        contacts: [{role: 'register-contact', emails: [{address: 'rekisteri@example.fi'}, {address: 'toinen@example.fi'}]}],
      })
    ).toBe('rekisteri@example.fi');
  });

  it('fills subject and body, line breaks as CRLF', () => {
    const href = mailtoHref('tietosuoja@example.fi', 'Pyyntö: tarkastus', 'Hei,\n\nA & B?');
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('tietosuoja@example.fi');
    expect(url.searchParams.get('subject')).toBe('Pyyntö: tarkastus');
    expect(url.searchParams.get('body')).toBe('Hei,\r\n\r\nA & B?');
  });

  it('has a readable plain-text copy of the request', () => {
    const text = requestText(payloadOf(filled({type: 'other', message: 'Line one\nLine two'})), {
      noticeTitle: 'Privacy notice',
      locale: 'en',
      reference: 'PR-1',
      dueDate: new Date(2024, 5, 30),
    });
    expect(text).toContain('Request: Another question');
    expect(text).toContain('Name: Maija Meikäläinen');
    expect(text).toContain('Reference: PR-1');
    expect(text).toContain('Answer due by: June 30, 2024');
    expect(text).toContain('Request id: 1b4e28ba-2fa1-41d2-883f-0016d3cca427');
    expect(text.endsWith('Message:\nLine one\nLine two')).toBe(true);
    expect(text).not.toContain('Phone');
  });
});
