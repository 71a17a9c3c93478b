/** Workload controllers: the legacy DaemonSet scheduling option and counting a controller's pods. */
import { expect } from 'chai';
import { step } from './bilingual';

step('a cluster with {int} node(s) where DaemonSet pods bypass the scheduler', '一个包含 {int} 个节点且 DaemonSet 的 Pod 绕过调度器的集群', function (count: number) {
  this.createCluster({ nodes: count, features: { legacyDaemonSetScheduling: true, cloudLoadBalancer: false } });
});

/** Counts what `kubectl get TYPE -l SELECTOR` lists, leaving out terminating pods. */
step('there should be {int} {word} labelled {string}', '应该有 {int} 个 {word} 带有标签 {string}', function (count: number, type: string, selector: string) {
  const rows = this.query(`kubectl get ${type} -l ${selector} --no-headers`).stdout.split('\n').filter((row) => row.trim() && !row.includes('Terminating'));
  expect(rows, `${type} labelled ${selector}:\n${rows.join('\n')}`).to.have.length(count);
});
