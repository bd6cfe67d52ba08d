import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onlyRules, PLAIN_REPORT, ROOT, sendlint, tempTree } from './helpers.js';

// Misses most statutory items, so it has errors with requirements, plus the kind-inferred suggestion.
const GAPPY = '# Riverside Academy SEN Information Report\n\nWe welcome every child. Ask the office for help.\n';
const position = { line: expect.any(Number), character: expect.any(Number) };
const range = { start: position, end: position };

describe('--format json (the contract other tools rely on)', () => {
  const dir = tempTree({ 'reports/gappy.md': GAPPY, 'reports/plain.md': PLAIN_REPORT });
  const run = sendlint(['--format', 'json', 'reports'], dir);
  const out = JSON.parse(run.stdout);

  it('has version 1 and one entry per file with the document facts', () => {
    expect(run.code).toBe(1);
    expect(out.version).toBe(1);
    expect(out.files.map((f: { path: string }) => f.path)).toEqual(['reports/gappy.md', 'reports/plain.md']);
    expect(out.files[0]).toMatchObject({ documentKind: 'sen-information-report', setting: null, jurisdiction: 'england' });
  });

  it('gives every finding the documented fields with 0-based positions', () => {
    const findings = out.files.flatMap((f: { findings: unknown[] }) => f.findings);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(['citation', 'fixes', 'message', 'range', 'requirement', 'ruleId', 'severity', 'subject']);
      expect(f).toMatchObject({ ruleId: expect.any(String), severity: expect.stringMatching(/^(error|warning|info|hint)$/), message: expect.any(String), range });
      expect(Array.isArray(f.fixes)).toBe(true);
    }
    const title = findings.find((f: { ruleId: string }) => f.ruleId === 'kind-inferred');
    expect(title.range.start).toEqual({ line: 0, character: 0 });
    const missing = findings.find((f: { ruleId: string }) => f.ruleId === 'missing-requirement');
    expect(missing).toMatchObject({ severity: 'error', requirement: expect.stringMatching(/^[a-z0-9-]+\/[a-z0-9-]+$/), citation: expect.any(String) });
  });

  it('gives every coverage entry a requirement, a status and evidence or null', () => {
    const coverage = out.files[0].coverage;
    expect(coverage.length).toBeGreaterThan(0);
    for (const c of coverage) {
      expect(c).toEqual({ requirement: expect.stringMatching(/^[a-z0-9-]+\/[a-z0-9-]+$/), status: expect.stringMatching(/^(covered|partial|missing|not-applicable)$/), evidence: c.evidence === null ? null : range });
    }
    expect(coverage.some((c: { status: string }) => c.status === 'missing')).toBe(true);
  });
});

describe('--format sarif', () => {
  it('passes Microsoft\'s SARIF validator with no errors or warnings, and carries rules, fixes and invocations', () => {
    const dir = tempTree({
      'docs/gappy.md': GAPPY,
      'docs/plain one.md': PLAIN_REPORT,
      'docs/logo.md': Buffer.from([0x89, 0x00]),
    });
    const run = sendlint(['--format', 'sarif', '--output', 'out.sarif', 'docs'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const validation = spawnSync(join(ROOT, 'node_modules/.bin/sarif-multitool'), ['validate', 'out.sarif', '--output', 'validation.sarif'], { cwd: dir, encoding: 'utf8' });
    expect(validation.status, validation.stdout + validation.stderr).toBe(0);
    const problems = JSON.parse(readFileSync(join(dir, 'validation.sarif'), 'utf8'))
      .runs[0].results.filter((r: { level?: string }) => r.level !== 'note')
      .map((r: { ruleId: string; message: { text?: string; id?: string } }) => `${r.ruleId}: ${r.message.text ?? r.message.id}`);
    expect(problems).toEqual([]);

    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    const sarifRun = log.runs[0];
    expect(log.version).toBe('2.1.0');
    const rule = sarifRun.tool.driver.rules.find((r: { id: string }) => r.id === 'missing-requirement');
    expect(rule).toMatchObject({ helpUri: expect.stringContaining('docs/rules/missing-requirement.md'), fullDescription: { text: expect.any(String) }, defaultConfiguration: { level: 'error' } });
    const result = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'kind-inferred');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 1 });
    expect(result.locations[0].physicalLocation.artifactLocation).toMatchObject({ uri: 'docs/gappy.md', uriBaseId: 'SRCROOT' });
    expect(result.fixes?.[0]?.artifactChanges[0].replacements[0].insertedContent.text).toContain('type:');
    expect(sarifRun.invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 2 });
    expect(sarifRun.invocations[0].toolExecutionNotifications[0].message.text).toContain('binary');
    expect(sarifRun.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toContain('docs/plain%20one.md');
  });
});

describe('--format stylish', () => {
  it('groups findings by file and prints the coverage table', () => {
    const run = sendlint(['.'], tempTree({ '.sendlintrc.yaml': onlyRules({ 'kind-inferred': 'warning', 'missing-requirement': 'error' }), 'a.md': GAPPY }));
    expect(run.stdout).toMatch(/^a\.md {2}\(sen-information-report/);
    expect(run.stdout).toMatch(/Statutory coverage: \d+ of \d+ covered/);
    expect(run.stdout).toMatch(/✗ MISSING +send-regs-2014-sch1\//);
    expect(run.stdout).toMatch(/\d+ errors?, 1 warning, 0 suggestions in 1 file\./);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('--output writes the report to a file instead of the screen', () => {
    const dir = tempTree({ 'a.md': PLAIN_REPORT });
    writeFileSync(join(dir, 'report.txt'), 'old report');
    const run = sendlint(['--output', 'report.txt', 'a.md'], dir);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('a.md');
  });
});
