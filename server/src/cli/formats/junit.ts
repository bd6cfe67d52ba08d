import type { Finding } from '../../engine/index.js';
import type { Formatter } from './types.js';
import { xmlEscape as x } from './xml.js';

const where = (f: Finding) => `${f.range.start.line + 1}:${f.range.start.character + 1}`;

/**
 * JUnit XML, which most CI systems show as a test report: one test suite per
 * document, one failing test case per error or warning (suggestions are not
 * failures), and one passing case for a document with none, so every
 * document appears. An unreadable document is a test case with an error.
 */
export const formatJunit: Formatter = (reports, { run }) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const { path, result, error } of reports) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    if (!result || error) {
      suiteErrors++;
      cases.push(`    <testcase classname="${x(path)}" name="read ${x(path)}"><error message="${x(error ?? 'not checked')}"/></testcase>`);
    }
    for (const f of result?.findings ?? []) {
      if (f.severity !== 'error' && f.severity !== 'warning') continue;
      suiteFailures++;
      const body = [f.message, f.citation && `Source: ${f.citation}`, f.docsUrl && `More: ${f.docsUrl}`].filter(Boolean).join('\n');
      cases.push(
        `    <testcase classname="${x(path)}" name="${x(`${f.ruleId} at ${where(f)}`)}">` +
          `<failure type="${x(f.ruleId)}" message="${x(`${path}:${where(f)} ${f.message}`)}">${x(body)}</failure></testcase>`,
      );
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${x(path)}" name="no problems"/>`);
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite name="${x(path)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const seconds = ((run.endTime.getTime() - run.startTime.getTime()) / 1000).toFixed(3);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="sendlint" tests="${tests}" failures="${failures}" errors="${errors}" time="${seconds}">\n` +
    (suites.length ? `${suites.join('\n')}\n` : '') +
    `</testsuites>\n`
  );
};
