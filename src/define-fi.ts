/**
 * The script-tag entry for pages in Finnish (dist/privacy-notice.fi.js): the
 * element with its Finnish interface built in, so a Finnish page downloads
 * one file, not the script and then its translation. Other languages still
 * load on first use.
 */
import {templates} from './generated/locales/fi.js';
import {provideUiLocale} from './localization.js';

provideUiLocale('fi', templates);

export * from './define.js';
