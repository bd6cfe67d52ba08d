// SEN policy and s.69 items said in other words (none copied from the labelled corpus): the graduated
// approach as labelled steps or in one sentence, roles in an independent school, pupils taking part in
// their own reviews, assessment as pupils join, and admission through an EHC plan naming the school.
// Each has a look-alike that must stay uncovered.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../server/src/engine/document.js';
import { decideFacts } from '../../server/src/engine/facts.js';
import { assessCoverage } from '../../server/src/engine/coverage.js';
import { standards } from '../../server/src/engine/standards.js';

function status(text: string, requirement: string): string {
  const doc = buildDocument(text);
  const result = assessCoverage(doc, decideFacts(doc, { documentKind: 'combined' }), standards).find((r) => r.requirement === requirement);
  return result!.assessment.status;
}

const page = (...sections: string[]) => `# Ashby Lane School SEND Policy\n\n${sections.join('\n\n')}\n`;

describe('sen-policy: graduated approach in other words', () => {
  it.each([
    ['labelled steps in a numbered list', page('## How we support pupils', 'When a pupil needs SEN support we follow these steps and agree each one with the parents:', '1. Assess: the teacher and SENCO find out what the pupil needs.\n2. Plan: we write down the help and the targets.\n3. Do: the teacher gives the help every day.\n4. Review: each term we look at progress together.')],
    ['labelled steps as bold bullets', page('## Extra help', '- **Assess** – we gather what we know from parents and teachers.\n- **Plan** – we agree targets with the family.\n- **Do** – staff deliver the support.\n- **Review** – we check progress each term.')],
    ['the steps joined by arrows', page('## Support in school', 'Our support follows Assess → Plan → Do → Review, agreed with parents and reviewed each term.')],
    ['the cycle told in one sentence', page('## Support in school', 'We assess what each pupil needs, plan the help with their family, deliver it in class and review it every term, which is our graduated approach.')],
  ])('%s', (_name, text) => {
    expect(status(text, 'sen-policy/graduated-approach')).toBe('covered');
  });

  it('assessment, plans and reviews in separate sentences are not the cycle', () => {
    const text = page('## Support in school', 'Teachers assess pupils every term with parents. Plans are written by the SENCO. Reviews happen each term with parents.');
    expect(status(text, 'sen-policy/graduated-approach')).not.toBe('covered');
  });
});

describe('sen-policy: roles, pupils and identification in other words', () => {
  it('an independent school\'s proprietor, principal, SENCO and teachers', () => {
    const text = page('## Who does what', '- The proprietor makes sure the school meets its duties.\n- The principal leads the school.\n- The SENCO oversees every pupil\'s plan.\n- Teachers are responsible for the progress of every pupil they teach.');
    expect(status(text, 'sen-policy/roles')).toBe('covered');
  });

  it('a complaints ladder naming the same people is not their roles', () => {
    const text = page('## Complaints', 'Speak to the class teacher first, then the SENCO, then the principal, and finally write to the proprietor.');
    expect(status(text, 'sen-policy/roles')).not.toBe('covered');
  });

  it.each([
    ['pupils taking part in their own reviews', page('## Families and pupils', 'Pupils take part in their own reviews in the way that suits them, and each keeps a one-page profile.')],
    ['a school council that changed something', page('## Pupils', 'Our school council meets every half term and has changed the rules for the quiet room. Pupils help to set their own targets.')],
  ])('%s', (_name, text) => {
    expect(status(text, 'sen-policy/pupils')).toBe('covered');
  });

  it('pupils attending meetings, with no say in them, is not enough', () => {
    const text = page('## Pupils', 'Pupils attend their review meetings with a one-page profile.');
    expect(status(text, 'sen-policy/pupils')).not.toBe('covered');
  });

  it('assessment as pupils join, under a heading about joining', () => {
    const text = page('## When pupils join us', 'We read each pupil\'s EHC plan and carry out baseline assessments in the first half term.');
    expect(status(text, 'sen-policy/identification')).toBe('covered');
  });

  it('a section about joining that is only about admissions is not identification', () => {
    const text = page('## Joining the school', 'Children with SEN are admitted on the same basis as every other child.');
    expect(status(text, 'sen-policy/identification')).not.toBe('covered');
  });
});

describe('s.69 admissions through an EHC plan', () => {
  it.each([
    ['the council names the school', 'Most pupils come to us because their local authority names the school in their EHC plan after consulting us.'],
    ['the college is named', 'If you have an EHCP, the college is named in it only after the council has checked we can meet your needs.'],
    ['no child turned down', 'We never turn down a child because of a disability or special educational needs.'],
  ])('%s', (_name, sentence) => {
    expect(status(page('## Starting with us', sentence), 'cfa-2014-s69/admissions')).toBe('covered');
  });

  it.each([
    ['support named in the plan', 'The therapy named in her EHC plan is given every week for pupils with SEN.'],
    ['lights turned down', 'We turn the lights down in the sensory room for pupils with SEN.'],
  ])('not admissions: %s', (_name, sentence) => {
    expect(status(page('## Support', sentence), 'cfa-2014-s69/admissions')).not.toBe('covered');
  });
});

describe('SENCO job description duties in other words', () => {
  const jd = (...lines: string[]) => `# Role Profile: SENCO\n\n${lines.join('\n\n')}\n`;
  const jdStatus = (text: string, item: string) => {
    const doc = buildDocument(text);
    return assessCoverage(doc, decideFacts(doc, {}), standards).find((r) => r.requirement === `senco-job-description/${item}`)!.assessment.status;
  };

  it.each([
    ['looked-after', 'Liaise with the virtual school about looked-after pupils who have SEND.'],
    ['budget', 'Advise the headteacher on how the SEN budget is spent.'],
    ['leadership', 'The SENCO sits on the senior leadership team.'],
    ['coordinating-provision', '**Leading SEND provision**\n\n1. Keep the provision map up to date.\n2. Timetable small-group programmes with the teaching assistants.'],
  ])('%s', (item, text) => {
    expect(jdStatus(jd(text), item)).toBe('covered');
  });

  it.each([
    ['looked-after', 'Know the school\'s policy for looked-after children.'],
    ['budget', 'An understanding of school funding.'],
    ['leadership', 'Reports to a senior leader.'],
  ])('not %s', (item, text) => {
    expect(jdStatus(jd(text), item)).not.toBe('covered');
  });
});

describe('sen-policy: approval, review, monitoring and pupils as policies often put them', () => {
  it.each([
    ['review-date', 'Date for review: October 2026'],
    ['review-date', 'Review: September 2026'],
    ['review-date', 'Due for review: September 2026'],
    ['review-date', 'This policy is reviewed annually. Next due: September 2026.'],
    ['approved', 'Signed: Jane Smith (Chair of Governors), 14 October 2025'],
    ['monitoring', 'The effectiveness of this policy is monitored by the SEN governor, who reports to the full governing body.'],
    ['pupils', '## Pupil participation\n\nPupils are involved in setting and reviewing their own targets.'],
    ['graduated-approach', '## SEN support\n\nWe use a graduated response: we first assess the child\'s needs, then put a plan in place with the family, carry it out and check how well it has worked after six weeks.'],
  ])('%s: %s', (item, text) => {
    expect(status(page(text), `sen-policy/${item}`)).toBe('covered');
  });

  it.each([
    ['review-date', 'Our staff reviewed the provision map: in 2024 we added new groups.'],
    ['approved', 'The SENCO signed up for the course with the headteacher in 2024.'],
    ['monitoring', 'Progress is monitored by the class teacher.'],
    ['pupils', '## Pupil participation\n\nTeachers set and review targets for each pupil.'],
    ['graduated-approach', '## Our year\n\nWe assess reading, plan trips, give out prizes and check attendance.'],
  ])('not %s: %s', (item, text) => {
    expect(status(page(text), `sen-policy/${item}`)).not.toBe('covered');
  });
});

describe('s.69 in other words', () => {
  it.each([
    ['less-favourable', 'Disabled pupils take part in every trip and club; we adapt activities so that nobody is excluded because of their disability.'],
    ['facilities', 'Our site is fully wheelchair accessible, and classrooms have sound-field systems for pupils with hearing loss.'],
    ['admissions', 'Where a child\'s EHC plan names the school, we must take them.'],
  ])('%s', (item, sentence) => {
    expect(status(page('## Equality and access', sentence), `cfa-2014-s69/${item}`)).toBe('covered');
  });

  it.each([
    ['less-favourable', 'We adapt activities and trips so that every child can take part, and no child is left out.'],
    ['less-favourable', 'He was excluded from school last year because of his behaviour, and we adapt activities for him.'],
    ['admissions', 'The plan names the support your child needs for pupils with SEN.'],
  ])('not %s: %s', (item, sentence) => {
    expect(status(page('## Support', sentence), `cfa-2014-s69/${item}`)).not.toBe('covered');
  });
});
