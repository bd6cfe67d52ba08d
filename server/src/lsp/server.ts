import {
  CodeActionKind,
  DiagnosticRefreshRequest,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintConfig } from '../engine/types.js';
import { Analyser, type Analysis } from './analysis.js';
import { codeActions, FIX_ALL_KIND, resolveEdit, type ActionData, type ActionSupport } from './code-actions.js';
import { completion } from './completion.js';
import { coverageResponse } from './coverage.js';
import { configDiagnostic, toDiagnostic } from './diagnostics.js';
import type { ServerHost } from './host.js';
import { hover } from './hover.js';
import {
  COVERAGE_CHANGED_NOTIFICATION,
  COVERAGE_REQUEST,
  SERVER_COMMANDS,
  TEMPLATE_REQUEST,
  TIMING_NOTIFICATION,
  type CoverageParams,
  type TimingParams,
  type TemplateParams,
} from './protocol.js';
import { configFromSettings, mergeConfig } from './settings.js';
import { codeLenses, documentSymbols, foldingRanges, insertAllMissingEdit, template } from './structure.js';

export interface ServerOptions {
  /** File access (Node). Without it, configuration comes from editor settings only. */
  host?: ServerHost;
  /** Re-parse the whole document on every change (benchmark comparison). */
  fullParse?: boolean;
}

/** Initialization options a client may send. */
interface InitOptions {
  /** Milliseconds to wait after the last change before pushing diagnostics (default 150). */
  diagnosticsDelay?: number;
  fullParse?: boolean;
  /** Settings for clients without workspace/configuration (same shape as the `sendlint` section). */
  settings?: unknown;
  /** Send a TIMING_NOTIFICATION after each analysis. */
  reportTiming?: boolean;
}

const DEFAULT_DELAY_MS = 150;

/**
 * Lets queued messages (a newer didChange, a cancellation) run before expensive work. setImmediate runs
 * right after pending I/O; setTimeout(0), the fallback in a web worker, waits at least 1 ms in Node.
 */
const yieldToQueue = () => new Promise<void>((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

/**
 * The sendlint language server, independent of transport: node-main.ts runs it
 * over stdio or Node IPC, browser-main.ts in a web worker.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let analyser = new Analyser({ fullParse: options.fullParse });
  let capabilities: ClientCapabilities = {};
  let pull = false;
  let delay = DEFAULT_DELAY_MS;
  let workspaceFolders: string[] = [];
  let initSettings: LintConfig = {};
  let reportTiming = false;

  // Configuration: editor settings merged with the nearest config file; bumping
  // the generation makes every document re-lint with the new configuration.
  let generation = 0;
  let settings: Promise<LintConfig> | null = null;
  const configs = new Map<string, Promise<LintConfig>>();
  /** Config files currently shown as invalid, with the problem shown. */
  const badConfigFiles = new Map<string, string>();

  const editorSettings = (): Promise<LintConfig> =>
    (settings ??= capabilities.workspace?.configuration
      ? connection.workspace.getConfiguration('sendlint').then(configFromSettings, () => initSettings)
      : Promise.resolve(initSettings));

  const fileConfig = async (uri: string): Promise<LintConfig> => {
    const found = await options.host?.findConfig(uri).catch(() => null);
    if (!found) return {};
    if (found.error) {
      // Once per problem: many documents share one config file.
      const problem = `${found.error.line}:${found.error.message}`;
      if (badConfigFiles.get(found.uri) !== problem) {
        badConfigFiles.set(found.uri, problem);
        void connection.sendDiagnostics({ uri: found.uri, diagnostics: [configDiagnostic(found.error.line, found.error.message)] });
      }
      return {};
    }
    if (badConfigFiles.delete(found.uri)) void connection.sendDiagnostics({ uri: found.uri, diagnostics: [] });
    return found.config ?? {};
  };

  const configFor = (uri: string): Promise<LintConfig> => {
    let config = configs.get(uri);
    if (!config) {
      config = Promise.all([fileConfig(uri), editorSettings()]).then(([file, editor]) => mergeConfig(file, editor));
      configs.set(uri, config);
    }
    return config;
  };

  const configurationChanged = () => {
    generation++;
    settings = null;
    configs.clear();
    if (pull) {
      if (capabilities.workspace?.diagnostics?.refreshSupport) void connection.sendRequest(DiagnosticRefreshRequest.type);
    }
    for (const document of documents.all()) schedule(document.uri, 0);
  };

  // The status bar and coverage view follow coverage, which changes far less often than the text. Worked
  // out after the diagnostics have gone (they are what the SENCO waits for), and sent only when it changed.
  const lastCoverage = new Map<string, string>();
  const announceCoverage = (analysis: Analysis) =>
    setTimeout(() => {
      if (analyser.peek(analysis.uri) !== analysis) return;
      const coverage = coverageResponse(analysis);
      const key = JSON.stringify(coverage);
      if (lastCoverage.get(analysis.uri) === key) return;
      lastCoverage.set(analysis.uri, key);
      void connection.sendNotification(COVERAGE_CHANGED_NOTIFICATION, coverage);
    }, 0);

  const analyse = async (uri: string): Promise<Analysis | null> => {
    const document = documents.get(uri);
    if (!document) return null;
    const config = await configFor(uri);
    const current = documents.get(uri);
    // The document changed or closed while the config was looked up: the caller asks again for the new version.
    if (current !== document || current.version !== document.version) return null;
    const previous = analyser.peek(uri);
    const analysis = analyser.analyse(document, config, generation);
    if (analysis !== previous) {
      announceCoverage(analysis);
      if (reportTiming) {
        const timing: TimingParams = { uri, version: analysis.version, ...analysis.timing };
        void connection.sendNotification(TIMING_NOTIFICATION, timing);
      }
    }
    return analysis;
  };

  const analysed = async (uri: string): Promise<Analysis> => {
    const analysis = await analyse(uri);
    if (!analysis) throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed; ask again.');
    return analysis;
  };

  // Push diagnostics: debounced per document; a result is only published for the version still open.
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const schedule = (uri: string, ms = delay) => {
    if (pull) return;
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        const version = documents.get(uri)?.version;
        analyse(uri).then(
          (analysis) => {
            if (!analysis || documents.get(uri)?.version !== version) return;
            const diagnostics = analysis.result.findings.map((f, i) => toDiagnostic(uri, analysis.version, f, i));
            void connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
          },
          (error: Error) => connection.console.error(`sendlint could not check ${uri}: ${error.stack ?? error.message}`),
        );
      }, ms),
    );
  };

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    const init = (params.initializationOptions ?? {}) as InitOptions;
    pull = !!capabilities.textDocument?.diagnostic;
    if (typeof init.diagnosticsDelay === 'number' && init.diagnosticsDelay >= 0) delay = init.diagnosticsDelay;
    if (init.fullParse) analyser = new Analyser({ fullParse: true });
    initSettings = configFromSettings(init.settings);
    reportTiming = init.reportTiming === true;
    workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['#', ':', ' '] },
        codeLensProvider: { resolveProvider: false },
        documentSymbolProvider: { label: 'sendlint' },
        foldingRangeProvider: true,
        executeCommandProvider: { commands: [SERVER_COMMANDS.insertAllMissing, ...(options.host ? [SERVER_COMMANDS.allowAcronym] : [])] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'sendlint' },
    };
    if (pull) result.capabilities.diagnosticProvider = { identifier: 'sendlint', interFileDependencies: false, workspaceDiagnostics: false };
    return result;
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration && options.host) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: options.host.configFileNames.map((name) => ({ globPattern: `**/${name}` })),
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { sendlint?: unknown } | null)?.sendlint;
    if (pushed !== undefined && !capabilities.workspace?.configuration) initSettings = configFromSettings(pushed);
    configurationChanged();
  });

  connection.onDidChangeWatchedFiles((change) => {
    const names = options.host?.configFileNames ?? [];
    if (change.changes.some((c) => names.some((name) => c.uri.endsWith(`/${name}`)))) configurationChanged();
  });

  // Fires on open too: a newly opened document is checked at once, typing is debounced.
  documents.onDidChangeContent((e) => schedule(e.document.uri, analyser.peek(e.document.uri) ? delay : 0));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    configs.delete(e.document.uri);
    lastCoverage.delete(e.document.uri);
    analyser.forget(e.document.uri);
    if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params, token) => {
    await yieldToQueue();
    const uri = params.textDocument.uri;
    const document = documents.get(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'Cancelled', { retriggerRequest: true });
    const resultId = `${document.version}:${generation}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const analysis = await analyse(uri);
    if (!analysis) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed', { retriggerRequest: true });
    return {
      kind: DocumentDiagnosticReportKind.Full,
      resultId: `${analysis.version}:${analysis.generation}`,
      items: analysis.result.findings.map((f, i) => toDiagnostic(uri, analysis.version, f, i)),
    };
  });

  const actionSupport = (): ActionSupport => ({
    snippetEdits: !!capabilities.workspace?.workspaceEdit?.snippetEditSupport,
    resolveEdit: !!capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit'),
    allowAcronym: !!options.host,
  });

  connection.onCodeAction(async (params) => codeActions(await analysed(params.textDocument.uri), params, actionSupport()));

  connection.onCodeActionResolve(async (action: CodeAction) => {
    const data = action.data as ActionData | undefined;
    if (!data) return action;
    const analysis = await analysed(data.uri);
    if (analysis.version !== data.version) throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed since this fix was offered.');
    const edit = resolveEdit(analysis, data.ref, actionSupport());
    return edit ? { ...action, edit } : action;
  });

  connection.onHover(async (params) => hover(await analysed(params.textDocument.uri), params.position));
  connection.onCompletion(async (params) =>
    completion(await analysed(params.textDocument.uri), params.position, !!capabilities.textDocument?.completion?.completionItem?.snippetSupport),
  );
  connection.onCodeLens(async (params) => codeLenses(await analysed(params.textDocument.uri)));
  connection.onDocumentSymbol(async (params) => documentSymbols(await analysed(params.textDocument.uri)));
  connection.onFoldingRanges(async (params) => foldingRanges(await analysed(params.textDocument.uri)));

  connection.onRequest(COVERAGE_REQUEST, async (params: CoverageParams) => coverageResponse(await analysed(params.textDocument.uri)));
  connection.onRequest(TEMPLATE_REQUEST, (params: TemplateParams) => template(params.kind));

  connection.onExecuteCommand(async (params) => {
    const [first, second] = (params.arguments ?? []) as string[];
    if (params.command === SERVER_COMMANDS.insertAllMissing && first) {
      const analysis = await analysed(first);
      const edit = insertAllMissingEdit(analysis);
      if (edit) await connection.workspace.applyEdit({ label: 'Insert all missing sections', edit: { documentChanges: [{ textDocument: { uri: first, version: analysis.version }, edits: [edit] }] } });
      return;
    }
    if (params.command === SERVER_COMMANDS.allowAcronym && options.host && first && second) {
      const file = await options.host.allowAcronym(second, first, workspaceFolders);
      // A notification, not a request: nothing to wait for, and a client that cannot show it must not break the command.
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info,
        message: `sendlint will no longer ask you to explain "${first}" (added to ${decodeURIComponent(file.split('/').pop() ?? file)}).`,
      });
      configurationChanged();
    }
  });

  documents.listen(connection);
  connection.listen();
}
