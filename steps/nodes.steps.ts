/** Node faults: a kubelet that stops or resumes reporting, a machine that is removed. */
import { nodeFaults } from '../src/cluster';
import { step } from './bilingual';

step('node {string} becomes NotReady', '节点 {string} 变为 NotReady', function (node: string) {
  nodeFaults(this.cluster).notReady(node);
});

step('node {string} becomes Ready', '节点 {string} 变为 Ready', function (node: string) {
  nodeFaults(this.cluster).ready(node);
});

step('node {string} is removed', '节点 {string} 被移除', function (node: string) {
  nodeFaults(this.cluster).remove(node);
});
