import { standards } from '../standards.js';
import type { Jurisdiction } from '../types.js';

export interface Meaning {
  expansion: string;
  plural?: string;
  also?: string[];
  gloss: string;
}

export interface GlossaryEntry {
  acronym: string;
  everyday?: boolean;
  /** Also an ordinary English word (SEND, ADD, HE): inside a sentence shouted in capitals it is read as the word. */
  word?: boolean;
  /** Replaced by a newer term (see outdated-terms.yaml), so never spelled out automatically. */
  outdated?: boolean;
  jurisdiction?: Jurisdiction;
  meanings: Meaning[];
}

/** Lower case, "&" as "and", hyphens joined ("co-ordinator" = "coordinator"), other punctuation as spaces. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[-‐‑–]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lookup key of an acronym: its upper-case form, so SaLT = SALT and SENCo = SENCO. */
export const keyOf = (acronym: string): string => acronym.toUpperCase();

function load(): Map<string, GlossaryEntry> {
  const map = new Map<string, GlossaryEntry>();
  for (const file of standards.data.get('glossary') ?? []) {
    for (const entry of (file as unknown as { entries: GlossaryEntry[] }).entries) map.set(keyOf(entry.acronym), entry);
  }
  return map;
}

/** The bundled glossary by key, built once at module load. */
export const glossary: Map<string, GlossaryEntry> = load();

/** Every accepted full form of a meaning, normalised. */
export function formsOf(meaning: Meaning): string[] {
  return [meaning.expansion, meaning.plural, ...(meaning.also ?? [])].filter((f): f is string => !!f).map(normalise);
}

/** Index of the meaning whose full form `text` ends with (before "(ACR)") or starts with (after "ACR"), or -1. */
export function meaningMatching(entry: GlossaryEntry, text: string, where: 'ends' | 'starts'): number {
  const plain = normalise(text);
  let best = -1;
  let bestLength = 0;
  entry.meanings.forEach((meaning, index) => {
    for (const form of formsOf(meaning)) {
      const hit =
        where === 'ends'
          ? plain === form || plain.endsWith(' ' + form)
          : plain === form || plain.startsWith(form + ' ');
      if (hit && form.length > bestLength) {
        best = index;
        bestLength = form.length;
      }
    }
  });
  return best;
}
