/** What one kubectl invocation works with. */
import type { UserInfo } from '../api';
import type { Cluster } from '../cluster';
import type { FileAccess } from './files';

export interface KubectlEnvironment {
  readonly cluster: Cluster;
  readonly files: FileAccess;
  /** The identity commands run as; undefined = cluster admin (kubeconfig of `kind`). */
  readonly user?: UserInfo;
  /** Namespace of the current kubeconfig context. */
  readonly namespace?: string;
  /** Read for `apply -f -`. */
  readonly stdin?: string;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export class Output {
  stdout = '';
  stderr = '';

  out(line: string): void {
    this.stdout += line.endsWith('\n') ? line : `${line}\n`;
  }

  raw(text: string): void {
    this.stdout += text;
  }

  err(line: string): void {
    this.stderr += line.endsWith('\n') ? line : `${line}\n`;
  }
}

export interface CommandContext extends KubectlEnvironment {
  readonly output: Output;
  /** `-n`, else the environment's namespace, else `default`. */
  readonly namespace: string;
  /** True when `-n` was given explicitly. */
  readonly namespaceExplicit: boolean;
  /** Identity after `--as`/`--as-group` impersonation. */
  readonly user?: UserInfo;
  /** The command as `--record` writes it in its change-cause; computed on demand, since only `--record` reads it. */
  readonly changeCause?: () => string;
}
