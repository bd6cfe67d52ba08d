// Long text is parsed in pieces (server/src/engine/parse.ts, cuts from chunks.ts): the model must be the
// one a single parse of the whole text gives. Checked with a piece size of 1 character, so every cut the
// scanner finds is used, on the samples, corpus and test fixtures and on random edits of them.
import { describe, expect, it } from 'vitest';
import { documentFiles, random, root } from '../support/markdown-files.js';
import { readFileSync } from 'node:fs';
import { documentFromTree, type DocumentModel } from '../../server/src/engine/document.js';
import { cutPoints } from '../../server/src/engine/chunks.js';
import { parseMarkdown, parseWhole } from '../../server/src/engine/parse.js';


// Insertions that change where cuts are safe: blank lines, list markers, indentation, fences, HTML, quotes, setext underlines.
const INSERTS = ['a', ' ', '\n', '\n\n', '# ', '- ', '1. ', '  ', '    ', '```', '\n```\n', '~~~', '<!--', '-->', '<div>', '\n\n<div>\n', '> ', '---\n', '===', '|', '| a | b |\n|---|---|\n', '\r\n', '\r', '\t', '*', '**Bold?**', '[x]: /y'];

/** Every construct that could carry across a blank line, each followed by lines a careless cut would split off. */
const TRICKY = [
  '---', 'type: sen-information-report', '', 'title: x', '---', '', 'Intro paragraph.', '',
  '- loose item', '', '- second item', '', '  continued in the item', '', '  ```', '', '  code in the item', '', '  ```', '',
  '1. ordered', '', '2) other marker', '', '10. long number', '', 'After lists.', '',
  '* star item', '', '+ plus item', '', '***', '', '- - nested', '', '    - deeper', '', 'Text.', '',
  '> quote', '', '> second quote', '>', '> - list in quote', '', 'Lazy', '> quote', 'continuation', '',
  '```md', '', '# not a heading', '', '```', '', '~~~', '', '- not a list', '~~~', '',
  '    indented code', '', '    more code', '', 'Setext heading', '===', '', 'Another', '---', '',
  '<div>', '', 'Markdown inside the div.', '', '</div>', '', '<!-- a comment', '', 'still the comment -->', '',
  '<script>', '', 'var x;', '', '</script>', '', '<span>inline html starts a paragraph</span>', '', 'Text.', '',
  '| Need | Support |', '|---|---|', '| a | b |', '', 'After the table.', '', '  indented paragraph', '', 'Last line.', '',
].join('\n');

function model(text: string, tree: ReturnType<typeof parseWhole>): string {
  const { nonProse, frontmatter, blocks, prose, links, comments, sections, title }: DocumentModel = documentFromTree(text, tree);
  return JSON.stringify({ tree, nonProse, frontmatter, blocks, prose, links, comments, sections, title });
}

function expectSameAsWhole(text: string, label: string): void {
  const pieces = model(text, parseMarkdown(text, 1));
  const whole = model(text, parseWhole(text));
  if (pieces !== whole) expect(JSON.parse(pieces), label).toEqual(JSON.parse(whole));
}

describe('parsing long text in pieces', () => {
  it('cuts after blank lines only before a line that closes every list and quote', () => {
    const text = [
      '# Title', '', 'Para one.', '', '- item', '', '- loose item', '', '  more of the item', '', 'After the list.',
      '', '> quote', '', 'After the quote.', '', '```', '', 'code', '', '```', '', '    indented code', '', 'Last.', '',
    ].join('\n');
    const cutLines = cutPoints(text).map(({ offset }) => text.slice(offset, text.indexOf('\n', offset)));
    expect(cutLines).toEqual(['Para one.', 'After the list.', '> quote', 'After the quote.', '```', 'Last.']);
  });

  it('numbers each cut with its line, counting CRLF, CR and LF as the parser does', () => {
    const text = 'One.\r\n\r\nTwo.\r\rThree.\n\nFour.';
    expect(cutPoints(text)).toEqual([
      { offset: 8, line: 2 },
      { offset: 14, line: 4 },
      { offset: 22, line: 6 },
    ]);
  });

  it('finds documents to check', () => {
    expect(documentFiles.length).toBeGreaterThan(10);
  });

  it('gives the whole-text model for random edits of a document made of every awkward construct', () => {
    let text = TRICKY;
    expectSameAsWhole(text, 'unedited');
    const next = random(7);
    for (let step = 0; step < 150; step++) {
      const at = Math.floor(next() * (text.length + 1));
      if (next() < 0.3) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 10)));
      else text = text.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)] + text.slice(at);
      expectSameAsWhole(text, `after step ${step}: ${JSON.stringify(text)}`);
      // Keep it from growing or shrinking away.
      if (text.length > 3 * TRICKY.length || text.length < TRICKY.length / 3) text = TRICKY;
    }
  });

  it.each(documentFiles.map((f) => [f.slice(root.length + 1), f]))('gives the whole-text model for random edits of %s', (_name, file) => {
    let text = readFileSync(file, 'utf8');
    // A link reference definition applies document-wide, so such a document is never cut (chunks.ts).
    if (!/^\[[^\n\]]*\]:/m.test(text)) expect(cutPoints(text).length, 'the document is cut somewhere').toBeGreaterThan(0);
    expectSameAsWhole(text, 'unedited');
    const next = random(text.length + 1);
    for (let step = 0; step < 6; step++) {
      const at = Math.floor(next() * (text.length + 1));
      if (next() < 0.3) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 20)));
      else text = text.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)] + text.slice(at);
      expectSameAsWhole(text, `after step ${step}`);
    }
  });
});
