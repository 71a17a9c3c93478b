/** Chaos: random faults drawn from the scenario's seed, optionally holding the workload to a promise. */
import { injectRandomFaults, keepsReadyPods } from '../src/cluster';
import { SeededRandom } from '../src/clock';
import { step } from './bilingual';

step('random faults strike for {duration}', '随机故障持续 {duration}', function (ms: number) {
  injectRandomFaults(this.cluster, ms, new SeededRandom(this.seed));
});

step(
  'random faults strike for {duration} while at least {int} pod(s) labelled {string} stay(s) ready',
  '随机故障持续 {duration}，期间至少 {int} 个带有标签 {string} 的 Pod 保持就绪',
  function (ms: number, minimum: number, selector: string) {
    injectRandomFaults(this.cluster, ms, new SeededRandom(this.seed), { invariant: keepsReadyPods(this.cluster, selector, minimum) });
  },
);
