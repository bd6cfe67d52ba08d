import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeHost } from './node-host.js';
import { startServer } from './server.js';

// createConnection picks the transport from the command line: --stdio, --node-ipc, --socket=<port> or --pipe=<name>.
if (!process.argv.some((arg) => /^--(stdio|node-ipc|socket=|pipe=)/.test(arg))) {
  console.error('sendlint-server is a language server for editors. Start it with --stdio (or --node-ipc), for example: sendlint-server --stdio');
  process.exit(2);
}

// One failed request must not take the server (and every open document's diagnostics) down with it.
process.on('unhandledRejection', (reason) => console.error('sendlint server: unhandled rejection:', reason));

startServer(createConnection(ProposedFeatures.all), {
  host: nodeHost,
  fullParse: process.env.SENDLINT_FULL_PARSE === '1',
});
