// Preload (node --require) for tests/hardening/no-network.test.ts: any attempt to open a network
// connection or look up a host name throws, and is written to stderr so the test can see it
// even if the caller swallows the error. Local IPC (named pipes, Unix sockets) stays allowed:
// the language server may talk to an editor that way.
const net = require('node:net');
const dns = require('node:dns');

function refuse(what) {
  const message = `sendlint-no-network: ${what} attempted`;
  process.stderr.write(`${message}\n`);
  throw new Error(message);
}

const isLocalIpc = (args) => {
  const first = args[0];
  if (typeof first === 'string') return true; // net.connect(path)
  return Boolean(first && typeof first === 'object' && typeof first.path === 'string');
};

for (const name of ['connect', 'createConnection']) {
  const original = net[name];
  net[name] = function (...args) {
    if (!isLocalIpc(args)) refuse(`net.${name}`);
    return original.apply(this, args);
  };
}
const originalSocketConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (!isLocalIpc([options])) refuse('socket connect');
  return originalSocketConnect.apply(this, args);
};
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  dns[name] = () => refuse(`dns.${name}`);
  if (dns.promises[name]) dns.promises[name] = () => refuse(`dns.promises.${name}`);
}
for (const name of ['fetch', 'WebSocket']) {
  if (globalThis[name]) globalThis[name] = () => refuse(name);
}
// A marker the test checks, so it knows the preload really ran.
process.env.SENDLINT_NO_NETWORK_PRELOADED = '1';
process.on('exit', () => {
  if (process.env.SENDLINT_NO_NETWORK_MARK) require('node:fs').appendFileSync(process.env.SENDLINT_NO_NETWORK_MARK, `${process.pid}\n`);
});
