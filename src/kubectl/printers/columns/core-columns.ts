/**
 * Tables of the core/v1 kinds: `printPod`, `printNode`, `printNamespace`, `printService`, `printEndpoints`,
 * `printConfigMap`, `printSecret`, `printServiceAccount`, `printReplicationController`
 * (kubernetes pkg/printers/internalversion/printers.go, v1.32).
 */
import { formatLabels } from '../labels';
import { arr, num, obj, path, record, str, strs, type Json } from '../object-fields';
import { podColumns } from '../pod-status';
import { AGE, NAME, age, nameOf, wide, type ColumnSet } from './column-set';
import { containerCells } from './containers';

export const POD_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Ready' }, { name: 'Status' }, { name: 'Restarts' }, AGE, wide('IP'), wide('Node'), wide('Nominated Node'), wide('Readiness Gates')],
  row(pod, now) {
    const { ready, status, restarts } = podColumns(pod, now);
    const s = obj(obj(pod).status);
    return [
      nameOf(pod), ready, status, restarts, age(pod, now),
      str(arr(s.podIPs)[0]?.ip) || '<none>',
      str(path(pod, 'spec.nodeName')) || '<none>',
      str(s.nominatedNodeName) || '<none>',
      readinessGates(pod),
    ];
  },
};

function readinessGates(pod: unknown): string {
  const gates = arr(path(pod, 'spec.readinessGates'));
  if (gates.length === 0) return '<none>';
  const conditions = arr(path(pod, 'status.conditions'));
  const trueCount = gates.filter((g) => str(conditions.find((c) => str(c.type) === str(g.conditionType))?.status) === 'True').length;
  return `${trueCount}/${gates.length}`;
}

export const NODE_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Status' }, { name: 'Roles' }, AGE, { name: 'Version' }, wide('Internal-IP'), wide('External-IP'), wide('OS-Image'), wide('Kernel-Version'), wide('Container-Runtime')],
  row(node, now) {
    const info = obj(path(node, 'status.nodeInfo'));
    return [
      nameOf(node), nodeStatus(node), nodeRoles(node).join(',') || '<none>', age(node, now), str(info.kubeletVersion),
      nodeAddress(node, 'InternalIP'), nodeAddress(node, 'ExternalIP'),
      str(info.osImage) || '<unknown>', str(info.kernelVersion) || '<unknown>', str(info.containerRuntimeVersion) || '<unknown>',
    ];
  },
};

/** `Ready`, `NotReady`, `Unknown`, plus `,SchedulingDisabled` for cordoned nodes. */
export function nodeStatus(node: unknown): string {
  const ready = arr(path(node, 'status.conditions')).filter((c) => str(c.type) === 'Ready').pop();
  const status = [ready === undefined ? 'Unknown' : str(ready.status) === 'True' ? 'Ready' : 'NotReady'];
  if (path(node, 'spec.unschedulable') === true) status.push('SchedulingDisabled');
  return status.join(',');
}

/** `findNodeRoles`: `node-role.kubernetes.io/<role>` keys and the `kubernetes.io/role` value, sorted. */
export function nodeRoles(node: unknown): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(record(path(node, 'metadata.labels')))) {
    if (k.startsWith('node-role.kubernetes.io/') && k.length > 'node-role.kubernetes.io/'.length) roles.add(k.slice('node-role.kubernetes.io/'.length));
    else if (k === 'kubernetes.io/role' && v !== '') roles.add(v);
  }
  return [...roles].sort();
}

function nodeAddress(node: unknown, type: string): string {
  return str(arr(path(node, 'status.addresses')).find((a) => str(a.type) === type)?.address) || '<none>';
}

export const NAMESPACE_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Status' }, AGE],
  row: (ns, now) => [nameOf(ns), str(path(ns, 'status.phase')), age(ns, now)],
};

export const SERVICE_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Type' }, { name: 'Cluster-IP' }, { name: 'External-IP' }, { name: 'Port(s)' }, AGE, wide('Selector')],
  row(svc, now) {
    const spec = obj(obj(svc).spec);
    return [
      nameOf(svc), str(spec.type), strs(spec.clusterIPs)[0] ?? (str(spec.clusterIP) || '<none>'), serviceExternalIP(svc, true),
      servicePorts(arr(spec.ports)) || '<none>', age(svc, now), formatLabels(spec.selector),
    ];
  },
};

/** `getServiceExternalIP`. The table is generated wide, so load-balancer addresses are never clipped. */
export function serviceExternalIP(svc: unknown, wideOutput: boolean): string {
  const spec = obj(obj(svc).spec);
  const externalIPs = strs(spec.externalIPs);
  switch (str(spec.type)) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerIngress(path(svc, 'status.loadBalancer.ingress'), wideOutput);
      if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return str(spec.externalName);
  }
  return '<unknown>';
}

function loadBalancerIngress(ingress: unknown, wideOutput: boolean): string {
  const names = [...new Set(arr(ingress).map((i) => str(i.ip) || str(i.hostname)).filter((v) => v !== ''))].sort();
  const joined = names.join(',');
  return !wideOutput && joined.length > 16 ? `${joined.slice(0, 13)}...` : joined;
}

/** `makePortString`: `80/TCP`, `80:30080/TCP`. */
export function servicePorts(ports: Json[]): string {
  return ports.map((p) => (num(p.nodePort) > 0 ? `${num(p.port)}:${num(p.nodePort)}/${str(p.protocol)}` : `${num(p.port)}/${str(p.protocol)}`)).join(',');
}

export const ENDPOINTS_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Endpoints' }, AGE],
  row: (ep, now) => [nameOf(ep), formatEndpoints(ep), age(ep, now)],
};

/** `formatEndpoints`: ready `ip:port` pairs, at most three, then ` + N more...`; `<none>` without subsets. */
export function formatEndpoints(endpoints: unknown): string {
  const subsets = arr(obj(endpoints).subsets);
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  for (const subset of subsets) {
    const addresses = arr(subset.addresses).map((a) => str(a.ip));
    const ports = arr(subset.ports);
    for (const port of ports.length === 0 ? [undefined] : ports) {
      count += addresses.length;
      for (const ip of addresses) if (list.length < 3) list.push(port === undefined ? ip : joinHostPort(ip, num(port.port)));
    }
  }
  return count > 3 ? `${list.join(',')} + ${count - 3} more...` : list.join(',');
}

/** Go's net.JoinHostPort: IPv6 addresses get brackets. */
export function joinHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

export const CONFIGMAP_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Data' }, AGE],
  row: (cm, now) => [nameOf(cm), Object.keys(obj(obj(cm).data)).length + Object.keys(obj(obj(cm).binaryData)).length, age(cm, now)],
};

export const SECRET_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Type' }, { name: 'Data' }, AGE],
  row: (s, now) => [nameOf(s), str(obj(s).type), Object.keys(obj(obj(s).data)).length, age(s, now)],
};

export const SERVICEACCOUNT_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Secrets' }, AGE],
  row: (sa, now) => [nameOf(sa), arr(obj(sa).secrets).length, age(sa, now)],
};

export const REPLICATIONCONTROLLER_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Desired' }, { name: 'Current' }, { name: 'Ready' }, AGE, wide('Containers'), wide('Images'), wide('Selector')],
  row(rc, now) {
    const [names, images] = containerCells(path(rc, 'spec.template.spec'));
    const status = obj(obj(rc).status);
    return [nameOf(rc), num(path(rc, 'spec.replicas')), num(status.replicas), num(status.readyReplicas), age(rc, now), names, images, formatLabels(path(rc, 'spec.selector'))];
  },
};
