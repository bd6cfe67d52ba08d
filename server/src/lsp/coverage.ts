import { applicableStandards } from '../engine/coverage.js';
import { standards, type RequirementItem, type RequirementStandard } from '../engine/standards.js';
import type { Range } from '../engine/types.js';
import type { Analysis } from './analysis.js';
import type { CoverageItem, CoverageResponse } from './protocol.js';

/** Every requirement item by its "<standard>/<item>" id. */
const items = new Map<string, { standard: RequirementStandard; item: RequirementItem }>(
  standards.requirements.flatMap((standard) => standard.items.map((item) => [`${standard.id}/${item.id}`, { standard, item }] as const)),
);

export function requirementItem(requirement: string): { standard: RequirementStandard; item: RequirementItem } | undefined {
  return items.get(requirement);
}

export function coverageResponse(analysis: Analysis): CoverageResponse {
  const { result } = analysis;
  const list: CoverageItem[] = result.coverage.flatMap((c) => {
    const found = items.get(c.requirement);
    if (!found) return [];
    const { item } = found;
    return [{ requirement: c.requirement, title: item.title ?? item.id, citation: item.citation, summary: item.summary, status: c.status, evidence: c.evidence }];
  });
  const applicable = list.filter((i) => i.status !== 'not-applicable');
  return {
    uri: analysis.uri,
    documentKind: result.documentKind,
    setting: result.setting,
    jurisdiction: result.jurisdiction,
    covered: applicable.filter((i) => i.status === 'covered').length,
    applicable: applicable.length,
    items: list,
  };
}

/** Per applicable standard: its title and counts, for the code lens. */
export function coverageByStandard(analysis: Analysis): { title: string; covered: number; applicable: number }[] {
  const facts = { kind: analysis.result.documentKind, setting: analysis.result.setting, jurisdiction: analysis.result.jurisdiction, inferred: analysis.result.inferred };
  return applicableStandards(standards, facts).map((standard) => {
    const mine = analysis.result.coverage.filter((c) => c.requirement.startsWith(`${standard.id}/`) && c.status !== 'not-applicable');
    return { title: standard.title, covered: mine.filter((c) => c.status === 'covered').length, applicable: mine.length };
  });
}

/** Requirement items whose evidence is the section starting at `range` (a heading's section). */
export function itemsCoveredAt(analysis: Analysis, range: Range): RequirementItem[] {
  return analysis.result.coverage
    .filter((c) => (c.status === 'covered' || c.status === 'partial') && c.evidence && c.evidence.start.line === range.start.line && c.evidence.start.character === range.start.character)
    .flatMap((c) => {
      const found = items.get(c.requirement);
      return found ? [found.item] : [];
    });
}
