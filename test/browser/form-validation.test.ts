/**
 * Validation (GOV.UK error summary pattern), keyboard use and axe-core in the
 * empty, error and success states.
 */
import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {$, $$, choose, fillRequest, focused, mount, newScope, receipt, submitButton, text, type, until} from './form-helpers.js';

const summaryLinks = (el: HTMLElement) => $$<HTMLAnchorElement>(el, '.request-summary a');

describe('form: validation', () => {
  beforeEach(() => sessionStorage.clear());

  it('on submit: an error summary that takes focus and links to each field', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    submitButton(el).click();
    await until(() => $(el, '.request-summary'), 'no error summary');
    await el.updateComplete;
    expect(focused(el)).to.equal($(el, '.request-summary'));
    expect(summaryLinks(el).map((a) => text(a))).to.deep.equal([
      'Choose what you would like to do',
      'Enter your name',
      'Enter your email address',
      'Choose who is making the request',
    ]);
    expect(await scope.attempts()).to.have.length(0);

    const email = summaryLinks(el)[2];
    expect(email.getAttribute('href')).to.equal('#request-email');
    email.click();
    expect(focused(el)).to.equal($(el, '#request-email'));
    summaryLinks(el)[0].click();
    expect(focused(el)).to.equal($(el, 'input[name="type"]'));
  });

  it('marks each wrong field: inline message, aria-invalid, aria-describedby', async () => {
    const el = await mount();
    submitButton(el).click();
    await until(() => $(el, '.request-summary'), 'no error summary');
    const email = $<HTMLInputElement>(el, '#request-email')!;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const described = email.getAttribute('aria-describedby')!.split(' ');
    expect(described).to.include('request-email-error');
    expect(text($(el, '#request-email-error'))).to.equal('Error: Enter your email address');
    const group = $(el, 'fieldset[aria-labelledby="request-type-label"]')!;
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    expect(group.getAttribute('aria-describedby')).to.equal('request-type-error');
    // Optional fields are fine empty.
    expect($(el, '#request-phone')!.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('clears an error as it is fixed, and the summary with it', async () => {
    const el = await mount();
    submitButton(el).click();
    await until(() => $(el, '.request-summary'), 'no error summary');
    await type(el, 'email', 'maija@example.fi');
    expect($(el, '#request-email')!.hasAttribute('aria-invalid')).to.equal(false);
    expect(summaryLinks(el).map((a) => text(a))).to.not.include('Enter your email address');
    await fillRequest(el, 'access');
    expect($(el, '.request-summary')).to.equal(null);
  });

  it('checks a touched field when it is left, not an untouched one', async () => {
    const el = await mount();
    const name = $<HTMLInputElement>(el, '#request-name')!;
    name.focus();
    name.blur();
    await el.updateComplete;
    expect($(el, '#request-name-error')).to.equal(null);

    await type(el, 'email', 'maija at example');
    expect($(el, '#request-email-error')).to.equal(null); // not while typing
    $<HTMLInputElement>(el, '#request-email')!.blur();
    await el.updateComplete;
    expect(text($(el, '#request-email-error'))).to.contain('Enter an email address in the correct format');
    expect($(el, '.request-summary')).to.equal(null); // inline only until submit
  });

  it('a click on the submit button right after a wrong field still submits', async () => {
    const el = await mount();
    await type(el, 'email', 'maija at example'); // focused and touched: leaving it would show an error
    submitButton(el).scrollIntoView({block: 'center'});
    const box = submitButton(el).getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
    await until(() => $(el, '.request-summary'), 'the click did not submit (the button moved away?)');
    expect(summaryLinks(el).map((a) => text(a))).to.include('Enter an email address in the correct format, like name@example.com');
  });

  it('asks for a message only where the request needs one', async () => {
    const el = await mount();
    await choose(el, 'type', 'rectification');
    expect(text($(el, 'label[for="request-message"]'))).to.equal('Your message');
    expect($(el, '#request-message')!.getAttribute('aria-required')).to.equal('true');
    await choose(el, 'type', 'access');
    expect(text($(el, 'label[for="request-message"]'))).to.equal('Your message (optional)');
    await fillRequest(el, 'objection');
    submitButton(el).click();
    await until(() => $(el, '.request-summary'), 'no error summary');
    expect(summaryLinks(el).map((a) => text(a))).to.deep.equal(['Tell us the grounds for your objection']);
  });

  it('works with the keyboard alone, from the first field to the confirmation', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    $<HTMLInputElement>(el, 'input[name="type"]')!.focus();
    await sendKeys({press: 'ArrowDown'}); // moves to and picks "Correct my data"
    await sendKeys({press: 'Tab'});
    expect(focused(el)).to.equal($(el, '#request-message'));
    await sendKeys({type: 'My street address is wrong.'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: 'Maija Meikäläinen'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: 'maija@example.fi'});
    await sendKeys({press: 'Tab'}); // phone: optional
    await sendKeys({press: 'Tab'}); // customer number: optional
    await sendKeys({press: 'Tab'});
    expect(focused(el)).to.equal($(el, 'input[name="requesterRole"]'));
    await sendKeys({press: 'Space'});
    await sendKeys({press: 'Tab'});
    expect(focused(el)).to.equal(submitButton(el));
    await sendKeys({press: 'Enter'});
    await until(() => receipt(el), 'no receipt');
    await el.updateComplete;
    expect(focused(el)).to.equal(receipt(el));
    const [stored] = await scope.stored();
    expect(stored.request).to.include({
      type: 'rectification',
      message: 'My street address is wrong.',
      name: 'Maija Meikäläinen',
      email: 'maija@example.fi',
      requesterRole: 'data-subject',
    });
  });

  it('the hidden trap field is out of the tab order, and a bot that fills it sends nothing', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    const trap = $<HTMLInputElement>(el, '[name="website"]')!;
    expect(trap.tabIndex).to.equal(-1);
    await fillRequest(el, 'access');
    await type(el, 'website', 'http://spam.example');
    submitButton(el).click();
    await until(() => receipt(el), 'no receipt');
    expect(await scope.attempts()).to.have.length(0);
  });
});

describe('form: axe-core', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible empty', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('is accessible with errors', async () => {
    const el = await mount();
    submitButton(el).click();
    await until(() => $(el, '.request-summary'), 'no error summary');
    await expect(el).to.be.accessible();
  });

  it('is accessible after a failure', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    await fillRequest(el, 'access');
    await scope.fault({status: 500, count: 10});
    submitButton(el).click();
    await until(() => $(el, '#request-failure'), 'no failure');
    $<HTMLDetailsElement>(el, '.request-fallback')!.open = true;
    await expect(el).to.be.accessible();
  });

  it('is accessible after success', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    await fillRequest(el, 'access');
    submitButton(el).click();
    await until(() => receipt(el), 'no receipt');
    await expect(el).to.be.accessible();
  });

  it('is accessible with the email fallback', async () => {
    const el = await mount();
    await fillRequest(el, 'access');
    submitButton(el).click();
    await until(() => $(el, '#request-mail'), 'no email panel');
    await expect(el).to.be.accessible();
  });
});

describe('form: in Finnish and Swedish', () => {
  beforeEach(() => sessionStorage.clear());

  it('speaks Finnish', async () => {
    const el = await mount({lang: 'fi'});
    expect(text($(el, '.request-heading'))).to.equal('Käytä oikeuksiasi');
    expect(text($(el, 'label[for="request-type-access"]'))).to.equal('Tietojeni tarkastaminen (tarkastusoikeus)');
    expect(text($(el, 'label[for="request-requesterRole-data-subject"]'))).to.contain('rekisteröity');
    submitButton(el).click();
    await until(() => $(el, '.request-summary'), 'no error summary');
    expect(summaryLinks(el).map((a) => text(a))).to.include('Anna sähköpostiosoitteesi');
  });

  it('speaks Swedish', async () => {
    const el = await mount({lang: 'sv', notice: undefined});
    expect(text($(el, '.request-heading'))).to.equal('Använd dina rättigheter');
    expect(text(submitButton(el))).to.equal('Skriv e-postmeddelandet');
  });
});
