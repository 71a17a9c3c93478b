/**
 * What the apiserver adds on create only, after defaulting: registry strategies' PrepareForCreate and the
 * mutating admission plugins that kubespec models. These must not run on update, where the owner may have
 * removed what they added (the namespace controller removes the `kubernetes` finalizer, for one).
 */
import type { KubeObject } from '../object';
import type { Job, Namespace, Pod } from '../schemas';
import { withFields } from '../with-fields';
import { prepareJobForCreate } from './batch-v1';
import { withDefaultTolerations } from './default-toleration-seconds';
import { withCreatedTemplateGeneration } from './daemon-set-template-generation';

/**
 * Returns a new object: Namespace `spec.finalizers` gains `kubernetes` (pkg/registry/core/namespace/strategy.go);
 * a Pod gets priority admission's `priority: 0` / `preemptionPolicy: PreemptLowerPriority` and the default
 * toleration seconds; a DaemonSet its template generation; a Job its generated selector, and those labels
 * as its own when it has none (it needs `metadata.uid`, so call this after assigning it).
 * Expects an object that applyDefaults has already defaulted.
 */
export function prepareForCreate<T extends KubeObject>(obj: T): T {
  const key = `${obj.apiVersion}/${obj.kind}`;
  if (key === 'v1/Namespace') return prepareNamespace(obj as unknown as Namespace) as unknown as T;
  if (key === 'v1/Pod') return preparePod(obj as unknown as Pod) as unknown as T;
  if (key === 'apps/v1/DaemonSet') return withCreatedTemplateGeneration(obj) as T;
  if (key === 'batch/v1/Job') return prepareJobForCreate(obj as unknown as Job) as unknown as T;
  return obj;
}

function prepareNamespace(namespace: Namespace): Namespace {
  const finalizers = namespace.spec?.finalizers ?? [];
  if (finalizers.includes('kubernetes')) return namespace;
  return { ...namespace, spec: { ...namespace.spec, finalizers: [...finalizers, 'kubernetes'] } };
}

/**
 * Priority admission, then DefaultTolerationSeconds (defaultTolerationSeconds), in one copy of the spec.
 * plugin/pkg/admission/priority: kubespec has no PriorityClasses and no global default class, so a pod
 * without priorityClassName gets priority 0 and the default preemption policy.
 */
function preparePod(pod: Pod): Pod {
  const spec = pod.spec ?? {};
  const tolerations = withDefaultTolerations(spec.tolerations);
  // withFields, not a spread: fields added to an unfrozen object by a spread cost a hidden class per pod.
  const prepared = spec.priorityClassName
    ? withFields(spec, { tolerations })
    : withFields(spec, { priority: spec.priority ?? 0, preemptionPolicy: spec.preemptionPolicy ?? 'PreemptLowerPriority', tolerations });
  return withFields(pod, { spec: prepared });
}
