import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentModel } from '../engine/document.js';
import { IncrementalParser } from '../engine/incremental.js';
import { lintDocument } from '../engine/run.js';
import type { LintConfig, LintResult } from '../engine/types.js';

/** One version of an open document, parsed and linted. */
export interface Analysis {
  uri: string;
  version: number;
  /** Bumped when configuration changes, so results from older settings are not reused. */
  generation: number;
  model: DocumentModel;
  result: LintResult;
  config: LintConfig;
  /** Milliseconds spent building the model (parse) and running the rules (lint), for the latency benchmark. */
  timing: { parseMs: number; lintMs: number };
}

/**
 * Parses and lints open documents, one incremental parser per document, and
 * keeps the latest analysis of each. Because the parser reuses its trees, only
 * the latest analysis of a document is valid; older ones are dropped.
 */
export class Analyser {
  private readonly parsers = new Map<string, IncrementalParser>();
  private readonly latest = new Map<string, Analysis>();

  constructor(private readonly options: { fullParse?: boolean } = {}) {}

  analyse(document: TextDocument, config: LintConfig, generation: number): Analysis {
    const cached = this.latest.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === generation) return cached;
    let parser = this.parsers.get(document.uri);
    if (!parser) {
      parser = new IncrementalParser({ full: this.options.fullParse });
      this.parsers.set(document.uri, parser);
    }
    const text = document.getText();
    const started = performance.now();
    const model = cached && cached.version === document.version ? cached.model : parser.update(text);
    const parsed = performance.now();
    const result = lintDocument(model, { config });
    const timing = { parseMs: parsed - started, lintMs: performance.now() - parsed };
    const analysis: Analysis = { uri: document.uri, version: document.version, generation, model, result, config, timing };
    this.latest.set(document.uri, analysis);
    return analysis;
  }

  /** The latest analysis, whatever its version (for requests that can live with a slightly old one). */
  peek(uri: string): Analysis | undefined {
    return this.latest.get(uri);
  }

  forget(uri: string): void {
    this.parsers.delete(uri);
    this.latest.delete(uri);
  }
}
