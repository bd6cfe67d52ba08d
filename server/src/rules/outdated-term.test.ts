import { describe, expect, it } from 'vitest';
import { applySafeFixes, lint, type Jurisdiction } from '../engine/index.js';
import { whenReplaced } from './outdated-term.js';

const run = (text: string, jurisdiction: Jurisdiction = 'england') => lint(text, { onlyRules: ['outdated-term'], config: { jurisdiction } }).findings;
const subjects = (text: string, jurisdiction: Jurisdiction = 'england') => run(text, jurisdiction).map((f) => f.subject);

describe('outdated-term', () => {
  it('reports pre-2014 terms with the replacement, date and source', () => {
    const [finding] = run('Pupils on School Action Plus get extra help.');
    expect(finding!.subject).toBe('School Action Plus');
    expect(finding!.message).toContain('SEN support');
    expect(finding!.message).toContain('September 2014');
    expect(finding!.message).toContain('Code of Practice');
  });

  it('applies safe fixes that read correctly, including "a" / "an"', () => {
    const text = 'She has a statement of special educational needs from the LEA. Ask for a statutory assessment.\n';
    const fixes = run(text).flatMap((f) => f.fixes ?? []);
    expect(applySafeFixes(text, fixes).text).toBe('She has an Education, Health and Care plan from the local authority. Ask for an Education, Health and Care needs assessment.\n');
  });

  it('only offers unsafe fixes where the meaning may change', () => {
    const fixes = run('The SENCO must complete the NASENCO within three years.').flatMap((f) => f.fixes ?? []);
    expect(fixes.length).toBeGreaterThan(0);
    expect(fixes.every((f) => !f.safe)).toBe(true);
  });

  it('reads context: mission statements, statements from governors and an award already held are fine', () => {
    expect(subjects('Our mission statement is short. Read a statement from the governors.')).toEqual([]);
    expect(subjects('Mrs Okafor holds the National Award for Special Educational Needs Co-ordination.')).toEqual([]);
    expect(subjects('New SENCOs must achieve the National Award for SEN Co-ordination.')).toEqual(['NASENCO']);
    expect(subjects('Four pupils have a statement and are waiting for transfer.')).toEqual(['statement']);
  });

  it('recognises other forms of the old terms, and look-alikes that are not them', () => {
    expect(subjects('Pupils at SA/SA+ and School Action + had statement reviews under the 2001 Code.')).toEqual([
      'School Action',
      'School Action Plus',
      'School Action Plus',
      'statement',
      'SEN Code of Practice (2001)',
    ]);
    expect(subjects('Our NQTs are mentored. We used P-Scales. See the SEN CoP 2001.')).toEqual(['NQT', 'P levels', 'SEN Code of Practice (2001)']);
    expect(subjects('Read our School Action Plan and statement of intent. We follow the SEN Code of Practice (2015).')).toEqual([]);
    expect(subjects('## Parent Partnership\n\nParent partnership is at the heart of our work.\n')).toEqual([]);
    expect(subjects('Every child matters to us. Teachers use statement banks for reports. The five outcomes of Every Child Matters guide us.')).toEqual(['Every Child Matters']);
    expect(subjects('Ask the Parent Partnership Officer. It was the Parent Partnership service.')).toEqual(['Parent Partnership Service', 'Parent Partnership Service']);
  });

  it('reports P levels written as the levels themselves, not Progress 8 or room codes', () => {
    expect(subjects('Older records describe pupils as working between P4 and P8. Others range P1i-P3ii.')).toEqual(['P levels', 'P levels']);
    expect(subjects('She is working at P6 in maths and was assessed at P5 in reading.')).toEqual(['P levels', 'P levels']);
    expect(subjects('We use Progress 8 (P8); our P8 score was +0.12. Revision is in Room P16, P4 is the form room.')).toEqual([]);
    expect(subjects('Read pages P4 and P5 of the booklet, boxes P1 to P3 of the form, and sections P2-P6.')).toEqual([]);
  });

  it('reports behaviour listed as an area of need, the Every Child Matters outcomes and the governors\' annual report, and not look-alikes', () => {
    expect(subjects('The four areas of need: communication and interaction, cognition and learning, behaviour, and sensory and physical needs.')).toEqual(['behaviour (as an area of need)']);
    expect(subjects('Areas: cognition and learning, sensory and physical, and behaviour.')).toEqual(['behaviour (as an area of need)']);
    expect(subjects('We support communication and interaction, behaviour and attendance. Our behaviour policy is online.')).toEqual([]);
    expect(subjects('We track each pupil against the five outcomes. Pupils achieve economic well-being.')).toEqual(['the five outcomes (Every Child Matters)', 'the five outcomes (Every Child Matters)']);
    expect(subjects('The five outcomes we measure for each group are listed below. Pupils enjoy and achieve in music.')).toEqual([]);
    expect(subjects("Spending is in the governors' annual report. The Governors’ Annual Report to Parents is online.")).toEqual(["governors' annual report", "governors' annual report"]);
    expect(subjects("Spending is in the trustees' annual report and the annual report to the governors.")).toEqual([]);
    expect(subjects("It is in the Governing Body's annual report to parents.")).toEqual(["governors' annual report"]);
    expect(subjects('Areas: Communication and Interaction, Cognition and Learning, Behaviour, Sensory and Physical.')).toEqual(['behaviour (as an area of need)']);
  });

  it('gives SENDIST, English IEPs and National Strategies wording a low severity', () => {
    expect(run('Parents can appeal to SENDIST.')[0]!.severity).toBe('info');
    expect(run('Each child has an IEP.')[0]!.severity).toBe('info');
    const strategies = run('We provide Quality First Teaching, with Wave 3 interventions for a few. The waves of intervention are reviewed.');
    expect(strategies.map((f) => [f.subject, f.severity])).toEqual([
      ['Quality First Teaching', 'info'],
      ['waves of intervention', 'info'],
      ['waves of intervention', 'info'],
    ]);
    expect(subjects('We aim for high quality teaching. A new wave of families joined; waves 30 metres high.')).toEqual([]);
    expect(subjects('Pupils who need Wave-3 support, and a wave-2 group.').length).toBe(2);
    expect(subjects('Heatwave-3 days. A new-wave 3D printer.')).toEqual([]);
  });

  it('reports pre-ALN terms in Welsh documents, and not the English ones', () => {
    expect(subjects('Contact the SENCO about a statement or an IEP.', 'wales')).toEqual(['SENCO', 'statement', 'IEP']);
    expect(subjects('Contact the SENCO about your child.', 'england')).toEqual([]);
  });
});

describe('when a term was replaced, as the message says it', () => {
  it('reads each shape the data uses as plain English', () => {
    expect(whenReplaced('1 September 2014')).toBe('on 1 September 2014');
    expect(whenReplaced('September 2014 (revised January 2015)')).toBe('in September 2014 (revised January 2015)');
    expect(whenReplaced('2010')).toBe('in 2010');
    expect(whenReplaced('in stages from September 2021 to August 2024')).toBe('in stages from September 2021 to August 2024');
    expect(whenReplaced('the SEND Code of Practice 2015 (a National Strategies term)')).toBe('by the SEND Code of Practice 2015 (a National Strategies term)');
  });

  it('puts it in the message', () => {
    const [finding] = lint('# SEN Information Report\n\nHe has a statement.\n', { onlyRules: ['outdated-term'] }).findings;
    expect(finding!.message).toMatch(/^"statement" is an out-of-date term: it was replaced on 1 September 2014 .*Use Education, Health and Care plan/);
  });
});
