/**
 * The default profile's Filter plugins in v1.32 order (`pkg/scheduler/apis/config/v1/default_plugins.go`).
 * Filtering stops at the first plugin that rejects a node, so the order decides which reason a node reports.
 * NodeVolumeLimits, VolumeZone and PodTopologySpread are not modelled.
 */
import type { FilterPlugin } from '../framework';
import { interPodAffinity } from './inter-pod-affinity';
import { nodeAffinity } from './node-affinity';
import { nodeName } from './node-name';
import { nodePorts } from './node-ports';
import { nodeResourcesFit } from './node-resources-fit';
import { nodeUnschedulable } from './node-unschedulable';
import { taintToleration } from './taint-toleration';
import { volumeBinding } from './volume-binding';
import { volumeRestrictions } from './volume-restrictions';

export const FILTER_PLUGINS: readonly FilterPlugin[] = [nodeUnschedulable, nodeName, taintToleration, nodeAffinity, nodePorts, nodeResourcesFit, volumeRestrictions, volumeBinding, interPodAffinity];
