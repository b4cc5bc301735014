/** The notice's sections: each one's title and body, with its purposes, retention periods and, where it belongs, the rights. */
import {formatDuration} from '../document/duration.js';
import {sectionKinds, type NoticeSection} from '../document/schema.js';
import {shownSections} from '../views/sections.js';
import {heading, plain, rich, uiText, type Render} from './context.js';
import {escapeHtml as esc} from './escape.js';
import * as label from './labels.js';

export function sections(r: Render): string {
  const h = heading(r.level + 1);
  return shownSections(r.notice)
    .map(
      ({section, withRights, position}) =>
        `<section id="${esc(section.id)}">\n<${h}>${sectionTitle(r, section, position)}</${h}>\n` +
        rich(r.pick(section.body)) +
        purposes(r, section) +
        retention(r, section) +
        (withRights ? rights(r) : '') +
        `</section>\n`
    )
    .join('');
}

/** "3. Title"; without a title the default heading of its kinds, else "Section 3" (as the element). */
function sectionTitle(r: Render, section: NoticeSection, position: number): string {
  const {number} = section;
  const numbered = number ? `${esc(/\./.test(number) ? number : `${number}.`)} ` : '';
  if (section.title) return numbered + plain(r.pick(section.title));
  const kinds = sectionKinds(section);
  if (kinds.every((kind) => kind === 'other')) return uiText(r, label.defaultSectionHeading(kinds, number ?? String(position), r.uiLocale));
  return numbered + uiText(r, label.defaultSectionHeading(kinds, '', r.uiLocale));
}

function purposes(r: Render, section: NoticeSection): string {
  if (!section.purposes?.length) return '';
  const items = section.purposes.map((item) => {
    const parts = [`<strong>${plain(r.pick(item.purpose))}</strong>`];
    if (item.legalBasis?.length)
      parts.push(uiText(r, `${label.legalBasisPrefix()} ${item.legalBasis.map(label.legalBasisLabel).join(', ')}`));
    if (item.legitimateInterest) parts.push(`${uiText(r, label.legitimateInterestPrefix())} ${plain(r.pick(item.legitimateInterest))}`);
    return `<li>${parts.join('<br>')}</li>\n`;
  });
  return `<ul>\n${items.join('')}</ul>\n`;
}

function retention(r: Render, section: NoticeSection): string {
  if (!section.retention?.length) return '';
  const items = section.retention.map((item) => {
    const head = [
      item.data ? `<strong>${plain(r.pick(item.data))}</strong>` : '',
      item.duration ? uiText(r, formatDuration(item.duration, r.uiLocale)) : '',
    ].filter(Boolean);
    return `<li>${head.join(': ')}\n${rich(r.pick(item.criteria))}${rich(r.pick(item.text))}</li>\n`;
  });
  return `<ul>\n${items.join('')}</ul>\n`;
}

/** A right the controller does not grant is named as such, never as a right. */
function rights(r: Render): string {
  const items = r.notice.rights!.map(
    (right) =>
      `<li>${uiText(r, right.offered === false ? label.rightNotGrantedLabel(right.type) : label.rightLabel(right.type), 'strong')}\n` +
      `${rich(r.pick(right.text))}</li>\n`
  );
  return `<ul>\n${items.join('')}</ul>\n`;
}
