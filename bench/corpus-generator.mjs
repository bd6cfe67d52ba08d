// A deterministic corpus of realistic SEN documents for benchmarks and speed
// tests: each document is one of the project's own samples rewritten for a
// made-up school (name, setting, numbers), with some sections left out and the
// rest in a slightly different order, grouped into school folders that each have
// a config inheriting from one trust config. The same seed always gives the same files.
//
// Usage: node bench/corpus-generator.mjs <out-dir> [count=500] [seed=1]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = ['complete-information-report.md', 'combined-policy-and-report.md', 'old-style-policy.md'];
const SETTINGS = ['mainstream-primary', 'mainstream-secondary', 'special', 'maintained-nursery', 'pru', 'all-through'];
const PLACES = ['Ashford', 'Brampton', 'Calder', 'Denholm', 'Elmwood', 'Fairley', 'Glenmoor', 'Hawkridge', 'Ivybridge', 'Juniper', 'Kingsmere', 'Lowther'];
const KINDS = ['Primary School', 'Academy', 'Church of England Primary School', 'Community School', 'Infant School', 'High School'];
const DOCS_PER_SCHOOL = 5;

/** mulberry32: a small seeded generator, so the corpus is the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function parts(text) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const body = match ? text.slice(match[0].length) : text;
  const [intro, ...sections] = body.split(/\n(?=## )/);
  return { frontmatter: match?.[1] ?? null, intro, sections };
}

const bases = SAMPLES.map((f) => ({ file: f, ...parts(readFileSync(join(root, 'samples', f), 'utf8')) }));
const SCHOOL_IN_SAMPLE = /Larkfield Green Primary School|Harrowmere Academy|Ashcombe Vale Primary School|Ashcombe Vale Primary|Larkfield Green|Harrowmere|Ashcombe Vale/g;

/** One document: returns { path, text }. */
function document(index, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const school = Math.floor(index / DOCS_PER_SCHOOL);
  const name = `${PLACES[school % PLACES.length]} ${String.fromCharCode(65 + (school % 26))} ${KINDS[school % KINDS.length]}`;
  const base = bases[index % bases.length];
  // Leave out up to four sections, and swap a few neighbours, as real reports differ.
  const sections = base.sections.filter(() => next() > 0.12);
  for (let i = 1; i < sections.length; i++) if (next() < 0.15) [sections[i - 1], sections[i]] = [sections[i], sections[i - 1]];
  const pupils = 80 + Math.floor(next() * 1400);
  const body = [base.intro, ...sections]
    .join('\n')
    .replace(SCHOOL_IN_SAMPLE, name)
    .replace(/\b(\d{2,3}) (of our|pupils)\b/, `${pupils} $2`);
  const frontmatter = base.frontmatter?.replace(/^school: .*$/m, `school: ${name}`).replace(/^setting: .*$/m, `setting: ${pick(SETTINGS)}`);
  const text = frontmatter ? `---\n${frontmatter}\n---\n${body}` : body;
  return { path: `school-${String(school + 1).padStart(3, '0')}/${base.file.replace('.md', '')}-${index % DOCS_PER_SCHOOL}.md`, text, school, name };
}

/** Writes `count` documents under `out` (emptied first) and returns their relative paths. */
export function generateCorpus(out, count = 500, seed = 1) {
  rmSync(out, { recursive: true, force: true });
  const next = random(seed);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, '.sendlintrc.yaml'), 'root: true\njurisdiction: england\nallowAcronyms: [MAT]\n');
  const paths = [];
  for (let i = 0; i < count; i++) {
    const doc = document(i, next);
    const file = join(out, doc.path);
    if (i % DOCS_PER_SCHOOL === 0) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(join(dirname(file), '.sendlintrc.yaml'), `schoolName: ${doc.name}\n`);
    }
    writeFileSync(file, doc.text);
    paths.push(doc.path);
  }
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, count, seed] = process.argv.slice(2);
  if (!out) {
    console.error('usage: node bench/corpus-generator.mjs <out-dir> [count=500] [seed=1]');
    process.exit(2);
  }
  const paths = generateCorpus(out, Number(count ?? 500), Number(seed ?? 1));
  console.log(`wrote ${paths.length} documents to ${out}`);
}
