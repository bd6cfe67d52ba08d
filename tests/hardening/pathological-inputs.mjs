// Pathological inputs for the engine, shared by tests/hardening/pathological.test.ts and
// bench/pathological.mjs, each with the time bound the benchmark holds it to (ms, on a
// 2-core CI machine). The test allows a generous multiple of the bound.

const sentence = 'We meet parents of pupils with SEN each term to review the support we give and to agree next steps.';

function repeatToLength(unit, length) {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A document that looks like a real report: headings, paragraphs, lists, a table, acronyms. */
function realisticBlock(i) {
  return [
    `## Section ${i}: how we support pupils with SEND`,
    '',
    `${sentence} The SENCO, Ms Patel, works with the SLT and the LA to plan provision for each EHCP.`,
    '',
    '- We use a graduated approach: assess, plan, do, review.',
    '- Parents can contact the SENCO by email at senco@example.sch.uk.',
    '',
    '| Need | Support |',
    '|---|---|',
    '| Communication and interaction | SaLT sessions weekly |',
    '',
  ].join('\n');
}

/** The same with the inline markup reports use: bold, italics, links and an autolink in every block. */
function formattedBlock(i) {
  return [
    `## Section ${i}: how we support pupils with **SEND**`,
    '',
    `**Meeting parents.** ${sentence} The SENCO, Ms Patel, works with the SLT and the [local authority](https://www.example.gov.uk/local-offer) to plan provision for each *EHCP*.`,
    '',
    '- We use a graduated approach: **assess, plan, do, review**.',
    '- Parents can contact the SENCO by email at <senco@example.sch.uk>.',
    '',
    '| Need | Support |',
    '|---|---|',
    '| Communication and interaction | *SaLT* sessions weekly |',
    '',
  ].join('\n');
}

/** About 5 MB of blocks after a title. */
function fiveMegabytes(block) {
  const parts = ['# SEN information report', ''];
  let length = 0;
  for (let i = 0; length < 5_000_000; i++) {
    const text = block(i);
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join('\n');
}

export const PATHOLOGICAL = [
  {
    name: '1 MB single line',
    boundMs: 2000,
    make: () => repeatToLength(`${sentence} `, 1_000_000),
  },
  {
    name: '10,000 headings',
    boundMs: 2000,
    make: () => Array.from({ length: 10_000 }, (_, i) => `## Heading number ${i} about SEN support`).join('\n'),
  },
  {
    name: '5,000-deep nested list (markers)',
    boundMs: 2000,
    make: () => Array.from({ length: 50 }, (_, i) => `${'- '.repeat(5000)}item ${i}`).join('\n'),
  },
  {
    // Nesting by indentation needs 2 more spaces a level, so 1,000 levels already make a 1 MB file.
    name: '1,000-level list nested by indentation (1 MB)',
    boundMs: 5000,
    make: () => Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
  },
  {
    name: '5,000-deep blockquote',
    boundMs: 2000,
    make: () => `${'>'.repeat(5000)} deep quote about the SENCO`,
  },
  {
    // Each line one level deeper, in "> " markers: 1,000 lines make a 1 MB file.
    name: '1,000 ever-deeper blockquote lines (1 MB)',
    boundMs: 5000,
    make: () => Array.from({ length: 1000 }, (_, i) => `${'> '.repeat(i + 1)}line ${i}`).join('\n'),
  },
  {
    name: '100,000 acronyms',
    boundMs: 2000,
    make: () => Array.from({ length: 100_000 }, (_, i) => `AB${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}`).join(' '),
  },
  {
    name: '5 MB realistic file',
    // Parsed in pieces (engine/parse.ts): in one piece the parser's time grew quadratically (209 s). Plain
    // blocks and common inline markup now skip the parser (engine/simple-blocks.ts): 13.6 s became under 5.
    boundMs: 5000,
    make: () => fiveMegabytes(realisticBlock),
  },
  {
    name: '5 MB realistic file with bold, italics and links',
    boundMs: 5000,
    make: () => fiveMegabytes(formattedBlock),
  },
  {
    // Raw HTML is read for its text and headings (engine/coverage/html.ts), as school websites export it.
    name: '1 MB website export (HTML accordions)',
    boundMs: 2000,
    make: () =>
      Array.from({ length: 4600 }, (_, i) => `<details><summary>Question ${i}</summary><p>${sentence} Email <a href="mailto:senco@example.sch.uk">the SENCO</a>.</p></details>`).join('\n'),
  },
  {
    name: 'mixed line endings (CRLF, LF, CR)',
    boundMs: 1000,
    make: () => Array.from({ length: 2000 }, (_, i) => `## Heading ${i}${['\r\n', '\n', '\r'][i % 3]}${sentence}${['\r\n', '\n', '\r'][(i + 1) % 3]}`).join(''),
  },
];

// Adversarial strings for regular expressions: long runs of what an expression repeats,
// ending in something that makes the match fail at the last moment.
export const ADVERSARIAL = [
  'a'.repeat(50_000) + '!',
  'A'.repeat(50_000) + '1',
  ' '.repeat(50_000) + 'x',
  '\t \t'.repeat(20_000) + '|',
  '-'.repeat(50_000),
  '.'.repeat(50_000),
  '('.repeat(20_000),
  '['.repeat(20_000),
  '[insert'.repeat(5000),
  '<<'.repeat(10_000),
  '{{'.repeat(10_000),
  'Mr Mr Mr Name: '.repeat(4000),
  '<!--'.repeat(10_000),
  '<!-- sendlint-disable '.repeat(2000),
  '|'.repeat(50_000),
  '| a '.repeat(20_000) + '\n|---|\n',
  '1'.repeat(50_000) + 'x',
  '01/'.repeat(20_000),
  '0'.repeat(30_000) + ' 0'.repeat(10_000),
  'Mr '.repeat(20_000),
  'A. '.repeat(20_000),
  'a-'.repeat(25_000),
  "a'".repeat(25_000),
  'a@'.repeat(25_000),
  'http://'.repeat(10_000),
  'www.a'.repeat(10_000),
  '**'.repeat(25_000),
  '_'.repeat(50_000),
  'e-mail '.repeat(10_000),
  'Tel: '.repeat(10_000) + '0'.repeat(1000),
  'SEN '.repeat(20_000),
  '# '.repeat(20_000),
  'x\n'.repeat(50_000),
  '<details>\n' + '<summary>Q '.repeat(20_000),
  '<div>\n' + '<a href="http://x.example.org/a" '.repeat(5000),
  '<table>\n' + '<tr><td>Who<td>'.repeat(10_000),
  '<p>\n' + '&#x1F600;&amp'.repeat(10_000),
];
