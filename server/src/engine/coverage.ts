import type { DocumentModel } from './document.js';
import type { DocumentFacts } from './rule.js';
import type { RequirementItem, RequirementStandard, Standards } from './standards.js';
import type { CoverageResult } from './types.js';

/** Standards whose kinds and jurisdictions include this document's. */
export function applicableStandards(standards: Standards, facts: DocumentFacts): RequirementStandard[] {
  return standards.requirements.filter(
    (s) =>
      s.appliesTo.kinds.includes(facts.kind) &&
      (!s.appliesTo.jurisdictions || s.appliesTo.jurisdictions.includes(facts.jurisdiction)),
  );
}

export function itemApplies(item: RequirementItem, facts: DocumentFacts): boolean {
  return !item.settings || facts.setting === null || item.settings.includes(facts.setting);
}

/**
 * Decides, for every applicable requirement item, whether the document
 * covers it. First version: a section whose heading matches and has content.
 */
export function computeCoverage(doc: DocumentModel, facts: DocumentFacts, standards: Standards): CoverageResult[] {
  const results: CoverageResult[] = [];
  for (const standard of applicableStandards(standards, facts)) {
    for (const item of standard.items) {
      const requirement = `${standard.id}/${item.id}`;
      if (!itemApplies(item, facts)) {
        results.push({ requirement, status: 'not-applicable' });
        continue;
      }
      const patterns = (item.recognise.headings ?? []).map((p) => new RegExp(p, 'iu'));
      const section = doc.sections.find((s) => s.heading && patterns.some((p) => p.test(s.heading!.text)));
      results.push(
        section
          ? { requirement, status: 'covered', evidence: doc.lines.rangeOf(section.span) }
          : { requirement, status: 'missing' },
      );
    }
  }
  return results;
}
