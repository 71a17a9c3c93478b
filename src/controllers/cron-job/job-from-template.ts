/**
 * getJobFromTemplate2 (pkg/controller/cronjob/utils.go): the Job for one scheduled time, named
 * `<cronjob>-<scheduled Unix time in minutes>` so a retry of the same time collides instead of duplicating,
 * with the template's labels and annotations plus `batch.kubernetes.io/cronjob-scheduled-timestamp`
 * (RFC 3339 in the CronJob's zone), and a controller reference to the CronJob.
 */
import type { KubeObject, StoredObject } from '../../api';
import type { CronJob } from '../../api/schemas';
import { toRFC3339 } from '../../clock';
import { controllerRef } from '../owner-references';

export const SCHEDULED_TIMESTAMP = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

export function jobName(cj: CronJob, scheduledTime: number): string {
  return `${cj.metadata.name}-${Math.floor(scheduledTime / 60_000)}`;
}

export function jobFromTemplate(cj: StoredObject<CronJob>, scheduledTime: number): KubeObject {
  const template = cj.spec?.jobTemplate ?? {};
  const zone = cj.spec?.timeZone ?? 'UTC';
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: jobName(cj, scheduledTime),
      namespace: cj.metadata.namespace,
      labels: { ...(template.metadata?.labels ?? {}) },
      annotations: { ...(template.metadata?.annotations ?? {}), [SCHEDULED_TIMESTAMP]: rfc3339InZone(scheduledTime, zone) },
      ownerReferences: [controllerRef(cj)],
    },
    spec: structuredClone(template.spec ?? {}),
  };
}

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

/** Go's time.Format(RFC3339) in a zone: `2025-01-01T08:00:00+08:00`, or `...Z` at UTC. */
export function rfc3339InZone(ms: number, zone: string): string {
  if (zone === 'UTC') return toRFC3339(ms);
  const formatter = FORMATTERS.get(zone) ?? FORMATTERS.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })).get(zone)!;
  const parts = Object.fromEntries(formatter.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offsetMinutes = Math.round((local - Math.floor(ms / 1000) * 1000) / 60_000);
  const text = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  if (offsetMinutes === 0) return `${text}Z`;
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${text}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
