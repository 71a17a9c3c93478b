/**
 * `kubectl expose (TYPE NAME | TYPE/NAME) [--port] [--target-port] [--type] [--name] ...`
 * (k8s.io/kubectl/pkg/cmd/expose/expose.go at kubernetes-1.32.0, with polymorphichelpers'
 * MapBasedSelectorForObject, PortsForObject and MultiProtocolsForObject): builds a Service selecting
 * the exposed object's pods, its ports copied from the object unless `--port` is given, and creates it
 * (`service/web exposed`) or prints it for `--dry-run=client`. Simplification: `-f FILE` and the
 * `--overrides` flag are not supported.
 */
import { ApiError, type KubeObject } from '../../api';
import type { Flags, FlagSpecs } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError, renderApiError, usageError } from '../errors';
import { printDryRun, withLastAppliedConfiguration } from '../generators';
import { formatObjects } from '../printers';
import { parseResourceArgs } from '../resource-args';
import { DRY_RUN_FLAG, OUTPUT_FLAGS, type Command } from './command';
import { dryRunMode, RECORD_FLAG } from './write-flags';
import { outputFormat } from './output-format';

const EXPOSABLE = new Set(['Pod', 'Service', 'ReplicationController', 'Deployment', 'ReplicaSet']);
const DNS1035_LABEL_MAX_LENGTH = 63;

const FLAGS: FlagSpecs = {
  ...OUTPUT_FLAGS,
  ...DRY_RUN_FLAG,
  ...RECORD_FLAG,
  protocol: { kind: 'string' },
  port: { kind: 'string' },
  type: { kind: 'string' },
  'load-balancer-ip': { kind: 'string' },
  selector: { kind: 'string' },
  labels: { kind: 'string', short: 'l' },
  'target-port': { kind: 'string' },
  'external-ip': { kind: 'string' },
  name: { kind: 'string' },
  'session-affinity': { kind: 'string' },
  'cluster-ip': { kind: 'string' },
  'save-config': { kind: 'bool' },
  'field-manager': { kind: 'string' },
};

export const exposeCommand: Command = {
  name: 'expose',
  flags: FLAGS,
  run(context, args, flags) {
    const requests = parseResourceArgs(args.positional);
    const request = requests[0];
    if (!request || request.names.length === 0) {
      throw usageError("You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
    }
    for (const name of request.names) expose(context, flags, fetch(context, request.info.kind, name));
  },
};

function fetch(context: CommandContext, kind: string, name: string): KubeObject {
  try {
    return context.cluster.api.get(kind, context.namespace, name, { user: context.user });
  } catch (error) {
    if (error instanceof ApiError) throw new KubectlError(renderApiError(error));
    throw error;
  }
}

function expose(context: CommandContext, flags: Flags, object: KubeObject): void {
  if (!EXPOSABLE.has(object.kind)) throw usageError(`cannot expose a ${groupKind(object)}`);
  const service = createService(flags, object);
  const dryRun = dryRunMode(flags);
  if (dryRun === 'client') {
    const printed = context.namespaceExplicit ? { ...service, metadata: { ...service.metadata, namespace: context.namespace } } : service;
    return print(context, flags, printed, ' (dry run)');
  }
  const toCreate = flags.bool('save-config') ? withLastAppliedConfiguration(service) : service;
  try {
    const created = context.cluster.api.create({ ...toCreate, metadata: { ...toCreate.metadata, namespace: context.namespace } }, { user: context.user, dryRun: dryRun === 'server' });
    print(context, flags, created, dryRun === 'server' ? ' (server dry run)' : '');
  } catch (error) {
    if (error instanceof ApiError) throw new KubectlError(renderApiError(error));
    throw error;
  }
}

function print(context: CommandContext, flags: Flags, service: KubeObject, suffix: string): void {
  const format = outputFormat(context, flags);
  if ((format === 'yaml' || format === 'json') && suffix === ' (dry run)') context.output.raw(printDryRun(service, format));
  else if (format && format !== 'wide') context.output.raw(formatObjects([service], format, { asList: false }));
  else context.output.out(`service/${service.metadata.name} exposed${suffix}`);
}

/** createService: the Service kubectl sends, from the flags and what it introspects from the object. */
export function createService(flags: Flags, object: KubeObject): KubeObject {
  const selector = parseLabels(flags.string('selector') || mapBasedSelector(object));
  const labelText = flags.string('labels') || makeLabels(object.metadata.labels ?? {});
  const name = flags.string('name') || (object.metadata.name ?? '').slice(0, DNS1035_LABEL_MAX_LENGTH);
  const headless = flags.string('cluster-ip') === 'None';
  const ports = servicePorts(flags, object, headless);
  const spec: Record<string, unknown> = { ports, selector };
  const targetPort = flags.string('target-port');
  for (const port of ports) port.targetPort = targetPort ? intOrString(targetPort) : port.port;
  applyOptionalFields(flags, spec);
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, ...(labelText ? { labels: parseLabels(labelText) } : {}) }, spec };
}

function applyOptionalFields(flags: Flags, spec: Record<string, unknown>): void {
  const externalIP = flags.string('external-ip');
  if (externalIP) spec.externalIPs = [externalIP];
  const type = flags.string('type');
  if (type) spec.type = type;
  if (type === 'LoadBalancer' && flags.string('load-balancer-ip')) spec.loadBalancerIP = flags.string('load-balancer-ip');
  const affinity = flags.string('session-affinity');
  if (affinity) {
    if (affinity !== 'None' && affinity !== 'ClientIP') throw usageError(`unknown session affinity: ${affinity}`);
    spec.sessionAffinity = affinity;
  }
  const clusterIP = flags.string('cluster-ip');
  if (clusterIP) spec.clusterIP = clusterIP;
}

interface PortEntry {
  name?: string;
  port: number;
  protocol: string;
  targetPort?: number | string;
}

/** `--port` or the object's ports; several ports are named port-1, port-2… (port-1-tcp for multi-protocol). */
function servicePorts(flags: Flags, object: KubeObject, headless: boolean): PortEntry[] {
  let portText = flags.string('port') ?? '';
  if (!portText) {
    const found = portsForObject(object);
    if (found.length === 0 && !headless) throw usageError("couldn't find port via --port flag or introspection");
    portText = found.join(',');
  }
  if (!portText) return [];
  const protocols = protocolsForObject(object);
  const words = portText.split(',');
  return words.flatMap((word, i): PortEntry[] => {
    if (!/^[+-]?\d+$/.test(word)) throw usageError(`strconv.Atoi: parsing "${word}": invalid syntax`);
    const port = Number(word);
    const name = words.length > 1 ? { name: `port-${i + 1}` } : {};
    const requested = flags.string('protocol');
    if (requested || protocols.size === 0) return [{ ...name, port, protocol: requested || 'TCP' }];
    const exposed = protocols.get(word) ?? [];
    if (exposed.length <= 1) return [{ ...name, port, protocol: exposed[0] ?? 'TCP' }];
    return exposed.map((protocol) => ({ name: `port-${i + 1}-${protocol.toLowerCase()}`, port, protocol }));
  });
}

function podSpecOf(object: KubeObject): { containers?: { ports?: { containerPort?: number; protocol?: string }[] }[] } {
  const spec = object.spec as { template?: { spec?: object } } | undefined;
  return (object.kind === 'Pod' ? object.spec : spec?.template?.spec) ?? {};
}

function portsForObject(object: KubeObject): string[] {
  if (object.kind === 'Service') return unique(((object.spec as { ports?: { port?: number }[] }).ports ?? []).map((p) => String(p.port)));
  return unique((podSpecOf(object).containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => String(p.containerPort))));
}

function protocolsForObject(object: KubeObject): Map<string, string[]> {
  const entries =
    object.kind === 'Service'
      ? ((object.spec as { ports?: { port?: number; protocol?: string }[] }).ports ?? []).map((p) => [String(p.port), p.protocol ?? 'TCP'] as const)
      : (podSpecOf(object).containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => [String(p.containerPort), p.protocol ?? 'TCP'] as const));
  const map = new Map<string, string[]>();
  for (const [port, protocol] of entries) if (!map.get(port)?.includes(protocol)) map.set(port, [...(map.get(port) ?? []), protocol]);
  return map;
}

/** MapBasedSelectorForObject with its error texts. */
function mapBasedSelector(object: KubeObject): string {
  const fail = (detail: string) => usageError(`couldn't retrieve selectors via --selector flag or introspection: ${detail}`);
  const spec = (object.spec ?? {}) as { selector?: Record<string, string> & { matchLabels?: Record<string, string>; matchExpressions?: Requirement[] } };
  switch (object.kind) {
    case 'Pod':
      if (Object.keys(object.metadata.labels ?? {}).length === 0) throw fail('the pod has no labels and cannot be exposed');
      return makeLabels(object.metadata.labels ?? {});
    case 'Service':
      if (!spec.selector) throw fail('the service has no pod selector set');
      return makeLabels(spec.selector);
    case 'ReplicationController':
      return makeLabels(spec.selector ?? {});
    default: {
      const what = object.kind === 'Deployment' ? 'deployment' : 'replicaset';
      if (Object.keys(spec.selector?.matchLabels ?? {}).length === 0) throw fail(`invalid ${what}: no selectors, therefore cannot be exposed`);
      const expressions = spec.selector?.matchExpressions ?? [];
      if (expressions.length > 0) throw fail(`couldn't convert expressions - "${goRequirements(expressions)}" to map-based selector format`);
      return makeLabels(spec.selector?.matchLabels ?? {});
    }
  }
}

interface Requirement {
  key?: string;
  operator?: string;
  values?: string[];
}

/** Go's `%+v` of []metav1.LabelSelectorRequirement: `[{Key:app Operator:In Values:[a b]}]`. */
const goRequirements = (rs: readonly Requirement[]): string => `[${rs.map((r) => `{Key:${r.key ?? ''} Operator:${r.operator ?? ''} Values:[${(r.values ?? []).join(' ')}]}`).join(' ')}]`;

const makeLabels = (labels: Record<string, string>): string => Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(',');
const unique = (values: string[]): string[] => [...new Set(values)];
const intOrString = (text: string): number | string => (/^-?\d+$/.test(text) ? Number(text) : text);

function parseLabels(spec: string): Record<string, string> {
  if (!spec) throw usageError('selector must be specified');
  const labels: Record<string, string> = {};
  for (const pair of spec.split(',')) {
    const parts = pair.split('=');
    if (parts.length !== 2) throw usageError(`unexpected label spec: ${pair}`);
    if (!parts[0]) throw usageError('unexpected empty label key');
    labels[parts[0]] = parts[1]!;
  }
  return labels;
}

function groupKind(object: KubeObject): string {
  const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : '';
  return group ? `${object.kind}.${group}` : object.kind;
}
