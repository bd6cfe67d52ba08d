import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, sendlint, tempTree } from '../cli/helpers.js';

const TRUST = join(ROOT, 'samples/trust');
const convert = (file: string) => sendlint(['convert', file], TRUST);
const headings = (markdown: string) => markdown.split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => l.replace(/^#+ /, '').replace(/\*\*/g, '').trim());

describe('sendlint convert', () => {
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

describe('checking converted documents', () => {
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

  it('a damaged PDF is reported as not checked, and the other documents are still checked', () => {
    const dir = tempTree({ 'broken.pdf': '%PDF-1.7\nthis is not really a PDF', 'ok.md': '---\ntype: sen-policy\nsetting: special\n---\n# Policy\n\nHello.\n' });
    const run = sendlint(['--format', 'json', '.'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.pdf: could not read the document \(.+\), so it was not checked/);
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(['broken.pdf', 'ok.md']);
  });
});
