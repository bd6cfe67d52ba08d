// Times the engine (dist/engine.mjs) on each pathological input of
// tests/hardening/pathological-inputs.mjs against its stated bound: `npm run bench:pathological [name filter]`.
// Exit code 1 when an input is over its bound. The bound is on wall-clock time; the CPU time and the
// load average are printed beside it, since on a shared machine wall-clock time also measures the others.
import { loadavg } from 'node:os';
import { lint } from '../dist/engine.mjs';
import { ADVERSARIAL, PATHOLOGICAL } from '../tests/hardening/pathological-inputs.mjs';

const filter = process.argv[2];
lint('# Warm up\n\nThe SENCO meets parents.');
let over = 0;
const rows = [];
for (const input of PATHOLOGICAL) {
  if (filter && !input.name.includes(filter)) continue;
  const text = input.make();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { findings } = lint(text);
  const ms = Math.round(performance.now() - started);
  const { user, system } = process.cpuUsage(cpu);
  if (ms > input.boundMs) over++;
  rows.push({ input: input.name, chars: text.length, ms, cpuMs: Math.round((user + system) / 1000), boundMs: input.boundMs, findings: findings.length, ok: ms <= input.boundMs ? 'yes' : 'OVER' });
}
if (!filter) {
  // Each adversarial string for the regular expressions, alone: bounded at 1 s.
  let worst = { ms: 0, text: '' };
  for (const text of ADVERSARIAL) {
    const started = performance.now();
    lint(text);
    const ms = Math.round(performance.now() - started);
    if (ms > worst.ms) worst = { ms, text };
  }
  if (worst.ms > 1000) over++;
  rows.push({ input: `slowest of ${ADVERSARIAL.length} regex-adversarial strings (${JSON.stringify(worst.text.slice(0, 10))}…)`, chars: worst.text.length, ms: worst.ms, cpuMs: '', boundMs: 1000, findings: '', ok: worst.ms <= 1000 ? 'yes' : 'OVER' });
}
console.table(rows);
console.log(`rss: ${Math.round(process.memoryUsage().rss / 1e6)} MB; load average (1, 5, 15 min): ${loadavg().map((l) => l.toFixed(1)).join(', ')}; ${over} over their bound`);
process.exit(over === 0 ? 0 : 1);
