import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeHost } from './node-host.js';
import { startServer } from './server.js';

// One failed request must not take the server (and every open document's diagnostics) down with it.
process.on('unhandledRejection', (reason) => console.error('sendlint server: unhandled rejection:', reason));

// createConnection picks the transport from the command line: --stdio, --node-ipc or --socket=<port>.
startServer(createConnection(ProposedFeatures.all), {
  host: nodeHost,
  fullParse: process.env.SENDLINT_FULL_PARSE === '1',
});
