import type { CellStatus, Matrix } from './matrix.js';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// A mark and a word for every status, so the table reads in black and white and to screen readers, not by colour alone.
const STATUS: Record<CellStatus, { mark: string; word: string }> = {
  covered: { mark: '✓', word: 'covered' },
  partial: { mark: '◐', word: 'partial' },
  missing: { mark: '✗', word: 'missing' },
  'not-applicable': { mark: '–', word: 'not applicable' },
  'not-checked': { mark: '?', word: 'not checked' },
};

/** The folder every document is in, so the table can show shorter paths. */
function commonFolder(paths: string[]): string {
  if (paths.length === 0) return '';
  const split = paths.map((p) => p.split('/').slice(0, -1));
  const first = split[0]!;
  let n = 0;
  while (n < first.length && split.every((parts) => parts[n] === first[n])) n++;
  return n ? `${first.slice(0, n).join('/')}/` : '';
}

const percent = (part: number, whole: number) => (whole ? Math.round((100 * part) / whole) : 0);

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; color: #1a1a1a; margin: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.meta { color: #555; margin: 0 0 1rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid #bbb; padding: 2px 5px; text-align: center; }
th[scope=row], td.doc { text-align: left; }
thead th { background: #f0f0f0; font-size: 12px; }
td.cell a { color: inherit; text-decoration: none; display: block; }
.covered { background: #d7f0d9; } .partial { background: #fff0b8; } .missing { background: #f8d0cc; font-weight: bold; }
.not-applicable, .not-checked { background: #f4f4f4; color: #777; }
tfoot td, tfoot th, td.total { background: #f0f0f0; font-weight: bold; }
.legend span { display: inline-block; padding: 0 6px; margin-right: 6px; border: 1px solid #bbb; }
.details td, .details th { text-align: left; font-size: 13px; }
svg text { font: 11px system-ui, sans-serif; fill: #1a1a1a; }
@media print {
  body { margin: 0; font-size: 10px; }
  thead th { font-size: 9px; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .chart, tr { break-inside: avoid; }
  .details { break-before: page; }
  @page { size: A4 landscape; margin: 10mm; }
}`;

/** A bar per item: the share of documents it applies to that cover it (green) or partly cover it (amber). */
function chart(matrix: Matrix): string {
  const rowHeight = 16;
  const labelWidth = 90;
  const barWidth = 360;
  const height = matrix.columns.length * rowHeight + 20;
  const bars = matrix.columns.map((column, i) => {
    const t = matrix.totals[i]!;
    const y = i * rowHeight;
    const covered = t.applicable ? (barWidth * t.covered) / t.applicable : 0;
    const partial = t.applicable ? (barWidth * t.partial) / t.applicable : 0;
    const label = t.applicable ? `${percent(t.covered, t.applicable)}% of ${t.applicable}` : 'applies to none';
    return (
      `<g><title>${esc(`${column.title}: ${t.covered} covered, ${t.partial} partial, ${t.missing} missing`)}</title>` +
      `<text x="${labelWidth - 6}" y="${y + 12}" text-anchor="end">${esc(column.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 2}" width="${barWidth}" height="${rowHeight - 4}" fill="#f8d0cc"/>` +
      `<rect x="${labelWidth}" y="${y + 2}" width="${covered.toFixed(1)}" height="${rowHeight - 4}" fill="#3c8d40"/>` +
      `<rect x="${(labelWidth + covered).toFixed(1)}" y="${y + 2}" width="${partial.toFixed(1)}" height="${rowHeight - 4}" fill="#e0b020"/>` +
      `<text x="${labelWidth + barWidth + 6}" y="${y + 12}">${label}</text></g>`
    );
  });
  return (
    `<svg class="chart" role="img" aria-label="Coverage by item: share of documents covering each statutory item" width="${labelWidth + barWidth + 90}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 90} ${height}" xmlns="http://www.w3.org/2000/svg">` +
    bars.join('') +
    `<text x="${labelWidth}" y="${height - 4}">green covered, amber partial, red missing (of the documents it applies to)</text></svg>`
  );
}

/** The coverage matrix as one self-contained HTML page (no scripts, fonts or images to fetch), laid out to print on A4 landscape. */
export function renderHtml(matrix: Matrix, options: { title: string; generated: Date }): string {
  const { columns, rows, totals } = matrix;
  const groups: { title: string; span: number }[] = [];
  for (const c of columns) {
    const last = groups[groups.length - 1];
    if (last?.title === c.standardTitle) last.span++;
    else groups.push({ title: c.standardTitle, span: 1 });
  }
  const anchor = (r: number, c: number) => `d${r}-${c}`;
  const folder = commonFolder(rows.map((r) => r.path));
  const body = rows.map((row, r) => {
    const cells = row.cells.map((cell, c) => {
      const { mark, word } = STATUS[cell.status];
      const tip = `${columns[c]!.title}: ${word}${cell.where ? ` (${cell.where})` : ''}`;
      return `<td class="cell ${cell.status}" data-item="${esc(columns[c]!.requirement)}" data-status="${cell.status}" title="${esc(tip)}"><a href="#${anchor(r, c)}">${mark}<span class="sr"> ${word}</span></a></td>`;
    });
    const total = row.applicable ? `${row.covered}/${row.applicable} (${percent(row.covered, row.applicable)}%)` : '–';
    return (
      `<tr data-path="${esc(row.path)}"><th scope="row">${esc(row.school)}</th><td class="doc"><a href="#doc${r}">${esc(row.path.slice(folder.length))}</a></td>` +
      `${cells.join('')}<td class="total">${total}</td></tr>`
    );
  });
  const foot = totals.map((t) => `<td>${t.applicable ? `${t.covered}/${t.applicable}` : '–'}</td>`);
  const details = rows.map((row, r) => {
    const items = row.cells.map((cell, c) => {
      const { word } = STATUS[cell.status];
      return `<tr id="${anchor(r, c)}" class="${cell.status}"><td>${esc(columns[c]!.label)}</td><td>${esc(columns[c]!.title)}</td><td>${word}</td><td>${esc(cell.where ?? '')}</td><td>${esc(cell.note ?? '')}</td></tr>`;
    });
    const facts = `${row.kind}, ${row.setting ?? 'setting unknown'}, ${row.jurisdiction}`;
    return (
      `<section id="doc${r}"><h3>${esc(row.school)}: ${esc(row.path)}</h3><p class="meta">${esc(facts)}${row.error ? ` · not checked: ${esc(row.error)}` : ''}</p>` +
      `<table class="details"><thead><tr><th>Item</th><th>What the law asks for</th><th>Status</th><th>Where</th><th>What is missing</th></tr></thead><tbody>${items.join('')}</tbody></table></section>`
    );
  });
  const schools = new Set(rows.map((r) => r.school)).size;
  const allApplicable = rows.reduce((n, r) => n + r.applicable, 0);
  const allCovered = rows.reduce((n, r) => n + r.covered, 0);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(options.title)}</title>
<style>${STYLE}
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }</style>
</head>
<body>
<h1>${esc(options.title)}</h1>
<p class="meta">${rows.length} documents${folder ? ` in ${esc(folder)}` : ''} from ${schools} schools · ${allCovered} of ${allApplicable} statutory items covered (${percent(allCovered, allApplicable)}%) · made by sendlint on ${options.generated.toISOString().slice(0, 10)}</p>
<p class="legend"><span class="covered">✓ covered</span><span class="partial">◐ partial</span><span class="missing">✗ missing</span><span class="not-applicable">– not applicable</span> Select a cell to see the finding.</p>
<table class="matrix">
<thead>
<tr><th rowspan="2" scope="col">School</th><th rowspan="2" scope="col">Document</th>${groups.map((g) => `<th colspan="${g.span}" scope="colgroup">${esc(g.title)}</th>`).join('')}<th rowspan="2" scope="col">Covered</th></tr>
<tr>${columns.map((c) => `<th scope="col" title="${esc(c.title)}">${esc(c.label)}</th>`).join('')}</tr>
</thead>
<tbody>
${body.join('\n')}
</tbody>
<tfoot><tr><th scope="row" colspan="2">Documents covering each item</th>${foot.join('')}<td>${allCovered}/${allApplicable}</td></tr></tfoot>
</table>
<h2>Coverage by item</h2>
${chart(matrix)}
<h2>Item names</h2>
<p class="meta">${columns.map((c) => `<b>${esc(c.label)}</b> ${esc(c.title)}`).join(' · ')}</p>
<h2 class="details-title">Details by document</h2>
${details.join('\n')}
</body>
</html>
`;
}
