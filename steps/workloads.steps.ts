/** Workload controllers: the legacy DaemonSet scheduling option and counting a controller's pods. */
import { expect } from 'chai';
import { step } from './bilingual';

step('a cluster with {int} node(s) where DaemonSet pods bypass the scheduler', '一个包含 {int} 个节点且 DaemonSet 的 Pod 绕过调度器的集群', function (count: number) {
  this.createCluster({ nodes: count, features: { legacyDaemonSetScheduling: true, cloudLoadBalancer: false } });
});

/** Counts what `kubectl get TYPE -l SELECTOR` lists, leaving out terminating pods. */
step('there should be {int} {word} labelled {string}', '应该有 {int} 个带有标签 {string} 的 {word}', function (count: number, ...args: string[]) {
  const [type, selector] = args[0]!.includes('=') ? [args[1]!, args[0]!] : [args[0]!, args[1]!];
  const rows = this.query(`kubectl get ${type} -l ${selector} --no-headers`).stdout.split('\n').filter((row) => row.trim() && !row.includes('Terminating'));
  expect(rows, `${type} labelled ${selector}:\n${rows.join('\n')}`).to.have.length(count);
});
