/**
 * A cluster and a kubectl that runs command lines against it, as the kubectl command tests drive them: each line
 * a fresh `Kubectl` (as each real invocation is a new process) over the same cluster and scenario files.
 */
import { Cluster } from '../cluster';
import { Kubectl, SandboxedFiles } from '../kubectl';

export interface KubectlSession {
  readonly cluster: Cluster;
  readonly files: SandboxedFiles;
  run(line: string, stdin?: string): ReturnType<Kubectl['run']>;
}

export function kubectlSession(nodes = 1): KubectlSession {
  const cluster = new Cluster({ nodes });
  const files = new SandboxedFiles();
  return { cluster, files, run: (line, stdin) => new Kubectl({ cluster, files, stdin }).run(line) };
}
