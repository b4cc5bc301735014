/// <reference types="vite/client" />
/**
 * The demo page: a picker of the seed notices in demo/notices/, settings that
 * become attributes on one <privacy-notice>, and the embed code for them.
 * The choices live in the page address (?notice=…&lang=fi), so a demo link
 * can be shared. The element itself is loaded by its own script tag.
 */
import {lastUpdated, type NoticeDocument} from '../src/document/schema.js';
import {pickText} from '../src/document/language.js';
import {targetLocales} from '../src/generated/locale-codes.js';
import type {PrivacyNoticeElement} from '../src/privacy-notice.js';

/** Every seed notice, read from the folder when vite serves the page. */
const seedModules = import.meta.glob<NoticeDocument>('./notices/*.json', {
  eager: true,
  import: 'default',
});

interface Seed {
  /** File name without `.json`: the `?notice=` value. */
  name: string;
  /** Address the element fetches. */
  url: string;
  notice: NoticeDocument;
}

const seeds: Seed[] = Object.entries(seedModules)
  .map(([path, notice]) => ({
    name: path.replace(/^.*\//, '').replace(/\.json$/, ''),
    url: new URL(path, import.meta.url).pathname,
    notice,
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

type Theme = 'auto' | 'light' | 'dark';
type Source = 'file' | 'inline';

interface Settings {
  notice: string;
  lang: string;
  theme: Theme;
  headingLevel: number;
  openAll: boolean;
  noForm: boolean;
  /** POST the form's requests to the demo's receiver. */
  formAction: boolean;
  noCookies: boolean;
  audit: boolean;
  source: Source;
}

/**
 * What the embed code tells a site owner to load: the package's dist/ folder
 * hosted on their own site at /privacy-notice/ (as README's install says: it
 * is not on a CDN until it is published); for a page in Finnish or Swedish,
 * the entry with that language built in.
 */
const SCRIPT_FOLDER = '/privacy-notice/';
const scriptUrl = (lang: string) =>
  `${SCRIPT_FOLDER}privacy-notice${(targetLocales as readonly string[]).includes(lang) ? `.${lang}` : ''}.js`;
/** The receiver `npm start` runs for the form (server/receiver.js). */
const DEMO_RECEIVER = '/api/privacy-requests';
/** Where the embed code expects the site owner to put the JSON file. */
const NOTICE_URL = '/privacy/notice.json';

const $ = <T extends Element>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`demo: ${selector} is missing from index.html`);
  return found;
};

const form = $<HTMLFormElement>('#settings');
const noticePicker = $<HTMLSelectElement>('#notice-picker');
const noticeHint = $<HTMLElement>('#notice-hint');
const languagePicker = $<HTMLSelectElement>('#language-picker');
const languageHint = $<HTMLElement>('#language-hint');
const headingLevel = $<HTMLSelectElement>('#heading-level');
const previewFrame = $<HTMLElement>('#preview-frame');
const eventStatus = $<HTMLElement>('#event-status');
const snippet = $<HTMLElement>('#snippet');
const sourceHint = $<HTMLElement>('#source-hint');
const copyButton = $<HTMLButtonElement>('#copy-snippet');
const copyStatus = $<HTMLElement>('#copy-status');
const downloadLink = $<HTMLAnchorElement>('#download-notice');

const input = (id: string) => $<HTMLInputElement>(`#${id}`);
/** The checked radio's value; `form.elements` includes radios outside it with form="settings". */
const radio = (name: string) => (form.elements.namedItem(name) as RadioNodeList | null)?.value;

const languageNames = new Intl.DisplayNames(['en'], {type: 'language'});
const dateFormat = new Intl.DateTimeFormat('en', {dateStyle: 'long'});

function textOf(seed: Seed, value: Parameters<typeof pickText>[0], language = 'en') {
  return pickText(value, language, seed.notice.languages)?.text ?? '';
}

// --- settings <-> address and form ----------------------------------------

function readSettingsFromAddress(): Settings {
  const query = new URLSearchParams(location.search);
  const flag = (key: string) => query.has(key) && query.get(key) !== 'false';
  const theme = query.get('theme');
  const level = Number(query.get('heading-level'));
  const notice = query.get('notice');
  return {
    notice: seeds.some((s) => s.name === notice) ? notice! : (seeds[0]?.name ?? ''),
    // `lang=` (empty) means no lang attribute: the page and browser decide.
    lang: ['', 'fi', 'sv', 'en'].includes(query.get('lang') ?? 'fi') ? (query.get('lang') ?? 'fi') : 'fi',
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    headingLevel: level >= 1 && level <= 4 ? level : 2,
    openAll: query.get('open') === 'all',
    noForm: flag('no-form'),
    formAction: flag('form-action'),
    noCookies: flag('no-cookies'),
    audit: flag('audit'),
    source: query.get('source') === 'inline' ? 'inline' : 'file',
  };
}

function writeSettingsToAddress(settings: Settings): void {
  const query = new URLSearchParams();
  query.set('notice', settings.notice);
  query.set('lang', settings.lang);
  if (settings.theme !== 'auto') query.set('theme', settings.theme);
  if (settings.headingLevel !== 2) query.set('heading-level', String(settings.headingLevel));
  if (settings.openAll) query.set('open', 'all');
  if (settings.noForm) query.set('no-form', '');
  if (settings.formAction) query.set('form-action', '');
  if (settings.noCookies) query.set('no-cookies', '');
  if (settings.audit) query.set('audit', '');
  if (settings.source === 'inline') query.set('source', 'inline');
  // Keep the hash: it may be a deep link to a section.
  history.replaceState(null, '', `?${query}${location.hash}`);
}

function showSettingsInForm(settings: Settings): void {
  noticePicker.value = settings.notice;
  languagePicker.value = settings.lang;
  headingLevel.value = String(settings.headingLevel);
  input(`theme-${settings.theme}`).checked = true;
  input(`source-${settings.source}`).checked = true;
  input('open-all').checked = settings.openAll;
  input('no-form').checked = settings.noForm;
  input('form-action').checked = settings.formAction;
  input('no-cookies').checked = settings.noCookies;
  input('audit').checked = settings.audit;
}

function readSettingsFromForm(): Settings {
  return {
    notice: noticePicker.value,
    lang: languagePicker.value,
    theme: (radio('theme') as Theme | undefined) ?? 'auto',
    headingLevel: Number(headingLevel.value),
    openAll: input('open-all').checked,
    noForm: input('no-form').checked,
    formAction: input('form-action').checked,
    noCookies: input('no-cookies').checked,
    audit: input('audit').checked,
    source: (radio('source') as Source | undefined) ?? 'file',
  };
}

// --- the element -------------------------------------------------------------

/** Attributes for these settings, in the order the embed code shows them. */
function attributesFor(settings: Settings): [string, string][] {
  const attributes: [string, string][] = [];
  if (settings.lang) attributes.push(['lang', settings.lang]);
  if (settings.theme !== 'auto') attributes.push(['theme', settings.theme]);
  if (settings.headingLevel !== 2) attributes.push(['heading-level', String(settings.headingLevel)]);
  if (settings.openAll) attributes.push(['open', 'all']);
  if (settings.noForm) attributes.push(['no-form', '']);
  else if (settings.formAction) attributes.push(['form-action', DEMO_RECEIVER]);
  if (settings.noCookies) attributes.push(['no-cookies', '']);
  if (settings.audit) attributes.push(['audit', '']);
  return attributes;
}

/** JSON that can sit inside <script type="application/json"> without ending it early. */
function inlineJson(notice: NoticeDocument): string {
  // `$schema` is an editor's hint with a path relative to the file: no use inline.
  const {$schema: _schema, ...rest} = notice as NoticeDocument & {$schema?: string};
  return JSON.stringify(rest, null, 2)
    .replace(/<\/(script)/gi, '\\u003c/$1')
    .replace(/<!--/g, '\\u003c!--');
}

const ELEMENT_ATTRIBUTES = ['lang', 'theme', 'heading-level', 'open', 'no-form', 'form-action', 'no-cookies', 'audit'];

/** The one element the preview shows; settings change its attributes. */
let element: PrivacyNoticeElement | undefined;

function showNotice(settings: Settings): void {
  const seed = seeds.find((s) => s.name === settings.notice);
  if (!seed) {
    eventStatus.textContent = 'No notices in demo/notices/ yet.';
    return;
  }
  if (!element) {
    element = document.createElement('privacy-notice');
    element.id = 'notice';
    previewFrame.replaceChildren(element);
  }
  const wanted = new Map(attributesFor(settings));
  for (const name of ELEMENT_ATTRIBUTES) {
    const value = wanted.get(name);
    if (value === undefined) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  // The preview always fetches the file; "inline" changes only the embed
  // code. (npm start enforces Trusted Types, under which a script may not
  // write a <script>'s text, even JSON; embed/cms.html shows inline JSON.)
  // A new src makes the element drop the old request and load the new one;
  // the other attributes re-render it without fetching again.
  if (element.getAttribute('src') !== seed.url) {
    eventStatus.textContent = 'Loading…';
    element.setAttribute('src', seed.url);
  }
}

// The element's events bubble out of its shadow root, so the frame hears them.
previewFrame.addEventListener('privacy-notice-load', (event) => {
  const warnings = event.warnings.length;
  eventStatus.textContent =
    `privacy-notice-load · language ${event.language}` + (warnings ? ` · ${warnings} warning${warnings === 1 ? '' : 's'}` : '');
});
previewFrame.addEventListener('privacy-notice-error', (event) => {
  eventStatus.textContent = `privacy-notice-error · ${event.error.kind}: ${event.error.message}`;
});

// --- hints and the embed code ---------------------------------------------

function showHints(settings: Settings): void {
  const seed = seeds.find((s) => s.name === settings.notice);
  if (!seed) return;
  const {notice} = seed;
  const date = lastUpdated(notice);
  const updated = date ? ` · updated ${dateFormat.format(new Date(`${date}T12:00:00`))}` : '';
  noticeHint.textContent = `${textOf(seed, notice.controller.name)}${updated} · ${notice.sections.length} sections`;

  const written = notice.languages.map((tag) => languageNames.of(tag) ?? tag);
  const first = written[0];
  const has = !settings.lang || notice.languages.some((tag) => tag.split('-')[0] === settings.lang);
  languageHint.textContent =
    `This notice is written in ${new Intl.ListFormat('en').format(written)}. ` +
    (has
      ? 'Sets lang on the element: its buttons and the text follow.'
      : `Buttons follow lang; the text falls back to ${first}, marked so screen readers read it as ${first}.`);

  downloadLink.href = seed.url;
  downloadLink.download = `${seed.name}.json`;
}

function embedCode(settings: Settings): string {
  const seed = seeds.find((s) => s.name === settings.notice);
  const attributes = attributesFor(settings)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`))
    .join('');
  const script = `<script type="module" src="${scriptUrl(settings.lang)}"></script>`;
  if (settings.source === 'inline' && seed) {
    const json = inlineJson(seed.notice);
    return `${script}\n<privacy-notice${attributes}>\n<script type="application/json">\n${json}\n</script>\n</privacy-notice>`;
  }
  return `${script}\n<privacy-notice src="${NOTICE_URL}"${attributes}></privacy-notice>`;
}

function showEmbedCode(settings: Settings): void {
  snippet.textContent = embedCode(settings);
  sourceHint.textContent =
    settings.source === 'inline'
      ? `For a CMS block where you cannot upload the JSON: the whole document goes inside the element. The package's dist/ folder goes on your site as ${SCRIPT_FOLDER}.`
      : `Upload the notice's JSON to your site as ${NOTICE_URL} and the package's dist/ folder as ${SCRIPT_FOLDER}, then paste these two lines where the notice should be.`;
}

copyButton.addEventListener('click', async () => {
  const text = snippet.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied. Paste it into your page or CMS block.';
  } catch {
    // No clipboard (an insecure page or a refusal): select it for Ctrl+C instead.
    const range = document.createRange();
    range.selectNodeContents(snippet);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    copyStatus.textContent = 'Selected. Press Ctrl+C (⌘C on a Mac) to copy.';
  }
});

// --- putting it together -----------------------------------------------------

function apply(settings: Settings): void {
  document.documentElement.dataset.theme = settings.theme;
  // No form, nothing to send anywhere.
  input('form-action').disabled = settings.noForm;
  showNotice(settings);
  showHints(settings);
  showEmbedCode(settings);
}

for (const seed of seeds) {
  const option = document.createElement('option');
  option.value = seed.name;
  option.textContent = `${textOf(seed, seed.notice.controller.name)}: ${textOf(seed, seed.notice.title)}`;
  option.lang = pickText(seed.notice.title, 'en', seed.notice.languages)?.lang ?? '';
  noticePicker.append(option);
}

const initial = readSettingsFromAddress();
showSettingsInForm(initial);
apply(initial);

// The document source radios sit outside the form (form="settings"), so
// listen where every change arrives and keep the ones that belong to it.
document.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement | null)?.form !== form) return;
  copyStatus.textContent = '';
  const settings = readSettingsFromForm();
  writeSettingsToAddress(settings);
  apply(settings);
});
