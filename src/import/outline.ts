/**
 * A notice's outline from its parsed blocks: its title, the text before the
 * first section, and the sections, each a heading with the blocks under it;
 * marketing after the notice is dropped.
 */
import {blockLines, type Block, type HeadingBlock, type ParsedInput, type SourceLine} from './blocks.js';
import {isMarketingSection} from './chrome.js';
import {classifySection} from './kinds.js';
import type {ImportReport} from './result.js';

/** Words of a notice's own title ("Tietosuojaseloste", "Integritetspolicy", "Privacy notice"). */
const NOTICE_TITLE =
  /tietosuojaseloste|rekisteriseloste|tietosuojakäytäntö|integritetspolicy|dataskyddsbeskrivning|registerbeskrivning|dataskyddspolicy|privacy (notice|policy|statement)|data protection (notice|policy)/i;

interface Draft {
  heading?: HeadingBlock;
  blocks: Block[];
}

interface Outline {
  title?: SourceLine;
  intro: Block[];
  drafts: Draft[];
}

export function outline(parsed: ParsedInput, report: ImportReport): Outline {
  let {blocks} = parsed;
  let title: SourceLine | undefined = parsed.title;

  // Sections start at the level most headings have (ties: the shallowest). A heading
  // above that level before everything else is the title; later ones start sections too.
  let headings = blocks.filter((b): b is HeadingBlock => b.type === 'heading');
  const counts = new Map<number, number>();
  for (const h of headings) counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
  let level = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const first = headings[0];
  const titleLike = (h: HeadingBlock) => NOTICE_TITLE.test(h.text) && classifySection(h.text, '').confidence === 'low';
  if (
    first &&
    blocks[0] === first &&
    headings.length > 1 &&
    (first.level < level ||
      (counts.get(first.level) === 1 && headings.every((h) => h === first || h.level > first.level)) ||
      titleLike(first))
  ) {
    title = {text: first.text, line: first.line};
    blocks = blocks.slice(1);
    headings = headings.slice(1);
    if (!headings.some((h) => h.level === level)) level = Math.min(...headings.map((h) => h.level));
  }
  blocks = blocks.map((b) => (b.type === 'heading' && b.level < level ? {...b, level} : b));
  const intro: Block[] = [];
  const drafts: Draft[] = [];
  for (const block of blocks) {
    if (block.type === 'heading' && block.level === level) drafts.push({heading: block, blocks: []});
    else if (drafts.length) drafts[drafts.length - 1].blocks.push(block);
    else intro.push(block);
  }

  // Trailing marketing ("Ota yhteyttä" over a sales pitch) is page furniture.
  for (let i = drafts.length - 1; i >= Math.max(1, Math.floor(drafts.length / 2)); i--) {
    const draft = drafts[i];
    const text = draft.blocks
      .flatMap(blockLines)
      .map((l) => l.text)
      .join('\n');
    if (draft.heading && isMarketingSection(draft.heading.text, text)) {
      for (const gone of drafts.splice(i))
        for (const line of [
          ...(gone.heading ? [{text: gone.heading.text, line: gone.heading.line}] : []),
          ...gone.blocks.flatMap(blockLines),
        ])
          report.dropped.push({line: line.line, text: line.text, reason: 'marketing on the page after the notice'});
      break;
    }
  }

  // No headings: the whole text is one section.
  if (!drafts.length && intro.length) drafts.push({blocks: intro.splice(0)});
  return {title, intro, drafts};
}
