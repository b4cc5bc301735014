/**
 * Isolation from the host page: hostile global CSS, twenty instances side by
 * side, two copies of the script, and the element removed in the middle of
 * loading and of sending the form. Host pages are real pages served by
 * test/server/proof.js, opened in same-origin frames; a classic script there
 * records uncaught errors (`__errors`).
 */
import {expect, waitUntil} from '@open-wc/testing';
import {exercise, openProofPage} from './hostile-helpers.js';

const SEED = '/demo/notices/arjasmaa.json';

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/** Properties compared inside the element. */
const PROPERTIES = [
  'display',
  'visibility',
  'position',
  'float',
  'opacity',
  'color',
  'background-color',
  'background-image',
  'box-sizing',
  'border-top-style',
  'border-top-width',
  'outline-style',
  'clip-path',
  'transform',
  'z-index',
  'overflow-x',
  'content-visibility',
  'font-family',
  'font-size',
  'line-height',
  'text-align',
  'white-space',
  'cursor',
  'pointer-events',
];

/**
 * Two channels reach inside by design: the host's inherited properties (the
 * element takes the page's font and colour) and the root font size (its
 * spacing is in rem, so it follows the visitor's text size). To compare what
 * hostile *selectors* do inside, both pages pin those to the same values.
 */
const PIN_HOST =
  'all: initial !important; display: block !important; font: 16px/1.5 sans-serif !important; color: #222 !important; width: 900px !important;';

const PIN_ROOT = 'font-size: 16px !important;';

function snapshot(el: Element) {
  const view = el.ownerDocument.defaultView!;
  return [...el.shadowRoot!.querySelectorAll('*')].map((node) => {
    const style = view.getComputedStyle(node);
    const box = node.getBoundingClientRect();
    return {
      node: `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}${typeof node.className === 'string' && node.className ? '.' + node.className.split(' ')[0] : ''}`,
      visible: node.checkVisibility(),
      style: PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'),
      size: `${Math.round(box.width)}×${Math.round(box.height)}`,
    };
  });
}

describe('hostile global CSS on the host page', () => {
  it('reaches nothing inside: every element keeps its style, size and visibility', async function () {
    this.timeout(40000);
    const query = {script: '/dist/privacy-notice.js', src: SEED, attrs: 'lang=fi', csp: 'none'};
    const plain = await openProofPage(query);
    const hostile = await openProofPage({...query, css: 'hostile'});
    // The sheet does apply to the host page: its own button is hidden.
    expect(hostile.win.getComputedStyle(hostile.win.document.getElementById('host-button')!).display).to.equal('none');
    for (const {elements} of [plain, hostile]) {
      elements[0].setAttribute('style', PIN_HOST);
      elements[0].ownerDocument.documentElement.setAttribute('style', PIN_ROOT);
      await exercise(elements[0]);
      // The form moves focus; which frame has it is not the point here.
      (elements[0].shadowRoot!.activeElement as HTMLElement | null)?.blur();
    }
    const a = snapshot(plain.elements[0]);
    const b = snapshot(hostile.elements[0]);
    expect(b.map((n) => n.node)).to.deep.equal(a.map((n) => n.node));
    const changed = a.flatMap((n, i) => {
      const m = b[i];
      if (n.style === m.style && n.visible === m.visible && n.size === m.size) return [];
      const props = n.style.split(';').filter((p, k) => p !== m.style.split(';')[k]);
      return [
        `${n.node}: ${props.join(';')} ${n.size} ${n.visible} → ${m.style
          .split(';')
          .filter((p) => !n.style.split(';').includes(p))
          .join(';')} ${m.size} ${m.visible}`,
      ];
    });
    expect(changed).to.deep.equal([]);
    const buttons = [...hostile.elements[0].shadowRoot!.querySelectorAll('button')];
    expect(buttons.length).to.be.greaterThan(10);
    for (const button of buttons) {
      expect(button.checkVisibility(), button.outerHTML.slice(0, 80)).to.equal(true);
      expect(button.getBoundingClientRect().height).to.be.greaterThan(0);
    }
    console.log(`hostile CSS: ${a.length} elements compared, ${buttons.length} buttons all visible`);
  });

  it('cannot show collapsed sections: [hidden] { display: block !important } stays outside', async function () {
    this.timeout(20000);
    const {elements} = await openProofPage({script: '/dist/privacy-notice.js', src: SEED, css: 'hostile', csp: 'none'});
    const collapsed = [...elements[0].shadowRoot!.querySelectorAll('[hidden]')];
    expect(collapsed.length).to.be.greaterThan(0);
    for (const panel of collapsed) {
      const content = panel.firstElementChild ?? panel;
      expect(content.checkVisibility(), panel.outerHTML.slice(0, 80)).to.equal(false);
    }
  });
});

describe('twenty instances on one page', () => {
  it('all render, each with its own state, and nothing throws', async function () {
    this.timeout(60000);
    const {win, elements} = await openProofPage({
      script: '/dist/privacy-notice.js',
      src: [SEED, '/demo/notices/pro-tyoturva.json'],
      count: '10',
      attrs: 'lang=fi',
      csp: 'none',
    });
    expect(elements.length).to.equal(20);
    for (const el of elements) expect(el.status).to.equal('ready');
    // Opening a section in one opens it nowhere else.
    const first = elements[0].shadowRoot!.querySelector<HTMLButtonElement>('[aria-expanded="false"]')!;
    first.click();
    await elements[0].updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    for (const el of elements.slice(1, 10)) {
      expect(el.shadowRoot!.querySelector(`#${first.id}`)!.getAttribute('aria-expanded')).to.equal('false');
    }
    // Ids are per shadow root: none leaks into the page.
    expect(win.document.getElementById(first.id)).to.equal(null);
    for (const el of elements.slice(0, 4)) await exercise(el);
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('two copies of the script', () => {
  it('the built bundle loaded twice: no error, one definition, notices render', async function () {
    this.timeout(20000);
    const {win, elements} = await openProofPage({
      script: ['/dist/privacy-notice.js', '/dist/privacy-notice.js?copy=2'],
      src: SEED,
      csp: 'none',
    });
    expect(win.__errors).to.deep.equal([]);
    expect(elements[0].status).to.equal('ready');
  });

  it('the source modules and the bundle on one page: no error, notices render', async function () {
    this.timeout(20000);
    const {win, elements} = await openProofPage({
      script: ['/src/define.ts', '/dist/privacy-notice.js'],
      src: SEED,
      count: '2',
      csp: 'none',
    });
    expect(win.__errors).to.deep.equal([]);
    for (const el of elements) expect(el.status).to.equal('ready');
    await exercise(elements[0]);
    expect(win.__errors).to.deep.equal([]);
  });

  it("two bundles under the strict policy: no violation, no error, no 'allow-duplicates' needed", async function () {
    this.timeout(20000);
    const {win, elements} = await openProofPage({script: ['/dist/privacy-notice.js', '/dist/privacy-notice.js?copy=2'], src: SEED});
    expect(elements[0].status).to.equal('ready');
    await exercise(elements[0]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('a page with its own Lit and DOMPurify under Trusted Types: their policies and ours never clash', async function () {
    this.timeout(20000);
    // Each library keeps its own name; none needs 'allow-duplicates'.
    const {win, elements} = await openProofPage({
      script: ['/proof/host-lit-element.js', '/proof/host-dompurify.js', '/dist/privacy-notice.js'],
      src: SEED,
      tt: 'lit-html dompurify privacy-notice',
    });
    expect(elements[0].status).to.equal('ready');
    await exercise(elements[0]);
    await waitUntil(() => win.document.querySelector('#host-sanitized'), "the page's DOMPurify never ran");
    expect(win.document.querySelector('#host-sanitized')!.innerHTML).to.equal('<b>host</b><i title="x">page</i>');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});
