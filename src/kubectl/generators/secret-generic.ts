/**
 * `kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key=value] [--from-env-file]`
 * (k8s.io/kubectl/pkg/cmd/create/create_secret.go). Literals are added before files, unlike configmaps.
 */
import { addFromEnvFiles, addFromFileSources, parseLiteralSource } from './data-sources';
import { GeneratorError, nameFromArgs, type Generator } from './generator';
import { appendHashSuffix } from './hash-suffix';
import { SecretData, secretObject } from './secret-data';

const COMMAND_PATH = 'kubectl create secret generic';

export const secretGenericGenerator: Generator = {
  names: ['generic'],
  parent: 'secret',
  commandPath: COMMAND_PATH,
  usage: 'kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]',
  flags: {
    'from-file': { kind: 'string' },
    'from-literal': { kind: 'stringArray' },
    'from-env-file': { kind: 'string' },
    type: { kind: 'string' },
    'append-hash': { kind: 'bool' },
  },
  build(args, flags, ctx) {
    const { name } = nameFromArgs(COMMAND_PATH, args);
    const [files, literals, envFiles] = [flags.strings('from-file'), flags.strings('from-literal'), flags.strings('from-env-file')];
    if (envFiles.length > 0 && (files.length > 0 || literals.length > 0)) {
      throw new GeneratorError('from-env-file cannot be combined with from-file or from-literal');
    }
    const secret = new SecretData();
    for (const literal of literals) secret.add(...parseLiteralSource(literal));
    addFromFileSources(files, ctx, secret.add);
    addFromEnvFiles(envFiles, ctx, secret.add, 'env secret file cannot be a directory');
    const obj = secretObject(name, ctx, flags.string('type') ?? '', secret.data);
    return flags.bool('append-hash') ? appendHashSuffix(obj) : obj;
  },
};
