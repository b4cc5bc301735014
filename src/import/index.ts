/**
 * `importNotice`: the notice you already have (plain text from a web page or
 * PDF, Markdown, HTML; .docx through `importDocx`) → a notice document and a
 * report of how it was read. Pure: no DOM, no I/O; runs in Node and the
 * browser. Every fact in the document is in the text, with its line in the
 * report; what is left out as page furniture is listed; what the format
 * needs and the text does not say is reported for the author to add.
 */
import {textVersions} from '../document/language.js';
import type {LocalizedText, NoticeDocument} from '../document/schema.js';
import {htmlToText} from './blocks.js';
import {importParsed} from './build.js';
import {parseHtml} from './html.js';
import {parseMarkdown} from './markdown.js';
import {ImportError, type ImportOptions, type ImportResult, type InputFormat} from './result.js';
import {parseText} from './text.js';

export type {ImportOptions, ImportReport, ImportResult, InputFormat, SectionReport} from './result.js';

/** Characters of input accepted: a 5 MB saved web page and then some. */
export const MAX_INPUT_CHARS = 10 * 1024 * 1024;

export {importDocx, DocxError, MAX_DOCX_BYTES, MAX_DOCX_UNCOMPRESSED} from './docx.js';

/** The input's format from its name, else from its first characters. */
export function detectFormat(text: string, fileName?: string): InputFormat {
  const ext = /\.([a-z]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt') return 'text';
  const head = text.slice(0, 5000);
  if (/^\s*(<!doctype html|<html|<head|<body|<meta|<article|<main|<section|<div|<p[\s>]|<h[1-6][\s>]|<ul[\s>]|<table[\s>])/i.test(head))
    return 'html';
  if ((head.match(/<\/(p|div|h[1-6]|li|td|span|a)>/gi)?.length ?? 0) >= 5) return 'html';
  if (
    /^#{1,6}\s+\S/m.test(head) ||
    /^\S.*\n(=+|-{3,})\s*$/m.test(head) ||
    /\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)|^\|.*\|\s*$/m.test(head)
  )
    return 'markdown';
  return 'text';
}

/** Reads a notice. Never throws: a failure is `error`, with what was read in `report`. */
export function importNotice(input: string, options: ImportOptions = {}): ImportResult {
  const format = options.format ?? detectFormat(input, options.fileName);
  return importParsed(
    format,
    () => {
      if (input.length > MAX_INPUT_CHARS) throw new ImportError(`is ${input.length} characters long; the limit is ${MAX_INPUT_CHARS}`);
      const text = input.replace(/^\uFEFF/, '');
      return format === 'html' ? parseHtml(text) : format === 'markdown' ? parseMarkdown(text) : parseText(text);
    },
    options
  );
}

/** The visible text of a document's title, introduction and sections, for comparing and testing. */
export function documentText(document: NoticeDocument): string {
  const all = (value: LocalizedText | undefined) => textVersions(value).join('\n');
  return [
    all(document.title),
    htmlToText(all(document.introduction)),
    ...document.sections.flatMap((s) => [[s.number, all(s.title)].filter(Boolean).join(' '), htmlToText(all(s.body))]),
  ].join('\n');
}
