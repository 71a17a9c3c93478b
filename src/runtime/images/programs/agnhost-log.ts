/**
 * How agnhost's `log.Printf` lines look, by image version (test/images/agnhost). Every subcommand logs
 * through Go's standard `log` package; from the release whose main() runs through component-base's
 * `cli.Run`, `logs.InitLogs()` redirects that package into klog, so a line reads
 * `I0911 09:19:26.677397       1 log.go:195] Started HTTP server on port 8080` instead of
 * `2022/09/11 09:19:26 Started HTTP server on port 8080`. klog names its caller as the line in Go's
 * own src/log/log.go that writes to the redirected output, so the `log.go:NNN` tag follows the Go
 * release the image was built with, not agnhost's code.
 */
import { compareVersions } from '../image-reference';
import { goLogTime } from './serve-until-signal';

interface LogStyle {
  /** The first agnhost version logging this way. */
  readonly from: string;
  /** klog's `file:line` caller for redirected std-log lines; absent while agnhost logs through std `log`. */
  readonly klogCaller?: string;
}

/**
 * Attested points: 2.39 (the hello-minikube tutorial's output) logs `log.go:195`, Go 1.19/1.20's
 * line; 2.53 logs `log.go:245`, Go 1.21's. The edges between are inferred: 2.33 still ran
 * `rootCmd.Execute()` with klog flags only (std log untouched), and 2.47 is the first release built
 * after Kubernetes moved to Go 1.21.
 */
const LOG_STYLES: readonly LogStyle[] = [
  { from: '0' },
  { from: '2.39', klogCaller: 'log.go:195' },
  { from: '2.47', klogCaller: 'log.go:245' },
];

function styleFor(version: string): LogStyle {
  return LOG_STYLES.filter((s) => compareVersions(s.from, version) <= 0).at(-1) ?? LOG_STYLES[0]!;
}

/** One `log.Printf` line (message without newline) as agnhost `version` writes it at virtual time `ms`. */
export function agnhostLogLine(version: string, ms: number, message: string): string {
  const caller = styleFor(version).klogCaller;
  return caller === undefined ? `${goLogTime(ms)} ${message}\n` : `${klogHeader(ms, caller)} ${message}\n`;
}

/** klog's header: severity, `mmdd hh:mm:ss.uuuuuu`, the pid (1, as PID 1 in its container) right-aligned in 7, `file:line]`. */
function klogHeader(ms: number, caller: string): string {
  const iso = new Date(ms).toISOString();
  const micros = `${iso.slice(20, 23)}000`;
  return `I${iso.slice(5, 7)}${iso.slice(8, 10)} ${iso.slice(11, 19)}.${micros} ${'1'.padStart(7)} ${caller}]`;
}
