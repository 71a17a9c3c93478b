/**
 * (d) issue 4's CronJob load: a CronJob scheduled every minute for 30 virtual days (43,200 runs) with the
 * default history limits (3 successful, 1 failed Job kept). Reports the Jobs created, what the store and the
 * timeline hold at the end (so unbounded growth shows), and peak memory.
 */
import type { Benchmark, Sample } from '../benchmark';
import { round, timed } from '../benchmark';
import { benchCluster, virtualSeconds } from '../workload';
import type { KubeObject } from '../../src/api';

export interface CronJobOptions {
  days: number;
}

const DAY_MS = 86_400_000;

const CRON_JOB = {
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name: 'tick', namespace: 'default' },
  spec: {
    schedule: '* * * * *',
    jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'tick', image: 'busybox', command: ['sh', '-c', 'echo tick'] }] } } } },
  },
} as KubeObject;

export const cronJobBenchmark: Benchmark<CronJobOptions> = {
  name: 'cronjob',
  summary: 'a CronJob every minute for 30 virtual days, default history limits',
  defaults: { days: 30 },
  defaultRuns: 1, // minutes of CPU at full size; pass --runs 3 for a median
  options: (v) => ({ days: v.days! }),
  run: runCronJob,
};

export function runCronJob({ days }: CronJobOptions): Sample {
  const cluster = benchCluster(1);
  let jobsCreated = 0;
  cluster.api.store.watch('Job', (event) => void (event.type === 'ADDED' && jobsCreated++));
  const events = cluster.clock.eventsRun;
  const run = timed(() => {
    cluster.create(CRON_JOB);
    for (let day = 0; day < days; day++) cluster.advance(DAY_MS);
  });
  return {
    days,
    wall_s: round(run.wall_s),
    cpu_s: round(run.cpu_s),
    events: cluster.clock.eventsRun - events,
    virtual_s: round(virtualSeconds(cluster)),
    jobs_created: jobsCreated,
    jobs_kept: cluster.list('Job').length,
    pods_kept: cluster.list('Pod').length,
    store_objects: cluster.api.store.size,
    timeline_entries: cluster.timeline.all().length,
  };
}
