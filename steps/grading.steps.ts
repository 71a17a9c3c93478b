/** Steps for assignments: placing a submitted file where the cluster reads it, and checking it was submitted. */
import { expect } from 'chai';
import { staticPodFiles } from '../src/cluster';
import { step } from './bilingual';

step('the file {string} is placed on node {string} as the static pod file {string}', '文件 {string} 被放到节点 {string} 上，作为静态 Pod 文件 {string}', function (file: string, node: string, name: string) {
  staticPodFiles(this.cluster).write(node, name, this.files.read(file));
});

step('the file {string} should be present', '文件 {string} 应该存在', function (file: string) {
  expect(this.files.exists(file), `the file "${file}" is missing: add it to the folder (names are case-sensitive)`).to.equal(true);
});
