import { pathToFileURL } from 'node:url';
import { relative, sep } from 'node:path';
import { INTERNAL_ERROR_RULE, rules, type Finding, type Range, type Severity } from '../../engine/index.js';
import { docsUrl } from '../../engine/docs-url.js';
import type { FileReport, Formatter } from './types.js';
import packageJson from '../../../../package.json';

// SARIF 2.1.0 (OASIS). Columns are UTF-16 code units, as in the engine's LSP-style positions.
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/sendlint/sendlint';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF messages are sentences and its validator asks that they end with a full stop. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
const pascal = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
/** A rule's readable name; SARIF wants it omitted when it would only repeat the id. */
const nameFor = (id: string) => (pascal(id).toLowerCase() === id.toLowerCase() ? undefined : pascal(id));

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function ruleDescriptors() {
  const descriptors = rules.map(({ meta }) => ({
    id: meta.id,
    name: nameFor(meta.id),
    shortDescription: { text: sentence(meta.description) },
    fullDescription: { text: sentence(`${meta.docs.checks} ${meta.docs.why}`) },
    help: { text: sentence(meta.docs.fix), markdown: meta.docs.fix },
    helpUri: docsUrl(meta.id),
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: meta.citation ? { citation: meta.citation } : undefined,
  }));
  descriptors.push({
    id: INTERNAL_ERROR_RULE,
    name: nameFor(INTERNAL_ERROR_RULE),
    shortDescription: { text: 'One of sendlint\'s checks failed on a document.' },
    fullDescription: { text: 'A check failed with an internal error; the other checks still ran. This is a fault in sendlint, not in the document.' },
    help: { text: 'Please report the document and the message to the sendlint maintainers.', markdown: 'Please report the document and the message to the sendlint maintainers.' },
    helpUri: `${INFORMATION_URI}/issues`,
    defaultConfiguration: { level: 'warning' },
    properties: undefined,
  });
  return descriptors;
}

export const formatSarif: Formatter = (reports, { cwd, run }) => {
  const rootUri = pathToFileURL(cwd + sep).href;
  const descriptors = ruleDescriptors();
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  // Files under the working directory are given relative to SRCROOT, as code-scanning services expect.
  const artifactLocation = (report: FileReport, index: number) => {
    const rel = relative(cwd, report.absolutePath);
    return rel.startsWith('..') || rel === ''
      ? { uri: pathToFileURL(report.absolutePath).href, index }
      : { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT', index };
  };
  const locations = reports.map((r, i) => artifactLocation(r, i));

  const result = (finding: Finding, fileIndex: number) => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: sentence(finding.message) },
    locations: [{ physicalLocation: { artifactLocation: locations[fileIndex], region: region(finding.range) } }],
    relatedLocations: finding.related?.length
      ? finding.related.map((r, id) => ({ id, message: { text: sentence(r.message) }, physicalLocation: { artifactLocation: locations[fileIndex], region: region(r.range) } }))
      : undefined,
    fixes: finding.fixes?.some((f) => (f.kind ?? 'edit') === 'edit')
      ? finding.fixes
          .filter((f) => (f.kind ?? 'edit') === 'edit')
          .map((fix) => ({
            description: { text: sentence(fix.title) },
            artifactChanges: [
              {
                artifactLocation: locations[fileIndex],
                replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
              },
            ],
          }))
      : undefined,
    properties: finding.citation || finding.requirement || finding.subject
      ? { citation: finding.citation, requirement: finding.requirement, subject: finding.subject }
      : undefined,
  });

  const notifications = reports.flatMap((r, i) =>
    r.error
      ? [{ level: 'error', message: { text: sentence(r.error) }, locations: [{ physicalLocation: { artifactLocation: locations[i] } }] }]
      : [],
  );

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sendlint',
            version: packageJson.version,
            semanticVersion: packageJson.version,
            informationUri: INFORMATION_URI,
            rules: descriptors,
          },
        },
        invocations: [
          {
            executionSuccessful: run.exitCode !== 2,
            exitCode: run.exitCode,
            arguments: run.arguments,
            startTimeUtc: run.startTime.toISOString(),
            endTimeUtc: run.endTime.toISOString(),
            workingDirectory: { uri: rootUri },
            toolExecutionNotifications: notifications.length ? notifications : undefined,
          },
        ],
        originalUriBaseIds: { SRCROOT: { uri: rootUri } },
        artifacts: locations.map((location) => ({ location: { uri: location.uri, uriBaseId: location.uriBaseId }, sourceLanguage: 'markdown' })),
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((r, i) => (r.result?.findings ?? []).map((f) => result(f, i))),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
