/** The bundle's CSS minifier: smaller CSS, the same meaning; strings untouched. */
import {describe, expect, it} from 'vitest';
import {minifyCssTemplates, minifyCssText, stripMessageDescriptions} from '../../build/shrink-sources.js';

describe('minifyCssText', () => {
  it('keeps the spaces inside CSS strings', () => {
    expect(minifyCssText(`.refs li + li::before {\n  content: '; ';\n}\n.x::after { content: ": " }`)).toBe(
      `.refs li + li::before{content:'; '}.x::after{content:": "}`
    );
  });

  it('removes comments and white space outside strings', () => {
    expect(minifyCssText(`/* a note */\n:host {\n  display: block; /* why */\n  color: red;\n}\n`)).toBe(':host{display:block;color:red}');
  });

  it('leaves escaped quotes inside a string alone', () => {
    expect(minifyCssText(`a::before { content: 'it\\'s ; here' ; }`)).toBe(`a::before{content:'it\\'s ; here'}`);
  });
});

describe('minifyCssTemplates and stripMessageDescriptions', () => {
  it('minifies css`…` blocks and keeps ${…} parts', () => {
    expect(minifyCssTemplates('const s = css`a { color: ${c}; }`;')).toBe('const s = css`a{color:${c}}`;');
  });

  it('drops msg() desc options', () => {
    expect(stripMessageDescriptions(`msg('Hi', {desc: 'greeting'})`)).toBe(`msg('Hi', {})`);
  });
});
