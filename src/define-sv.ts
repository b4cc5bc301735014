/**
 * The script-tag entry for pages in Swedish (dist/privacy-notice.sv.js): the
 * element with its Swedish interface built in, so a Swedish page downloads
 * one file, not the script and then its translation (the notice's own
 * strings; the form's and the cookie panel's come with their chunks). Other
 * languages still load on first use.
 */
import {templates} from './generated/locales-split/sv-core.js';
import {provideUiLocale} from './localization.js';

provideUiLocale('sv', templates);

export * from './define.js';
