import { describe, expect, it } from 'vitest';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { buildDocument } from '../../server/src/engine/document.js';
import { applyEdits, fixAll, lintDocument } from '../../server/src/engine/index.js';
import type { Finding, LintResult } from '../../server/src/engine/types.js';
import type { Analysis } from '../../server/src/lsp/analysis.js';
import { codeActions, FIX_ALL_KIND, resolveEdit, type ActionSupport } from '../../server/src/lsp/code-actions.js';

const TEXT = '---\ntype: sen-policy\n---\n# Policy\n\nThe LEA and the LEA again.\n  - a statement of SEN\n';

function replace(line: number, from: number, to: number, newText: string, safe: boolean, overlapping = false): Finding {
  const range = { start: { line, character: from }, end: { line, character: overlapping ? to + 2 : to } };
  return { ruleId: 'outdated-term', severity: 'warning', message: 'Outdated', range, fixes: [{ title: `Use "${newText}"`, edits: [{ range, newText }], safe }] };
}

function analysis(findings: Finding[]): Analysis {
  const result: LintResult = {
    documentKind: 'sen-policy',
    setting: null,
    jurisdiction: 'england',
    inferred: { kind: false, setting: true, jurisdiction: true },
    findings,
    coverage: [],
  };
  return { uri: 'file:///p.md', version: 4, generation: 0, model: buildDocument(TEXT), result, config: {}, timing: { parseMs: 0, lintMs: 0 } };
}

const eager: ActionSupport = { snippetEdits: false, resolveEdit: false, allowAcronym: false };
const edits = (edit: ReturnType<typeof resolveEdit>) => (edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];

describe('code actions', () => {
  const findings = [
    replace(5, 4, 7, 'local authority', true),
    replace(5, 16, 19, 'local authority', true),
    replace(5, 17, 19, 'LA', true, true), // overlaps the one before: must not be applied with it
    replace(6, 6, 20, 'EHC plan', false), // unsafe: needs a person
  ];

  it('fixes all safe problems at once, as one edit over just the changed text, giving what --fix gives', () => {
    const text = '---\ntype: sen-policy\n---\n# Policy\n\nThe LEA and the LEA again.\n\nThis line stays as it is.\n';
    const model = buildDocument(text);
    const real: Analysis = { ...analysis([]), model, result: lintDocument(model) };
    const actions = codeActions(real, { textDocument: { uri: 'file:///p.md' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } }, eager);
    expect(actions.map((a) => a.kind)).toEqual([FIX_ALL_KIND]);
    const [edit, ...more] = edits(actions[0]!.edit!);
    expect(more).toEqual([]);
    expect(edit!.range.start.line).toBe(5);
    expect(edit!.range.end.line).toBe(5);
    expect(applyEdits(text, [edit!]).text).toBe(fixAll(text).text);
    expect(fixAll(text).text).toContain('The local authority and the local authority again.');
    // A second request for the same version (a client without resolve asks on every cursor move) reuses the work.
    const again = codeActions(real, { textDocument: { uri: 'file:///p.md' }, range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } }, eager);
    expect(again[0]!.edit).toBe(actions[0]!.edit);
  });

  it('offers no fix-all when nothing is safe', () => {
    const actions = codeActions(analysis([findings[3]!]), { textDocument: { uri: 'file:///p.md' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source'] } }, eager);
    expect(actions).toEqual([]);
  });

  it('without diagnostics in the request, acts on findings under the cursor; disable comments keep indentation and frontmatter first', () => {
    const a = analysis(findings);
    const actions = codeActions(a, { textDocument: { uri: 'file:///p.md' }, range: { start: { line: 6, character: 8 }, end: { line: 6, character: 8 } }, context: { diagnostics: [], only: ['quickfix'] } }, eager);
    expect(actions.map((x) => x.title)).toEqual(['Use "EHC plan"', 'Turn off "outdated-term" for this line', 'Turn off "outdated-term" for this whole file']);
    expect(edits(actions[1]!.edit!)[0]).toEqual({ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, newText: '  <!-- sendlint-disable-next-line outdated-term -->\n' });
    expect(edits(actions[2]!.edit!)[0]!.range.start).toEqual({ line: 3, character: 0 });
  });

  it('turns a rule off around a table rather than splitting the table with a comment line', () => {
    const text = '# Report\n\n| Need | Support |\n| --- | --- |\n| SpLD | The LEA helps |\n\nAfter.\n';
    const range = { start: { line: 4, character: 15 }, end: { line: 4, character: 18 } };
    const a: Analysis = { ...analysis([{ ruleId: 'outdated-term', severity: 'warning', message: 'Outdated', range }]), model: buildDocument(text) };
    const actions = codeActions(a, { textDocument: { uri: 'file:///p.md' }, range, context: { diagnostics: [], only: ['quickfix'] } }, eager);
    expect(actions[0]!.title).toBe('Turn off "outdated-term" for this table');
    expect(edits(actions[0]!.edit!)).toEqual([
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '<!-- sendlint-disable outdated-term -->\n\n' },
      { range: { start: { line: 4, character: 24 }, end: { line: 4, character: 24 } }, newText: '\n\n<!-- sendlint-enable outdated-term -->' },
    ]);
  });
});
