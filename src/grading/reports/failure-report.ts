/**
 * What a failed scenario's report says, in plain words: which step did not hold and its message, an
 * earlier command that failed unchecked (often the real cause: a missing or invalid student file), the
 * pods as `kubectl get pods` would show them at that instant, and the latest Warning events.
 */
import type { Cluster } from '../../cluster';
import { toRFC3339, humanDuration } from '../../clock';
import { podRow } from '../../kubectl';
import { plainAssertionMessage } from '../test-output';

export interface FailureFacts {
  /** The failed step's text, `Then pod "web" should be "Running"`. */
  readonly step?: string;
  readonly message?: string;
  /** `command line\nstderr` of a kubectl command that failed and that no step checked. */
  readonly uncheckedFailure?: string;
}

const MAX_PODS = 20;
const MAX_WARNINGS = 8;

export function explainFailure(facts: FailureFacts, cluster: Cluster | undefined): string {
  const parts = [failedStep(facts)];
  if (facts.uncheckedFailure) parts.push(uncheckedCommand(facts.uncheckedFailure));
  if (cluster) parts.push(podsNow(cluster), ...warnings(cluster));
  return parts.filter((p) => p !== '').join('\n\n');
}

function failedStep(facts: FailureFacts): string {
  const message = plainAssertionMessage(facts.message ?? '');
  const head = facts.step ? `Failed step: ${facts.step}` : 'The scenario failed.';
  return message ? `${head}\n${indent(message)}` : head;
}

function uncheckedCommand(failure: string): string {
  const [line = '', ...stderr] = failure.split('\n');
  return `Before that, this command failed and no step checked it:\n  ${line}\n${indent(stderr.join('\n').trim())}\n${fileHint(line, stderr.join('\n'))}`.trimEnd();
}

/** Most unchecked failures in grading are the student's files: say which and what to fix. */
export function fileHint(line: string, stderr: string): string {
  const file = /-f\s+"?([^"\s]+)"?/.exec(line)?.[1];
  if (!file || file === '-') return 'Later failures may follow from it.';
  if (/does not exist/.test(stderr)) return `The file "${file}" is missing: add it to your submission (names are case-sensitive).`;
  if (/larger than/.test(stderr)) return `The file "${file}" is too large to read; keep each file under 1 MiB.`;
  if (/may not leave|absolute paths|links may not point/.test(stderr)) return `"${file}" points outside the submission folder; keep every file inside it.`;
  return `Check "${file}": it was read but Kubernetes rejected it (see the message above). Later failures may follow from it.`;
}

function podsNow(cluster: Cluster): string {
  const at = cluster.clock.now();
  const when = `${toRFC3339(at)} (${humanDuration(at - cluster.options.startTime)} after the scenario started)`;
  const pods = cluster.list('Pod').slice(0, MAX_PODS);
  if (pods.length === 0) return `At ${when} there were no pods.`;
  const rows = pods.map((pod) => {
    const { namespace = 'default', name } = pod.metadata;
    const row = podRow(cluster, namespace, name);
    return `  ${namespace}/${name}  ${row?.status ?? '?'}  ready ${row?.ready ?? '?'}  restarts ${row?.restarts ?? '?'}`;
  });
  return `At ${when} the pods were:\n${rows.join('\n')}`;
}

function warnings(cluster: Cluster): string[] {
  const recent = cluster.timeline
    .all()
    .filter((e) => e.type === 'Event' && e.text.startsWith('Warning'))
    .slice(-MAX_WARNINGS);
  if (recent.length === 0) return [];
  return [`Latest warning events:\n${recent.map((e) => `  ${toRFC3339(e.at)}  ${e.object}  ${e.text.slice('Warning '.length)}`).join('\n')}`];
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
