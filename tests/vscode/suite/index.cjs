// Extension-host suite (the @vscode/test-electron contract: run() resolves = pass, rejects = fail).
// Runs inside VS Code with this checkout as the extension under development and a copy of samples/ as the
// workspace: by tests/e2e/ext-host.mjs in code-server here, or by ../run-electron.mjs with a desktop VS Code.
const assert = require('node:assert/strict');
const vscode = require('vscode');

const SAMPLE = 'old-style-policy.md';

exports.run = async function run() {
  const tests = [
    ['diagnostics appear for a sample while it is open', diagnosticsAppear],
    ['a quick fix edits the text and its finding goes away', quickFixApplies],
    ['hovering a finding explains it', hoverExplains],
    ['"Insert all missing sections" adds a section for each missing item', insertAllMissing],
    ['the walkthrough sample opens unsaved and is checked too', walkthroughSample],
    ['"Show statutory coverage" opens the coverage view', coverageView],
    ['"New SEN document" opens the chosen kind\'s template', newDocument],
    ['"New SEN document" starts an SEN action plan, checked and shown as one', newActionPlan],
    ['the walkthrough contributes its steps and every command it links to runs', walkthroughSteps],
    ['turning a rule off in settings removes its findings', ruleSetting],
  ];
  const failures = [];
  for (const [name, test] of tests) {
    const t0 = Date.now();
    try {
      await test();
      console.log(`ok   ${name} (${Date.now() - t0} ms)`);
    } catch (error) {
      console.log(`FAIL ${name}: ${error && error.stack ? error.stack : error}`);
      failures.push(name);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  if (failures.length) throw new Error(`${failures.length} of ${tests.length} extension tests failed: ${failures.join('; ')}`);
};

async function openSample() {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, SAMPLE);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return editor.document;
}

/** An unsaved copy of the sample, for tests that change the text a lot and must not see each other's edits. */
async function openUnsavedCopy() {
  const file = await openSample();
  const copy = await vscode.workspace.openTextDocument({ language: 'markdown', content: file.getText() });
  return (await vscode.window.showTextDocument(copy)).document;
}

const ruleOf = (d) => (typeof d.code === 'object' && d.code !== null ? d.code.value : d.code);
const sendlintDiagnostics = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sendlint');

/** Waits until `accept` holds for the document's sendlint diagnostics; returns them. */
async function waitForDiagnostics(uri, accept, what, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const diagnostics = sendlintDiagnostics(uri);
    if (accept(diagnostics)) return diagnostics;
    if (Date.now() > deadline) {
      const seen = diagnostics.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}`).join(', ');
      throw new Error(`timed out waiting for ${what}; diagnostics now: [${seen}]`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function diagnosticsAppear() {
  const doc = await openSample();
  const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 'any sendlint diagnostic');
  for (const d of diagnostics) {
    assert.ok(ruleOf(d), `every diagnostic names its rule: ${d.message}`);
    assert.ok(d.range.end.line < doc.lineCount, `range inside the document: ${d.message}`);
  }
  console.log(`     ${diagnostics.length} diagnostics: ${[...new Set(diagnostics.map(ruleOf))].join(', ')}`);
}

/**
 * A quick fix for one of the diagnostics that edits the document itself (not a "disable rule" or settings
 * action): a preferred (safe, single) fix if any diagnostic has one, as those always remove their finding.
 */
async function findEditingFix(doc, diagnostics) {
  const candidates = [];
  for (const diagnostic of diagnostics) {
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diagnostic.range,
      vscode.CodeActionKind.QuickFix.value, 20);
    const fixes = (actions ?? []).filter((a) => a.edit && a.edit.size > 0 && !/disable|turn off|allow/i.test(a.title));
    // Several findings can share a range (many sit on the title): judge each fix by the finding it says it fixes.
    const withTarget = fixes.map((fix) => ({ fix, diagnostic: fix.diagnostics?.[0] ?? diagnostic }));
    const preferred = withTarget.find((c) => c.fix.isPreferred);
    if (preferred) return preferred;
    candidates.push(...withTarget);
  }
  if (candidates.length) return candidates[0];
  throw new Error('no diagnostic offered a quick fix that edits the document');
}

async function quickFixApplies() {
  const doc = await openSample();
  const before = await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 'diagnostics');
  const { diagnostic, fix } = await findEditingFix(doc, before);
  const [[editedUri, edits]] = fix.edit.entries();
  assert.equal(editedUri.toString(), doc.uri.toString());
  const first = edits[0];
  const newText = first.newText ?? first.snippet?.value.replace(/\$\{\d+:([^}]*)\}/g, '$1');
  const textBefore = doc.getText();
  assert.ok(await vscode.workspace.applyEdit(fix.edit), `applyEdit of "${fix.title}"`);
  assert.notEqual(doc.getText(), textBefore, 'the fix changed the text');
  const inserted = doc.getText(new vscode.Range(first.range.start, doc.positionAt(doc.offsetAt(first.range.start) + newText.length)));
  assert.equal(inserted, newText, `the text at the fix now reads as the fix said ("${fix.title}")`);
  const sameFinding = (ds) => ds.filter((d) => ruleOf(d) === ruleOf(diagnostic) && d.message === diagnostic.message).length;
  const countBefore = sameFinding(before);
  await waitForDiagnostics(doc.uri, (ds) => sameFinding(ds) < countBefore, `the "${ruleOf(diagnostic)}" finding to go after "${fix.title}"`);
  console.log(`     applied "${fix.title}" for ${ruleOf(diagnostic)}`);
  // undoing the fix brings its finding back, so later tests see the sample as it was
  const undo = new vscode.WorkspaceEdit();
  undo.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), textBefore);
  assert.ok(await vscode.workspace.applyEdit(undo), 'undo the fix');
  await doc.save();
  const signature = (ds) => ds.map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}`).sort().join();
  await waitForDiagnostics(doc.uri, (ds) => signature(ds) === signature(before), 'the original findings after reverting the fix');
}

async function hoverExplains() {
  const doc = await openSample();
  const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'missing-requirement'), 'a missing-requirement finding');
  const diagnostic = diagnostics.find((d) => ruleOf(d) === 'missing-requirement');
  const onFinding = await hoverText(doc.uri, diagnostic.range.start);
  assert.ok(onFinding.includes('missing-requirement'), `the hover on a finding names its rule: ${onFinding.slice(0, 300)}`);
  assert.match(onFinding, /Schedule 1|s\.69|Code of Practice/, 'the hover on a finding cites the law');

  const offset = doc.getText().indexOf('SENCO');
  assert.ok(offset >= 0, 'the sample mentions the SENCO');
  const onAcronym = await hoverText(doc.uri, doc.positionAt(offset + 1));
  assert.match(onAcronym, /co-?ordinator/i, `the hover on "SENCO" expands it: ${onAcronym.slice(0, 300)}`);
}

async function hoverText(uri, position) {
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position);
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

async function insertAllMissing() {
  const doc = await openUnsavedCopy();
  const missing = (ds) => ds.filter((d) => ruleOf(d) === 'missing-requirement');
  const before = missing(await waitForDiagnostics(doc.uri, (ds) => missing(ds).length > 0, 'missing-requirement findings'));
  const unchanged = (ds) => missing(ds).filter((d) => before.some((b) => b.message === d.message));
  const lines = doc.lineCount;
  await vscode.commands.executeCommand('sendlint.insertAllMissing');
  // an inserted section still holds prompts to answer, so its finding turns from "missing" into "incomplete"
  const after = await waitForDiagnostics(doc.uri, (ds) => unchanged(ds).length < before.length, 'the missing-item findings to change');
  assert.ok(doc.lineCount > lines, 'sections were added to the document');
  console.log(`     ${before.length - unchanged(after).length} of ${before.length} missing-item findings resolved or now incomplete (${doc.lineCount - lines} lines added)`);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

async function walkthroughSample() {
  await vscode.commands.executeCommand('sendlint.openSample');
  const doc = vscode.window.activeTextEditor.document;
  assert.equal(doc.uri.scheme, 'untitled');
  assert.equal(doc.languageId, 'markdown');
  await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 'diagnostics on the unsaved sample');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

async function coverageView() {
  const doc = await openSample();
  await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 'diagnostics');
  await vscode.commands.executeCommand('sendlint.showCoverage');
  const coverageTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === `Coverage: ${SAMPLE}`);
  for (let i = 0; i < 50 && !coverageTab(); i++) await new Promise((r) => setTimeout(r, 100));
  const view = coverageTab();
  assert.ok(view, `a "Coverage: ${SAMPLE}" tab; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')}`);
  assert.ok(view.input instanceof vscode.TabInputWebview, 'the coverage view is a webview');
  await vscode.window.tabGroups.close(view);
}

async function newDocument() {
  // with a kind as argument the command skips its quick pick (which a test cannot answer)
  await vscode.commands.executeCommand('sendlint.newDocument', 'sen-information-report');
  const doc = vscode.window.activeTextEditor.document;
  assert.equal(doc.uri.scheme, 'untitled');
  assert.equal(doc.languageId, 'markdown');
  assert.match(doc.getText(), /^---\ntype: sen-information-report\n/, 'the template says what kind of document it is');
  assert.ok(doc.lineCount > 20, 'the template has a section for each required item');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

async function ruleSetting() {
  const doc = await openSample();
  const outdated = (ds) => ds.filter((d) => ruleOf(d) === 'outdated-term').length;
  await waitForDiagnostics(doc.uri, (ds) => outdated(ds) > 0, 'outdated-term findings');
  const config = vscode.workspace.getConfiguration('sendlint');
  await config.update('rules', { 'outdated-term': 'off' }, vscode.ConfigurationTarget.Workspace);
  try {
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && outdated(ds) === 0, 'outdated-term findings to go');
  } finally {
    await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await waitForDiagnostics(doc.uri, (ds) => outdated(ds) > 0, 'outdated-term findings to come back');
}

async function newActionPlan() {
  await vscode.commands.executeCommand('sendlint.newDocument', 'sen-action-plan');
  const doc = vscode.window.activeTextEditor.document;
  assert.equal(doc.uri.scheme, 'untitled');
  assert.match(doc.getText(), /^---\ntype: sen-action-plan\n/, 'the template says it is an action plan');
  assert.match(doc.getText(), /^\| Aim or area for development \|/m, 'the template has the action table');
  const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'action-plan-table'), 'action-plan-table findings on the new plan');
  assert.ok(!diagnostics.some((d) => ruleOf(d) === 'missing-requirement'), 'an action plan is not checked against the information report checklist');
  await vscode.commands.executeCommand('sendlint.showCoverage');
  const view = await waitForTab((t) => t.label.startsWith('Coverage: ') && t.input instanceof vscode.TabInputWebview, 'a coverage view for the new plan');
  await vscode.window.tabGroups.close(view);
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/**
 * The walkthrough in package.json: its four steps, each with its media file and at least one command link,
 * every completion event naming a command that exists, and every linked command running without error
 * (in step order, as a new SENCO would click them).
 */
async function walkthroughSteps() {
  const extension = vscode.extensions.getExtension('sendlint.sendlint');
  assert.ok(extension, 'the extension is installed as sendlint.sendlint');
  const [walkthrough] = extension.packageJSON.contributes.walkthroughs;
  assert.deepEqual(walkthrough.steps.map((s) => s.id), ['openSample', 'seeFinding', 'applyFix', 'setSetting']);
  const known = new Set(await vscode.commands.getCommands(true));
  let sample;
  for (const step of walkthrough.steps) {
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, step.media.markdown));
    for (const event of step.completionEvents.filter((e) => e.startsWith('onCommand:'))) {
      assert.ok(known.has(event.slice('onCommand:'.length)), `step ${step.id} completes on a command that exists: ${event}`);
    }
    const links = [...step.description.matchAll(/\(command:([\w.]+)(?:\?([^)]*))?\)/g)];
    assert.ok(links.length > 0, `step ${step.id} links to a command`);
    for (const [, command, query] of links) {
      assert.ok(known.has(command), `step ${step.id} links to a command that exists: ${command}`);
      const args = query ? JSON.parse(decodeURIComponent(query)) : [];
      await vscode.commands.executeCommand(command, ...(Array.isArray(args) ? args : [args]));
      console.log(`     ${step.id}: ran ${command}`);
      if (command === 'sendlint.openSample') {
        sample = vscode.window.activeTextEditor.document;
        assert.equal(sample.uri.scheme, 'untitled', 'the sample opens as an unsaved copy');
        // the next steps read a finding in it
        await waitForDiagnostics(sample.uri, (ds) => ds.length > 0, 'findings on the walkthrough sample');
      }
    }
  }
  const settings = await waitForTab((t) => t.input instanceof vscode.TabInputCustom || /settings/i.test(t.label), 'the settings editor from the last step');
  await vscode.window.tabGroups.close(settings);
  const coverage = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.startsWith('Coverage: '));
  if (coverage) await vscode.window.tabGroups.close(coverage);
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extension.id}#${walkthrough.id}`, false);
  const welcome = await waitForTab((t) => /walkthrough|welcome|sendlint/i.test(t.label), 'the walkthrough page');
  await vscode.window.tabGroups.close(welcome);
  await vscode.window.showTextDocument(sample);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

async function waitForTab(accept, what) {
  const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
  for (let i = 0; i < 50; i++) {
    const tab = tabs().find(accept);
    if (tab) return tab;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab for ${what}; tabs: ${tabs().map((t) => t.label).join(', ')}`);
}
