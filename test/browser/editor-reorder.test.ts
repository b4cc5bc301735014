/**
 * Reordering sections by dragging the handle: with the mouse, as a person
 * drags (Playwright's mouse in headless Chromium, which runs HTML5 drag and
 * drop), and through the drag events themselves. The keyboard path (Move up /
 * Move down, focus following) is in editor-edit.test.ts.
 */
import {expect} from '@open-wc/testing';
import {resetMouse, sendMouse, setViewport} from '@web/test-runner-commands';
import type {NoticeEditorElement} from '../../src/editor/notice-editor.js';
import {$, editor, importText, preview, seed, seeds} from './editor-helpers.js';

const ids = (el: NoticeEditorElement) => el.notice!.sections.map((s) => s.id);
const centre = (target: Element) => {
  const box = target.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] as [number, number];
};

async function opened(name: string) {
  const el = await editor(name);
  await importText(el, await seed((await seeds()).find((n) => n.startsWith('001'))!));
  return el;
}

describe('editor: drag to reorder', () => {
  afterEach(() => resetMouse());

  it('drags the first section by its handle onto the third, with the mouse', async () => {
    const el = await opened('reorder-mouse');
    const before = ids(el);
    const handle = $(el, 'li.section[data-index="0"] .handle');
    const target = $(el, 'li.section[data-index="2"] .section-head h3');
    // Both in view at once: a tall window, the first section below the sticky header.
    await setViewport({
      width: 1280,
      height: Math.min(8000, Math.ceil(target.getBoundingClientRect().bottom - handle.getBoundingClientRect().top) + 500),
    });
    handle.scrollIntoView({block: 'start'});
    scrollBy(0, -300);
    const from = centre(handle);
    // The browser's own drag and drop, not synthetic events.
    const seen: string[] = [];
    for (const t of ['dragstart', 'drop', 'dragend']) el.shadowRoot!.addEventListener(t, () => seen.push(t), true);
    await sendMouse({type: 'move', position: from});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [from[0] + 5, from[1] + 5]});
    const to = centre(target);
    await sendMouse({type: 'move', position: to});
    await sendMouse({type: 'up'});
    await el.updateComplete;
    expect(seen).to.deep.equal(['dragstart', 'drop', 'dragend']);
    expect(ids(el)).to.deep.equal([before[1], before[2], before[0], ...before.slice(3)]);
    expect($(el, '[role="status"]').textContent).to.contain(`position 3 of ${before.length}`);
    // The preview follows.
    const shown = await preview(el);
    expect(shown.loadedNotice?.sections.map((s) => s.id)).to.deep.equal(ids(el));
    // One undo step puts it back.
    $<HTMLButtonElement>(el, 'button.undo').click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(before);
  });

  it('moves a section on drop, upwards too, from the drag events; a drop with nothing dragged does nothing', async () => {
    const el = await opened('reorder-events');
    const before = ids(el);
    const drag = (from: number, to: number) => {
      const data = new DataTransfer();
      $(el, `li.section[data-index="${from}"] .handle`).dispatchEvent(
        new DragEvent('dragstart', {bubbles: true, composed: true, dataTransfer: data})
      );
      const over = new DragEvent('dragover', {bubbles: true, composed: true, cancelable: true, dataTransfer: data});
      $(el, `li.section[data-index="${to}"]`).dispatchEvent(over);
      expect(over.defaultPrevented, 'the section accepts the drop').to.equal(true);
      $(el, `li.section[data-index="${to}"]`).dispatchEvent(
        new DragEvent('drop', {bubbles: true, composed: true, cancelable: true, dataTransfer: data})
      );
      return el.updateComplete;
    };
    await drag(3, 0);
    expect(ids(el)).to.deep.equal([before[3], before[0], before[1], before[2], ...before.slice(4)]);
    await drag(0, 3);
    expect(ids(el)).to.deep.equal(before);
    // Something dragged in from elsewhere (text, a file): not a section, nothing moves.
    const over = new DragEvent('dragover', {bubbles: true, composed: true, cancelable: true, dataTransfer: new DataTransfer()});
    $(el, 'li.section[data-index="1"]').dispatchEvent(over);
    expect(over.defaultPrevented).to.equal(false);
    $(el, 'li.section[data-index="1"]').dispatchEvent(
      new DragEvent('drop', {bubbles: true, composed: true, cancelable: true, dataTransfer: new DataTransfer()})
    );
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(before);
    // A drag given up (dragend, no drop) leaves nothing behind for a later drop.
    $(el, 'li.section[data-index="2"] .handle').dispatchEvent(
      new DragEvent('dragstart', {bubbles: true, composed: true, dataTransfer: new DataTransfer()})
    );
    $(el, 'li.section[data-index="2"] .handle').dispatchEvent(new DragEvent('dragend', {bubbles: true, composed: true}));
    const later = new DragEvent('dragover', {bubbles: true, composed: true, cancelable: true, dataTransfer: new DataTransfer()});
    $(el, 'li.section[data-index="0"]').dispatchEvent(later);
    expect(later.defaultPrevented).to.equal(false);
  });
});
