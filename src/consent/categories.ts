/**
 * The consent categories and the visitor's choices over them. Pure: no DOM.
 */
import {COOKIE_CATEGORIES, type CookieCategory} from '../document/schema.js';

export {COOKIE_CATEGORIES, type CookieCategory};

/** Categories the visitor chooses; `necessary` is always on. */
export const OPTIONAL_CATEGORIES = ['preferences', 'analytics', 'marketing'] as const;
export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number];

/** Whether each category is granted (`necessary` is always true). */
export type ConsentChoices = Record<CookieCategory, boolean>;

/** What the visitor allows in the optional categories. */
export type OptionalChoices = Record<OptionalCategory, boolean>;

export const isOptionalCategory = (value: unknown): value is OptionalCategory =>
  (OPTIONAL_CATEGORIES as readonly unknown[]).includes(value);

/** Everything optional denied: the default before a visitor chooses (GDPR: no pre-ticked boxes). */
export const NOTHING_OPTIONAL: OptionalChoices = Object.freeze({
  preferences: false,
  analytics: false,
  marketing: false,
});

export const withNecessary = (choices: OptionalChoices): ConsentChoices => ({
  necessary: true,
  ...choices,
});

/** The categories granted and denied, each in the schema's order. */
export function splitChoices(choices: ConsentChoices): {
  granted: CookieCategory[];
  denied: CookieCategory[];
} {
  return {
    granted: COOKIE_CATEGORIES.filter((c) => choices[c]),
    denied: COOKIE_CATEGORIES.filter((c) => !choices[c]),
  };
}
