import { describe, expect, it } from 'vitest';
import { applyEdits, lint } from '../engine/index.js';

const FRONT = '---\ntype: sen-information-report\nsetting: mainstream-primary\n---\n\n';
const run = (body: string, front = FRONT) => lint(front + body, { onlyRules: ['missing-requirement'] }).findings;
const forItem = (body: string, item: string, front = FRONT) => run(body, front).filter((f) => f.requirement === item);

const COMPLAINTS =
  '## What can I do if I am not happy?\n\nTalk to the class teacher first, then the SENCO and the headteacher. If you are still unhappy, our complaints procedure explains how to complain to the governors.\n';
const PUPIL_VOICE =
  '## How will my child be involved?\n\nBefore each review your child fills in a "my views" sheet, and children are invited to join the end of the review meeting.\n';

describe('missing-requirement', () => {
  it('reports a missing statutory item once, as an error on the title line, with the citation', () => {
    const findings = forItem(`# Report\n\n${PUPIL_VOICE}`, 'send-regs-2014-sch1/9');
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.severity).toBe('error');
    expect(finding!.range.start.line).toBe(5);
    expect(finding!.citation).toBe('SEND Regulations 2014, Schedule 1, paragraph 9');
    expect(finding!.message).toMatch(/^Missing: Complaints\. .*complaints.*\(SEND Regulations 2014, Schedule 1, paragraph 9\)\.$/);
  });

  it('does not report an item that a section covers, even in one sentence', () => {
    expect(forItem(`# Report\n\n${COMPLAINTS}`, 'send-regs-2014-sch1/9')).toEqual([]);
    expect(forItem(`# Report\n\n${PUPIL_VOICE}`, 'send-regs-2014-sch1/8')).toEqual([]);
  });

  it('inserts the section after the section covering the nearest earlier item', () => {
    const text = `${FRONT}# Report\n\n${PUPIL_VOICE}\n## Who else do you work with?\n\nWe work with the educational psychologist, speech and language therapists and CAMHS, and we refer families to Early Help.\n`;
    const finding = lint(text, { onlyRules: ['missing-requirement'] }).findings.find((f) => f.requirement === 'send-regs-2014-sch1/9')!;
    const fix = finding.fixes![0]!;
    expect(fix.snippet).toContain('${1:');
    const fixed = applyEdits(text, fix.edits).text;
    const heading = fixed.indexOf('## What can I do if I am not happy with the support for my child?');
    expect(heading).toBeGreaterThan(fixed.indexOf('join the end of the review meeting.'));
    expect(heading).toBeLessThan(fixed.indexOf('## Who else do you work with?'));
    // Until the bracketed prompts are answered, the new section is still incomplete.
    const after = forItem(fixed.slice(FRONT.length), 'send-regs-2014-sch1/9');
    expect(after.map((f) => f.message)).toEqual([expect.stringMatching(/^Incomplete: Complaints\..*placeholder/)]);
  });

  it.each([
    ['placeholder', 'TBC', /placeholder/],
    ['deferral', 'We are reviewing how we report on this and will update it next term.', /placeholder|to follow/],
    ['pointer', 'Please see the Trust SEND Policy, section 14.', /points to another document/],
    ['empty heading', '', /no real content/],
  ])('reports a heading with only a %s under it as incomplete, with the reason', (_name, body, reason) => {
    const findings = forItem(`# Report\n\n## Complaints\n\n${body}\n\n${PUPIL_VOICE}`, 'send-regs-2014-sch1/9');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^Incomplete: Complaints\./);
    expect(findings[0]!.message).toMatch(reason);
  });

  it('does not count an entry in a contents list', () => {
    const contents = '## Contents\n\n1. Introduction\n2. Pupil voice\n3. Complaints\n4. The Local Offer\n\n## Introduction\n\nThis report explains our provision for pupils with SEN.\n\n';
    expect(forItem(`# Report\n\n${contents}${PUPIL_VOICE}`, 'send-regs-2014-sch1/9')).toHaveLength(1);
  });

  it('finds an item covered inside another section (several items in one section)', () => {
    const merged =
      '## Support for learning and wellbeing\n\nChildren may join small-group reading or maths sessions, or have one-to-one help from a teaching assistant. For wellbeing we run a nurture group, and our learning mentor helps children with worries and friendships.\n';
    const findings = run(`# Report\n\n${merged}`);
    expect(findings.map((f) => f.requirement)).not.toContain('send-regs-2014-sch1/3e');
    expect(findings.map((f) => f.requirement)).not.toContain('send-regs-2014-sch1/3g');
  });

  it('gives a "should" item from the Code of Practice as a warning', () => {
    const [finding] = forItem('# Report\n\nText.\n', 'cop-2015-sen-report/looked-after');
    expect(finding!.severity).toBe('warning');
    expect(finding!.message).toContain('The SEND Code of Practice expects this');
  });

  it('does not report an item that does not apply to the setting, nor one another rule reports', () => {
    const special = '---\ntype: sen-information-report\nsetting: special\n---\n\n';
    expect(forItem('# Report\n\nText.\n', 'send-regs-2014-sch1/4', special)).toEqual([]);
    expect(forItem('# Report\n\nThe council publishes a Local Offer.\n', 'cop-2015-sen-report/local-offer-link')).toEqual([]);
  });

  it('does not apply the information report items to other kinds of document', () => {
    const policy = '---\ntype: sen-policy\nsetting: mainstream-primary\n---\n\n';
    expect(run('# SEN Policy\n\nText.\n', policy).filter((f) => f.requirement?.startsWith('send-regs-2014-sch1/'))).toEqual([]);
  });
});
