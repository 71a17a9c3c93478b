import { test } from 'node:test';
import assert from 'node:assert/strict';
import { objectKey, type ObjectKey, type StoredObject } from '../../api';
import type { Deployment } from '../../api/schemas';
import { toRFC3339 } from '../../clock';
import { ControllerHarness } from '../../testing/controller-harness';
import { setImage, webDeployment } from '../../testing/workload-fixtures';
import type { Action, Controller, ControllerContext } from '../controller';
import { replicaSetController } from '../replica-set';
import { specSelector } from '../spec-selector';
import { deploymentController, syncDeploymentFully } from './reconcile';
import { followUpOfStatusWrite } from './status-write-follow-up';

/** A kubelet stand-in whose pods turn Running and Ready one by one: the n-th pod it sees after `first + n·step` ms. */
function staggeredKubelet(first: number, step: number): Controller {
  const readyAt = new Map<ObjectKey, number>();
  return {
    name: 'staggered-kubelet',
    watches: [{ kind: 'Pod', toKeys: (e) => (e.type === 'DELETED' ? [] : [objectKey('Pod', e.object.metadata.namespace, e.object.metadata.name)]) }],
    reconcile(key, { store, now }): Action[] {
      const pod = store.getByKey(key);
      const status = pod?.status as { phase?: string } | undefined;
      if (!pod || pod.metadata.deletionTimestamp || status?.phase === 'Running' || status?.phase === 'Failed') return [];
      if (!readyAt.has(key)) readyAt.set(key, now + first + readyAt.size * step);
      const at = readyAt.get(key)!;
      if (at > now) return [{ type: 'requeueAfter', key, ms: at - now }];
      const conditions = ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: toRFC3339(now) }));
      return [{ type: 'patchStatus', object: { ...pod, metadata: { ...pod.metadata, resourceVersion: undefined }, status: { ...status, phase: 'Running', conditions } } }];
    },
  };
}

interface Run {
  /** Every store write in order: time, type, object and its resourceVersion and content. */
  readonly writes: string[];
  readonly events: string[];
  readonly answered: number;
}

/**
 * Runs `scenario` with the Deployment controller as shipped; each sync the follow-up path answers is checked
 * against a full sync on the same store and instant. With `fully`, every sync is a full one.
 */
function run(scenario: (h: ControllerHarness) => void, kubelet: Controller, fully = false): Run {
  let answered = 0;
  const verifying: Controller = {
    ...deploymentController,
    reconcile(key, context: ControllerContext) {
      if (fully) return syncDeploymentFully(key, context);
      const d = context.store.getByKey(key) as StoredObject<Deployment> | undefined;
      const answers = d && !specSelector(d)?.isEmpty() && followUpOfStatusWrite(d, context.store.list('ReplicaSet', d.metadata.namespace), context);
      const actions = deploymentController.reconcile(key, context);
      if (answers) {
        answered++;
        assert.deepEqual(actions, syncDeploymentFully(key, context), `follow-up of ${key} at ${toRFC3339(context.now)}`);
      }
      return actions;
    },
  };
  const h = new ControllerHarness([verifying, replicaSetController, kubelet]);
  const writes: string[] = [];
  h.api.store.watch('*', (e) => writes.push(`${toRFC3339(h.clock.now())} ${e.type} ${e.object.kind}/${e.object.metadata.name} ${JSON.stringify(e.object)}`));
  scenario(h);
  return { writes, events: h.events(), answered };
}


const scenarios: Record<string, { kubelet: () => Controller; scenario: (h: ControllerHarness) => void }> = {
  'a rollout of 12 pods ready one by one, then two template changes with a history limit of 1': {
    kubelet: () => staggeredKubelet(1000, 700),
    scenario: (h) => {
      h.create(webDeployment(12, { revisionHistoryLimit: 1 }));
      h.advance(30_000);
      h.updateSpec('Deployment', 'web', setImage('nginx:1.16'));
      h.advance(40_000);
      h.updateSpec('Deployment', 'web', setImage('nginx:1.17'));
      h.advance(60_000);
    },
  },
  'a stalled rollout past a 20s progress deadline': {
    kubelet: () => staggeredKubelet(3000, 9000),
    scenario: (h) => {
      h.create(webDeployment(6, { progressDeadlineSeconds: 20, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } } }));
      for (let i = 0; i < 12; i++) h.advance(7_000);
    },
  },
  'no progress deadline, a pause mid-rollout and a resume': {
    kubelet: () => staggeredKubelet(500, 1500),
    scenario: (h) => {
      h.create(webDeployment(8, { progressDeadlineSeconds: 2 ** 31 - 1 }));
      h.advance(20_000);
      h.updateSpec('Deployment', 'web', (spec) => ({ ...setImage('nginx:1.16')(spec), progressDeadlineSeconds: 600 }));
      h.advance(3_000);
      h.updateSpec('Deployment', 'web', (spec) => ({ ...spec, paused: true }));
      h.advance(5_000);
      h.updateSpec('Deployment', 'web', (spec) => ({ ...spec, paused: false }));
      h.advance(30_000);
    },
  },
  'a pod failing after the rollout completed, and a scale-up': {
    kubelet: () => staggeredKubelet(1000, 400),
    scenario: (h) => {
      h.create(webDeployment(5));
      h.advance(10_000);
      h.setPodPhase(h.list('Pod')[0]!.metadata.name, 'Failed');
      h.advance(10_000);
      h.updateSpec('Deployment', 'web', (spec) => ({ ...spec, replicas: 9 }));
      h.advance(20_000);
    },
  },
};

for (const [name, { kubelet, scenario }] of Object.entries(scenarios)) {
  test(`follow-ups of status writes are answered as a full sync would: ${name}`, () => {
    const answered = run(scenario, kubelet());
    const full = run(scenario, kubelet(), true);
    assert.ok(answered.answered > 0, 'the follow-up path answered some syncs');
    assert.deepEqual(answered.writes, full.writes);
    assert.deepEqual(answered.events, full.events);
  });
}

test('the follow-up of each status write of a rollout is answered: one per status write', () => {
  const result = run((h) => {
    h.create(webDeployment(10));
    h.advance(30_000);
  }, staggeredKubelet(1000, 1000));
  const statusWrites = result.writes.filter((w) => / MODIFIED Deployment\/web /.test(w)).length;
  // The first write (revision annotation) and the first status write follow the ReplicaSet's creation, which
  // changes the ReplicaSets: those follow-ups sync in full.
  assert.ok(result.answered >= statusWrites - 3, `${result.answered} answered of ${statusWrites} Deployment writes`);
});
