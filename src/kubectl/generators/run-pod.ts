/**
 * `kubectl run NAME --image=image [--env=k=v] [--port=port] [--labels=k=v,...] [--restart=...]
 * [--command] -- [COMMAND] [args...]`: the Pod of k8s.io/kubectl/pkg/cmd/run/run.go and the
 * run-pod/v1 generator (pkg/generate/versioned/run.go). `--overrides` and `--expose` are not offered.
 */
import type { Flags } from '../argv';
import { GeneratorError, type Generator } from './generator';
import { isEnvVarName } from './name-validation';

const COMMAND_PATH = 'kubectl run';
const usage = (message: string) => GeneratorError.usage(COMMAND_PATH, message);

export const runPodGenerator: Generator = {
  names: ['run'],
  commandPath: COMMAND_PATH,
  usage: 'kubectl run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]',
  flags: {
    image: { kind: 'string' },
    'image-pull-policy': { kind: 'string' },
    env: { kind: 'stringArray' },
    port: { kind: 'string' },
    labels: { kind: 'string', short: 'l' },
    annotations: { kind: 'stringArray' },
    restart: { kind: 'string', default: 'Always' },
    command: { kind: 'bool' },
    privileged: { kind: 'bool' },
    stdin: { kind: 'bool', short: 'i' },
    tty: { kind: 'bool', short: 't' },
    attach: { kind: 'bool' },
    'leave-stdin-open': { kind: 'bool' },
    rm: { kind: 'bool' },
    quiet: { kind: 'bool', short: 'q' },
    'pod-running-timeout': { kind: 'string', default: '1m0s' },
  },
  required: ['image'],
  build(args, flags, ctx) {
    const words = [...args.positional, ...args.afterDash];
    if (words.length === 0 || (args.sawDash && args.positional.length === 0)) throw usage('NAME is required for run');
    const [name = '', ...containerArgs] = words;
    validateRun(flags);
    const pod = buildPod(name, containerArgs, flags);
    if (ctx.namespace !== undefined) pod.metadata.namespace = ctx.namespace;
    return pod;
  },
};

/** RunOptions.Run's checks before generating, in its order. */
function validateRun(flags: Flags): void {
  const image = flags.string('image') ?? '';
  if (image === '') throw new GeneratorError('--image is required');
  if (!IMAGE_REFERENCE.test(image)) throw new GeneratorError(`Invalid image name "${image}": invalid reference format`);
  const interactive = flags.bool('stdin');
  if (flags.bool('tty') && !interactive) throw usage('-i/--stdin is required for containers with -t/--tty=true');
  const restart = flags.string('restart') ?? '';
  if (restart !== '' && !['Always', 'OnFailure', 'Never'].includes(restart)) throw usage(`invalid restart policy: ${restart}`);
  const attach = flags.has('attach') ? flags.bool('attach') : interactive;
  if (!attach && flags.bool('rm')) throw usage('--rm should only be used for attached containers');
  if (attach && (flags.string('dry-run') ?? 'none') !== 'none') {
    throw usage("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)");
  }
  const pullPolicy = flags.string('image-pull-policy') ?? '';
  if (!['', 'Always', 'IfNotPresent', 'Never'].includes(pullPolicy)) throw usage(`invalid image pull policy: ${pullPolicy}`);
}

/** BasicPod.Generate. */
function buildPod(name: string, args: string[], flags: Flags) {
  const env = parseEnvs(flags.strings('env'));
  const annotations = parsePairs(flags.strings('annotations'), 'annotations');
  const labels = parseLabels(flags.string('labels') ?? '', name);
  const stdin = flags.bool('stdin');
  const container: Record<string, unknown> = {
    name,
    image: flags.string('image'),
    ...(args.length > 0 ? { [flags.bool('command') ? 'command' : 'args']: args } : {}),
    ...(env.length > 0 ? { env } : {}),
    ...(flags.string('image-pull-policy') ? { imagePullPolicy: flags.string('image-pull-policy') } : {}),
    stdin,
    stdinOnce: !flags.bool('leave-stdin-open') && stdin,
    tty: flags.bool('tty'),
    ...(flags.bool('privileged') ? { securityContext: { privileged: true } } : {}),
  };
  const port = flags.string('port') ?? '';
  if (port !== '') container.ports = [{ containerPort: atoi(port) }];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) } as Record<string, unknown>,
    spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: flags.string('restart') || 'Always' },
  };
}

/** generate.ParseLabels, or `run=NAME` when no labels are given. */
export function parseLabels(spec: string, name: string): Record<string, string> {
  if (spec === '') return { run: name };
  const labels: Record<string, string> = {};
  for (const item of spec.split(',')) {
    const parts = item.split('=');
    if (parts.length !== 2) throw new GeneratorError(`unexpected label spec: ${item}`);
    if (parts[0] === '') throw new GeneratorError('unexpected empty label key');
    labels[parts[0]!] = parts[1]!;
  }
  return labels;
}

function parseEnvs(values: readonly string[]): { name: string; value: string }[] {
  return values.map((env) => {
    const at = env.indexOf('=');
    const envName = at < 0 ? '' : env.slice(0, at);
    if (at < 0 || envName === '' || isEnvVarName(envName).length > 0) throw new GeneratorError(`invalid env: ${env}`);
    return { name: envName, value: env.slice(at + 1) };
  });
}

/** cmdutil.ParsePairs without removal: `invalid annotations format: a, b`. */
function parsePairs(values: readonly string[], pairType: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  const invalid: string[] = [];
  for (const value of values) {
    const at = value.indexOf('=');
    if (at > 0) pairs[value.slice(0, at)] = value.slice(at + 1);
    else invalid.push(value);
  }
  if (invalid.length > 0) throw new GeneratorError(`invalid ${pairType} format: ${invalid.join(', ')}`);
  return pairs;
}

/** strconv.Atoi with its error text. */
function atoi(text: string): number {
  if (!/^[+-]?\d+$/.test(text)) throw new GeneratorError(`strconv.Atoi: parsing "${text}": invalid syntax`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new GeneratorError(`strconv.Atoi: parsing "${text}": value out of range`);
  return value;
}

/** github.com/distribution/reference ReferenceRegexp: [domain[:port]/]path[:tag][@digest]. */
const IMAGE_REFERENCE = (() => {
  const alphanumeric = '[a-z0-9]+';
  const separator = '(?:[._]|__|[-]+)';
  const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
  const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
  const host = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[(?:[a-fA-F0-9:]+)\\])`;
  const name = `(?:${host}(?::[0-9]+)?/)?${pathComponent}(?:/${pathComponent})*`;
  const tag = '[\\w][\\w.-]{0,127}';
  const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
  return new RegExp(`^(${name})(?::(${tag}))?(?:@(${digest}))?$`);
})();
