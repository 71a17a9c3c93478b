/** Scheduling: the scheduler switched off and on, nodes joining, where pods landed. */
import { expect } from 'chai';
import { schedulerControl } from '../src/cluster';
import { step } from './bilingual';

step('the scheduler stops', '调度器停止', function () {
  schedulerControl(this.cluster).stop();
});

step('the scheduler starts', '调度器启动', function () {
  schedulerControl(this.cluster).start();
  this.cluster.settle();
});

step('a node {string} joins the cluster', '节点 {string} 加入集群', function (name: string) {
  this.cluster.addNode({ name });
});

step('the pods labelled {string} should run on {int} different node(s)', '带有标签 {string} 的 Pod 应该运行在 {int} 个不同的节点上', function (selector: string, count: number) {
  const nodes = this.query(`kubectl get pods -l ${selector} -o jsonpath={.items[*].spec.nodeName}`).stdout.trim().split(/\s+/).filter(Boolean);
  expect(new Set(nodes).size, `nodes of the pods labelled ${selector}: ${nodes.join(', ')}`).to.equal(count);
});

step('node {string} should run {int} of the pods labelled {string}', '节点 {string} 上应该运行 {int} 个带有标签 {string} 的 Pod', function (node: string, count: number, selector: string) {
  const names = this.query(`kubectl get pods -l ${selector} --field-selector spec.nodeName=${node} -o name`).stdout.split('\n').filter(Boolean);
  expect(names, `pods labelled ${selector} on ${node}`).to.have.length(count);
});
