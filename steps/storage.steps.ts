/**
 * Steps about volume data on simulated machines: preparing a node's or an NFS server's files before a
 * volume uses them, and checking what reclaiming left behind.
 */
import { expect } from 'chai';
import { nfsServerFiles, nodeFiles } from '../src/cluster';
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

step('the directory {string} on the NFS server {string} should be empty', 'NFS 服务器 {string} 上的目录 {string} 应该为空', function (path: string, server: string) {
  expect(nfsServerFiles(this.cluster, server).list(path)).to.deep.equal([]);
});
