import fc from 'fast-check';
import { sessionStep, manifest } from './src/testing/arbitraries';
import { KubectlSession } from './src/testing/fuzz/kubectl-session';
for (const m of fc.sample(manifest, { numRuns: 3, seed: 1 })) console.log(JSON.stringify(m).slice(0, 400));
let problems = 0, errors = 0;
const t = Date.now();
for (let i = 0; i < 150; i++) {
  const steps = fc.sample(fc.array(sessionStep, { maxLength: 8 }), { numRuns: 1, seed: i })[0]!;
  const s = new KubectlSession(i);
  for (const step of steps) {
    try {
      const p = s.step(step);
      if (p) { problems++; console.log('PROBLEM', i, p.slice(0, 600)); break; }
    } catch (e) { errors++; console.log('THROW', i, 'line' in step ? step.line : step, (e as Error).stack?.slice(0, 800)); if ('stdin' in step) console.log(step.stdin?.slice(0, 1500)); break; }
  }
}
console.log('problems', problems, 'errors', errors, Date.now() - t, 'ms');
