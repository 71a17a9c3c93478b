/** `kubectl create serviceaccount NAME` (k8s.io/kubectl/pkg/cmd/create/create_serviceaccount.go). */
import { nameFromArgs, objectMeta, type Generator } from './generator';

const COMMAND_PATH = 'kubectl create serviceaccount';

export const serviceAccountGenerator: Generator = {
  names: ['serviceaccount', 'sa'],
  commandPath: COMMAND_PATH,
  usage: 'kubectl create serviceaccount NAME [--dry-run=server|client|none] [options]',
  flags: {},
  build(args, _flags, ctx) {
    const { name } = nameFromArgs(COMMAND_PATH, args);
    return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: objectMeta(name, ctx) };
  },
};
