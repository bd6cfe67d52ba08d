// The engine's public surface: faces (CLI, server, tests) import from here only.
export { lint, lintDocument, INTERNAL_ERROR_RULE } from './run.js';
export { buildDocument } from './document.js';
export type { DocumentModel, Block, ProseRun, Link } from './document.js';
export type { Section, HeadingInfo } from './sections.js';
export { LineIndex } from './line-index.js';
export { applyEdits, applySafeFixes } from './fixes.js';
export { fixAll, chooseNonOverlapping, type AppliedFix } from './fix-all.js';
export { standards } from './standards.js';
export type { RequirementItem, RequirementStandard, Standards } from './standards.js';
export { rules, languageRules } from '../rules/index.js';
export type { Rule, RuleMeta } from './rule.js';
export { KNOWN_KINDS, KNOWN_SETTINGS } from './facts.js';
export * from './types.js';
