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
});
