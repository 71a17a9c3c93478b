/** The shape of a built-in image: what runs, what it contains, how it reacts to stop signals. */
import type { Program } from '../program';
import type { Signal } from '../signals';

/** Which `nslookup` the image ships: busybox ≥ 1.29's rewrite, the libc-based one of busybox ≤ 1.28, or BIND's (dnsutils). */
export type NslookupFlavour = 'busybox' | 'busybox-legacy' | 'bind';

/** Which shell answers to a name: busybox ash, Debian's dash, or GNU bash. */
export type ShellFlavour = 'ash' | 'dash' | 'bash';

export interface ImageEntry {
  /** Catalog key, e.g. `nginx`. */
  name: string;
  /** Normalized repositories (registry/path, no tag) this entry answers for. */
  repositories: readonly string[];
  /** The version `latest` (or an untagged reference) stands for on 2025-01-01. */
  defaultVersion: string;
  /**
   * For images whose tags are their own release numbers, not the software's: tag version → the version
   * the image's programs are (nginx-slim 0.21 ships nginx 1.13.3). A tag not listed takes the nearest
   * lower listed one's (the lowest listed for tags below them all).
   */
  tagVersions?: Readonly<Record<string, string>>;
  /**
   * Tags that name a release line rather than a number, with what they pointed at on 2025-01-01 (nginx's
   * `stable` was 1.26.2 while `latest` was 1.27.3). A variant suffix (`stable-alpine`) names the same line.
   */
  namedTags?: Readonly<Record<string, string>>;
  /**
   * Every tag the registry holds, for images known to publish a closed set (the tutorial bootcamp's v1 and
   * v2): a pull of any other tag fails as not found. Unset: every tag exists unless a scenario says not.
   */
  tags?: readonly string[];
  entrypoint: readonly string[];
  cmd: readonly string[];
  env: Readonly<Record<string, string>>;
  /** An environment variable the image sets to its own version, e.g. `NGINX_VERSION`. */
  versionEnv?: string;
  workingDir: string;
  /** Executable names that run the POSIX shell; empty for images without one (distroless, scratch). */
  shells: readonly string[];
  /**
   * Which shell `sh` is: busybox ash unless set. Debian and Ubuntu link /bin/sh to dash, whose `echo`
   * interprets backslash escapes; bash-based images (Oracle Linux, bash-static) run bash as sh.
   */
  binSh?: ShellFlavour;
  /**
   * False for an image whose shell comes without a userland: registry.k8s.io/etcd puts bash-static at /bin/sh
   * on distroless, so `echo` and `test` (bash builtins) work there but `ls` and `cat` are not found.
   */
  userland?: boolean;
  /** Network tools present beyond the core utilities: `wget`, `nslookup`, `nc`, `curl`. */
  tools: readonly string[];
  nslookup?: (version: string) => NslookupFlavour;
  /** The image's own executables by basename (servers, entrypoint scripts). */
  programs: Readonly<Record<string, Program>>;
  /** For images kubespec does not know: whatever command is given runs this program. */
  fallbackProgram?: Program;
  /** Base layer: path → content; a path ending in `/` is an empty directory. `/dev/null` and `/tmp` are always added. */
  files: (version: string) => Readonly<Record<string, string>>;
  /** Symlinks in the base layer: path → target. */
  symlinks?: Readonly<Record<string, string>>;
  /** The image config's STOPSIGNAL, which containerd sends before SIGKILL (default SIGTERM). */
  stopSignal: Signal;
  /** EXPOSE'd ports, for documentation and `kubectl describe`-style output. */
  exposedPorts: readonly number[];
}

/** A catalog entry bound to the reference it was looked up with. */
export interface ImageSpec extends ImageEntry {
  reference: string;
  /** The tag's version (`1.14.2`), or the entry's default version for `latest`/untagged; through `tagVersions` when the entry has them. */
  version: string;
  /** False for images outside the catalog: they run until stopped and listen on their declared ports. */
  known: boolean;
}
