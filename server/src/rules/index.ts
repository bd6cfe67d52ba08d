import type { Rule } from '../engine/rule.js';
import { missingRequirement } from './missing-requirement.js';
import { kindInferred } from './kind-inferred.js';
import { sencoContactIncomplete } from './senco-contact-incomplete.js';
import { localOfferNotLinked } from './local-offer-not-linked.js';
import { reviewOverdue } from './review-overdue.js';
import { unexplainedAcronym } from './unexplained-acronym.js';
import { acronymExplainedLate } from './acronym-explained-late.js';
import { acronymAmbiguous } from './acronym-ambiguous.js';
import { outdatedTerm } from './outdated-term.js';
import { placeholder } from './placeholder.js';
import { personalData } from './personal-data.js';
import { jargon } from './jargon.js';
import { inconsiderateLanguage } from './inconsiderate-language.js';
import { hardToRead } from './hard-to-read.js';
import { unusedSuppression } from './unused-suppression.js';
import { englandTermInWales } from './england-term-in-wales.js';
import { selfReviewStatus } from './self-review-status.js';
import { actionPlanTable } from './action-plan-table.js';
import { npqReplacesNasenco } from './npq-replaces-nasenco.js';

/** The plain-language rules (issue 3); the others judge coverage and document structure. */
export const languageRules: Rule[] = [
  unexplainedAcronym,
  acronymExplainedLate,
  acronymAmbiguous,
  outdatedTerm,
  placeholder,
  personalData,
  jargon,
  inconsiderateLanguage,
  hardToRead,
  unusedSuppression,
];

/** Every rule, in the order they run. A rule's module is named after its id. */
export const rules: Rule[] = [
  kindInferred,
  missingRequirement,
  sencoContactIncomplete,
  localOfferNotLinked,
  reviewOverdue,
  englandTermInWales,
  selfReviewStatus,
  actionPlanTable,
  npqReplacesNasenco,
  ...languageRules,
];
