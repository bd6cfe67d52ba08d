import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../server/src/engine/document.js';
import { decideFacts } from '../server/src/engine/facts.js';
import { assessCoverage, findSencoContact } from '../server/src/engine/coverage.js';
import { standards } from '../server/src/engine/standards.js';
import { linkedLocalOffer } from '../server/src/rules/local-offer-not-linked.js';

/** Labels as written by the corpus README (only the fields coverage is scored on). */
export interface Labels {
  file: string;
  kind: string;
  schedule1: Record<string, boolean> | null;
  schedule1_notes?: Record<string, string>;
  s69: Record<string, boolean> | null;
  senco_contact: { name: boolean; email_or_phone: boolean };
  local_offer_link: boolean;
}

export interface Miss {
  file: string;
  item: string;
  expected: boolean;
  got: string;
  reason: string;
}

export interface Score {
  covered: { precision: number; recall: number };
  missing: { precision: number; recall: number };
  misses: Miss[];
  total: number;
}

export interface CorpusDoc {
  file: string;
  text: string;
  labels: Labels;
}

export function loadCorpus(dir: string): CorpusDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => {
      const labels = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Labels;
      return { file: labels.file, text: readFileSync(join(dir, labels.file), 'utf8'), labels };
    });
}

/** Parsing dominates the run time, so each document is parsed once per test file. */
const parsed = new Map<string, ReturnType<typeof buildDocument>>();
function parse(text: string) {
  let doc = parsed.get(text);
  if (!doc) parsed.set(text, (doc = buildDocument(text)));
  return doc;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Precision and recall of both classes (covered, and partial-or-missing) for one standard. */
export function score(docs: CorpusDoc[], standardId: string, pick: (l: Labels) => Record<string, boolean> | null): Score {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const misses: Miss[] = [];
  for (const { file, text, labels } of docs) {
    const expected = pick(labels);
    if (!expected) continue;
    const doc = parse(text);
    const results = new Map(assessCoverage(doc, decideFacts(doc, {}), standards).map((r) => [r.requirement, r]));
    for (const [item, truth] of Object.entries(expected)) {
      const result = results.get(`${standardId}/${item}`);
      const status = result?.assessment.status ?? 'not assessed (the standard did not apply)';
      const covered = status === 'covered';
      if (covered && truth) tp++;
      else if (covered) fp++;
      else if (truth) fn++;
      else tn++;
      if (covered !== truth) {
        const where = result?.assessment.span ? ` at line ${doc.lines.positionAt(result.assessment.span.start).line + 1}` : '';
        misses.push({ file, item, expected: truth, got: status, reason: (result?.assessment.reason ?? '') + where });
      }
    }
  }
  return {
    covered: { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) },
    missing: { precision: ratio(tn, tn + fn), recall: ratio(tn, tn + fp) },
    misses,
    total: tp + fp + fn + tn,
  };
}

export function sencoAndLinkMisses(docs: CorpusDoc[]): string[] {
  const misses: string[] = [];
  for (const { file, text, labels } of docs) {
    const doc = parse(text);
    const contact = findSencoContact(doc);
    if (Boolean(contact.name) !== labels.senco_contact.name) misses.push(`${file}: senco name expected ${labels.senco_contact.name}`);
    if (Boolean(contact.contact) !== labels.senco_contact.email_or_phone)
      misses.push(`${file}: senco email/phone expected ${labels.senco_contact.email_or_phone}`);
    if (linkedLocalOffer(doc) !== labels.local_offer_link) misses.push(`${file}: local offer link expected ${labels.local_offer_link}`);
  }
  return misses;
}
