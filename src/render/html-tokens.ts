/**
 * Reading HTML a piece at a time as the browser's tokenizer does: a tag with
 * its attributes, the end of a comment, of a bogus comment, of a raw-text
 * element, of an element dropped with its content. No tree: the sanitiser
 * keeps its own stack of open elements.
 */
/**
 * Elements whose content the HTML parser reads as raw text up to their end
 * tag: dropped with it, except a textarea's, which is text.
 */
export const RAW_TEXT = new Set(['script', 'style', 'iframe', 'noscript', 'noembed', 'noframes', 'xmp', 'textarea', 'title']);

export interface Tag {
  name: string;
  end: boolean;
  attributes: Array<[string, string]>;
}

/**
 * Reads a tag starting at `input[start] === '<'` (a letter or `/letter`
 * follows). Returns the tag and the index after it, or undefined when the
 * input ends inside it (a browser drops such a tag).
 */
export function readTag(input: string, start: number): {tag: Tag; next: number} | undefined {
  let i = start + 1;
  const end = input[i] === '/';
  if (end) i++;
  const nameMatch = /^[^\s/>]*/.exec(input.slice(i, i + 256))!;
  let name = nameMatch[0];
  i += name.length;
  // A name longer than we look at is not one we allow: skip the rest of it.
  while (i < input.length && !/[\s/>]/.test(input[i])) {
    name += input[i];
    i++;
  }
  const attributes: Array<[string, string]> = [];
  for (;;) {
    while (i < input.length && /[\s/]/.test(input[i])) i++;
    if (i >= input.length) return undefined;
    if (input[i] === '>') return {tag: {name: name.toLowerCase(), end, attributes}, next: i + 1};
    // An attribute name: its first character may be "=".
    let attrName = input[i++];
    while (i < input.length && !/[\s/>=]/.test(input[i])) attrName += input[i++];
    while (i < input.length && /\s/.test(input[i])) i++;
    let value = '';
    if (input[i] === '=') {
      i++;
      while (i < input.length && /\s/.test(input[i])) i++;
      const quote = input[i];
      if (quote === '"' || quote === "'") {
        const close = input.indexOf(quote, i + 1);
        if (close < 0) return undefined;
        value = input.slice(i + 1, close);
        i = close + 1;
      } else {
        const match = /^[^\s>]*/.exec(input.slice(i))!;
        value = match[0];
        i += value.length;
      }
    }
    attributes.push([attrName.toLowerCase(), value]);
  }
}

/** The index after a comment starting at `<!--`, as the HTML tokenizer ends it. */
export function commentEnd(input: string, start: number): number {
  const body = start + 4;
  // "<!-->" and "<!--->" are complete (empty) comments.
  if (input.startsWith('>', body)) return body + 1;
  if (input.startsWith('->', body)) return body + 2;
  const match = /--!?>/.exec(input.slice(body));
  return match ? body + match.index + match[0].length : input.length;
}

/** The index after a raw-text element's content and end tag (`</name` then space, `/` or `>`). */
export function rawTextEnd(input: string, from: number, name: string): number {
  const pattern = new RegExp(`</${name}(?=[\\s/>])`, 'ig');
  pattern.lastIndex = from;
  const match = pattern.exec(input);
  if (!match) return input.length;
  const close = input.indexOf('>', match.index);
  return close < 0 ? input.length : close + 1;
}

export function endOfBogus(input: string, from: number): number {
  const close = input.indexOf('>', from);
  return close < 0 ? input.length : close + 1;
}

/**
 * The index after an element that is dropped with its content and is parsed
 * as markup (svg, math, template…): its own start and end tags counted.
 */
export function skipElement(input: string, from: number, name: string): number {
  let depth = 1;
  let i = from;
  while (i < input.length) {
    const lt = input.indexOf('<', i);
    if (lt < 0) return input.length;
    const next = input[lt + 1] ?? '';
    if (input.startsWith('<!--', lt)) {
      i = commentEnd(input, lt);
      continue;
    }
    if (/[a-z]/i.test(next) || (next === '/' && /[a-z]/i.test(input[lt + 2] ?? ''))) {
      const read = readTag(input, lt);
      if (!read) return input.length;
      i = read.next;
      if (read.tag.name === name) depth += read.tag.end ? -1 : 1;
      else if (!read.tag.end && RAW_TEXT.has(read.tag.name)) i = rawTextEnd(input, i, read.tag.name);
      if (depth === 0) return i;
      continue;
    }
    i = lt + 1;
  }
  return input.length;
}
