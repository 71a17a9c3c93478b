/** `kubectl create namespace NAME` (k8s.io/kubectl/pkg/cmd/create/create_namespace.go). */
import { nameFromArgs, type Generator } from './generator';

const COMMAND_PATH = 'kubectl create namespace';

export const namespaceGenerator: Generator = {
  names: ['namespace', 'ns'],
  commandPath: COMMAND_PATH,
  usage: 'kubectl create namespace NAME [--dry-run=server|client|none] [options]',
  flags: {},
  build(args) {
    const { name } = nameFromArgs(COMMAND_PATH, args);
    return { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
  },
};
