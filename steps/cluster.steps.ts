/** Cluster construction steps. */
import type { DataTable } from '@cucumber/cucumber';
import { nodeOptionsFromTable } from '../src/cluster';
import { step } from './bilingual';

step('a cluster with {int} node(s)', '一个包含 {int} 个节点的集群', function (count: number) {
  this.createCluster({ nodes: count });
});

step('a cluster with nodes:', '一个包含以下节点的集群', function (table: DataTable) {
  this.createCluster({ nodes: nodeOptionsFromTable(table.hashes()) });
});
