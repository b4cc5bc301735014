/**
 * A vite build plugin for the widget's bundles: the editor's interface
 * strings share the XLIFF files and so the generated locale modules
 * (src/generated/locales/*.ts) with the element's, but the widget never shows
 * them. This leaves out every template whose id starts with "editor-", so the
 * widget's translation chunks stay the size they were. The editor's own
 * build (scripts/build-editor.js) does not use it.
 */

/** One generated locale module without the editor's templates. */
export function stripEditorStrings(code) {
  return code.replace(/^'editor-[\w-]+': (?:str)?`(?:[^`\\]|\\.)*`,\n/gm, '');
}

export function widgetOnlyStrings() {
  return {
    name: 'widget-only-strings',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]generated[\\/]locales[\\/][\w-]+\.ts$/.test(id)) return null;
      return {code: stripEditorStrings(code), map: null};
    },
  };
}
