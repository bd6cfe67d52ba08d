import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, sendlint, tempTree } from '../cli/helpers.js';

const TRUST = join(ROOT, 'samples/trust');
const convert = (file: string) => sendlint(['convert', file], TRUST);
const headings = (markdown: string) => markdown.split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => l.replace(/^#+ /, '').replace(/\*\*/g, '').trim());

// Each test runs the CLI, which takes seconds on a busy machine.
describe('sendlint convert', { timeout: 180_000 }, () => {
  it('HTML: keeps the main content and drops the menu, banner, cookie notice, sidebar and footer', () => {
    const run = convert('brookside-nursery/sen-information-report.html');
    expect(run.code).toBe(0);
    expect(headings(run.stdout)).toEqual(headings(readFileSync(join(TRUST, 'sources/brookside-nursery.md'), 'utf8')));
    for (const chrome of ['cookies', 'About us', 'Contact us', 'Latest news', 'Privacy', 'Mill Lane']) expect(run.stdout).not.toContain(chrome);
  });

  it('Word: headings from Word heading styles, lists as lists', () => {
    const run = convert('fernhill-special/sen-information-report.docx');
    expect(run.code).toBe(0);
    expect(headings(run.stdout)).toEqual(headings(readFileSync(join(TRUST, 'sources/fernhill-special.md'), 'utf8')));
    expect(run.stdout).toMatch(/^- \*\*Communication and interaction\.\*\*/m);
  });

  it('PDF: headings recovered from type size and weight, in order, with nothing else made a heading', () => {
    const run = convert('harrowmere-academy/sen-information-report.pdf');
    expect(run.code).toBe(0);
    const source = readFileSync(join(TRUST, 'sources/harrowmere-academy.md'), 'utf8');
    expect(headings(run.stdout)).toEqual(headings(source));
    expect(run.stdout).toMatch(/^# Harrowmere Academy: Information Report/m);
    expect(run.stdout).toMatch(/^- Communication and interaction\. This includes/m);
  });

  it('--out writes the Markdown; other file types are refused', () => {
    const dir = tempTree();
    const out = join(dir, 'report.md');
    expect(sendlint(['convert', join(TRUST, 'fernhill-special/sen-information-report.docx'), '--out', out], dir).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Fernhill Special School/);
    const refused = sendlint(['convert', join(TRUST, 'ysgol-y-bryn/aln-policy.md')], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/converts \.pdf, \.docx and \.html files/);
  });
});

describe('checking converted documents', { timeout: 180_000 }, () => {
  it('PDF findings say the page and paragraph, in page order', () => {
    const run = sendlint(['--format', 'json', 'harrowmere-academy/sen-information-report.pdf'], TRUST);
    const [file] = JSON.parse(run.stdout).files as { findings: { message: string; range: { start: { line: number } } }[] }[];
    const pages = file!.findings.map((f) => {
      const match = /\(page (\d+), paragraph (\d+)\)$/.exec(f.message);
      expect(match, f.message).not.toBeNull();
      return Number(match![1]);
    });
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(Math.max(...pages)).toBeGreaterThan(3);
  });

  it('Word and HTML findings say the paragraph', () => {
    const run = sendlint(['--format', 'json', 'fernhill-special', 'brookside-nursery'], TRUST);
    const files = JSON.parse(run.stdout).files as { findings: { message: string }[] }[];
    expect(files).toHaveLength(2);
    for (const f of files) for (const finding of f.findings) expect(finding.message).toMatch(/\(paragraph \d+\)$/);
  });

  it('--fix fixes Markdown and leaves converted documents as they are, still checking them', () => {
    const page = '<html><body><nav>Home</nav><main><h1>Policy</h1><p>Pupils with a statement of special educational needs get help.</p></main></body></html>';
    const markdown = '---\ntype: sen-policy\nsetting: special\n---\n# Policy\n\nWe talk to the LEA every term.\n';
    const dir = tempTree({ 'page.html': page, 'policy.md': markdown });
    const run = sendlint(['--fix', '--format', 'json', '.'], dir);
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toBe(page);
    expect(readFileSync(join(dir, 'policy.md'), 'utf8')).toContain('We talk to the local authority every term.');
    const files = JSON.parse(run.stdout).files as { path: string; findings: { ruleId: string; message: string }[] }[];
    expect(files.map((f) => f.path)).toEqual(['page.html', 'policy.md']);
    expect(files[0]!.findings.find((f) => f.ruleId === 'outdated-term')!.message).toMatch(/\(paragraph 2\)$/);
  });

  it('a damaged PDF is reported as not checked, and the other documents are still checked', () => {
    const dir = tempTree({ 'broken.pdf': '%PDF-1.7\nthis is not really a PDF', 'ok.md': '---\ntype: sen-policy\nsetting: special\n---\n# Policy\n\nHello.\n' });
    const run = sendlint(['--format', 'json', '.'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.pdf: could not read the document \(.+\), so it was not checked/);
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(['broken.pdf', 'ok.md']);
  });
});
