/**
 * The script-tag entry for pages in Finnish (dist/privacy-notice.fi.js): the
 * element with its Finnish interface built in, so a Finnish page downloads
 * one file, not the script and then its translation (the notice's own
 * strings; the form's and the cookie panel's come with their chunks). Other
 * languages still load on first use.
 */
import {templates} from './generated/locales-split/fi-core.js';
import {provideUiLocale} from './localization.js';

provideUiLocale('fi', templates);

export * from './define.js';
