/** The cookie declaration: the services by category, each with its facts and a table of its cookies. */
import {formatDuration} from '../document/duration.js';
import {COOKIE_CATEGORIES, type CookieService} from '../document/schema.js';
import {isSafeUrl} from '../sanitize/rules.js';
import {heading, link, plain, rich, uiText, type Render} from './context.js';
import {escapeHtml as esc} from './escape.js';
import * as label from './labels.js';

export function cookies(r: Render): string {
  const declared = r.notice.cookies;
  if (!declared) return '';
  const h = heading(r.level + 1);
  const sub = heading(r.level + 2);
  const categories = COOKIE_CATEGORIES.filter((category) => declared.services.some((service) => service.category === category)).map(
    (category) =>
      `<section>\n<${sub}${r.ui}>${esc(label.categoryName(category))}</${sub}>\n` +
      declared.services
        .filter((service) => service.category === category)
        .map((service) => cookieService(r, service))
        .join('') +
      `</section>\n`
  );
  return (
    `<section class="cookies">\n<${h}${r.ui}>${esc(label.cookiePanelHeading())}</${h}>\n` +
    rich(r.pick(declared.description)) +
    categories.join('') +
    `</section>\n`
  );
}

/** "https://policies.google.com/privacy" → "policies.google.com/privacy". */
function linkText(url: string): string {
  try {
    const {host, pathname} = new URL(url);
    return pathname === '/' ? host : host + pathname;
  } catch {
    return url;
  }
}

function cookieService(r: Render, service: CookieService): string {
  const h = heading(r.level + 3);
  const labels = label.serviceLabels();
  const name = r.pick(service.name);
  const facts: string[] = [];
  const fact = (term: string, value: string) => facts.push(`<dt${r.ui}>${esc(term)}</dt><dd>${value}</dd>\n`);
  if (service.provider) fact(labels.provider, plain(r.pick(service.provider)));
  if (service.purpose) fact(labels.purpose, rich(r.pick(service.purpose)));
  if (service.privacyPolicy) {
    const url = service.privacyPolicy;
    fact(labels.privacyPolicy, isSafeUrl(url) ? link(url, linkText(url), true) : esc(url));
  }
  if (service.transferCountry) {
    const code = service.transferCountry;
    fact(labels.country, uiText(r, label.transferText(code, r.uiLocale)));
  }
  return (
    `<div class="cookie-service">\n<${h}>${plain(name)}</${h}>\n` +
    (facts.length ? `<dl>\n${facts.join('')}</dl>\n` : '') +
    (service.items.length ? cookieTable(r, service, name?.text ?? service.id) : '') +
    `</div>\n`
  );
}

function cookieTable(r: Render, service: CookieService, serviceName: string): string {
  const columns = label.cookieColumns();
  const rows = service.items.map((item) => {
    const description = r.pick(item.description);
    return (
      `<tr><th scope="row"><code>${esc(item.name)}</code></th>` +
      `<td${r.ui}>${esc(label.storageTypeName(item.type))}</td>` +
      `<td${r.ui}>${esc(formatDuration(item.duration, r.uiLocale))}</td>` +
      `<td>${description ? rich(description).trimEnd() : ''}</td></tr>\n`
    );
  });
  return (
    `<table>\n<caption${r.ui}>${esc(label.cookieTableCaption(serviceName))}</caption>\n` +
    `<thead${r.ui}><tr><th scope="col">${esc(columns.name)}</th><th scope="col">${esc(columns.type)}</th>` +
    `<th scope="col">${esc(columns.duration)}</th><th scope="col">${esc(columns.description)}</th></tr></thead>\n` +
    `<tbody>\n${rows.join('')}</tbody>\n</table>\n`
  );
}
