/**
 * `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME [--tcp=port:targetPort]`
 * (k8s.io/kubectl/pkg/cmd/create/create_service.go): one generator per service type.
 */
import type { Flags } from '../argv';
import { GeneratorError, nameFromArgs, objectMeta, type Generator, type GeneratorContext, type CommandArgs } from './generator';
import { isDNS1123Subdomain, isValidPortName, isValidPortNum } from './name-validation';

type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

function serviceGenerator(type: ServiceType, usage: string, flags: Generator['flags'], required?: string[]): Generator {
  const subcommand = type.toLowerCase();
  const commandPath = `kubectl create service ${subcommand}`;
  return {
    names: [subcommand],
    parent: 'service',
    commandPath,
    usage: `kubectl create service ${usage} [options]`,
    flags: { tcp: { kind: 'string' }, ...flags },
    ...(required ? { required } : {}),
    build: (args, parsed, ctx) => buildService(type, commandPath, args, parsed, ctx),
  };
}

export const serviceClusterIPGenerator = serviceGenerator('ClusterIP', 'clusterip NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none]', {
  clusterip: { kind: 'string' },
});
export const serviceNodePortGenerator = serviceGenerator('NodePort', 'nodeport NAME [--tcp=port:targetPort] [--dry-run=server|client|none]', {
  'node-port': { kind: 'int', default: 0 },
});
export const serviceLoadBalancerGenerator = serviceGenerator('LoadBalancer', 'loadbalancer NAME [--tcp=port:targetPort] [--dry-run=server|client|none]', {});
export const serviceExternalNameGenerator = serviceGenerator(
  'ExternalName',
  'externalname NAME --external-name external.name [--dry-run=server|client|none]',
  { 'external-name': { kind: 'string' } },
  ['external-name'],
);

function buildService(type: ServiceType, commandPath: string, args: CommandArgs, flags: Flags, ctx: GeneratorContext) {
  const { name } = nameFromArgs(commandPath, args);
  const tcp = flags.strings('tcp');
  const clusterIP = type === 'ClusterIP' ? (flags.string('clusterip') ?? '') : '';
  const externalName = flags.string('external-name') ?? '';
  validateService(type, tcp, clusterIP, externalName);
  const nodePort = flags.int('node-port') ?? 0;
  const ports = tcp.map((spec) => {
    const [port, targetPort] = parsePorts(spec);
    return { name: spec.replace(/:/g, '-'), protocol: 'TCP', port, targetPort, ...(nodePort ? { nodePort } : {}) };
  });
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: objectMeta(name, ctx, { labels: { app: name } }),
    spec: {
      ports,
      selector: { app: name },
      ...(clusterIP ? { clusterIP } : {}),
      type,
      ...(externalName ? { externalName } : {}),
    },
  };
}

function validateService(type: ServiceType, tcp: string[], clusterIP: string, externalName: string): void {
  if (clusterIP === 'None' && type !== 'ClusterIP') throw new GeneratorError('ClusterIP=None can only be used with ClusterIP service type');
  if (clusterIP !== 'None' && tcp.length === 0 && type !== 'ExternalName') throw new GeneratorError('at least one tcp port specifier must be provided');
  if (type === 'ExternalName' && isDNS1123Subdomain(externalName).length > 0) {
    throw new GeneratorError(`invalid service external name ${externalName}`);
  }
}

/** parsePorts: `port[:targetPort]`, the port via utilsnet.ParsePort, the target a number or a port name. */
export function parsePorts(spec: string): [port: number, targetPort: number | string] {
  const [portText = '', targetText] = spec.split(':');
  const port = parseUint16(portText);
  if (targetText === undefined) return [port, port];
  if (/^[+-]?\d+$/.test(targetText)) {
    const target = Number(targetText);
    const errs = isValidPortNum(target);
    if (errs.length > 0) throw new GeneratorError(errs.join(','));
    return [port, target];
  }
  const errs = isValidPortName(targetText);
  if (errs.length > 0) throw new GeneratorError(errs.join(','));
  return [port, targetText];
}

/** strconv.ParseUint(s, 10, 16) with its error text. */
function parseUint16(text: string): number {
  if (!/^\d+$/.test(text)) throw new GeneratorError(`strconv.ParseUint: parsing "${text}": invalid syntax`);
  const value = Number(text);
  if (value > 65535) throw new GeneratorError(`strconv.ParseUint: parsing "${text}": value out of range`);
  return value;
}
