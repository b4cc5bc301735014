/** The interface strings' features (see split-locales.js). */
export type Feature = 'core' | 'form' | 'cookies';
export const SPLIT_DIR: string;
export const FEATURES: Feature[];
/** Which feature a source file's strings belong to (undefined: the editor's, left out). */
export function featureOf(file: string): Feature | undefined;
/** Message id -> feature, from every msg() call under src/. */
export function messageFeatures(): Map<string, Feature>;
/** The split modules' text, by file name (`fi-core.ts`, …). */
export function splitModules(features?: Map<string, Feature>): Map<string, string>;
/** Writes the modules; returns the names of those that changed. */
export function writeSplitLocales(): string[];
