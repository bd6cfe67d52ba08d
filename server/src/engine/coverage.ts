import type { DocumentModel } from './document.js';
import type { DocumentFacts } from './rule.js';
import type { RequirementItem, RequirementStandard, Standards } from './standards.js';
import type { CoverageResult } from './types.js';
import { assessItem, type Assessment } from './coverage/assess.js';

export { findSencoContact, type SencoContact } from './coverage/evidence.js';
export type { Assessment } from './coverage/assess.js';

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

export interface ItemAssessment {
  /** "<standard id>/<item id>". */
  requirement: string;
  item: RequirementItem;
  /** False when the item does not apply to this setting (e.g. item 4 in a special school). */
  applies: boolean;
  /** Whether the text addresses the item, decided even when it does not apply. */
  assessment: Assessment;
}

/** Assesses every item of every applicable standard, including items that do not apply to the setting. */
export function assessCoverage(doc: DocumentModel, facts: DocumentFacts, standards: Standards): ItemAssessment[] {
  return applicableStandards(standards, facts).flatMap((standard) =>
    standard.items.map((item) => ({
      requirement: `${standard.id}/${item.id}`,
      item,
      applies: itemApplies(item, facts),
      assessment: assessItem(doc, standards, item),
    })),
  );
}

/** Coverage of every applicable item, with the evidence range (covered, partial) or a reason (partial, missing). */
export function computeCoverage(doc: DocumentModel, facts: DocumentFacts, standards: Standards): CoverageResult[] {
  return assessCoverage(doc, facts, standards).map(({ requirement, applies, assessment }): CoverageResult => {
    if (!applies) return { requirement, status: 'not-applicable' };
    const result: CoverageResult = { requirement, status: assessment.status };
    if (assessment.span) result.evidence = doc.lines.rangeOf(assessment.span);
    if (assessment.reason) result.reason = assessment.reason;
    return result;
  });
}
