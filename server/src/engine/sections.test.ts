import { describe, expect, it } from 'vitest';
import { buildDocument } from './document.js';

const headings = (text: string) => buildDocument(text).sections.filter((s) => s.heading).map((s) => [s.heading!.source, s.heading!.text]);

describe('sections', () => {
  it('recognises bold lines, question lines, ALL-CAPS lines and plain short labels as headings', () => {
    expect(headings('**Who can I talk to?**\n\nText.\n\nHow will I know how my child is doing?\n\nText.\n\nCOMPLAINTS\n\nText.\n\nWorking together with families\n\nText.\n')).toEqual([
      ['bold', 'Who can I talk to?'],
      ['question', 'How will I know how my child is doing?'],
      ['caps', 'COMPLAINTS'],
      ['label', 'Working together with families'],
    ]);
  });

  it('does not take key-value lines, names or sentences for headings', () => {
    expect(headings('Phone: 01632 960000\n\nMrs Jane Smith\n\nWe review plans every term.\n\nTBC\n')).toEqual([]);
  });

  it('does not take a picture line (an Easy Read illustration) for a heading', () => {
    expect(headings('## Who can help?\n\n![A teacher helping a child](img/help.png)\n\nOur SENCO is Mrs A Patel.\n\n[![The council logo](logo.png)](https://example.org)\n')).toEqual([['markdown', 'Who can help?']]);
  });

  it('keeps a short unpunctuated answer under its question', () => {
    const doc = buildDocument('**Who is the SENCO?**\n\nOur SENCO is Priya Raman\n');
    expect(doc.sections.filter((s) => s.heading)).toHaveLength(1);
    expect(doc.sections[1]!.blocks).toHaveLength(1);
  });

  it('splits inline questions ("Q: ...? answer") and first-line questions from their answers', () => {
    const doc = buildDocument('Q: How will I be involved? We phone every family each week.\n\nWho is the SENCO?\nOur SENCO is Mrs A Patel.\n');
    const found = doc.sections.filter((s) => s.heading).map((s) => [s.heading!.text, s.heading!.inlineBody?.text]);
    expect(found).toEqual([
      ['Q: How will I be involved?', 'We phone every family each week.'],
      ['Who is the SENCO?', 'Our SENCO is Mrs A Patel.'],
    ]);
  });

  it('reads a pro-forma table with a number column as one section per row', () => {
    const table = '| No. | What the law asks | Our answer |\n|---|---|---|\n| 1 | The kinds of SEN provided for | We support autism and dyslexia. |\n| 9 | Complaints | Talk to the class teacher, then the headteacher. |\n';
    const found = buildDocument(table).sections.filter((s) => s.heading).map((s) => [s.heading!.source, s.heading!.text, s.heading!.inlineBody?.text]);
    expect(found).toEqual([
      ['table-row', 'The kinds of SEN provided for', 'We support autism and dyslexia.'],
      ['table-row', 'Complaints', 'Talk to the class teacher, then the headteacher.'],
    ]);
  });

  it('reads a website accordion: the summary is the heading, the HTML or Markdown after it the answer', () => {
    const text =
      '# SEND at our school\n\n<details>\n<summary>Who is the SENCO?</summary>\n<p>Mrs Ana Shah, <a href="mailto:senco@school.example.sch.uk">email her</a>.</p>\n</details>\n\n' +
      '<details>\n<summary>How do you adapt lessons?</summary>\n\nWe use visual timetables.\n\n</details>\n';
    const doc = buildDocument(text);
    const found = doc.sections.filter((s) => s.heading && s.heading.source === 'html').map((s) => [s.heading!.text, s.heading!.inlineBody?.text, s.blocks.length]);
    expect(found).toEqual([
      ['Who is the SENCO?', 'Mrs Ana Shah, email her (senco@school.example.sch.uk).', 0],
      ['How do you adapt lessons?', undefined, 1],
    ]);
    const summary = doc.sections.find((s) => s.heading?.text === 'Who is the SENCO?')!.heading!;
    expect(text.slice(summary.span.start, summary.span.end)).toBe('<summary>Who is the SENCO?</summary>');
  });

  it('ends an accordion\'s section where the accordion ends', () => {
    const doc = buildDocument('# Report\n\n<details>\n<summary>Glossary</summary>\n\n- ELSA: emotional literacy support assistant\n\n</details>\n\nThe ELSA meets pupils.\n');
    const after = doc.blocks.findIndex((b) => b.text.startsWith('The ELSA'));
    expect(doc.sections.find((s) => s.blocks.includes(after))!.heading!.text).toBe('Report');
    const inline = buildDocument('# Report\n\n<details><summary>Glossary</summary><p>ELSA: emotional literacy support assistant</p></details>\n\nThe ELSA meets pupils.\n');
    expect(inline.sections.find((s) => s.blocks.some((b) => inline.blocks[b]!.text.startsWith('The ELSA')))!.heading!.text).toBe('Report');
  });

  it('splits one HTML block holding several accordions into a section per question', () => {
    const doc = buildDocument('# Report\n\n<details><summary>Who is the SENCO?</summary><p>Mrs Ana Shah.</p></details><details><summary>How do I complain?</summary><p>Speak to the class teacher.</p></details>\n\nWe review this page every year.\n');
    expect(doc.sections.filter((s) => s.heading?.source === 'html').map((s) => [s.heading!.text, s.heading!.inlineBody?.text])).toEqual([
      ['Who is the SENCO?', 'Mrs Ana Shah.'],
      ['How do I complain?', 'Speak to the class teacher.'],
    ]);
    const last = doc.blocks.findIndex((b) => b.text.startsWith('We review'));
    expect(doc.sections.find((s) => s.blocks.includes(last))!.heading!.text).toBe('Report');
  });
});
