// Long fuzzing run of the bundled engine (dist/engine.mjs): `npm run fuzz [count] [seed]`.
// Same generators and invariants as tests/hardening/fuzz.test.ts; prints documents run,
// failures (each with a reproducible seed and path) and time.
import fc from 'fast-check';
import * as engine from '../dist/engine.mjs';
import { checkDocument, documents, seedDocuments } from '../tests/hardening/fuzz-core.mjs';

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: npm run fuzz -- [documents (default 100000)] [seed]');
  process.exit(2);
}

const arbitrary = documents(seedDocuments());
const started = performance.now();
let run = 0;
let failures = 0;
const examples = [];
const report = () => {
  const seconds = (performance.now() - started) / 1000;
  console.log(`documents run: ${run}, failures: ${failures}, time: ${seconds.toFixed(1)} s (${Math.round(run / seconds)} documents/s), seed: ${seed}`);
};
const progress = setInterval(report, 30_000);

// fc.check without shrinking: each failure is counted and its first problem kept, and the run goes on.
fc.check(
  fc.property(arbitrary, (text) => {
    run++;
    const problems = checkDocument(engine, text);
    if (problems.length === 0) return true;
    failures++;
    if (examples.length < 10) examples.push({ text: text.length > 300 ? `${text.slice(0, 300)}…` : text, problem: problems[0] });
    return true;
  }),
  { numRuns: count, seed, endOnFailure: true },
);
clearInterval(progress);
report();
for (const { text, problem } of examples) console.log(`- ${problem}\n  in ${JSON.stringify(text)}`);
process.exit(failures === 0 ? 0 : 1);
