// Validates standards/*.yaml against their JSON Schemas and compiles them into
// one JSON module that esbuild bundles, so the server (Node or browser worker)
// never reads rule data from disk at run time.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, LineCounter } from 'yaml';
import Ajv from 'ajv';
import { necessaryLiterals } from './phrase-literals.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const standardsDir = join(root, 'standards');
const schemaDir = join(standardsDir, 'schema');
const outFile = join(root, 'server/src/generated/standards.json');

/** Finds the source line of a JSON pointer inside a YAML document, for error messages. */
function lineOf(doc, lineCounter, instancePath) {
  const path = instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (let i = path.length; i >= 0; i--) {
    const node = doc.getIn(path.slice(0, i), true);
    if (node && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

export function compileStandards() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validators = new Map();
  for (const name of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json'))) {
    validators.set(name.replace('.schema.json', ''), ajv.compile(JSON.parse(readFileSync(join(schemaDir, name), 'utf8'))));
  }
  const errors = [];
  const compiled = [];
  for (const file of readdirSync(standardsDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const path = `standards/${file}`;
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(join(standardsDir, file), 'utf8'), { lineCounter });
    if (doc.errors.length) {
      for (const e of doc.errors) errors.push(`${path}:${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`);
      continue;
    }
    const data = doc.toJS();
    const validate = validators.get(data?.kind);
    if (!validate) {
      errors.push(`${path}:1: unknown kind "${data?.kind}" (expected one of: ${[...validators.keys()].join(', ')})`);
      continue;
    }
    if (!validate(data)) {
      for (const e of validate.errors) {
        errors.push(`${path}:${lineOf(doc, lineCounter, e.instancePath)}: ${e.instancePath || '/'} ${e.message}`);
      }
      continue;
    }
    // Regular expressions in the data must compile; report them here, not at lint time.
    JSON.stringify(data, (key, value) => {
      if (['headings', 'notHeadings', 'phrases', 'require', 'patterns'].includes(key) && Array.isArray(value)) {
        for (const source of value) {
          try {
            new RegExp(source, 'iu');
          } catch (e) {
            errors.push(`${path}: invalid regular expression ${JSON.stringify(source)}: ${e.message}`);
          }
        }
      }
      return value;
    });
    if (errors.length === 0 && data.kind === 'requirements') {
      // Worked out here rather than when the server starts: parsing every pattern took about 100 ms there.
      const literals = (sources) => (sources ?? []).map((source) => necessaryLiterals(source, /\\[pPu]\{|[\uD800-\uDFFF]/.test(source) ? 'iu' : 'i'));
      for (const item of data.items) {
        item.recognise.phraseLiterals = literals(item.recognise.phrases);
        item.recognise.headingLiterals = literals(item.recognise.headings);
      }
    }
    compiled.push({ file, ...data });
  }
  if (errors.length) throw new Error(`Invalid standards data:\n${errors.join('\n')}`);
  return compiled;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const compiled = compileStandards();
    if (!existsSync(dirname(outFile))) mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify(compiled));
    console.log(`standards: compiled ${compiled.length} files into ${outFile.slice(root.length + 1)}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
