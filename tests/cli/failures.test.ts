import { describe, expect, it } from 'vitest';
import { chmodSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onlyRules, PLAIN_REPORT, sendlint, tempTree, expectOneLineFailure, type Run } from './helpers.js';


const config = onlyRules({ 'kind-inferred': 'info' });

describe('usage failures', () => {
  it('no operands', () => expectOneLineFailure(sendlint([], tempTree()), 'no files given'));
  it('a missing file', () => expectOneLineFailure(sendlint(['nope.md'], tempTree()), 'nope.md', 'no such file'));
  it('a folder without documents', () =>
    expectOneLineFailure(sendlint(['empty'], tempTree({ 'empty/notes.txt': 'hello' })), 'empty', 'no Markdown documents'));
  it('a glob that matches nothing', () => expectOneLineFailure(sendlint(['reports/**/*.md'], tempTree({ 'a.md': PLAIN_REPORT })), 'matched no files'));
  it('an unknown format', () => expectOneLineFailure(sendlint(['--format', 'xml', 'a.md'], tempTree({ 'a.md': PLAIN_REPORT })), 'unknown format "xml"'));
  it('an unknown option', () => expectOneLineFailure(sendlint(['--colour', 'a.md'], tempTree({ 'a.md': PLAIN_REPORT })), '--colour'));
  it('a --config file that does not exist', () =>
    expectOneLineFailure(sendlint(['--config', 'missing.yaml', 'a.md'], tempTree({ 'a.md': PLAIN_REPORT })), 'missing.yaml', 'not found'));
});

describe('config failures name the file, the line and the key', () => {
  const bad = (file: string, text: string) => sendlint(['a.md'], tempTree({ [file]: text, 'a.md': PLAIN_REPORT }));

  it('an unknown rule id', () => {
    const run = bad('.sendlintrc.yaml', 'jurisdiction: england\nrules:\n  kind-infered: off\n');
    expectOneLineFailure(run, '.sendlintrc.yaml:3:', 'unknown rule id "kind-infered"');
  });
  it('an unknown key (configs cannot load plugins or code)', () => {
    expectOneLineFailure(bad('.sendlintrc.yml', 'setting: special\nplugins:\n  - ./evil.js\n'), '.sendlintrc.yml:2:', 'unknown key "plugins"');
    expectOneLineFailure(bad('.sendlintrc.yaml', 'extends: ./base.js\n'), '.sendlintrc.yaml:1:', 'unknown key "extends"');
  });
  it('a bad severity', () => expectOneLineFailure(bad('.sendlintrc.yaml', 'rules:\n  kind-inferred: loud\n'), ':2:', '"rules.kind-inferred"', 'error, warning, info, hint, off'));
  it('a bad setting', () => expectOneLineFailure(bad('.sendlintrc.yaml', '\n\nsetting: primary-ish\n'), ':3:', '"setting"', 'mainstream-primary'));
  it('a wrong type', () => expectOneLineFailure(bad('.sendlintrc.yaml', 'maxSentenceWords: lots\n'), ':1:', '"maxSentenceWords"', 'whole number'));
  it('a bad acronym list entry', () => expectOneLineFailure(bad('.sendlintrc.yaml', 'allowAcronyms:\n  - SLT\n  - two words\n'), ':3:', 'allowAcronyms'));
  it('broken YAML', () => expectOneLineFailure(bad('.sendlintrc.yaml', 'rules:\n  kind-inferred: [off\n'), '.sendlintrc.yaml:', 'not valid YAML'));
  it('JSON config with an unknown rule', () =>
    expectOneLineFailure(bad('sendlint.config.json', '{\n  "rules": {\n    "no-such-rule": "off"\n  }\n}\n'), 'sendlint.config.json:3:', '"no-such-rule"'));
});

describe('file failures: one line each, and the other files are still checked', () => {
  const withGoodFile = (files: Record<string, string | Buffer>) => tempTree({ '.sendlintrc.yaml': config, 'good.md': PLAIN_REPORT, ...files });
  const expectOthersChecked = (run: Run) => {
    expect(run.stdout).toContain('good.md');
    expect(run.stdout).toContain('kind-inferred');
  };

  it('a binary file', () => {
    const run = sendlint(['.'], withGoodFile({ 'logo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }));
    expectOneLineFailure(run, 'logo.md', 'binary');
    expectOthersChecked(run);
  });

  it('a file over 5 MB', () => {
    const dir = withGoodFile({ 'huge.md': '' });
    truncateSync(join(dir, 'huge.md'), 5 * 1024 * 1024 + 1);
    const run = sendlint(['.'], dir);
    expectOneLineFailure(run, 'huge.md', '5 MB');
    expectOthersChecked(run);
  });

  it('a file that is not UTF-8', () => {
    const run = sendlint(['.'], withGoodFile({ 'latin1.md': Buffer.from('# Caf\xe9 policy\n', 'latin1') }));
    expectOneLineFailure(run, 'latin1.md', 'UTF-8');
    expectOthersChecked(run);
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission', () => {
    const dir = withGoodFile({ 'secret.md': PLAIN_REPORT });
    chmodSync(join(dir, 'secret.md'), 0o000);
    const run = sendlint(['.'], dir);
    expectOneLineFailure(run, 'secret.md', 'permission denied');
    expectOthersChecked(run);
  });

  it('the JSON report lists the failed file with its reason', () => {
    const dir = withGoodFile({});
    writeFileSync(join(dir, 'bad.md'), Buffer.from([0, 1, 2]));
    const run = sendlint(['--format', 'json', '.'], dir);
    expect(run.code).toBe(2);
    const files = JSON.parse(run.stdout).files;
    expect(files.map((f: { path: string }) => f.path)).toEqual(['bad.md', 'good.md']);
    expect(files[0]).toEqual({ path: 'bad.md', error: expect.stringContaining('binary') });
  });
});
