/**
 * `kubectl create deployment NAME --image=image [--replicas] [--port] -- [COMMAND] [args...]`
 * (k8s.io/kubectl/pkg/cmd/create/create_deployment.go).
 */
import type { SeededRandom } from '../../clock';
import { GeneratorError, nameFromArgs, objectMeta, type Generator } from './generator';

const COMMAND_PATH = 'kubectl create deployment';

export const deploymentGenerator: Generator = {
  names: ['deployment', 'deploy'],
  commandPath: COMMAND_PATH,
  usage: 'kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]',
  flags: {
    image: { kind: 'string' },
    port: { kind: 'int', default: -1 },
    replicas: { kind: 'int', short: 'r', default: 1 },
  },
  required: ['image'],
  build(args, flags, ctx) {
    const { name, command } = nameFromArgs(COMMAND_PATH, args);
    const images = flags.strings('image');
    if (images.length > 1 && command.length > 0) throw new GeneratorError('cannot specify multiple --image options and command');
    const labels = { app: name };
    const containers = images.map((image) => ({
      name: containerNameFor(image, ctx.random),
      image,
      ...(command.length > 0 ? { command } : {}),
    }));
    const port = flags.int('port') ?? -1;
    const first = containers[0];
    if (port >= 0 && first) Object.assign(first, { ports: [{ containerPort: port }] });
    return {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: objectMeta(name, ctx, { labels }),
      spec: {
        replicas: flags.int('replicas') ?? 1,
        selector: { matchLabels: { ...labels } },
        template: { metadata: { labels: { ...labels } }, spec: { containers } },
      },
    };
  },
};

/**
 * buildPodSpec: the image's last path segment without tag or digest; names with `.` or `_` are
 * sanitized and get a random 5-character suffix (sanitizeAndUniquify), as kubectl does.
 */
export function containerNameFor(image: string, random: SeededRandom): string {
  let name = image.split('/').pop()!.split(':')[0]!.split('@')[0]!;
  if (/[_.]/.test(name)) name = `${name.replace(/[_.]/g, '-')}-${random.string(5)}`;
  return name;
}
