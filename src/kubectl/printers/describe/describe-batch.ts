/** `describeJob` and `describeCronJob` (k8s.io/kubectl/pkg/describe/describe.go, v1.32). */
import { type KubeObject } from '../../../api/object';
import { humanDuration } from '../../../clock';
import { labelSelectorString } from '../labels';
import { arr, num, obj, optNum, path, str, timeOf } from '../object-fields';
import { annotationsSection, controllerOf, labelsSection, rfc1123z } from './common-sections';
import { type DescribeContext } from './describe-context';
import { DescribeWriter } from './describe-writer';
import { eventsSection } from './events-section';
import { podTemplateSection } from './pod-template-section';

export function describeJob(job: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  const spec = obj(job.spec);
  const status = obj(job.status);
  w.write(0, `Name:\t${str(job.metadata.name)}\n`);
  w.write(0, `Namespace:\t${str(job.metadata.namespace)}\n`);
  w.write(0, `Selector:\t${labelSelectorString(spec.selector)}\n`);
  labelsSection(w, 'Labels', job.metadata.labels);
  annotationsSection(w, 'Annotations', job.metadata.annotations);
  const controlledBy = controllerOf(job);
  if (controlledBy) w.write(0, `Controlled By:\t${controlledBy}\n`);
  const optional = (field: string, title: string, suffix = '') => {
    if (optNum(spec[field]) !== undefined) w.write(0, `${title}:\t${num(spec[field])}${suffix}\n`);
  };
  optional('parallelism', 'Parallelism');
  w.write(0, optNum(spec.completions) !== undefined ? `Completions:\t${num(spec.completions)}\n` : 'Completions:\t<unset>\n');
  if (spec.completionMode) w.write(0, `Completion Mode:\t${str(spec.completionMode)}\n`);
  if (typeof spec.suspend === 'boolean') w.write(0, `Suspend:\t${spec.suspend}\n`);
  optional('backoffLimit', 'Backoff Limit');
  optional('ttlSecondsAfterFinished', 'TTL Seconds After Finished');
  if (status.startTime) w.write(0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
  if (status.completionTime) w.write(0, `Completed At:\t${rfc1123z(status.completionTime)}\n`);
  const [start, end] = [timeOf(status.startTime), timeOf(status.completionTime)];
  if (start !== undefined && end !== undefined) w.write(0, `Duration:\t${humanDuration(end - start)}\n`);
  optional('activeDeadlineSeconds', 'Active Deadline Seconds', 's');
  const counts = `${num(status.succeeded)} Succeeded / ${num(status.failed)} Failed`;
  w.write(0, optNum(status.ready) === undefined ? `Pods Statuses:\t${num(status.active)} Active / ${counts}\n` : `Pods Statuses:\t${num(status.active)} Active (${num(status.ready)} Ready) / ${counts}\n`);
  if (str(spec.completionMode) === 'Indexed') w.write(0, `Completed Indexes:\t${capIndexes(str(status.completedIndexes), 50)}\n`);
  podTemplateSection(w, spec.template);
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}

/** `capIndexesListOrNone`: the list cut at the first comma past `softLimit` characters. */
function capIndexes(indexes: string, softLimit: number): string {
  if (indexes === '') return '<none>';
  const cut = indexes.indexOf(',', softLimit);
  return cut < 0 ? indexes : `${indexes.slice(0, cut + 1)}...`;
}

export function describeCronJob(cj: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  const spec = obj(cj.spec);
  w.write(0, `Name:\t${str(cj.metadata.name)}\n`);
  w.write(0, `Namespace:\t${str(cj.metadata.namespace)}\n`);
  labelsSection(w, 'Labels', cj.metadata.labels);
  annotationsSection(w, 'Annotations', cj.metadata.annotations);
  w.write(0, `Schedule:\t${str(spec.schedule)}\n`);
  w.write(0, `Concurrency Policy:\t${str(spec.concurrencyPolicy)}\n`);
  w.write(0, `Suspend:\t${spec.suspend === true ? 'True' : spec.suspend === false ? 'False' : '<unset>'}\n`);
  const orUnset = (field: string, title: string, suffix = '') =>
    w.write(0, optNum(spec[field]) !== undefined ? `${title}:\t${num(spec[field])}${suffix}\n` : `${title}:\t<unset>\n`);
  orUnset('successfulJobsHistoryLimit', 'Successful Job History Limit');
  orUnset('failedJobsHistoryLimit', 'Failed Job History Limit');
  orUnset('startingDeadlineSeconds', 'Starting Deadline Seconds', 's');
  jobTemplate(w, obj(path(spec, 'jobTemplate.spec')));
  const last = path(cj, 'status.lastScheduleTime');
  w.write(0, last ? `Last Schedule Time:\t${rfc1123z(last)}\n` : 'Last Schedule Time:\t<unset>\n');
  w.write(0, 'Active Jobs:\t');
  const active = arr(path(cj, 'status.active')).map((j) => str(j.name));
  w.line(active.length === 0 ? '<none>' : active.join(', '));
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}

function jobTemplate(w: DescribeWriter, spec: Record<string, unknown>): void {
  w.write(0, spec.selector ? `Selector:\t${labelSelectorString(spec.selector)}\n` : 'Selector:\t<unset>\n');
  w.write(0, optNum(spec.parallelism) !== undefined ? `Parallelism:\t${num(spec.parallelism)}\n` : 'Parallelism:\t<unset>\n');
  w.write(0, optNum(spec.completions) !== undefined ? `Completions:\t${num(spec.completions)}\n` : 'Completions:\t<unset>\n');
  if (optNum(spec.activeDeadlineSeconds) !== undefined) w.write(0, `Active Deadline Seconds:\t${num(spec.activeDeadlineSeconds)}s\n`);
  podTemplateSection(w, spec.template);
}
