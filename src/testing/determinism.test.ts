/**
 * Determinism: the same script and seed give byte-identical kubectl output and timelines; another seed
 * changes only what Kubernetes leaves unordered (name suffixes, UIDs, IPs, tie-broken node choices); and
 * runs interleaved in one process share nothing (what parallel Cucumber workers rely on).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { injectRandomFaults } from '../cluster';
import { SeededRandom } from '../clock';
import { REPRESENTATIVE_SCRIPTS } from './representative-scripts';
import { runScript, ScriptedRun, type RunRecord } from './scripted-run';
import { unorderedView } from './unordered-normalizer';

const SCRIPTS = Object.entries(REPRESENTATIVE_SCRIPTS);
const OPTIONS = { nodes: 3 };
const bySeed = new Map<number, Map<string, RunRecord>>();

function recordsFor(seed: number): Map<string, RunRecord> {
  if (!bySeed.has(seed)) bySeed.set(seed, new Map(SCRIPTS.map(([name, script]) => [name, runScript(script, { ...OPTIONS, seed })])));
  return bySeed.get(seed)!;
}

test('the same seed gives byte-identical outputs and timelines', () => {
  const first = recordsFor(7);
  for (const [name, script] of SCRIPTS) {
    const again = runScript(script, { ...OPTIONS, seed: 7 });
    assert.equal(again.outputs, first.get(name)!.outputs, `${name}: kubectl output differs between two runs with seed 7`);
    assert.equal(again.timelineDigest, first.get(name)!.timelineDigest, `${name}: timeline differs between two runs with seed 7`);
  }
});

test('another seed changes only what Kubernetes leaves unordered', () => {
  const [one, two] = [recordsFor(7), recordsFor(8)];
  let changed = 0;
  for (const [name] of SCRIPTS) {
    const [a, b] = [one.get(name)!, two.get(name)!];
    if (a.timelineDigest !== b.timelineDigest) changed++;
    assert.equal(unorderedView(b.outputs), unorderedView(a.outputs), `${name}: seeds 7 and 8 differ beyond names, uids, IPs and node choices`);
  }
  assert.ok(changed > 0, 'no script depends on the seed at all: generated names should');
});

test('runs interleaved step by step in one process match runs made alone', () => {
  const alone = recordsFor(7);
  const runs = SCRIPTS.map(([name, script]) => ({ name, run: new ScriptedRun(script, { ...OPTIONS, seed: 7 }) }));
  while (runs.some(({ run }) => !run.done)) for (const { run } of runs) run.next();
  for (const { name, run } of runs) {
    const record = run.record();
    assert.equal(record.outputs, alone.get(name)!.outputs, `${name}: output changed when run alongside other clusters`);
    assert.equal(record.timelineDigest, alone.get(name)!.timelineDigest, `${name}: timeline changed when run alongside other clusters`);
  }
});

test('random faults replay exactly from their seed', () => {
  const run = (seed: number) => {
    const script = REPRESENTATIVE_SCRIPTS['deployment rollout and scale-down']!.slice(0, 2);
    const scripted = new ScriptedRun(script, { ...OPTIONS, seed: 3 });
    while (!scripted.done) scripted.next();
    const faults = injectRandomFaults(scripted.cluster, 5 * 60_000, new SeededRandom(seed));
    return { faults: JSON.stringify(faults), timeline: scripted.record().timelineDigest };
  };
  const first = run(5);
  assert.ok(JSON.parse(first.faults).length > 3, 'five minutes should bring several faults');
  assert.deepEqual(run(5), first);
  assert.notEqual(run(6).faults, first.faults);
});
