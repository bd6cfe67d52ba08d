import { describe, expect, it } from 'vitest';
import { documentFiles, random, root } from '../support/markdown-files.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument, type DocumentModel } from '../../server/src/engine/document.js';
import { IncrementalParser } from '../../server/src/engine/incremental.js';
import { cutPoints } from '../../server/src/engine/chunks.js';


// Insertions that matter to chunking: heading marks, fences, HTML, frontmatter fences, setext underlines, definitions.
const INSERTS = ['a', ' ', '\n', '#', '# ', '\n# New heading\n', '```', '\n```\n', '~~~', '<!--', '-->', '<div>', '\n\n', '---\n', '===', '[x]: /y', '> ', '- ', '  ', '|', '\r\n', '**Bold?**'];

function comparable(model: DocumentModel) {
  const { text, nonProse, frontmatter, blocks, prose, links, comments, sections, title } = model;
  return { text, nonProse, frontmatter, blocks, prose, links, comments, sections, title };
}

/** Deep equality via JSON first (fast on big trees); toEqual only to show the difference. */
function expectSameModel(actual: DocumentModel, expected: DocumentModel, label: string): void {
  if (JSON.stringify(comparable(actual)) !== JSON.stringify(comparable(expected))) {
    expect(comparable(actual), label).toEqual(comparable(expected));
  }
}

describe('incremental parsing', () => {
  it('finds test documents', () => {
    expect(documentFiles.length).toBeGreaterThan(0);
  });

  it('cuts at top-level headings and after blank lines, never inside code, HTML, frontmatter or a list', () => {
    const text = readFileSync(join(root, 'tests/lsp/fixtures/tricky.md'), 'utf8');
    const cutLines = cutPoints(text).map(({ offset }) => text.slice(offset, text.indexOf('\n', offset)));
    expect(cutLines).toEqual([
      'Setext title',
      '# Who is our SENCO?',
      'Our SENCO is Ms A Patel.',
      '# Straight after a paragraph',
      '```md',
      '~~~~',
      '<!-- a comment',
      '<div>',
      '# After the list',
      '> quoted',
      '# after a quote',
      '| Question | Answer |',
      '# after a table',
      'Subheading',
      '## How do we involve parents? {#id}',
      'Text with `code` and a [link](https://example.org) and <span>inline html</span>.',
      '###### six',
    ]);
  });

  it('reparses only the edited chunk', () => {
    const text = '# One\n\nAlpha.\n\n# Two\n\nBeta.\n\n# Three\n\nGamma.\n';
    const parser = new IncrementalParser();
    parser.update(text);
    expect(parser.lastParsedChunks).toBe(6); // each heading and each paragraph
    const edited = text.replace('Beta.', 'Beta and more.');
    expectSameModel(parser.update(edited), buildDocument(edited), 'after the edit');
    expect(parser.lastParsedChunks).toBe(1);
  });

  it.each(documentFiles.map((f) => [f.slice(root.length + 1), f]))('matches a full parse after random edits of %s', (_name, file) => {
    let text = readFileSync(file, 'utf8');
    const next = random(text.length);
    const parser = new IncrementalParser();
    expectSameModel(parser.update(text), buildDocument(text), 'initial');
    // Every step also runs a full parse to compare with, so long documents get fewer steps.
    const steps = Math.min(40, Math.max(8, Math.round(150_000 / Math.max(1, text.length))));
    for (let step = 0; step < steps; step++) {
      const at = Math.floor(next() * (text.length + 1));
      if (next() < 0.3) {
        text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 20)));
      } else {
        text = text.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)] + text.slice(at);
      }
      expectSameModel(parser.update(text), buildDocument(text), `after step ${step}`);
    }
  });
});
