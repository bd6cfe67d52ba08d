import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { matrixColumns } from '../../server/src/report/matrix.js';
import { ROOT, sendlint, tempTree } from '../cli/helpers.js';
import { EXPECTED, expectedStatus } from './expected-matrix.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'tests/.artifacts');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const out = tempTree();
const html = join(out, 'report.html');
const csv = join(out, 'report.csv');
const run = sendlint(['report', 'samples/trust', '--out', html, '--csv', csv], ROOT);
const columns = matrixColumns();

describe('sendlint report samples/trust', () => {
  it('writes the HTML and CSV reports and exits 0', () => {
    expect(run.stderr).toMatch(/5 documents, 8 missing items/);
    expect(run.code).toBe(0);
  });

  it('CSV: one row per document, one column per Schedule 1 and s.69 item, with the expected statuses', () => {
    const [header, ...rows] = readFileSync(csv, 'utf8').trimEnd().split('\r\n').map((l) => l.split(','));
    expect(header!.slice(5, 5 + columns.length)).toEqual(columns.map((c) => c.requirement));
    expect(columns.length).toBe(23);
    expect(rows.map((r) => r[1])).toEqual(Object.keys(EXPECTED));
    for (const row of rows) {
      expect(row[0]).toBe(EXPECTED[row[1]!]!.school);
      expect(Object.fromEntries(columns.map((c, i) => [c.requirement, row[5 + i]]))).toEqual(
        Object.fromEntries(columns.map((c) => [c.requirement, expectedStatus(row[1]!, c.requirement)])),
      );
    }
  });

  it('is self-contained: nothing to fetch, so it works offline', () => {
    const text = readFileSync(html, 'utf8');
    expect(text).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(text).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
  });
});

const missing = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)` : null;

describe.skipIf(!!missing)(`the HTML report in headless Chromium${missing ? `: SKIPPED, ${missing}` : ''}`, { timeout: 120_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the expected matrix, totals, links to findings and a chart, and saves a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    await page.goto(pathToFileURL(html).href);
    const rows = await page.$$eval('table.matrix tbody tr', (trs) =>
      trs.map((tr) => ({
        path: tr.getAttribute('data-path'),
        school: tr.querySelector('th')!.textContent,
        cells: Array.from(tr.querySelectorAll('td.cell')).map((td) => ({ item: td.getAttribute('data-item'), status: td.getAttribute('data-status'), href: td.querySelector('a')!.getAttribute('href') })),
        total: tr.querySelector('td.total')!.textContent,
      })),
    );
    expect(rows.map((r) => r.path)).toEqual(Object.keys(EXPECTED));
    for (const row of rows) {
      expect(row.school).toBe(EXPECTED[row.path!]!.school);
      expect(row.cells.map((c) => c.item)).toEqual(columns.map((c) => c.requirement));
      for (const cell of row.cells) expect(`${row.path} ${cell.item} ${cell.status}`).toBe(`${row.path} ${cell.item} ${expectedStatus(row.path!, cell.item!)}`);
    }
    // Larkfield covers all 23 (19 Schedule 1, 4 s.69); Harrowmere misses 3; the Welsh policy has none that apply.
    expect(rows.find((r) => r.path!.includes('larkfield'))!.total).toBe('23/23 (100%)');
    expect(rows.find((r) => r.path!.includes('harrowmere'))!.total).toBe('20/23 (87%)');
    expect(rows.find((r) => r.path!.includes('ysgol'))!.total).toBe('–');
    const itemTotals = await page.$$eval('table.matrix tfoot td', (tds) => tds.map((td) => td.textContent));
    expect(itemTotals[columns.findIndex((c) => c.requirement === 'send-regs-2014-sch1/6')]).toBe('3/4');
    expect(itemTotals[columns.findIndex((c) => c.requirement === 'send-regs-2014-sch1/2')]).toBe('3/3');

    // A missing cell links to the finding, which says where in the PDF and what is missing.
    const pdfRow = rows.find((r) => r.path!.endsWith('.pdf'))!;
    const cell = pdfRow.cells.find((c) => c.item === 'send-regs-2014-sch1/6')!;
    await page.click(`a[href="${cell.href}"]`);
    const target = await page.$eval(cell.href!, (tr) => tr.textContent);
    expect(target).toMatch(/missing/);
    expect(target).toMatch(/Missing: Securing equipment and facilities/);
    expect(target).toMatch(/page \d+, paragraph \d+/);

    expect(await page.$$eval('svg.chart rect', (r) => r.length)).toBe(columns.length * 3);
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('td.missing', (td) => getComputedStyle(td).backgroundColor)).toBe('rgb(248, 208, 204)');
    await page.emulateMedia({ media: 'screen' });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.goto(pathToFileURL(html).href);
    await page.screenshot({ path: join(ARTIFACTS, 'trust-report.png'), fullPage: false });
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
