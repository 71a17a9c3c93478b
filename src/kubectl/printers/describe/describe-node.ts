/** `describeNode` and `describeNodeResource` (k8s.io/kubectl/pkg/describe/describe.go, v1.32). */
import { type KubeObject } from '../../../api/object';
import { nodeRoles } from '../columns/core-columns';
import { compareGoStrings } from '../../../api/go-string-order';
import { arr, obj, path, str, strs } from '../object-fields';
import { canonicalQuantity } from '../quantity';
import { annotationsSection, labelsSection, rfc1123z, taintsSection } from './common-sections';
import { type DescribeContext, listOrEmpty } from './describe-context';
import { DescribeWriter } from './describe-writer';
import { eventsSection } from './events-section';
import { nodeResourceSection } from './node-resources';

export function describeNode(node: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  const spec = obj(node.spec);
  const status = obj(node.status);
  w.write(0, `Name:\t${str(node.metadata.name)}\n`);
  w.write(0, `Roles:\t${nodeRoles(node).join(',') || '<none>'}\n`);
  labelsSection(w, 'Labels', node.metadata.labels);
  annotationsSection(w, 'Annotations', node.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`);
  taintsSection(w, 'Taints', spec.taints);
  w.write(0, `Unschedulable:\t${spec.unschedulable === true}\n`);
  leaseSection(w, node, ctx);
  conditionsSection(w, arr(status.conditions));
  w.write(0, 'Addresses:\n');
  for (const a of arr(status.addresses)) w.write(1, `${str(a.type)}:\t${str(a.address)}\n`);
  resourceList(w, 'Capacity', status.capacity);
  resourceList(w, 'Allocatable', status.allocatable);
  systemInfo(w, obj(status.nodeInfo));
  if (str(spec.podCIDR)) w.write(0, `PodCIDR:\t${str(spec.podCIDR)}\n`);
  if (strs(spec.podCIDRs).length > 0) w.write(0, `PodCIDRs:\t${strs(spec.podCIDRs).join(',')}\n`);
  if (str(spec.providerID)) w.write(0, `ProviderID:\t${str(spec.providerID)}\n`);
  const pods = ctx.list('Pod').filter((p) => path(p, 'spec.nodeName') === node.metadata.name && !['Succeeded', 'Failed'].includes(str(path(p, 'status.phase'))));
  nodeResourceSection(w, node, pods, ctx.now);
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}

/**
 * The node's Lease in kube-node-lease. Where the simulation keeps no Lease objects, the kubelet's lease is
 * described as kind shows it: held by the node, renewed on the 10-second heartbeat.
 */
function leaseSection(w: DescribeWriter, node: KubeObject, ctx: DescribeContext): void {
  const lease = listOrEmpty(ctx, 'Lease', 'kube-node-lease').find((l) => l.metadata.name === node.metadata.name);
  w.write(0, 'Lease:\n');
  if (lease) {
    const spec = obj(lease.spec);
    w.write(1, `HolderIdentity:\t${str(spec.holderIdentity) || '<unset>'}\n`);
    w.write(1, `AcquireTime:\t${spec.acquireTime ? rfc1123z(spec.acquireTime) : '<unset>'}\n`);
    w.write(1, `RenewTime:\t${spec.renewTime ? rfc1123z(spec.renewTime) : '<unset>'}\n`);
    return;
  }
  const created = Date.parse(str(node.metadata.creationTimestamp));
  const renew = isNaN(created) ? ctx.now : created + Math.floor((ctx.now - created) / 10_000) * 10_000;
  w.write(1, `HolderIdentity:\t${str(node.metadata.name)}\n`);
  w.write(1, 'AcquireTime:\t<unset>\n');
  w.write(1, `RenewTime:\t${rfc1123z(new Date(renew).toISOString())}\n`);
}

function conditionsSection(w: DescribeWriter, conditions: Record<string, unknown>[]): void {
  if (conditions.length === 0) return;
  w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
  w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
  for (const c of conditions) {
    w.write(1, `${str(c.type)} \t${str(c.status)} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${str(c.reason)} \t${str(c.message)}\n`);
  }
}

function resourceList(w: DescribeWriter, title: string, list: unknown): void {
  const entries = Object.entries(obj(list)).sort(([a], [b]) => compareGoStrings(a, b));
  if (entries.length === 0) return;
  w.write(0, `${title}:\n`);
  for (const [name, value] of entries) w.write(0, `  ${name}:\t${canonicalQuantity(str(value))}\n`);
}

function systemInfo(w: DescribeWriter, info: Record<string, unknown>): void {
  w.write(0, 'System Info:\n');
  const fields: [string, string][] = [
    ['Machine ID', 'machineID'], ['System UUID', 'systemUUID'], ['Boot ID', 'bootID'], ['Kernel Version', 'kernelVersion'], ['OS Image', 'osImage'],
    ['Operating System', 'operatingSystem'], ['Architecture', 'architecture'], ['Container Runtime Version', 'containerRuntimeVersion'],
    ['Kubelet Version', 'kubeletVersion'], ['Kube-Proxy Version', 'kubeProxyVersion'],
  ];
  for (const [title, field] of fields) w.write(0, `  ${title}:\t${str(info[field])}\n`);
}

