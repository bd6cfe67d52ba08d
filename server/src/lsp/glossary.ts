import { standards } from '../engine/standards.js';

export interface GlossaryMeaning {
  expansion: string;
  gloss: string;
}

export interface GlossaryEntry {
  acronym: string;
  meanings: GlossaryMeaning[];
}

/** Glossary entries (standards/glossary.yaml) by lower-cased acronym. */
const byKey = new Map<string, GlossaryEntry>();
for (const file of standards.data.get('glossary') ?? []) {
  for (const entry of (file.entries as GlossaryEntry[] | undefined) ?? []) byKey.set(entry.acronym.toLowerCase(), entry);
}

/** The entry for a word as written: case variants and a plural "s" are the same acronym (SENCos, EHCPs). */
export function lookupAcronym(word: string): GlossaryEntry | undefined {
  if (!/[A-Z].*[A-Z]/.test(word)) return undefined; // "send" the verb is not SEND
  const key = word.toLowerCase();
  return byKey.get(key) ?? (key.endsWith('s') ? byKey.get(key.slice(0, -1)) : undefined);
}

export function glossaryEntries(): GlossaryEntry[] {
  return [...byKey.values()];
}
