import Ajv, { type ErrorObject } from 'ajv';
import { isMap, isSeq, parseDocument, LineCounter, type Document } from 'yaml';
import { KNOWN_KINDS, KNOWN_SETTINGS, rules, type LintConfig } from '../engine/index.js';
import schemaFile from './sendlintrc.schema.json';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

type Path = (string | number)[];

/**
 * The config schema with its lists taken from the live engine, so a rule added
 * since docs/schema were last regenerated is still accepted, and a removed one
 * is rejected. The file on disk carries the same lists for editors.
 */
export function liveConfigSchema(): typeof schemaFile {
  const schema = structuredClone(schemaFile) as typeof schemaFile & Record<string, any>;
  schema.properties.rules.properties = Object.fromEntries(
    rules.map((r) => [r.meta.id, { $ref: '#/definitions/severity', description: `${r.meta.description} (default: ${r.meta.defaultSeverity})` }]),
  ) as never;
  schema.properties.ruleOptions.properties = Object.fromEntries(rules.map((r) => [r.meta.id, { type: 'object' }])) as never;
  schema.properties.setting.enum = [...KNOWN_SETTINGS] as never;
  schema.properties.documentKind.enum = [...KNOWN_KINDS] as never;
  return schema;
}

let validator: ReturnType<Ajv['compile']> | null = null;
function validate(data: unknown) {
  validator ??= new Ajv({ allErrors: false, strict: true, verbose: true }).compile(liveConfigSchema());
  return validator(data) ? null : validator.errors![0]!;
}

/** The line of a key (or list item) in the YAML/JSON source, falling back to its nearest parent. */
function lineOf(doc: Document, lines: LineCounter, path: Path): number {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = doc.getIn(path.slice(0, depth - 1), true) ?? (depth === 1 ? doc.contents : undefined);
    const key = path[depth - 1];
    let offset: number | undefined;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      offset = (pair?.key as { range?: [number] } | null)?.range?.[0];
    } else if (isSeq(parent) && typeof key === 'number') {
      offset = (parent.items[key] as { range?: [number] } | undefined)?.range?.[0];
    }
    if (offset !== undefined) return lines.linePos(offset).line;
  }
  return 1;
}

/** JSON pointer to a yaml path: list indexes become numbers. */
function pathOf(data: unknown, pointer: string): Path {
  const path: Path = [];
  let node = data as any;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(node) ? Number(segment) : segment;
    path.push(key);
    node = node?.[key];
  }
  return path;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping of keys to values',
  array: 'a list',
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
};

const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/** Turns the first schema violation into a plain sentence naming the key. */
function describe(error: ErrorObject, path: Path): { path: Path; problem: string } {
  const name = path.length ? `"${path.join('.')}"` : 'the config';
  const params = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = params.additionalProperty as string;
      const full = [...path, key];
      if (path.length === 1 && (path[0] === 'rules' || path[0] === 'ruleOptions')) {
        return { path: full, problem: `unknown rule id "${key}" under "${path[0]}" (known rules: ${list(rules.map((r) => r.meta.id))})` };
      }
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return { path: full, problem: `unknown key "${full.join('.')}" (allowed keys: ${list(known)})` };
    }
    case 'pattern':
      return { path, problem: `${name} must be a single word with no spaces` };
    case 'enum':
      return { path, problem: `${name} must be one of: ${list(params.allowedValues)}` };
    case 'type':
      return { path, problem: `${name} must be ${TYPE_NAMES[params.type as string] ?? params.type}` };
    case 'minimum':
    case 'maximum':
      return { path, problem: `${name} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${params.limit}` };
    default:
      return { path, problem: `${name} ${error.message ?? 'is not valid'}` };
  }
}

/**
 * Parses and validates one config file's text (YAML, or JSON which YAML reads
 * too). Throws ConfigError naming the file, the line, the key and the problem.
 * A config is data only: anything not in the schema is rejected.
 */
export function parseConfig(file: string, text: string): LintConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ConfigError(file, e.linePos?.[0]?.line ?? 1, `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  const data = doc.toJS() ?? {};
  const error = validate(data);
  if (error) {
    const path = pathOf(data, error.instancePath);
    const { path: at, problem } = describe(error, path);
    throw new ConfigError(file, lineOf(doc, lines, at), problem);
  }
  return data as LintConfig;
}
