import type { Rule } from '../engine/rule.js';
import { spanOf } from '../engine/language/text.js';
import { proseParagraphs, readingEase } from '../engine/language/sentences.js';

export const DEFAULT_MAX_SENTENCE_WORDS = 30;
export const DEFAULT_READABILITY_TARGET = 40;
// Reading ease swings wildly on a sentence or two, so only longer paragraphs are scored.
const MIN_PARAGRAPH_WORDS = 40;

function numberOption(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export const hardToRead: Rule = {
  meta: {
    id: 'hard-to-read',
    defaultSeverity: 'info',
    description: 'A sentence that is too long, or a paragraph that is hard to read for parents.',
    citation: 'SEND Code of Practice 2015, para 6.81 (clear, straightforward language)',
    docs: {
      checks: `Sentences longer than \`maxSentenceWords\` words (default ${DEFAULT_MAX_SENTENCE_WORDS}) and paragraphs of ${MIN_PARAGRAPH_WORDS} words or more whose Flesch reading ease is below \`readabilityTarget\` (default ${DEFAULT_READABILITY_TARGET}; 60 to 70 is plain English, below 30 is very hard). The whole document's reading ease is part of the result, for editors and reports.`,
      why: 'Parents of children with SEN include parents who find reading hard, who are reading in a second language, or who are tired and worried. Long sentences full of long words lose them.',
      example: 'Where, following consultation with parents and relevant professionals, it is determined that a pupil requires provision that is additional to or different from that which is ordinarily available, the school will implement a graduated approach to support.',
      fix: 'Split long sentences, one idea each. Prefer short, everyday words ("help" rather than "provision", "start" rather than "implement").',
    },
  },
  check({ doc, config, options, report }) {
    const maxWords = numberOption(options.maxSentenceWords ?? config.maxSentenceWords, DEFAULT_MAX_SENTENCE_WORDS);
    const target = numberOption(options.readabilityTarget ?? config.readabilityTarget, DEFAULT_READABILITY_TARGET);
    for (const { block, sentences } of proseParagraphs(doc)) {
      for (const sentence of sentences) {
        if (sentence.words <= maxWords) continue;
        const span = spanOf(block, sentence.start, sentence.end);
        if (span) {
          report({
            message: `This sentence has ${sentence.words} words; over ${maxWords} is hard to follow. Split it into shorter sentences, one idea each.`,
            span,
          });
        }
      }
      const words = sentences.reduce((n, s) => n + s.words, 0);
      if (words < MIN_PARAGRAPH_WORDS) continue;
      const ease = readingEase(words, sentences.length, sentences.reduce((n, s) => n + s.syllables, 0));
      if (ease >= target) continue;
      const first = sentences[0]!;
      const span = spanOf(block, first.start, first.end);
      if (span) {
        report({
          message: `This paragraph is hard to read (reading ease ${Math.round(ease)}, target ${target}; 60 or more is plain English). Use shorter sentences and everyday words.`,
          span,
        });
      }
    }
  },
};
