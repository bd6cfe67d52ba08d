import compiled from '../generated/standards.json';
import type { Setting } from './types.js';

export interface RequirementItem {
  id: string;
  title?: string;
  citation: string;
  summary: string;
  obligation: 'must' | 'should';
  settings?: Setting[];
  /** Id of the rule that reports this item instead of missing-requirement. */
  checkedBy?: string;
  recognise: {
    headings?: string[];
    notHeadings?: string[];
    phrases?: string[];
    /** Per phrase, the literals every match contains (null for none), added at build time for the prefilter. */
    phraseLiterals?: (string[] | null)[];
    /** The same for the headings. */
    headingLiterals?: (string[] | null)[];
    minPhraseHits?: number;
    headingPhraseHits?: number;
    /** Sections that usually frame a document (aims, legislation, approval) count when their heading matches. */
    inFraming?: boolean;
    require?: string[];
    /** Families that, all said, answer the item without the require patterns (every part said in other words). */
    requireWaivedAt?: number;
    requireReason?: string;
    /** A section's own heading may meet `require` for its answer ("What if I want to complain?" over the steps). */
    headingMeetsRequire?: boolean;
    /** A pointer to where the thing is published answers the item (items about another document). */
    pointersAnswer?: boolean;
    evidence?: ('person-name' | 'email-or-phone' | 'url' | 'contact' | 'where-published')[];
  };
  snippet: { heading: string; prompts: string[] };
}

export interface RequirementStandard {
  kind: 'requirements';
  file: string;
  id: string;
  title: string;
  source: string;
  appliesTo: { kinds: string[]; jurisdictions?: ('england' | 'wales')[] };
  items: RequirementItem[];
}

/** Every standards file, validated and compiled at build time (scripts/compile-standards.mjs). */
export interface Standards {
  requirements: RequirementStandard[];
  /** Data files of other kinds (glossary, terms ...), by kind. */
  data: Map<string, Record<string, unknown>[]>;
}

function load(): Standards {
  const files = compiled as unknown as ({ kind: string } & Record<string, unknown>)[];
  const data = new Map<string, Record<string, unknown>[]>();
  for (const file of files) {
    if (file.kind === 'requirements') continue;
    data.set(file.kind, [...(data.get(file.kind) ?? []), file]);
  }
  return { requirements: files.filter((f) => f.kind === 'requirements') as unknown as RequirementStandard[], data };
}

export const standards: Standards = load();
