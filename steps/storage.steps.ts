/**
 * Steps about volume data on simulated machines: preparing a node's or an NFS server's files before a
 * volume uses them, and checking what reclaiming left behind.
 */
import { expect } from 'chai';
import { parse as parseYaml } from 'yaml';
import { claimVolumeFiles, nfsServerFiles, nodeFiles } from '../src/cluster';
import { findMismatches } from '../src/kubectl';
import { step } from './bilingual';

step('node {string} has the directory {string}', '节点 {string} 上有目录 {string}', function (node: string, path: string) {
  nodeFiles(this.cluster, node).mkdir(path);
});

step('node {string} has the file {string} containing {string}', '节点 {string} 上有文件 {string} 内容为 {string}', function (node: string, path: string, content: string) {
  nodeFiles(this.cluster, node).write(path, content);
});

step('node {string} should have the path {string}', '节点 {string} 上应该有路径 {string}', function (node: string, path: string) {
  expect(nodeFiles(this.cluster, node).has(path), `${path} on ${node}`).to.equal(true);
});

step('node {string} should not have the path {string}', '节点 {string} 上不应该有路径 {string}', function (node: string, path: string) {
  expect(nodeFiles(this.cluster, node).has(path), `${path} on ${node}`).to.equal(false);
});

step('the NFS server {string} has the file {string} containing {string}', 'NFS 服务器 {string} 上有文件 {string} 内容为 {string}', function (server: string, path: string, content: string) {
  nfsServerFiles(this.cluster, server).write(path, content);
});

step('the directory {string} on the NFS server {string} should be empty', '目录 {string} 在 NFS 服务器 {string} 上应该为空', function (path: string, server: string) {
  expect(nfsServerFiles(this.cluster, server).list(path)).to.deep.equal([]);
});

step('the directory {string} on node {string} should be empty', '目录 {string} 在节点 {string} 上应该为空', function (path: string, node: string) {
  expect(nodeFiles(this.cluster, node).list(path)).to.deep.equal([]);
});

step('the volume of claim {string} has the file {string} containing {string}', '申领 {string} 的卷里有文件 {string} 内容为 {string}', function (claim: string, path: string, content: string) {
  claimVolumeFiles(this.cluster, 'default', claim).write(path, content);
});

step('the volume of claim {string} should have the file {string}', '申领 {string} 的卷里应该有文件 {string}', function (claim: string, path: string) {
  expect(claimVolumeFiles(this.cluster, 'default', claim).has(path), `${path} in the volume of ${claim}`).to.equal(true);
});

step('claim {string} should be bound to the volume pvc-<its uid>', '申领 {string} 应该绑定到卷 pvc-<它的 UID>', function (name: string) {
  const claim = this.cluster.get('PersistentVolumeClaim', 'default', name);
  expect((claim?.spec as { volumeName?: string } | undefined)?.volumeName).to.equal(`pvc-${claim?.metadata.uid}`);
});

step('the volume bound to claim {string} should match:', '申领 {string} 绑定的卷应该匹配', function (name: string, yaml: string) {
  const volumeName = (this.cluster.get('PersistentVolumeClaim', 'default', name)?.spec as { volumeName?: string } | undefined)?.volumeName ?? '';
  expect(findMismatches(this.cluster.get('PersistentVolume', undefined, volumeName), parseYaml(yaml))).to.deep.equal([]);
});
