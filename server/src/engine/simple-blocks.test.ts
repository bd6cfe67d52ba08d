import { describe, expect, it } from 'vitest';
import { parseSimpleBlocks } from './simple-blocks.js';
import { parseWhole } from './parse.js';
import { random } from '../../../tests/support/markdown-files.js';

/** The fast path's nodes for the whole text, or null when it declines. */
function fast(text: string) {
  return parseSimpleBlocks(text, 0, text.length, 0);
}

const PLAIN = [
  '## Section 1: how we support pupils with SEND\n\nWe meet parents each term. The SENCO, Ms Patel, works with the LA.\n',
  '# Title\nA paragraph straight after the heading,\nover two lines.\n\n### Third level\n',
  '- We use a graduated approach: assess, plan, do, review.\n- Parents can email senco@example.sch.uk.\n\nAfter the list.\n',
  '* star item\n* another\n\n## Next\n',
  '| Need | Support |\n|---|:--|\n| Communication and interaction | SaLT sessions weekly |\n| | empty first cell |\n',
  '|a|b|c|\n| :-: | --: | - |\n|1|2|3|\n',
  '2024 was a good year for us.\n\nParagraph with émojis 🙂 and accents, "quotes" and (brackets).\n',
  '\n\n\nText after blank lines.\n\n\n',
  '## Windows line endings\r\n\r\nA paragraph\r\nover **two** lines.\r\n\r\n- a\r\n- b\r\n\r\n| a |\r\n|---|\r\n| b |\r\n',
  'Old Mac endings\rsecond line\r\rNext paragraph.\r',
  '**Bold lead-in.** Then text with *emphasis*, __strong__ and _italic_ words (**in brackets**).\n',
  '## Contact the **SENCO**\n\nSee the [Local Offer](https://www.example.gov.uk/offer) or <https://example.org/a> or <senco@example.sch.uk>.\n',
  '- **Assess**: we check.\n- [Policy](/policy.pdf), then text!\n\n| **Need** | [Link](https://x.uk) |\n|---|---|\n| *a* | b & c > d |\n',
];

/** Text that looks plain but is not: the fast path must decline it, or give exactly the parser's nodes. */
const NEAR_MISSES = [
  'Text\n===\n', 'Text\n---\n', '- a\n\n- b\n', '- a\n\n  more\n', '- a\n* b\n', '- a\ncontinued\n', '1. one\n2. two\n',
  '2) two\n', '3.5 hours a week\n', 'Para\n- list interrupts\n', 'Para\n| a |\n|---|\n', '| a |\n|---|\n| b |\nlazy row\n',
  '| a | b |\n|---|\n', '| a |\n| b |\n', '| a |\n|---|\n| b | c |\n', '||\n|-|\n', '#hashtag\n', '##  two spaces\n',
  '## Closing ##\n', '####### seven\n', '#\n', 'Trailing  \nspaces\n', '  indented\n', '    code\n', 'a\r\nb\r\n', 'a\rb\n',
  'tab\there\n', '\uFEFFBOM\n', 'NUL \0 here\n', 'a *b* c\n', 'snake_case\n', '<div>\n', 'x &amp; y\n', '[link](/x)\n',
  '- [ ] task\n', '- - nested\n', '-  two spaces\n', '+\n', '- \n', '|---|\n', '| a\n|---|\n', '> quote\n', '```\ncode\n```\n',
  '---\ntype: x\n---\n', 'a**b**c\n', '**a **b**\n', '***x***\n', '** x**\n', '**x **\n', '*x*y\n', 'snake_case_name\n',
  '[a]: /b\n', '[a] b\n', '[a](b c)\n', '[a](<b>)\n', '[*a*](b)\n', '![a](b)\n', '<div>x</div>\n', '<span>\n', 'x < 5 and y > 2\n', 'mail <2.a@b.uk> or <5 pupils\n',
  '<https://a.uk/x_y>\n', '<a@b>\n', 'AT&amp;T\n', '&#35;\n', '**a\nb**\n', '*a*\n***\n', '_a_b_\n', '**a\u00a0**\n', '[ a ](b)\n', '*a\u2028b*\n', '**a…** b\n', '**a…**b\n', '(*a*)\n', '*a*.\n',
  '**Bold**\n===\n', '[Link](https://x.uk)\n---\n', '* a\n*b*\n', 'a\n \nb\n', 'Heading\n\n- a\n\n1. b\n', '- a\n\n#hashtag\n', '- a\n\n    code\n',
];

function expectParserNodes(text: string, label: string): boolean {
  const nodes = fast(text);
  if (nodes === null) return false;
  expect(nodes, label).toEqual(parseWhole(text).children);
  return true;
}

describe('the fast path for plain blocks', () => {
  it.each(PLAIN)('builds the parser\'s nodes for plain text %j', (text) => {
    expect(expectParserNodes(text, text)).toBe(true);
  });

  it.each(NEAR_MISSES)('declines, or matches the parser, on %j', (text) => {
    expectParserNodes(text, text);
  });

  it('declines markup it does not build', () => {
    for (const text of ['a `b` c\n', 'a **b**c\n', '- a\n\n- b\n', 'Text\n===\n', '| a |\n|---|\n| b |\nlazy row\n', 'a\tb\n', '[x]: /y\n']) {
      expect(fast(text), text).toBeNull();
    }
  });

  it('matches the parser on random documents made of plain and near-plain lines', () => {
    const next = random(7);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
    // Mostly lines the fast path takes, with some that make it decline, so both sides are exercised.
    const plain = [
      '', '', '', 'Plain words, with commas.', 'More plain text: here.', '2024 was busy.', '10 pupils', '## A heading', '# Top',
      '###### Six', '- dash item', '- other dash', '* star item', '+ plus item', '| a | b |', '|---|---|', '| :-- | --: |',
      '| c | d |', '| e |', '🙂 emoji line', '**Bold.** text', 'With *emphasis* here.', '- **Item** one', '[Link](https://x.uk) here',
      '<https://x.uk> and <a@b.uk>', '| **a** | [b](c) |', '__Strong__ (_em_)',
    ];
    const awkward = ['a**b**', '**a **b', '*x*y', '[a] b', '![a](b)', '<span>', 'x < 5', '&amp;', '1. ordered', '#hashtag', '-  spaced', '  indented', '||', 'Text ', '===', '---', '***', '- - x', 'tab\tline', 'a *b*', 'x_y', '> quote', '```', '<br>', '[x]: /y'];
    const line = () => (next() < 0.85 ? pick(plain) : pick(awkward));
    let accepted = 0;
    for (let n = 0; n < 15000; n++) {
      const length = 1 + Math.floor(next() * 8);
      const eol = () => (next() < 0.8 ? '\n' : next() < 0.5 ? '\r\n' : '\r');
      const text = Array.from({ length }, line).map((l) => l + eol()).join('').slice(0, next() < 0.5 ? undefined : -1);
      if (expectParserNodes(text, JSON.stringify(text))) accepted++;
    }
    // The test means something only if the fast path takes a fair share of them.
    expect(accepted).toBeGreaterThan(1500);
  });

  it('matches the parser on random inline text, in every block it reads', () => {
    const next = random(11);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
    const tokens = [
      'word', 'SEN', ' ', ' ', ' ', '**', '*', '_', '__', '[', ']', '(', ')', '](', '<', '>', '&', '&amp;', '!', '.', ',', ':',
      '\u00a0', '…', '’', '#', '2.', '@', 'https://x.uk/a', 'a@b.uk', '<https://x.uk>', '<a@b.uk>', '[link](https://x.uk)',
      '**bold**', '*em*', '_em_', '(**x**)', '\n', '\r\n', '\r',
    ];
    const inline = () => Array.from({ length: 1 + Math.floor(next() * 10) }, () => pick(tokens)).join('').replace(/^\s+|\s+$/g, '');
    const shapes = [
      (s: string) => s,
      (s: string) => `## ${s.replace(/[\r\n]/g, ' ')}`,
      (s: string) => `- ${s.replace(/[\r\n]/g, ' ')}\n- item`,
      (s: string) => `| ${s.replace(/[\r\n]/g, ' ')} | b |\n|---|---|\n| c | ${s.replace(/[\r\n]/g, ' ')} |`,
    ];
    let accepted = 0;
    for (let n = 0; n < 30000; n++) {
      const text = pick(shapes)(inline() || 'x');
      if (expectParserNodes(text, JSON.stringify(text))) accepted++;
    }
    expect(accepted).toBeGreaterThan(3000);
  });

  it('keeps its positions inside the region it was given', () => {
    const text = 'Before.\n\n## Heading\n\nPlain text.\n';
    const from = text.indexOf('## Heading');
    const nodes = fast(text.slice(0, 0)) ?? [];
    expect(nodes).toEqual([]);
    const region = parseSimpleBlocks(text, from, text.length, 2)!;
    expect(region.map((node) => [node.type, node.position!.start.line, node.position!.start.offset])).toEqual([
      ['heading', 3, from],
      ['paragraph', 5, text.indexOf('Plain')],
    ]);
  });
});
