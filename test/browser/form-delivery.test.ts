import {expect} from '@open-wc/testing';
import type {PrivacyRequestSentEvent} from '../../src/events.js';
import {REQUEST_TYPES} from '../../src/form/request-types.js';
import {$, $$, fillRequest, mount, newScope, receipt, submitButton, text, until} from './form-helpers.js';

const MESSAGE_FOR: Record<string, string> = {
  rectification: 'My address is wrong: it should be Haikankatu 4.',
  restriction: 'I dispute the accuracy of my data.',
  objection: 'I object because of my particular situation.',
  other: 'Do you share my data with anyone?',
};

describe('form: delivery to the receiver', () => {
  it('offers the notice’s rights (not complaint) and another question, each explained', async () => {
    const el = await mount();
    const offered = $$<HTMLInputElement>(el, 'input[name="type"]').map((input) => input.value);
    expect(offered).to.deep.equal([...REQUEST_TYPES]);
    for (const input of $$<HTMLInputElement>(el, 'input[name="type"]')) {
      const hint = $(el, `#${input.getAttribute('aria-describedby')}`);
      expect(text(hint)).to.not.equal('');
    }
  });

  for (const requestType of REQUEST_TYPES) {
    it(`sends a "${requestType}" request end to end`, async () => {
      const scope = newScope();
      const el = await mount({action: scope.action});
      let sent: PrivacyRequestSentEvent | undefined;
      el.addEventListener('privacy-request-sent', (event) => (sent = event));
      await fillRequest(el, requestType, MESSAGE_FOR[requestType] ?? '');
      submitButton(el).click();
      await until(() => receipt(el), 'no receipt');

      const [record] = await scope.stored();
      expect(record.request).to.include({
        type: requestType,
        name: 'Maija Meikäläinen',
        email: 'maija@example.fi',
        phone: '+358 40 765 4321',
        customerNumber: 'A-1234',
        requesterRole: 'data-subject',
        noticeId: 'form-test',
        noticeVersion: '2',
        noticeUpdated: '2024-05-31',
        language: 'en',
        schemaVersion: 1,
      });
      if (MESSAGE_FOR[requestType]) expect(record.request.message).to.equal(MESSAGE_FOR[requestType]);
      expect(record.request.pageUrl).to.equal(location.origin + location.pathname);
      expect(record.encoding).to.equal('json');
      expect(record.idempotencyKey).to.equal(record.request.requestId);

      expect(text($(el, '.request-reference'))).to.equal(record.reference);
      expect(sent?.reference).to.equal(record.reference);
      expect(sent?.dueDate).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect($(el, '.request-due time')!.getAttribute('datetime')).to.equal(sent?.dueDate);
      const copy = $<HTMLTextAreaElement>(el, '#request-copy')!.value;
      expect(copy).to.contain(record.reference);
      expect(copy).to.contain('Maija Meikäläinen');
    });
  }

  it('sends urlencoded when form-encoding says so', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action, encoding: 'urlencoded'});
    await fillRequest(el, 'other', 'Mitä tietoja & miksi?');
    submitButton(el).click();
    await until(() => receipt(el), 'no receipt');
    const [record] = await scope.stored();
    expect(record.encoding).to.equal('urlencoded');
    expect(record.request.message).to.equal('Mitä tietoja & miksi?');
    const [attempt] = await scope.attempts();
    expect(attempt.contentType).to.equal('application/x-www-form-urlencoded');
  });
});
