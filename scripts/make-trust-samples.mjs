// Builds samples/trust/: four schools' SEN information reports made from our own
// complete sample report (samples/complete-information-report.md), each with a
// different school, setting and set of deliberate gaps, saved as Markdown, a
// PDF, a Word document and a saved web page. The Markdown each binary file was
// made from is kept in samples/trust/sources/ (ignored by the trust's config).
// PDF and Word files are made by LibreOffice (Debian: libreoffice-writer-nogui);
// they are committed, so tests and CI do not need LibreOffice.
//
// Usage: node scripts/make-trust-samples.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

const root = new URL('..', import.meta.url).pathname;
const trust = join(root, 'samples/trust');
const complete = readFileSync(join(root, 'samples/complete-information-report.md'), 'utf8');

/** Heading words that pick out the section for each item left out on purpose. */
const SECTION = {
  '3g': 'emotional and social development',
  6: 'equipment and facilities',
  10: 'other organisations',
  11: 'independent advice',
  12: 'move to a new class',
  13: 'Local Offer?',
  admissions: 'admit disabled pupils',
  'accessibility-plan': 'accessibility plan?',
};

export const SCHOOLS = [
  { folder: 'larkfield-green-primary', file: 'sen-information-report.md', name: 'Larkfield Green Primary School', setting: 'mainstream-primary', drop: [] },
  { folder: 'harrowmere-academy', file: 'sen-information-report.pdf', name: 'Harrowmere Academy', setting: 'mainstream-secondary', drop: [6, 12, 'accessibility-plan'] },
  { folder: 'fernhill-special', file: 'sen-information-report.docx', name: 'Fernhill Special School', setting: 'special', drop: [11, 13] },
  { folder: 'brookside-nursery', file: 'sen-information-report.html', name: 'Brookside Nursery School', setting: 'maintained-nursery', drop: ['3g', 10, 'admissions'] },
];

/** The complete report rewritten for one school, without the sections it leaves out. */
function reportFor(school, keepFrontmatter) {
  const [, frontmatter, body] = complete.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  const short = school.name.replace(/ (Primary School|Academy|Special School|Nursery School)$/, '');
  const sections = body.split(/\n(?=## )/);
  const kept = sections.filter((s) => !school.drop.some((item) => s.split('\n')[0].includes(SECTION[item])));
  if (kept.length !== sections.length - school.drop.length) throw new Error(`${school.folder}: a dropped section was not found`);
  const text = kept
    .join('\n')
    .replaceAll('Larkfield Green Primary School', school.name)
    .replaceAll('Larkfield Green', short)
    .replace('community primary school for children aged 4 to 11', `school (${school.setting.replace('-', ' ')})`);
  const fm = frontmatter.replace(/^school: .*$/m, `school: ${school.name}`).replace(/^setting: .*$/m, `setting: ${school.setting}`);
  return keepFrontmatter ? `---\n${fm}\n---\n${text}` : text.trimStart();
}

const html = (markdown) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

/** A saved school web page: the report inside the site's menu, banner, cookie notice and footer. */
function webPage(school, markdown) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>SEND information report | ${school.name}</title><style>body{font-family:sans-serif}</style></head>
<body>
<div class="cookie-banner">We use cookies to make this website work. <button>Accept</button></div>
<header class="site-header"><a href="/">${school.name}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/send">SEND</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
</header>
<main>
${html(markdown)}
</main>
<aside><h2>Latest news</h2><p>Our sports day is on Friday.</p></aside>
<footer class="site-footer"><p>${school.name}, Mill Lane, Westmarsh. Telephone 01632 960 500.</p><nav><a href="/privacy">Privacy</a></nav></footer>
</body>
</html>
`;
}

/** Converts an HTML file to .docx or .pdf with LibreOffice (Word first, then PDF from Word, so headings keep Writer's styles). */
function libreOffice(inputHtml, target, work) {
  const htmlFile = join(work, 'report.html');
  writeFileSync(htmlFile, `<!doctype html><html><head><meta charset="utf-8"></head><body>${inputHtml}</body></html>`);
  const run = (args) => {
    const r = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${work}/profile`, ...args, '--outdir', work], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr || r.error}`);
  };
  run(['--convert-to', 'docx:MS Word 2007 XML', htmlFile]);
  if (target.endsWith('.pdf')) run(['--convert-to', 'pdf:writer_pdf_Export', join(work, 'report.docx')]);
  renameSync(join(work, target.endsWith('.pdf') ? 'report.pdf' : 'report.docx'), target);
}

const work = mkdtempSync(join(tmpdir(), 'sendlint-trust-'));
try {
  for (const school of SCHOOLS) {
    const target = join(trust, school.folder, school.file);
    if (school.file.endsWith('.md')) {
      writeFileSync(target, reportFor(school, true));
      continue;
    }
    const markdown = reportFor(school, false);
    writeFileSync(join(trust, 'sources', `${school.folder}.md`), markdown);
    if (school.file.endsWith('.html')) writeFileSync(target, webPage(school, markdown));
    else libreOffice(html(markdown), target, work);
    console.log(`wrote ${target}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
