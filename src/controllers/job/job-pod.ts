/**
 * A Job's pods (job_controller.go manageJob, indexed_job_utils.go addCompletionIndexEnvVariables): the
 * template with the `batch.kubernetes.io/job-tracking` finalizer, which the controller removes once the
 * pod's outcome is counted; Indexed pods also get their index, hostname `<job>-<index>` and the
 * JOB_COMPLETION_INDEX variable.
 */
import type { KubeObject, StoredObject } from '../../api';
import type { PodTemplateSpec } from '../../api/schemas';
import { podFromTemplate } from '../pod-from-template';
import { COMPLETION_INDEX } from './indexes';

export const JOB_TRACKING_FINALIZER = 'batch.kubernetes.io/job-tracking';

interface ContainerEnv {
  env?: { name?: string }[];
}

export function jobPod(job: StoredObject, template: PodTemplateSpec | undefined, index?: number): KubeObject {
  if (index === undefined) return podFromTemplate(template, job, { finalizers: [JOB_TRACKING_FINALIZER] });
  const name = job.metadata.name;
  const spec = structuredClone(template?.spec ?? {}) as { containers?: ContainerEnv[]; initContainers?: ContainerEnv[]; hostname?: string };
  for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    if ((container.env ?? []).some((e) => e.name === 'JOB_COMPLETION_INDEX')) continue;
    container.env = [...(container.env ?? []), { name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { fieldPath: `metadata.annotations['${COMPLETION_INDEX}']` } } } as { name: string }];
  }
  return podFromTemplate({ ...template, spec } as PodTemplateSpec, job, {
    generateName: `${name}-${index}-`,
    labels: { [COMPLETION_INDEX]: String(index) },
    annotations: { [COMPLETION_INDEX]: String(index) },
    finalizers: [JOB_TRACKING_FINALIZER],
    spec: { hostname: spec.hostname ?? `${name}-${index}` },
  });
}
