// Preloaded into the language server by scripts/soak.mjs (node --expose-gc --require): on SIGUSR2 it
// collects garbage and writes the heap in use and RSS to stderr, so the soak can tell memory the
// server still holds from garbage V8 has simply not collected yet.
process.on('SIGUSR2', () => {
  global.gc();
  const { rss, heapUsed } = process.memoryUsage();
  process.stderr.write(`soak-heap ${JSON.stringify({ rss, heapUsed })}\n`);
});
