import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { onlyRules, PLAIN_REPORT, sendlint, tempTree } from '../cli/helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Two findings in one file (an error and a warning), one clean file, and characters XML and workflow commands must escape.
const dir = tempTree({
  '.sendlintrc.yaml': onlyRules({ 'kind-inferred': 'error', placeholder: 'warning' }),
  'a & b/report.md': `${PLAIN_REPORT}\nOur SENCO is [insert name] <ask the office>, 100% "ready".\n`,
  'clean.md': '---\ntype: sen-policy\nsetting: special\n---\n# Policy\n\nHello.\n',
});
const format = (name: string) => sendlint(['--format', name, '.'], dir);

describe('--format github', { timeout: 120_000 }, () => {
  it('prints one workflow command per finding with file, position and title, escaping separators', () => {
    const run = format('github');
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=a & b\/report\.md,line=1,col=1,endLine=\d+,endColumn=\d+,title=sendlint kind-inferred::\S/);
    expect(lines[1]).toMatch(/^::warning file=a & b\/report\.md,line=5,col=\d+,endLine=5,endColumn=\d+,title=sendlint placeholder::/);
    for (const line of lines) expect(line.split('::')[1]!.replace(/^\w+ /, '')).not.toMatch(/[\r\n]|:(?!\/\/)/);
  });
});

describe('--format gitlab', { timeout: 120_000 }, () => {
  it('gives code quality issues with unique fingerprints that survive lines moving', () => {
    const first = JSON.parse(format('gitlab').stdout) as { fingerprint: string; severity: string; check_name: string; location: { path: string; lines: { begin: number } } }[];
    expect(first.map((i) => [i.check_name, i.severity, i.location.path])).toEqual([
      ['sendlint/kind-inferred', 'major', 'a & b/report.md'],
      ['sendlint/placeholder', 'minor', 'a & b/report.md'],
    ]);
    expect(new Set(first.map((i) => i.fingerprint)).size).toBe(2);
    const moved = tempTree({
      '.sendlintrc.yaml': onlyRules({ 'kind-inferred': 'error', placeholder: 'warning' }),
      'a & b/report.md': `${PLAIN_REPORT}\nA new paragraph.\n\nOur SENCO is [insert name] <ask the office>, 100% "ready".\n`,
    });
    const second = JSON.parse(sendlint(['--format', 'gitlab', '.'], moved).stdout) as typeof first;
    expect(second[1]!.location.lines.begin).toBe(first[1]!.location.lines.begin + 2);
    expect(second.map((i) => i.fingerprint)).toEqual(first.map((i) => i.fingerprint));
  });
});

const missing = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM}` : null;

describe.skipIf(!!missing)(`--format junit and checkstyle parse as XML (Chromium's DOMParser)${missing ? `: SKIPPED, ${missing}` : ''}`, { timeout: 120_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const parse = async (xml: string) => {
    const page = await browser.newPage();
    try {
      return await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const error = doc.querySelector('parsererror');
        if (error) return { error: error.textContent };
        const all = (sel: string) => Array.from(doc.querySelectorAll(sel)).map((e) => Object.fromEntries(Array.from(e.attributes).map((a) => [a.name, a.value])));
        return { root: doc.documentElement.nodeName, root_attrs: all(':root')[0], suites: all('testsuite'), cases: all('testcase'), failures: all('failure'), files: all('file'), errors: all('error') };
      }, xml);
    } finally {
      await page.close();
    }
  };

  it('junit: a suite per document, a failing case per error or warning, a passing case for a clean document', async () => {
    const parsed = await parse(format('junit').stdout);
    expect(parsed.error).toBeUndefined();
    expect(parsed.root).toBe('testsuites');
    expect(parsed.root_attrs).toMatchObject({ tests: '3', failures: '2', errors: '0' });
    expect(parsed.suites!.map((s) => [s.name, s.failures])).toEqual([
      ['a & b/report.md', '2'],
      ['clean.md', '0'],
    ]);
    expect(parsed.failures!.map((f) => f.type)).toEqual(['kind-inferred', 'placeholder']);
    expect(parsed.failures![1]!.message).toContain('a & b/report.md:5:14 "[insert name]" looks like');
  });

  it('checkstyle: a file element per document with errors carrying line, column, severity and source', async () => {
    const parsed = await parse(format('checkstyle').stdout);
    expect(parsed.error).toBeUndefined();
    expect(parsed.root).toBe('checkstyle');
    expect(parsed.files!.map((f) => f.name)).toEqual(['a & b/report.md', 'clean.md']);
    expect(parsed.errors!.map((e) => [e.line, e.severity, e.source])).toEqual([
      ['1', 'error', 'sendlint.kind-inferred'],
      ['5', 'warning', 'sendlint.placeholder'],
    ]);
  });
});
