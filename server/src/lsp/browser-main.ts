import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server.js';

// In a web worker (vscode.dev, github.dev): messages come and go through the worker's own postMessage.
const worker = self as unknown as DedicatedWorkerGlobalScope;
startServer(createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker)));
