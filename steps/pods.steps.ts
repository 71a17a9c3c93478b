/** Assertions about pods, phrased as a person reads `kubectl get pods`. */
import { expect } from 'chai';
import { containerFinishedAt, containerStartedAt, isPodReady, podOrUndefined, podRestarts, podRow } from '../src/kubectl';
import { toRFC3339 } from '../src/clock';
import { step } from './bilingual';
import type { KubeWorld } from './world';

function pod(world: KubeWorld, name: string) {
  const found = podOrUndefined(world.cluster, 'default', name);
  expect(found, `pod "${name}" does not exist`).to.not.equal(undefined);
  return found!;
}

step('pod {string} should be {string}', 'Pod {string} 的状态应该是 {string}', function (name: string, status: string) {
  expect(podRow(this.cluster, 'default', name)?.status, `STATUS of pod "${name}"`).to.equal(status);
});

step('within {duration} pod {string} should be {string}', '在 {duration} 内 Pod {string} 的状态应该变为 {string}', function (ms: number, name: string, status: string) {
  this.cluster.waitUntil(() => podRow(this.cluster, 'default', name)?.status === status, ms, () => `pod "${name}" to be ${status} (it is ${podRow(this.cluster, 'default', name)?.status ?? 'absent'})`);
});

step('pod {string} should be ready', 'Pod {string} 应该就绪', function (name: string) {
  expect(isPodReady(pod(this, name)), `pod "${name}" is not Ready`).to.equal(true);
});

step('pod {string} should not be ready', 'Pod {string} 不应该就绪', function (name: string) {
  expect(isPodReady(pod(this, name)), `pod "${name}" is Ready`).to.equal(false);
});

step('pod {string} should have {int} restart(s)', 'Pod {string} 应该重启了 {int} 次', function (name: string, count: number) {
  expect(podRestarts(pod(this, name)), `restarts of pod "${name}"`).to.equal(count);
});

step(
  'container {string} of pod {string} should have started after container {string} terminated',
  '容器 {string}（Pod {string}）应该在容器 {string} 终止后启动',
  function (container: string, podName: string, before: string) {
    const p = pod(this, podName);
    const started = containerStartedAt(p, container);
    const finished = containerFinishedAt(p, before);
    expect(finished, `container "${before}" has not terminated`).to.not.equal(undefined);
    expect(started, `container "${container}" has not started`).to.not.equal(undefined);
    expect(started!, `"${container}" started at ${toRFC3339(started!)}, "${before}" terminated at ${toRFC3339(finished!)}`).to.be.at.least(finished!);
  },
);
