/**
 * Document strings in templates: plain text through Lit's escaping, rich
 * text only through the sanitiser. A string that fell back to another
 * language carries its own `lang`, so screen readers pronounce it right, and
 * every string its language's `dir`, which also isolates it (bidi).
 */
import {html, nothing} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {literal, type StaticValue} from 'lit/static-html.js';
import type {PickedText} from '../document/language.js';
import {inLocale} from '../localization.js';
import {richText} from '../sanitize.js';
import {directionOf} from './format.js';
import type {ViewContext} from './view-context.js';

/** `lang` for a picked string: only when it is not in the document language. */
const langOf = (picked: PickedText | undefined) => (picked?.fallback ? picked.lang : nothing);

/**
 * Plain document text, isolated from what surrounds it: an element with `dir`
 * is a bidi isolate, so a Hebrew name beside a Finnish label, or a number
 * after an Arabic word, cannot reorder the text around it.
 */
export const plain = (picked: PickedText | undefined) =>
  picked ? html`<span dir=${directionOf(picked.lang)} lang=${langOf(picked)}>${picked.text}</span>` : nothing;

/** Rich document text, sanitised, in a block with the given class, written in its language's direction. */
export const rich = (picked: PickedText | undefined, className = 'rich') =>
  picked?.text
    ? html`<div class=${className} dir=${directionOf(picked.lang)} lang=${langOf(picked)}>${richText(picked.text)}</div>`
    : nothing;

/**
 * A piece of a view built again only when `deps`, the document or the
 * languages change (Lit's `guard`), so a slice of a long list, or a click on
 * one item, rebuilds only what changed. Lit runs `build` after render() has
 * returned, so the interface locale for its msg() calls is set here.
 */
export const guardView = (view: ViewContext, deps: readonly unknown[], build: () => unknown) =>
  guard([...deps, view.notice, view.language, view.uiLocale, view.uiLang, view.headingLevel], () => inLocale(view.uiLocale, build));

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading level kept within 1–6; 2 for one that is not a number. */
export const headingLevel = (level: number) => Math.min(6, Math.max(1, Math.round(level) || 2));

/** The heading tag for a level, kept within 1–6 (for `lit/static-html`). */
export const headingTag = (level: number): StaticValue => HEADINGS[headingLevel(level) - 1];
