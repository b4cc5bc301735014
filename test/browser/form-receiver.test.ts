/** The receiver's refusals, seen from the browser (the unit tests cover the rest). */
import {expect} from '@open-wc/testing';
import {newScope} from './form-helpers.js';

describe('form: the receiver refuses bad bodies', () => {
  it('400 with a reason', async () => {
    const scope = newScope();
    const response = await fetch(scope.action, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({schemaVersion: 1, type: 'acess'}),
    });
    expect(response.status).to.equal(400);
    const {error, reason} = await response.json();
    expect(error).to.equal('bad-request');
    expect(reason).to.contain('type: "acess" is not a known request type — did you mean "access"?');
    expect(await scope.stored()).to.have.length(0);
  });

  it('413 for an oversize body', async () => {
    const scope = newScope();
    const response = await fetch(scope.action, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: 'message=' + 'ä'.repeat(40_000),
    });
    expect(response.status).to.equal(413);
    expect((await response.json()).error).to.equal('too-large');
  });
});
