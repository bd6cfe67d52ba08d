/**
 * What samples/trust should give, by document: the items each school's
 * document leaves out on purpose (scripts/make-trust-samples.mjs), plus items
 * that do not apply. Every other Schedule 1 and s.69 item is covered.
 */
export const SCH1 = 'send-regs-2014-sch1';
export const S69 = 'cfa-2014-s69';

export const EXPECTED: Record<string, { school: string; all?: 'not-applicable'; items: Record<string, string> }> = {
  'samples/trust/brookside-nursery/sen-information-report.html': {
    school: 'Brookside Nursery School',
    items: { [`${SCH1}/3g`]: 'missing', [`${SCH1}/10`]: 'missing', [`${S69}/admissions`]: 'missing' },
  },
  'samples/trust/fernhill-special/sen-information-report.docx': {
    school: 'Fernhill Special School',
    items: { [`${SCH1}/2`]: 'not-applicable', [`${SCH1}/4`]: 'not-applicable', [`${SCH1}/11`]: 'missing', [`${SCH1}/13`]: 'missing' },
  },
  'samples/trust/harrowmere-academy/sen-information-report.pdf': {
    school: 'Harrowmere Academy',
    items: { [`${SCH1}/6`]: 'missing', [`${SCH1}/12`]: 'missing', [`${S69}/accessibility-plan`]: 'missing' },
  },
  'samples/trust/larkfield-green-primary/sen-information-report.md': { school: 'Larkfield Green Primary School', items: {} },
  // Schedule 1 and s.69 are English law: a Welsh school's ALN policy answers to neither.
  'samples/trust/ysgol-y-bryn/aln-policy.md': { school: 'Ysgol y Bryn', all: 'not-applicable', items: {} },
};

export function expectedStatus(path: string, requirement: string): string {
  const doc = EXPECTED[path]!;
  return doc.all ?? doc.items[requirement] ?? 'covered';
}
