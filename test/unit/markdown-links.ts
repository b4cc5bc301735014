/**
 * The relative links of a Markdown page, for the tests that check them: the
 * docs test (each resolves, anchors included) and the package test (the
 * tarball ships what they point at).
 */
import {posix} from 'node:path';

/** Markdown without fenced code blocks and inline code, where links are not links. */
export const prose = (text: string) => text.replace(/^ *(```|~~~)[\s\S]*?^ *\1 *$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');

export interface RelativeLink {
  /** As written. */
  link: string;
  /** The file it points at, relative to the repository (starts with ../ when outside it). */
  target: string;
  /** After #, if any. */
  anchor?: string;
}

/** The links of `text` (the page at `from`, relative to the repository) that are not https:, mailto: and the like. */
export function relativeLinks(text: string, from: string): RelativeLink[] {
  return [...prose(text).matchAll(/!?\[[^\]]*\]\(<?([^)\s>]+)>?(?: +"[^"]*")?\)/g)]
    .map((match) => match[1])
    .filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link))
    .map((link) => {
      const [path, anchor] = link.split('#') as [string, string | undefined];
      return {link, target: path ? posix.join(posix.dirname(from), decodeURIComponent(path)) : from, anchor};
    });
}
