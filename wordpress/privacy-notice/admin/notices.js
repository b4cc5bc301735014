/**
 * The notice upload form: runs the element's own validator and GDPR checker
 * (the same code as `privacy-notice check`, built into the plugin as
 * privacy-notice-validator.js) on the file or the pasted text, lists errors
 * with their paths and the GDPR warnings, and keeps "Save notice" disabled
 * until the document is valid. The server checks again when it is sent.
 */
const data = JSON.parse(document.getElementById('privacy-notice-admin-data').textContent);
const t = data.l10n;
const form = document.getElementById('privacy-notice-upload');
const file = document.getElementById('privacy-notice-file');
const text = document.getElementById('privacy-notice-json');
const save = document.getElementById('privacy-notice-save');
const report = document.getElementById('privacy-notice-report');
let valid = false;

save.disabled = true;

const item = (path, message, extra) => {
  const li = document.createElement('li');
  const code = document.createElement('code');
  code.textContent = path || t.document;
  li.append(code, ' ', message);
  if (extra) {
    const small = document.createElement('small');
    small.textContent = ` (${extra})`;
    li.append(small);
  }
  return li;
};

const paragraph = (message, className) => {
  const p = document.createElement('p');
  p.textContent = message;
  if (className) p.className = className;
  return p;
};

let checker;
const loadChecker = () =>
  (checker ??= import(data.validator).catch((error) => {
    console.error('privacy-notice: the checker could not be loaded', error);
    return undefined;
  }));

async function check() {
  const json = text.value;
  report.replaceChildren();
  report.className = '';
  valid = false;
  save.disabled = true;
  if (!json.trim()) {
    report.append(paragraph(t.empty));
    return;
  }
  report.append(paragraph(t.checking));
  const module = await loadChecker();
  if (json !== text.value) return; // typed on meanwhile; the newer check reports
  report.replaceChildren();
  if (!module) {
    report.append(paragraph(t.noValidator, 'notice notice-warning inline'));
    save.disabled = false;
    return;
  }
  const result = module.checkNotice(json);
  valid = result.valid;
  report.dataset.valid = String(result.valid);
  if (!result.valid) {
    report.append(paragraph(t.invalid, 'privacy-notice-invalid'));
    const list = document.createElement('ul');
    list.className = 'privacy-notice-errors';
    for (const error of result.errors) list.append(item(error.path, error.message));
    report.append(list);
  } else {
    const id = result.notice.id;
    report.append(paragraph(t.valid, 'privacy-notice-valid'));
    report.append(paragraph((data.stored.includes(id) ? t.newVersion : t.newNotice).replace('%s', id)));
  }
  if (result.warnings.length) {
    report.append(paragraph(t.warnings));
    const list = document.createElement('ul');
    list.className = 'privacy-notice-warnings';
    for (const warning of result.warnings) {
      list.append(item(warning.path, warning.message, [warning.code, warning.article].filter(Boolean).join(', ')));
    }
    report.append(list);
  } else if (result.valid) {
    report.append(paragraph(t.noWarnings));
  }
  save.disabled = !valid;
}

let timer;
text.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(check, 250);
});

file.addEventListener('change', async () => {
  const chosen = file.files && file.files[0];
  if (!chosen) return;
  try {
    text.value = await chosen.text();
  } catch {
    report.replaceChildren(paragraph(t.readFailed));
    return;
  }
  // The text is sent; the file itself need not be uploaded again.
  file.value = '';
  await check();
});

form.addEventListener('submit', (event) => {
  if (!valid && !save.disabled) return; // checker missing: the server decides
  if (!valid) event.preventDefault();
});

loadChecker();
