/**
 * `kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key=value] [--from-env-file=path]`
 * (k8s.io/kubectl/pkg/cmd/create/create_configmap.go). File contents are text here; kubectl would put
 * non-UTF-8 files under binaryData, which the simulated filesystem cannot hold.
 */
import { goQuote, addFromEnvFiles, addFromFileSources, parseLiteralSource } from './data-sources';
import { GeneratorError, nameFromArgs, objectMeta, type Generator } from './generator';
import { appendHashSuffix } from './hash-suffix';
import { isConfigMapKey } from './name-validation';

const COMMAND_PATH = 'kubectl create configmap';

export const configMapGenerator: Generator = {
  names: ['configmap', 'cm'],
  commandPath: COMMAND_PATH,
  usage: 'kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]',
  flags: {
    'from-file': { kind: 'string' },
    'from-literal': { kind: 'stringArray' },
    'from-env-file': { kind: 'string' },
    'append-hash': { kind: 'bool' },
  },
  build(args, flags, ctx) {
    const { name } = nameFromArgs(COMMAND_PATH, args);
    const [files, literals, envFiles] = [flags.strings('from-file'), flags.strings('from-literal'), flags.strings('from-env-file')];
    if (envFiles.length > 0 && (files.length > 0 || literals.length > 0)) {
      throw new GeneratorError('from-env-file cannot be combined with from-file or from-literal');
    }
    const data: Record<string, string> = {};
    const add = (key: string, value: string) => {
      validateNewConfigMapKey(data, key, name);
      data[key] = value;
    };
    addFromFileSources(files, ctx, add);
    for (const literal of literals) add(...parseLiteralSource(literal));
    addFromEnvFiles(envFiles, ctx, add, 'env config file cannot be a directory');
    const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: objectMeta(name, ctx), data };
    return flags.bool('append-hash') ? appendHashSuffix(configMap) : configMap;
  },
};

function validateNewConfigMapKey(data: Record<string, string>, key: string, name: string): void {
  const errs = isConfigMapKey(key);
  if (errs.length > 0) throw new GeneratorError(`${goQuote(key)} is not a valid key name for a ConfigMap: ${errs.join(',')}`);
  if (Object.hasOwn(data, key)) {
    throw new GeneratorError(`cannot add key ${goQuote(key)}, another key by that name already exists in Data for ConfigMap ${goQuote(name)}`);
  }
}
