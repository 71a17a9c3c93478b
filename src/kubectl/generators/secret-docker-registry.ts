/**
 * `kubectl create secret docker-registry NAME --docker-username=user --docker-password=password
 * --docker-email=email [--docker-server=string] [--from-file=[key=]source]`
 * (k8s.io/kubectl/pkg/cmd/create/create_secret_docker.go).
 */
import { addFromFileSources } from './data-sources';
import { GeneratorError, nameFromArgs, type Generator } from './generator';
import { appendHashSuffix } from './hash-suffix';
import { SecretData, secretObject } from './secret-data';
import { marshalCompact } from './typed/go-json';
import type { GoNode } from './typed/go-node';

const COMMAND_PATH = 'kubectl create secret docker-registry';
const DOCKER_CONFIG_JSON_KEY = '.dockerconfigjson';

export const secretDockerRegistryGenerator: Generator = {
  names: ['docker-registry'],
  parent: 'secret',
  commandPath: COMMAND_PATH,
  usage:
    'kubectl create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none] [options]',
  flags: {
    'docker-username': { kind: 'string' },
    'docker-password': { kind: 'string' },
    'docker-email': { kind: 'string' },
    'docker-server': { kind: 'string', default: 'https://index.docker.io/v1/' },
    'from-file': { kind: 'string' },
    'append-hash': { kind: 'bool' },
  },
  build(args, flags, ctx) {
    const { name } = nameFromArgs(COMMAND_PATH, args);
    // Complete: a bare path is stored under .dockerconfigjson.
    const files = flags.strings('from-file').map((f) => (f.includes('=') ? f : `${DOCKER_CONFIG_JSON_KEY}=${f}`));
    const [username, password, email, server] = ['docker-username', 'docker-password', 'docker-email', 'docker-server'].map((f) => flags.string(f) ?? '');
    if (files.length === 0 && (!username || !password || !server)) {
      throw new GeneratorError('either --from-file or the combination of --docker-username, --docker-password and --docker-server is required');
    }
    const secret = new SecretData();
    if (files.length > 0) addFromFileSources(files, ctx, secret.add);
    else secret.add(DOCKER_CONFIG_JSON_KEY, dockerConfigJson(username!, password!, email!, server!));
    const obj = secretObject(name, ctx, 'kubernetes.io/dockerconfigjson', secret.data);
    return flags.bool('append-hash') ? appendHashSuffix(obj) : obj;
  },
};

/** handleDockerCfgJSONContent: `{"auths":{SERVER:{"username","password","email","auth"}}}`, empty fields omitted. */
export function dockerConfigJson(username: string, password: string, email: string, server: string): string {
  const auth = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
  const entry: [string, GoNode][] = (
    [['username', username], ['password', password], ['email', email], ['auth', auth]] as const
  ).flatMap(([k, v]) => (v ? [[k, { kind: 'string', value: v } as GoNode] as [string, GoNode]] : []));
  return marshalCompact({ kind: 'object', entries: [['auths', { kind: 'object', entries: [[server, { kind: 'object', entries: entry }]] }]] });
}
