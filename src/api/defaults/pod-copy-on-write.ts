/**
 * Pod defaulting that shares what a controller's pods have in common instead of deep-copying it per pod.
 * A ReplicaSet's pod spec is a fresh record whose values are its stored template's frozen subtrees
 * (controllers/pod-from-template.ts); defaulting them gives the same result for every pod, so the defaulted
 * (deep-copied, then frozen) subtree is made once per frozen input subtree and kept in a WeakMap keyed on it.
 * The result equals `defaultPod(deepCopy(pod))` field for field and in key order: only frozen subtrees are
 * shared, and the input is never written.
 */
import { deepCopy, deepFreeze } from '../deep-freeze';
import type { Container, Pod, PodSpec, Volume } from '../schemas';
import { defaultContainer, defaultPodSpecFields, defaultVolume } from './pod-spec';

type Fields = Record<string, unknown>;
type ListDefaulter = (items: never[]) => void;

/** SetDefaults_Pod's container step: "if limits are specified, but requests are not, default requests to limits". */
export function defaultPodContainer(container: Container): void {
  defaultContainer(container);
  const resources = (container.resources ??= {});
  if (resources.limits) resources.requests = { ...resources.limits, ...resources.requests };
}

/** What defaulting does below each spec field; the other fields are copied as they are. */
const LIST_DEFAULTERS: Readonly<Record<string, ListDefaulter>> = {
  initContainers: (items: Container[]) => items.forEach(defaultPodContainer),
  containers: (items: Container[]) => items.forEach(defaultPodContainer),
  ephemeralContainers: (items: Container[]) => items.forEach(defaultContainer),
  volumes: (items: Volume[]) => items.forEach(defaultVolume),
};

/** The memo of subtrees that defaulting copies without changing (no spec field has this name). */
const UNDEFAULTED = ' ';

/** Per spec field (a frozen `[]` may be both `volumes` and `initContainers`): frozen input → frozen defaulted copy. */
const DEFAULTED = new Map<string, WeakMap<object, unknown>>();

/** `defaultPod(deepCopy(pod))`, sharing the defaulted copies of frozen spec subtrees; undefined when it cannot. */
export function defaultedPod(pod: Pod): Pod | undefined {
  const spec = pod.spec;
  // hostNetwork makes container ports depend on the spec (hostPort ||= containerPort): the plain path does it.
  if (!spec || spec.hostNetwork) return undefined;
  const out: Fields = {};
  for (const key in pod) {
    const value = (pod as Fields)[key];
    if (value !== undefined) out[key] = key === 'spec' ? defaultedSpec(spec) : sharedCopy(value);
  }
  return out as Pod;
}

/** deepCopy, but a frozen subtree (a template's labels, say) becomes its one shared frozen copy. */
function sharedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Object.isFrozen(value)) return defaultedField(UNDEFAULTED, value);
  if (Array.isArray(value)) return value.map(sharedCopy);
  const out: Fields = {};
  for (const key in value) {
    const child = (value as Fields)[key];
    if (child !== undefined) out[key] = sharedCopy(child);
  }
  return out;
}

function defaultedSpec(spec: PodSpec): PodSpec {
  const out: Fields = {};
  for (const key in spec) {
    const value = (spec as Fields)[key];
    if (value !== undefined) out[key] = defaultedField(key, value);
  }
  defaultPodSpecFields(out as PodSpec);
  out.enableServiceLinks ??= true;
  return out as PodSpec;
}

function defaultedField(key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (!Object.isFrozen(value)) return defaultedCopy(key, value);
  let memo = DEFAULTED.get(key);
  if (!memo) DEFAULTED.set(key, (memo = new WeakMap()));
  let defaulted = memo.get(value);
  if (defaulted === undefined) memo.set(value, (defaulted = deepFreeze(defaultedCopy(key, value))));
  return defaulted;
}

function defaultedCopy(key: string, value: object): unknown {
  const copy = deepCopy(value);
  const defaulter = LIST_DEFAULTERS[key];
  if (defaulter) (defaulter as (items: unknown) => void)(copy);
  return copy;
}
