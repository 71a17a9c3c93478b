/** Tables of batch/v1: `printJob`, `printCronJob` (kubernetes pkg/printers/internalversion/printers.go, v1.32). */
import { humanDuration } from '../../../clock';
import { formatLabelSelector } from '../labels';
import { arr, num, obj, optNum, path, str, timeOf } from '../object-fields';
import { AGE, NAME, age, nameOf, since, wide, type ColumnSet } from './column-set';
import { containerCells } from './containers';

export const JOB_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Status' }, { name: 'Completions' }, { name: 'Duration' }, AGE, wide('Containers'), wide('Images'), wide('Selector')],
  row(job, now) {
    const [names, images] = containerCells(path(job, 'spec.template.spec'));
    return [nameOf(job), jobStatus(job), jobCompletions(job), jobDuration(job, now), age(job, now), names, images, formatLabelSelector(path(job, 'spec.selector'))];
  },
};

/** `3/5`, `0/1 of 3` (parallel work queue) or `1/1`. */
export function jobCompletions(job: unknown): string {
  const succeeded = num(path(job, 'status.succeeded'));
  const completions = optNum(path(job, 'spec.completions'));
  if (completions !== undefined) return `${succeeded}/${completions}`;
  const parallelism = num(path(job, 'spec.parallelism'));
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function jobDuration(job: unknown, now: number): string {
  const start = timeOf(path(job, 'status.startTime'));
  if (start === undefined) return '';
  const end = timeOf(path(job, 'status.completionTime'));
  return humanDuration((end ?? now) - start);
}

/** Complete, Failed, Terminating, Suspended, FailureTarget or Running, in that precedence. */
export function jobStatus(job: unknown): string {
  const conditions = arr(path(job, 'status.conditions'));
  const has = (type: string) => str(conditions.find((c) => str(c.type) === type)?.status) === 'True';
  if (has('Complete')) return 'Complete';
  if (has('Failed')) return 'Failed';
  if (path(job, 'metadata.deletionTimestamp')) return 'Terminating';
  if (has('Suspended')) return 'Suspended';
  if (has('FailureTarget')) return 'FailureTarget';
  return 'Running';
}

export const CRONJOB_COLUMNS: ColumnSet = {
  columns: [
    NAME, { name: 'Schedule' }, { name: 'Timezone' }, { name: 'Suspend' }, { name: 'Active' }, { name: 'Last Schedule' }, AGE,
    wide('Containers'), wide('Images'), wide('Selector'),
  ],
  row(cj, now) {
    const spec = obj(obj(cj).spec);
    const [names, images] = containerCells(path(cj, 'spec.jobTemplate.spec.template.spec'));
    const last = path(cj, 'status.lastScheduleTime');
    return [
      nameOf(cj), str(spec.schedule), spec.timeZone === undefined || spec.timeZone === null ? '<none>' : str(spec.timeZone), boolPtr(spec.suspend), arr(path(cj, 'status.active')).length,
      last ? since(last, now) : '<none>', age(cj, now), names, images, formatLabelSelector(path(cj, 'spec.jobTemplate.spec.selector')),
    ];
  },
};

/** `printBoolPtr`: `True`, `False`, `<unset>`. */
export function boolPtr(value: unknown): string {
  return value === true ? 'True' : value === false ? 'False' : '<unset>';
}
