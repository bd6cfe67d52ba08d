// Setting inference without frontmatter: the school's own name or description outweighs other phases
// mentioned in passing (a primary's report talks about the move to secondary school).
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../server/src/engine/document.js';
import { decideFacts } from '../../server/src/engine/facts.js';

const settingOf = (text: string) => decideFacts(buildDocument(text), {}).setting;

describe('setting inference', () => {
  it.each([
    ['a primary named in the title', '# Kirkby Moor CE Primary School\n\nWe help children get ready for secondary school.\n', 'mainstream-primary'],
    ['a junior school named in the title', '# Ashgrove Junior School\n\n## SEND Policy\n\nOur aim is that children leave us ready for secondary school.\n', 'mainstream-primary'],
    ['a primary described in the opening', '# Our SEN Information Report\n\nMoorfield is a small village primary school. Year 6 pupils visit their secondary school in July.\n', 'mainstream-primary'],
    ['a secondary described by its age range', '# SEND Information Report\n\nCopse Hill is an 11–16 comprehensive. We gather information from primary schools in Year 6.\n', 'mainstream-secondary'],
    ['a special academy for all ages', '# SEN Information Report\n\nHazel Bank is a special academy for pupils aged 4 to 19.\n', 'special'],
    ['a nursery school', '# Bramblewood Nursery School\n\nWe prepare children for primary school.\n', 'maintained-nursery'],
    ['a trust of primary and secondary academies', '# SEND Policy\n\nThe Trust is a group of six primary academies and two secondary academies serving children aged 4 to 18.\n', 'all-through'],
    ['nothing said about the phase', '# SEN Information Report\n\nWe support children with a wide range of needs.\n', null],
  ])('%s', (_name, text, setting) => {
    expect(settingOf(text)).toBe(setting);
  });
});
