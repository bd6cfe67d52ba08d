import type { Rule } from '../engine/rule.js';

const KIND_LABELS: Record<string, string> = {
  'sen-information-report': 'an SEN information report',
  'sen-policy': 'an SEN policy',
  combined: 'a combined SEN policy and information report',
  'aln-policy': 'an ALN policy (Wales)',
  'senco-job-description': 'a SENCO job description',
  'senco-self-review': "a SENCO's self-review against the standards",
  'senco-qualification-evidence': 'a SENCO qualification evidence portfolio',
  'sen-action-plan': 'an SEN action plan',
  'faq-page': 'a questions-and-answers page',
};

export const kindInferred: Rule = {
  meta: {
    id: 'kind-inferred',
    defaultSeverity: 'info',
    citation: 'SEND Regulations 2014, regulation 2 and Schedule 1, paragraphs 2 and 4 (some items apply only to mainstream schools and maintained nurseries)',
    description: 'The document kind was guessed from its title and content; say it explicitly in frontmatter.',
    docs: {
      checks: 'Whether the document says what kind of document it is (and which setting) in its frontmatter.',
      why: 'Which checks apply depends on the kind of document and the kind of school: for example special schools need not name a SENCO in the report. A guess can be wrong, so sendlint tells you what it guessed.',
      example: '# Hollins Brook Primary: SEN Information Report\n\n(no frontmatter)',
      fix: 'Add frontmatter at the top of the file, for example:\n\n```yaml\n---\ntype: sen-information-report\nsetting: mainstream-primary\njurisdiction: england\n---\n```',
    },
  },
  check({ doc, facts, standards, report }) {
    // Only some checklists depend on the kind of school (a SENCO must be named in a mainstream school's report,
    // not a special school's); for a job description or an action plan the setting changes nothing.
    const settingMatters = standards.requirements.some(
      (s) => s.appliesTo.kinds.includes(facts.kind) && (!s.appliesTo.jurisdictions || s.appliesTo.jurisdictions.includes(facts.jurisdiction)) && s.items.some((i) => i.settings),
    );
    const askSetting = facts.inferred.setting && settingMatters;
    if (!facts.inferred.kind && !askSetting) return;
    const parts: string[] = [];
    if (facts.inferred.kind) parts.push(`sendlint treated this as ${KIND_LABELS[facts.kind] ?? facts.kind} because ${facts.kindEvidence}`);
    if (askSetting)
      parts.push(facts.setting ? `guessed the setting "${facts.setting}"` : 'could not tell what kind of school this is, so it applied every setting\'s requirements');
    const settingLine = settingMatters ? `setting: ${facts.setting ?? 'mainstream-primary'}\n` : '';
    const frontmatter = `---\ntype: ${facts.kind}\n${settingLine}jurisdiction: ${facts.jurisdiction}\n---\n`;
    const start = doc.lines.positionAt(0);
    report({
      message: `${parts.join(', and ')}. To be sure the right checks apply, add ${settingMatters ? '"type:" and "setting:" lines' : 'a "type:" line'} in a block between two "---" lines at the very top of the file (the quick fix does this).`,
      span: doc.title?.span ?? { start: 0, end: 0 },
      fixes: doc.frontmatter
        ? undefined
        : [{ title: 'Add frontmatter saying what this document is', edits: [{ range: { start, end: start }, newText: frontmatter }], safe: false }],
    });
  },
};
