// Kind and setting inference on wordings beyond the labelled corpus: other names for a job description
// and an FAQ page, and other ways a special school describes itself, with look-alikes that must not move.
import { describe, expect, it } from 'vitest';
import { buildDocument } from './document.js';
import { decideFacts } from './facts.js';

const facts = (text: string) => decideFacts(buildDocument(text), {});

describe('kind inference', () => {
  it.each([
    ['a role profile', '# Role Profile: SENDCo\n\nReports to: the Headteacher.\n', 'senco-job-description'],
    ['a job profile', '# Moor Lane School\n\n## Job profile: Inclusion Leader\n\nMain duties are listed below.\n', 'senco-job-description'],
    ['a job specification', '# SENCO job specification\n\nThe post holder will lead SEND.\n', 'senco-job-description'],
    ['a recruitment pack named in the opening', '# SENCO vacancy\n\nThis recruitment pack describes the role and the person we are looking for.\n', 'senco-job-description'],
    ['"your questions answered"', '# SEND support: your questions answered\n\n### Who do I talk to?\n\nThe SENCO.\n', 'faq-page'],
    ['"common questions"', '# Common questions about learning support\n\n### Can I get extra time?\n\nPerhaps.\n', 'faq-page'],
    ['"questions parents ask" in the title', '# Questions parents often ask about SEND\n\n### Who is the SENCO?\n\nMrs Patel.\n', 'faq-page'],
    ['a vacancy with a closing date', '# Inclusion Leader\n\nWe are seeking an experienced SENCO to join our team. Closing date: 9 January.\n\n## Main duties\n\nLead SEND across the school.\n', 'senco-job-description'],
    ['a Q&A title', '# SEND Q&A\n\n### Who is the SENCO?\n\nMrs Patel.\n', 'faq-page'],
    ['a breadcrumb ending in FAQs', 'Home > Parents > SEND FAQs\n\n# Learning support\n\n### Who is the SENCO?\n\nMrs Patel.\n', 'faq-page'],
    ['an opening that names FAQs before pointing to the report', '# Help with learning\n\nThese FAQs cover what parents ask us most often. Our SEN Information Report has the full details.\n\n### Who is the SENCO?\n\nMrs Patel.\n', 'faq-page'],
    ['an opening on frequently asked questions', '# Learning support\n\nBelow are answers to some frequently asked questions.\n\n### Who is the SENCO?\n\nMrs Patel.\n', 'faq-page'],
    ['"questions from parents" in a bold title', '**Little Owls Nursery School – SEND questions from parents**\n\n**Who is the SENCO?**\n\nMrs Patel.\n', 'faq-page'],
    ['an SEN policy named only in the opening', '# Hill Top Primary School\n\nThis document is our SEND policy. It was approved by the governors.\n', 'sen-policy'],
    ['"this policy" in the opening', '# Supporting pupils with additional needs\n\nThis policy explains how we support pupils.\n', 'sen-policy'],
  ])('%s', (_name, text, kind) => {
    expect(facts(text).kind).toBe(kind);
  });

  it.each([
    ['a handbook that points to another policy', '# Learner Support Handbook\n\nOur duties to students are set out in our Equality Policy. Students with an EHCP have an annual review.\n', 'sen-information-report'],
    ['a report titled with parents\' questions', '# SEN Information Report: your questions answered\n\n### Who is the SENCO?\n\nMrs Patel.\n', 'sen-information-report'],
    ['a report that answers the questions parents ask', '# Supporting children with additional needs: information for families\n\nThis page answers the questions families ask us most often.\n\n| Your question | Our answer |\n|---|---|\n| Who is the SENCO? | Mrs Patel. |\n', 'sen-information-report'],
    ['a report that answers frequently asked questions', '# Our SEND provision\n\nThis information report answers frequently asked questions.\n\n### Who is the SENCO?\n\nMrs Patel.\n', 'sen-information-report'],
    ['a policy with an FAQ section', '# SEND provision\n\nThis policy sets out how we meet needs; the FAQs at the end answer common questions.\n\nThe SENCO leads provision.\n', 'sen-policy'],
    ['a report that mentions a profile of a pupil', '# SEN Information Report\n\nEach pupil has a one-page profile.\n', 'sen-information-report'],
    ['a report that is recruiting more staff', '# Our SEND provision\n\nWe are recruiting more teaching assistants, and we are seeking to improve how we share plans.\n', 'sen-information-report'],
    ['a policy on key questions', '# SEND Policy: key questions\n\nThe governors approve this policy.\n', 'sen-policy'],
  ])('not an FAQ or job description: %s', (_name, text, kind) => {
    expect(facts(text).kind).toBe(kind);
  });
});

describe('setting inference from school names and descriptions', () => {
  it.each([
    ['a primary and nursery school', '# Oakfield Primary and Nursery School\n\n## SEN Information Report\n\nWe welcome every child.\n', 'mainstream-primary'],
    ['an infant & nursery school', '# Hillside Infant & Nursery School\n\nSEN Information Report 2025\n', 'mainstream-primary'],
    ['a nursery school', '# Brookside Nursery School\n\nWe prepare children for primary school.\n', 'maintained-nursery'],
    ['a grammar school', '# Kingsbury Grammar School\n\n## SEND Information Report\n\nWe support students with a range of needs.\n', 'mainstream-secondary'],
    ['an upper school', '# Marlow Upper School\n\n## SEND Information Report\n\nWe support students with a range of needs.\n', 'mainstream-secondary'],
    ['"a comprehensive for ..."', '# St Mary\'s Catholic Academy\n\n## SEN Information Report\n\nSt Mary\'s is a comprehensive for 1,100 students.\n', 'mainstream-secondary'],
    ['a school for pupils with severe learning difficulties', '# Pine Lodge\n\n## SEN Information Report\n\nPine Lodge is a school for pupils aged 11 to 19 with severe learning difficulties.\n', 'special'],
  ])('%s', (_name, text, setting) => {
    expect(facts(text).setting).toBe(setting);
  });

  it.each([
    ['a comprehensive approach', '# SEN Information Report\n\nWe take a comprehensive approach to supporting children.\n', null],
    ['an inclusive school for all children', '# SEN Information Report\n\nHolly Bank is a school for all children aged 4 to 11, including pupils with complex needs.\n', 'mainstream-primary'],
  ])('not: %s', (_name, text, setting) => {
    expect(facts(text).setting).toBe(setting);
  });
});

describe('setting inference for alternative provision', () => {
  it.each([
    ['an AP academy', '# SEN Information Report\n\nRiverside is an AP academy for pupils aged 11 to 16.\n'],
    ['a short stay school', '# SEN Information Report\n\nThe Beacon is a short stay school for pupils at risk of exclusion.\n'],
  ])('%s', (_name, text) => {
    expect(facts(text).setting).toBe('pru');
  });
});

describe('setting inference for special schools', () => {
  it.each([
    ['an independent special day school', '# Larchwood House\n\nLarchwood House is an independent special day school for pupils aged 7 to 19.\n', 'special'],
    ['a non-maintained special school', '# Fenby Court\n\nFenby Court is a non-maintained special school for deaf pupils.\n', 'special'],
    ['a special residential school', '# SEN Information Report\n\nWe are a special residential school for pupils aged 10 to 19.\n', 'special'],
    ['a specialist school for autistic pupils', '# SEND Information Report\n\nOak Ridge is a specialist school for autistic pupils aged 11 to 16.\n', 'special'],
    ['an independent specialist college', '# Learning support\n\nRiverbank is an independent specialist college for young people aged 16 to 25.\n', 'special'],
  ])('%s', (_name, text, setting) => {
    expect(facts(text).setting).toBe(setting);
  });

  it.each([
    ['a secondary with an old sports specialism', '# SEN Information Report\n\nHighfield is an 11 to 16 specialist sports college.\n', 'mainstream-secondary'],
    ['a primary with a special educational needs unit', '# SEN Information Report\n\nBrook Lane is a primary school with special educational needs support in every class.\n', 'mainstream-primary'],
    ['a primary with specialist provision at the school', '# SEN Information Report\n\nAsh Grove is a primary school. There is specialist provision at the school for autistic pupils.\n', 'mainstream-primary'],
  ])('not special: %s', (_name, text, setting) => {
    expect(facts(text).setting).toBe(setting);
  });
});
