/** The container side of a scenario: registries and images, containers ending, static pod files and URLs. */
import type { StoredObject } from '../src/api';
import type { Pod } from '../src/api/schemas';
import { kubelets, staticPodFiles } from '../src/cluster';
import { isPodReady, podOrUndefined, podRestarts } from '../src/kubectl';
import { step } from './bilingual';

step('the image {string} does not exist', '镜像 {string} 不存在', function (image: string) {
  kubelets(this.cluster).registry.markMissing(image);
});

step('the registry {string} requires the username {string} and password {string}', '镜像仓库 {string} 需要用户名 {string} 和密码 {string}', function (registry: string, username: string, password: string) {
  kubelets(this.cluster).registry.requireCredentials(registry, username, password);
});

step('container {string} of pod {string} exits with code {int}', '容器 {string}（Pod {string}）以退出码 {int} 退出', function (container: string, pod: string, code: number) {
  kubelets(this.cluster).exitContainer(this.cluster.api.get('Pod', 'default', pod) as StoredObject<Pod>, container, code);
  this.cluster.settle();
});

step('node {string} has the static pod file {string}:', '节点 {string} 上有静态 Pod 文件 {string}', function (node: string, file: string, content: string) {
  staticPodFiles(this.cluster).write(node, file, content);
});

step('the static pod file {string} is removed from node {string}', '静态 Pod 文件 {string} 从节点 {string} 上被删除', function (file: string, node: string) {
  staticPodFiles(this.cluster).remove(node, file);
});

step('node {string} fetches static pods from {string}:', '节点 {string} 从 {string} 获取静态 Pod', function (node: string, url: string, content: string) {
  kubelets(this.cluster).serveUrl(url, content);
  kubelets(this.cluster).setManifestUrl(node, url);
});

step('within {duration} pod {string} should have {int} restart(s)', '在 {duration} 内 Pod {string} 应该重启 {int} 次', function (ms: number, name: string, count: number) {
  const restarts = () => {
    const found = podOrUndefined(this.cluster, 'default', name);
    return found ? podRestarts(found) : undefined;
  };
  this.cluster.waitUntil(() => restarts() === count, ms, `pod "${name}" to have ${count} restarts (it has ${restarts() ?? 'no pod'})`);
});

step('within {duration} pod {string} should be ready', '在 {duration} 内 Pod {string} 应该就绪', function (ms: number, name: string) {
  this.cluster.waitUntil(() => isReady(this, name), ms, `pod "${name}" to be Ready`);
});

function isReady(world: { cluster: Parameters<typeof podOrUndefined>[0] }, name: string): boolean {
  const found = podOrUndefined(world.cluster, 'default', name);
  return found !== undefined && isPodReady(found);
}
