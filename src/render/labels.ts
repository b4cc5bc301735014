/**
 * Interface text of the static notice: the element's own, imported — the
 * notice's labels from src/views/labels.ts, the cookie panel's from
 * src/views/cookie-panel-names.ts, the form's from src/form/request-text.ts —
 * so each message has one text and one translation (lit-localize refuses two
 * that differ), and test/unit/render.test.ts fails if a msg() call is written
 * here again.
 *
 * Call inside `inLocale`, like the views.
 */
export {requestHeading, requestIntro, writeToLabel} from '../form/request-text.js';

export {
  cardLabels,
  changeHistoryLabel,
  contactRoleLabel,
  controllerLabel,
  defaultSectionHeading,
  effectiveLabel,
  legalBasisLabel,
  legalBasisPrefix,
  legalReferencesLabel,
  legitimateInterestPrefix,
  noticeTitleLabel,
  rightLabel,
  rightNotGrantedLabel,
  updatedLabel,
  versionLabel,
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
