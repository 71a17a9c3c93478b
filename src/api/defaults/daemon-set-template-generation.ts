/**
 * A DaemonSet's template generation, which apps/v1 shows as the `deprecated.daemonset.template.generation`
 * annotation: pkg/apis/apps/v1/conversion.go writes the internal spec.templateGeneration there on every read,
 * and pkg/registry/apps/daemonset/strategy.go keeps the number: at least 1 on create, the stored value on
 * update (a client cannot change it), one more when the update changes the pod template. Other spec changes
 * bump metadata.generation only, so the two part ways after a `kubectl patch` of, say, minReadySeconds.
 */
import { jsonEqual } from '../json-equal';
import type { KubeObject } from '../object';

export const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

export function withCreatedTemplateGeneration(ds: KubeObject): KubeObject {
  const given = Number.parseInt(ds.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION] ?? '', 10);
  return withTemplateGeneration(ds, Number.isInteger(given) && given >= 1 ? given : 1);
}

export function withUpdatedTemplateGeneration(ds: KubeObject, old: KubeObject): KubeObject {
  const stored = Number.parseInt(old.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION] ?? '1', 10);
  const templateChanged = !jsonEqual(templateOf(ds), templateOf(old));
  return withTemplateGeneration(ds, templateChanged ? stored + 1 : stored);
}

function templateOf(obj: KubeObject): unknown {
  return (obj.spec as { template?: unknown } | undefined)?.template;
}

function withTemplateGeneration(ds: KubeObject, generation: number): KubeObject {
  const annotations = { ...ds.metadata.annotations, [TEMPLATE_GENERATION_ANNOTATION]: String(generation) };
  return { ...ds, metadata: { ...ds.metadata, annotations } };
}
