/**
 * The script-tag entry for pages in Swedish (dist/privacy-notice.sv.js): the
 * element with its Swedish interface built in, so a Swedish page downloads
 * one file, not the script and then its translation. Other languages still
 * load on first use.
 */
import {templates} from './generated/locales/sv.js';
import {provideUiLocale} from './localization.js';

provideUiLocale('sv', templates);

export * from './define.js';
