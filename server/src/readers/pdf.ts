import type { SourceMap } from './source-map.js';
import type { Converted } from './types.js';

interface Run {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  endOfLine: boolean;
}

interface Line {
  page: number;
  text: string;
  y: number;
  size: number;
  /** Every character of the line is bold, as in a heading set in body-size bold type. */
  allBold: boolean;
}

interface Block {
  page: number;
  lines: Line[];
}

// pdfjs-dist is an ES module that loads its worker by file name, so it is
// loaded from node_modules at run time rather than bundled (a specifier in a
// variable is left alone by the bundler).
type PdfJs = typeof import('pdfjs-dist');
const PDFJS_MODULE = 'pdfjs-dist/legacy/build/pdf.mjs';
const loadPdfJs = (): Promise<PdfJs> => import(PDFJS_MODULE) as Promise<PdfJs>;

const BOLD_FONT = /bold|black|heavy|semibold|demi/i;
// List bullets: common bullet characters, or a private-use symbol-font glyph as word processors write them.
const BULLET = /^[•▪◦●■\uE000-\uF8FF]\s*/;

/** Text runs of one page, with font size and weight. */
async function pageRuns(pdf: Awaited<ReturnType<PdfJs['getDocument']>['promise']>, pageNumber: number): Promise<Run[]> {
  const page = await pdf.getPage(pageNumber);
  // The operator list makes pdfjs load the fonts, whose real names say whether they are bold.
  await page.getOperatorList();
  const content = await page.getTextContent();
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    let fontName = '';
    try {
      fontName = (page.commonObjs.get(item.fontName) as { name?: string } | undefined)?.name ?? '';
    } catch {
      // A font pdfjs could not load: weight unknown, treated as regular.
    }
    runs.push({
      text: item.str,
      x: item.transform[4] as number,
      y: item.transform[5] as number,
      size: Math.round(Math.hypot(item.transform[2] as number, item.transform[3] as number) * 10) / 10,
      bold: BOLD_FONT.test(fontName),
      endOfLine: item.hasEOL,
    });
  }
  page.cleanup();
  return runs;
}

/** Joins runs into lines: a new line starts at an end-of-line mark or when the baseline moves. */
function toLines(page: number, runs: Run[]): Line[] {
  const lines: Line[] = [];
  let current: Run[] = [];
  const flush = () => {
    const text = current.map((r) => r.text).join('').replace(/\s+/g, ' ').trim();
    const visible = current.filter((r) => r.text.trim());
    if (text && visible.length) {
      const chars = (pred: (r: Run) => boolean) => visible.filter(pred).reduce((n, r) => n + r.text.trim().length, 0);
      const size = Math.max(...visible.map((r) => r.size));
      const bold = chars((r) => r.bold);
      const regular = chars((r) => !r.bold);
      lines.push({ page, text: text.replace(BULLET, '- '), y: visible[0]!.y, size, allBold: bold > 0 && regular === 0 });
    }
    current = [];
  };
  for (const run of runs) {
    if (current.length && Math.abs(run.y - current[current.length - 1]!.y) > run.size * 0.5) flush();
    current.push(run);
    if (run.endOfLine) flush();
  }
  flush();
  return lines;
}

/** Groups lines into paragraphs: a gap wider than the usual line spacing, or a change of font size or weight, starts a new one. */
function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const gap = previous ? previous.y - line.y : 0;
    const startsNew =
      !previous || previous.page !== line.page || gap > Math.max(previous.size, line.size) * 1.6 || gap < 0 || previous.size !== line.size || previous.allBold !== line.allBold || /^(- |\d+[.)]\s)/.test(line.text);
    if (startsNew) blocks.push({ page: line.page, lines: [line] });
    else blocks[blocks.length - 1]!.lines.push(line);
    previous = line;
  }
  return blocks;
}

/** The body text size: the size with the most characters. */
function bodySize(lines: Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  return [...chars].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** Markdown for each block: larger type becomes headings (largest first), a short bold line a lower heading. */
function toMarkdown(blocks: Block[]): Converted {
  const allLines = blocks.flatMap((b) => b.lines);
  const body = bodySize(allLines);
  const headingSizes = [...new Set(allLines.filter((l) => l.size >= body * 1.15).map((l) => l.size))].sort((a, b) => b - a).slice(0, 3);
  const out: string[] = [];
  const sourceMap: SourceMap = [];
  let line = 0;
  let page = 0;
  let paragraph = 0;
  for (const block of blocks) {
    if (block.page !== page) {
      page = block.page;
      paragraph = 0;
    }
    paragraph++;
    const text = block.lines.map((l) => l.text).join(' ');
    const first = block.lines[0]!;
    const level = headingSizes.indexOf(first.size);
    const shortBold = block.lines.length === 1 && first.allBold && text.split(/\s+/).length <= 14 && !/[.,;:]$/.test(text);
    const markdown =
      level >= 0 ? `${'#'.repeat(level + 1)} ${text}` : shortBold ? `${'#'.repeat(Math.min(headingSizes.length + 1, 4))} ${text}` : text;
    sourceMap.push({ line, label: `page ${page}, paragraph ${paragraph}` });
    out.push(markdown, '');
    line += 2;
  }
  return { markdown: out.join('\n'), sourceMap };
}

/** Extracts a PDF's text page by page and rebuilds headings from type size and weight. */
export async function readPdf(bytes: Uint8Array): Promise<Converted> {
  const pdfjs = await loadPdfJs();
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
    .promise;
  try {
    const lines: Line[] = [];
    for (let n = 1; n <= pdf.numPages; n++) lines.push(...toLines(n, await pageRuns(pdf, n)));
    return toMarkdown(toBlocks(lines));
  } finally {
    await pdf.destroy();
  }
}
