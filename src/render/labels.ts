/**
 * Interface text of the static notice. The default headings and the names of
 * rights, roles and legal bases come from src/views/labels.ts, the cookie
 * panel's names and labels from src/views/cookie-panel-names.ts, and the
 * form's heading, introduction and email link from src/form/request-text.ts,
 * as in the element. The rest are the views' own `msg()` calls, repeated here word for
 * word — text, id and description — so lit-localize treats each pair as ONE
 * message with one translation (it refuses two that differ), and
 * test/unit/render.test.ts fails if a copy here no longer matches its view.
 * They can become imports once the views export them from a DOM-free module.
 *
 * Call inside `inLocale`, like the views.
 */
import {msg, str} from '../localization.js';

export {requestHeading, requestIntro, writeToLabel} from '../form/request-text.js';

export {
  contactRoleLabel,
  controllerLabel,
  defaultSectionHeading,
  legalBasisLabel,
  noticeTitleLabel,
  rightLabel,
  rightNotGrantedLabel,
} from '../views/labels.js';
export {
  categoryName,
  cookieColumns,
  cookiePanelHeading,
  cookieTableCaption,
  serviceLabels,
  storageTypeName,
  transferText,
} from '../views/cookie-panel-names.js';

// src/views/header.ts, src/views/change-history.ts
export const updatedLabel = (updated: string) =>
  msg(str`Updated ${updated}`, {desc: 'When the privacy notice was last changed; the date is already formatted.'});
export const effectiveLabel = (effective: string) =>
  msg(str`In force from ${effective}`, {
    desc: 'The date from which this version of the privacy notice applies; the date is already formatted.',
  });
export const versionLabel = (version: string) =>
  msg(str`Version ${version}`, {desc: 'Version number or name of the privacy notice, as given by its author.'});
export const legalReferencesLabel = () =>
  msg('Legal references', {desc: 'Label before the list of laws a privacy notice is based on (Finnish "säädösperusta").'});
export const changeHistoryLabel = () =>
  msg('Change history', {desc: 'Heading of the list of earlier changes to the privacy notice (Finnish "muutoshistoria").'});

// src/views/controller-card.ts
export const cardLabels = () => ({
  businessId: msg('Business ID', {
    id: 'card-business-id',
    desc: 'Label of a company\'s registration number (Finnish "Y-tunnus", Swedish "FO-nummer").',
  }),
  email: msg('Email', {id: 'card-email', desc: 'Label of an email address on a contact card.'}),
  phone: msg('Phone', {id: 'card-phone', desc: 'Label of a phone number on a contact card.'}),
  website: msg('Website', {id: 'card-website', desc: 'Label of a web address on a contact card.'}),
});

// src/views/sections.ts
export const legalBasisPrefix = () => msg('Legal basis:', {desc: 'Label before the legal basis (or bases) of one purpose of processing.'});
export const legitimateInterestPrefix = () =>
  msg('Legitimate interest:', {desc: 'Label before the legitimate interest that one purpose of processing rests on.'});
