/**
 * Wires the kubelets into a cluster: one kubelet per Node (src/kubelet), on the pod network of the network
 * component (or an isolated one), the volume host of the storage component, and the node filesystems for
 * static pod manifests; plus the pod garbage collector of kube-controller-manager, which removes the pods
 * of deleted nodes. Drivers reach node faults, registries, static pods, logs and exec through `kubelets()`.
 */
import { createPodGarbageCollector } from '../controllers';
import { Kubelets, KUBELETS_SERVICE, type NodeFileReader } from '../kubelet';
import { POD_NETWORK_SERVICE, type PodNetwork } from '../network';
import { Directory, type MountSource } from '../runtime';
import { relativePath, VOLUMES_SERVICE, type VolumeHost } from '../storage';
import type { Cluster } from './cluster';
import type { Component } from './component';
import { isolatedPodNetwork } from './isolated-pod-network';

export const kubeletComponent: Component = {
  name: 'kubelet',
  install(context) {
    const volumes = context.services.get(VOLUMES_SERVICE) as VolumeHost<MountSource> | undefined;
    const network = (context.services.get(POD_NETWORK_SERVICE) as PodNetwork | undefined) ?? isolatedPodNetwork();
    const kubelets = new Kubelets({
      clock: context.clock,
      api: context.api,
      recorder: context.recorder,
      timeline: context.timeline,
      seed: context.options.seed,
      network,
      volumes,
      nodeFiles: (node) => (volumes ? nodeFileReader(volumes, node) : undefined),
    });
    context.services.set(KUBELETS_SERVICE, kubelets);
    context.runner.register(createPodGarbageCollector());
    kubelets.install();
  },
};

/** The cluster's kubelets (node faults, images, static pods, logs, exec); throws when none run. */
export function kubelets(cluster: Cluster): Kubelets {
  const found = cluster.context.services.get(KUBELETS_SERVICE) as Kubelets | undefined;
  if (!found) throw new Error('this cluster runs no kubelets');
  return found;
}

function nodeFileReader(volumes: VolumeHost<MountSource>, node: string): NodeFileReader {
  const root = volumes.data.nodeRoot(node);
  return {
    list: (path) => (root.kindAt(relativePath(path)) === 'dir' ? root.list(relativePath(path)) : undefined),
    read: (path) => {
      if (root.kindAt(relativePath(path)) !== 'file') return undefined;
      // A node's root tree is a runtime Directory (storage-component builds it), so its files can be read.
      const tree = root.mountSource('');
      return tree instanceof Directory ? tree.readFile(relativePath(path)) : undefined;
    },
  };
}

/** Node faults as scenarios describe them. */
export function nodeFaults(cluster: Cluster) {
  return {
    /** The node's kubelet stops posting status (`When node "x" becomes NotReady`). */
    notReady: (node: string) => kubelets(cluster).stopKubelet(node),
    ready: (node: string) => {
      kubelets(cluster).resumeKubelet(node);
      cluster.settle();
    },
    /** The machine is gone: its Node object is deleted and its pods are collected. */
    remove: (node: string) => {
      cluster.api.delete('Node', undefined, node);
      cluster.settle();
    },
  };
}

/** A node's static pod manifests: written and removed as a person on the node would, noticed at once (inotify). */
export function staticPodFiles(cluster: Cluster) {
  const root = (node: string) => {
    const host = cluster.context.services.get(VOLUMES_SERVICE) as VolumeHost<MountSource> | undefined;
    if (!host) throw new Error('this cluster has no node filesystems (no storage component)');
    return host.data.nodeRoot(node);
  };
  const manifestPath = (node: string, file: string) => (file.startsWith('/') ? file : `${kubelets(cluster).agentOf(node).staticPods.manifestPath}/${file}`);
  return {
    write: (node: string, file: string, content: string) => {
      const path = relativePath(manifestPath(node, file));
      root(node).mkdir(path.split('/').slice(0, -1).join('/'));
      root(node).writeFile(path, content);
      kubelets(cluster).rescanStaticPods(node);
    },
    remove: (node: string, file: string) => {
      root(node).remove(relativePath(manifestPath(node, file)));
      kubelets(cluster).rescanStaticPods(node);
    },
  };
}
