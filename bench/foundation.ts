/**
 * Issue 2's speed goals on their own: `npx ts-node bench/foundation.ts` (the same as `kubespec bench foundation`).
 * A fresh default cluster costs under 1 ms; 10,000 objects are applied and listed in well under a second;
 * a ten-step scenario costs a few milliseconds.
 */
import { runBenchmark } from './benchmark';
import { foundationBenchmark } from './benchmarks/foundation';

void runBenchmark(foundationBenchmark, {}).then((result) => console.log(JSON.stringify(result, null, 2)));
