/** The pod template a ControllerRevision stores (its data is `{spec: {template: {..., $patch: replace}}}`). */
import type { PodTemplateSpec } from '../../api/schemas';

export function templateOfRevisionData(data: unknown): PodTemplateSpec {
  const template = { ...((data as { spec?: { template?: Record<string, unknown> } } | undefined)?.spec?.template ?? {}) };
  delete template.$patch;
  return template as PodTemplateSpec;
}
