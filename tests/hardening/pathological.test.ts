// Pathological inputs (issue 7): each must lint within a generous multiple of its stated bound
// (bench/pathological.mjs holds the bound itself, in wall-clock time), with every range inside the
// document. The test counts the CPU time of its own process, so other work on a shared machine
// does not fail it; a quadratic slowdown still does (the 5 MB file took 123 s of CPU before it was parsed in pieces).
import { describe, expect, it } from 'vitest';
import { LineIndex, lint } from '../../server/src/engine/index.js';
// @ts-expect-error -- plain ES module shared with bench/pathological.mjs, no type declarations
import { ADVERSARIAL, PATHOLOGICAL } from './pathological-inputs.mjs';

interface Input {
  name: string;
  boundMs: number;
  make: () => string;
}

// Generous: vitest's transform is slower than the bundle, and a loaded machine slows even CPU time.
const SLACK = 8;

/** CPU milliseconds (user and system) this process spends running `work`. */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function expectRangesInside(text: string, findings: ReturnType<typeof lint>['findings']) {
  const lines = new LineIndex(text);
  for (const f of findings) {
    const start = lines.offsetAt(f.range.start);
    const end = lines.offsetAt(f.range.end);
    expect(lines.positionAt(start)).toEqual(f.range.start);
    expect(lines.positionAt(end)).toEqual(f.range.end);
    expect(start).toBeLessThanOrEqual(end);
  }
}

describe('pathological inputs', () => {
  lint('# Warm up\n\nThe SENCO meets parents.');
  for (const input of PATHOLOGICAL as Input[]) {
    it(`${input.name} within ${SLACK} x ${input.boundMs} ms of CPU`, () => {
      const text = input.make();
      let findings: ReturnType<typeof lint>['findings'] = [];
      const ms = cpuMs(() => (findings = lint(text).findings));
      expect(ms).toBeLessThan(SLACK * input.boundMs);
      expectRangesInside(text, findings);
    }, 240_000);
  }

  it('regular expressions stay linear on adversarial strings', () => {
    for (const text of ADVERSARIAL as string[]) {
      expect(cpuMs(() => lint(text)), JSON.stringify(text.slice(0, 20))).toBeLessThan(SLACK * 1000);
    }
  }, 120_000);
});

describe('line endings, byte order marks and UTF-16 ranges', () => {
  const wordAt = (text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
    const lines = new LineIndex(text);
    return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
  };
  const acronymFinding = (text: string) => lint(text, { onlyRules: ['unexplained-acronym'] }).findings.find((f) => f.subject === 'CAMHS' || wordAt(text, f.range) === 'CAMHS');

  const cases: [string, string][] = [
    ['emoji before the word', '# Our offer 😀\n\n👩‍👧‍👦 Families 🎉🎉 can ask CAMHS for help.\n'],
    ['combining characters before the word', '# Cafe\u0301 mornings\n\nNai\u0308ve e\u0301e\u0301 questions go to CAMHS first.\n'],
    ['CRLF line endings', '# Our offer\r\n\r\nFamilies can ask CAMHS for help.\r\n'],
    ['lone CR line endings', '# Our offer\r\rFamilies can ask CAMHS for help.\r'],
    ['mixed line endings', '# Our offer\r\n\nSome text.\r\rFamilies can ask CAMHS for help.\n'],
    ['a byte order mark', '\uFEFF# Our offer\n\nFamilies can ask CAMHS for help.\n'],
    ['a byte order mark and CRLF', '\uFEFF# Our offer\r\n\r\nFamilies can ask CAMHS for help.\r\n'],
  ];
  for (const [name, text] of cases) {
    it(`points at the word after ${name}`, () => {
      const finding = acronymFinding(text);
      expect(finding, 'CAMHS is reported').toBeDefined();
      expect(wordAt(text, finding!.range)).toBe('CAMHS');
      expectRangesInside(text, lint(text).findings);
    });
  }
});
