import { describe, expect, it } from 'vitest';
import { applySafeFixes, lint } from '../engine/index.js';

const run = (text: string) => lint(text, { onlyRules: ['acronym-explained-late', 'unexplained-acronym'] }).findings;

describe('acronym-explained-late', () => {
  it('reports the first use, with the later explanation as a related location', () => {
    const text = '# SEN Information Report\n\nThis report is about special educational needs (SEN).\n';
    const findings = run(text);
    expect(findings.map((f) => f.ruleId)).toEqual(['acronym-explained-late']);
    expect(findings[0]!.range.start).toEqual({ line: 0, character: 2 });
    expect(findings[0]!.related![0]!.range.start.line).toBe(2);
    expect(applySafeFixes(text, findings[0]!.fixes!).text).toContain('# Special educational needs (SEN) Information Report');
  });

  it('takes a question answered by the next block as an explanation ("What is a SENCO?")', () => {
    const text = 'Ask our SENCO.\n\n**What is a SENCO?**\n\nSpecial Educational Needs Co-ordinator. Every school has one.\n';
    expect(run(text).map((f) => `${f.ruleId} ${f.subject}`)).toEqual(['acronym-explained-late SENCO']);
    expect(run('**What does EHCP stand for?**\n\nIt stands for Education, Health and Care plan.\n')).toEqual([]);
    expect(run('**What is a SENCO?**\n\nAsk at the office.\n').map((f) => f.ruleId)).toEqual(['unexplained-acronym']);
  });

  it('takes footnotes and a <details> glossary as explaining wherever they are, but not other collapsed blocks', () => {
    expect(run('Our SENDCo[^1] is Ms Okonjo.\n\n[^1]: SENDCo stands for special educational needs and disabilities co-ordinator.\n')).toEqual([]);
    const details = (summary: string) => `Ask the ELSA.\n\n<details>\n<summary>${summary}</summary>\n\n- ELSA: emotional literacy support assistant\n\n</details>\n`;
    expect(run(details('Abbreviations used on this page'))).toEqual([]);
    expect(run(details('<strong>Glossary</strong>'))).toEqual([]);
    expect(run(details('Our staff')).map((f) => `${f.ruleId} ${f.subject}`)).toEqual(['acronym-explained-late ELSA']);
    // After </details> the glossary is over.
    expect(run(`${details('Glossary')}\nThe MHST meets.\n\nMHST: mental health support team\n`).map((f) => `${f.ruleId} ${f.subject}`)).toEqual(['acronym-explained-late MHST']);
  });

  it("counts an image's alt text as a use (a screen reader reads it), but not an image inside code", () => {
    const text = '![Flowchart of the APDR cycle](/images/apdr.png)\n\nWe follow a cycle of assess, plan, do, review (APDR).\n';
    expect(run(text).map((f) => `${f.ruleId} ${f.subject} ${f.range.start.line}:${f.range.start.character}`)).toEqual(['acronym-explained-late APDR 0:19']);
    expect(run('![The SENDIASS logo](/logo.png)\n').map((f) => `${f.ruleId} ${f.subject}`)).toEqual(['unexplained-acronym SENDIASS']);
    expect(run('Write `![EHCP](x.png)` for an image.\n')).toEqual([]);
  });

  it('takes a "Key" section or a paragraph led by "Key:" as a glossary wherever it is, but not "Key dates"', () => {
    const after = (key: string) => `Pupils with SLD and PMLD attend.\n\n${key}\n`;
    expect(run(after('## Key\n\nSLD = severe learning difficulties; PMLD = profound and multiple learning difficulties.'))).toEqual([]);
    expect(run(after('**Key:** SLD = severe learning difficulties; PMLD = profound and multiple learning difficulties.'))).toEqual([]);
    expect(run(after('Key: SLD = severe learning difficulties; PMLD = profound and multiple learning difficulties.'))).toEqual([]);
    expect(run(after('## Key dates\n\nSLD = severe learning difficulties; PMLD = profound and multiple learning difficulties.')).map((f) => `${f.ruleId} ${f.subject}`)).toEqual([
      'acronym-explained-late SLD',
      'acronym-explained-late PMLD',
    ]);
    expect(run(after('Keyworkers: SLD = severe learning difficulties; PMLD = profound and multiple learning difficulties.')).map((f) => f.ruleId)).toEqual([
      'acronym-explained-late',
      'acronym-explained-late',
    ]);
  });

  it.each(['Words we use', 'What do these letters mean?', 'A–Z of terms', 'Acronym buster', 'Abbreviation list', 'Our alphabet soup', 'Explanation of terms', 'Words you may hear', 'SEND dictionary'])(
    'takes a section headed "%s" as a glossary',
    (heading) => {
      const text = `Ask the ELSA and the MHST.\n\n## ${heading}\n\nELSA: emotional literacy support assistant.\n\nMHST - the team that helps with worries.\n`;
      expect(run(text).filter((f) => f.subject !== 'SEND')).toEqual([]);
    },
  );

  it.each(['Terms of reference', 'Key dates', 'Stage A to B', 'How we use words'])('does not take a section headed "%s" as a glossary', (heading) => {
    const text = `Ask the ELSA.\n\n## ${heading}\n\nELSA: emotional literacy support assistant.\n`;
    expect(run(text).map((f) => `${f.ruleId} ${f.subject}`)).toEqual(['acronym-explained-late ELSA']);
  });

  it('reads "in full" after a heading use as a late explanation', () => {
    const text = '## JCQ access arrangements\n\nThey are set by the JCQ, in full the Joint Council for Qualifications, each year.\n';
    expect(run(text).map((f) => `${f.ruleId} ${f.subject}`)).toEqual(['acronym-explained-late JCQ']);
  });

  it('is quiet when the explanation comes first, or is in a glossary section', () => {
    expect(run('Special educational needs (SEN) are common. SEN support helps.\n')).toEqual([]);
    expect(run('# Report\n\nThe SENCO leads.\n\n## Glossary\n\n- SENCO: special educational needs co-ordinator\n')).toEqual([]);
  });
});
