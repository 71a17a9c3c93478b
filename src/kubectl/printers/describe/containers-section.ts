/**
 * The `Containers:` / `Init Containers:` sections (`describeContainers` and its helpers in
 * k8s.io/kubectl/pkg/describe/describe.go). Pod templates pass no statuses and a two-space `space`.
 */
import { compareGoStrings } from '../../../api/go-string-order';
import { arr, num, obj, path, str, strs, type Json } from '../object-fields';
import { ZERO, canonicalQuantity, milliValue, parseQuantity, unitValue } from '../quantity';
import { rfc1123z } from './common-sections';
import { type DescribeWriter } from './describe-writer';

export function containersSection(w: DescribeWriter, label: string, containers: Json[], statuses: Json[] | undefined, pod: unknown, space: string): void {
  w.write(0, `${space}${label}:${containers.length === 0 ? ' <none>' : ''}\n`);
  const byName = new Map((statuses ?? []).map((s) => [str(s.name), s]));
  for (const c of containers) {
    const status = byName.get(str(c.name));
    basicInfo(w, c, status, space);
    command(w, c);
    if (status) containerState(w, status);
    resourcesSection(w, c.resources, 2);
    probes(w, c);
    if (arr(c.envFrom).length > 0) envFrom(w, c);
    envVars(w, c, pod);
    mounts(w, c);
  }
}

function basicInfo(w: DescribeWriter, c: Json, status: Json | undefined, space: string): void {
  w.write(1, `${space ? ' ' : ''}${str(c.name)}:\n`);
  if (status) w.write(2, `Container ID:\t${str(status.containerID)}\n`);
  w.write(2, `Image:\t${str(c.image)}\n`);
  if (status) w.write(2, `Image ID:\t${str(status.imageID)}\n`);
  const ports = arr(c.ports);
  const portText = ports.map((p) => `${num(p.containerPort)}/${str(p.protocol)}`).join(', ');
  w.write(2, portText.includes(',') ? `Ports:\t${portText}\n` : `Port:\t${portText || '<none>'}\n`);
  const hostText = ports.map((p) => `${num(p.hostPort)}/${str(p.protocol)}`).join(', ');
  w.write(2, hostText.includes(',') ? `Host Ports:\t${hostText}\n` : `Host Port:\t${hostText || '<none>'}\n`);
  const seccomp = obj(path(c, 'securityContext.seccompProfile'));
  if (path(c, 'securityContext.seccompProfile')) {
    w.write(2, `SeccompProfile:\t${str(seccomp.type)}\n`);
    if (str(seccomp.type) === 'Localhost') w.write(3, `LocalhostProfile:\t${str(seccomp.localhostProfile)}\n`);
  }
}

function command(w: DescribeWriter, c: Json): void {
  for (const [field, title] of [['command', 'Command'], ['args', 'Args']] as const) {
    const items = strs(c[field]);
    if (items.length === 0) continue;
    w.write(2, `${title}:\n`);
    for (const item of items) for (const line of item.split('\n')) w.write(3, `${line}\n`);
  }
}

function containerState(w: DescribeWriter, status: Json): void {
  stateSection(w, 'State', obj(status.state));
  if (path(status, 'lastState.terminated')) stateSection(w, 'Last State', obj(status.lastState));
  w.write(2, `Ready:\t${status.ready === true ? 'True' : 'False'}\n`);
  w.write(2, `Restart Count:\t${num(status.restartCount)}\n`);
}

function stateSection(w: DescribeWriter, name: string, state: Json): void {
  if (state.running) {
    w.write(2, `${name}:\tRunning\n`);
    w.write(3, `Started:\t${rfc1123z(path(state, 'running.startedAt'))}\n`);
  } else if (state.waiting) {
    w.write(2, `${name}:\tWaiting\n`);
    if (str(path(state, 'waiting.reason'))) w.write(3, `Reason:\t${str(path(state, 'waiting.reason'))}\n`);
  } else if (state.terminated) {
    const t = obj(state.terminated);
    w.write(2, `${name}:\tTerminated\n`);
    if (str(t.reason)) w.write(3, `Reason:\t${str(t.reason)}\n`);
    if (str(t.message)) w.write(3, `Message:\t${str(t.message)}\n`);
    w.write(3, `Exit Code:\t${num(t.exitCode)}\n`);
    if (num(t.signal) > 0) w.write(3, `Signal:\t${num(t.signal)}\n`);
    w.write(3, `Started:\t${rfc1123z(t.startedAt)}\n`);
    w.write(3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
  } else {
    w.write(2, `${name}:\tWaiting\n`);
  }
}

/** `describeResources`: Limits then Requests, resource names sorted. */
export function resourcesSection(w: DescribeWriter, resources: unknown, level: number): void {
  for (const [field, title] of [['limits', 'Limits'], ['requests', 'Requests']] as const) {
    const list = obj(path(resources, field));
    const names = Object.keys(list).sort(compareGoStrings);
    if (names.length > 0) w.write(level, `${title}:\n`);
    for (const name of names) w.write(level + 1, `${name}:\t${canonicalQuantity(str(list[name]))}\n`);
  }
}

function probes(w: DescribeWriter, c: Json): void {
  for (const [field, title] of [['livenessProbe', 'Liveness'], ['readinessProbe', 'Readiness'], ['startupProbe', 'Startup']] as const) {
    if (c[field]) w.write(2, `${title}:\t${describeProbe(obj(c[field]))}\n`);
  }
}

/** `DescribeProbe`: `http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function describeProbe(p: Json): string {
  const attrs = `delay=${num(p.initialDelaySeconds)}s timeout=${num(p.timeoutSeconds)}s period=${num(p.periodSeconds)}s #success=${num(p.successThreshold)} #failure=${num(p.failureThreshold)}`;
  if (p.exec) return `exec [${strs(path(p, 'exec.command')).join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const h = obj(p.httpGet);
    const port = str(h.port);
    const bare = str(h.host);
    const host = port ? (bare.includes(':') ? `[${bare}]:${port}` : `${bare}:${port}`) : bare;
    return `http-get ${str(h.scheme).toLowerCase()}://${host}${str(h.path)} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${str(path(p, 'tcpSocket.host'))}:${str(path(p, 'tcpSocket.port'))} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${num(path(p, 'grpc.port'))} ${str(path(p, 'grpc.service'))} ${attrs}`;
  return `unknown ${attrs}`;
}

function envFrom(w: DescribeWriter, c: Json): void {
  w.write(2, 'Environment Variables from:\n');
  for (const e of arr(c.envFrom)) {
    const [from, ref] = e.configMapRef ? ['ConfigMap', obj(e.configMapRef)] : e.secretRef ? ['Secret', obj(e.secretRef)] : ['', {} as Json];
    const optional = ref.optional === true;
    const prefix = str(e.prefix);
    w.write(3, prefix ? `${str(ref.name)}\t${from} with prefix '${prefix}'\tOptional: ${optional}\n` : `${str(ref.name)}\t${from}\tOptional: ${optional}\n`);
  }
}

function envVars(w: DescribeWriter, c: Json, pod: unknown): void {
  const env = arr(c.env);
  w.write(2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`);
  for (const e of env) {
    const from = obj(e.valueFrom);
    if (!e.valueFrom) {
      str(e.value).split('\n').forEach((line, i) => w.write(3, i === 0 ? `${str(e.name)}:\t${line}\n` : `\t${line}\n`));
    } else if (from.fieldRef) {
      const ref = obj(from.fieldRef);
      w.write(3, `${str(e.name)}:\t${fieldRefValue(pod, str(ref.fieldPath))} (${str(ref.apiVersion)}:${str(ref.fieldPath)})\n`);
    } else if (from.resourceFieldRef) {
      w.write(3, `${str(e.name)}:\t${resourceFieldValue(c, obj(from.resourceFieldRef))} (${str(path(from, 'resourceFieldRef.resource'))})\n`);
    } else if (from.secretKeyRef) {
      const ref = obj(from.secretKeyRef);
      w.write(3, `${str(e.name)}:\t<set to the key '${str(ref.key)}' in secret '${str(ref.name)}'>\tOptional: ${ref.optional === true}\n`);
    } else if (from.configMapKeyRef) {
      const ref = obj(from.configMapKeyRef);
      w.write(3, `${str(e.name)}:\t<set to the key '${str(ref.key)}' of config map '${str(ref.name)}'>\tOptional: ${ref.optional === true}\n`);
    }
  }
}

/** `fieldpath.ExtractFieldPathAsString` for the downward API paths a pod can use; "" in a template. */
function fieldRefValue(pod: unknown, fieldPath: string): string {
  if (pod === undefined) return '';
  const labelOrAnnotation = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(fieldPath);
  if (labelOrAnnotation) return str(obj(path(pod, `metadata.${labelOrAnnotation[1]}`))[labelOrAnnotation[2]!]);
  const simple: Record<string, string> = {
    'metadata.name': 'metadata.name', 'metadata.namespace': 'metadata.namespace', 'metadata.uid': 'metadata.uid',
    'spec.nodeName': 'spec.nodeName', 'spec.serviceAccountName': 'spec.serviceAccountName', 'status.hostIP': 'status.hostIP', 'status.podIP': 'status.podIP',
  };
  if (simple[fieldPath]) return str(path(pod, simple[fieldPath]!));
  if (fieldPath === 'status.podIPs') return arr(path(pod, 'status.podIPs')).map((p) => str(p.ip)).join(',');
  if (fieldPath === 'status.hostIPs') return arr(path(pod, 'status.hostIPs')).map((p) => str(p.ip)).join(',');
  return '';
}

/**
 * `resourcehelper.ExtractContainerResourceValue`: the value divided by the divisor (default 1) and rounded up;
 * an unset CPU or memory limit reads `node allocatable`.
 */
function resourceFieldValue(c: Json, ref: Json): string {
  const resource = str(ref.resource);
  const [kind, name = ''] = resource.split('.') as [string, string?];
  const quantity = parseQuantity(str(obj(path(c, `resources.${kind}`))[name])) ?? ZERO;
  const divisor = parseQuantity(str(ref.divisor) || '1') ?? parseQuantity('1')!;
  const value = name === 'cpu' ? Math.ceil(milliValue(quantity) / milliValue(divisor)) : Math.ceil(unitValue(quantity) / unitValue(divisor));
  return value === 0 && (resource === 'limits.cpu' || resource === 'limits.memory') ? 'node allocatable' : String(value);
}

function mounts(w: DescribeWriter, c: Json): void {
  const list = [...arr(c.volumeMounts)].sort((a, b) => compareGoStrings(str(a.mountPath), str(b.mountPath)));
  w.write(2, `Mounts:${list.length === 0 ? '\t<none>' : ''}\n`);
  for (const m of list) {
    const flags = [m.readOnly === true ? 'ro' : 'rw', ...(str(m.subPath) ? [`path=${JSON.stringify(str(m.subPath))}`] : [])];
    w.write(3, `${str(m.mountPath)} from ${str(m.name)} (${flags.join(',')})\n`);
  }
  const devices = [...arr(c.volumeDevices)].sort((a, b) => compareGoStrings(str(a.devicePath), str(b.devicePath)));
  if (devices.length === 0) return;
  w.write(2, `Devices:${list.length === 0 ? '\t<none>' : ''}\n`);
  for (const d of devices) w.write(3, `${str(d.devicePath)} from ${str(d.name)}\n`);
}
