/**
 * The scheduler's resource arithmetic (`pkg/scheduler/framework/types.go` Resource and
 * `k8s.io/component-helpers/resource/helpers.go` PodRequests): quantities become integers once, when a
 * pod or node enters the cache, so filtering and scoring never parse strings.
 */
import type { Container, Pod } from '../api/schemas';
import { BoundedMemo } from '../api/bounded-memo';
import { quantityMilliValue } from '../api/validation/quantity';

export interface Resource {
  milliCPU: number;
  /** Bytes. */
  memory: number;
  ephemeralStorage: number;
  /** Extended resources and hugepages (IsScalarResourceName), by name. */
  scalar: Record<string, number>;
}

/** `schedutil.DefaultMilliCPURequest` / `DefaultMemoryRequest`: what a container without requests counts as when scoring. */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

export function emptyResource(): Resource {
  return { milliCPU: 0, memory: 0, ephemeralStorage: 0, scalar: {} };
}

/** Quantity.Value(): rounded up to a whole unit, as Go does. */
export function quantityValue(q: string | number): number {
  const milli = milliValue(q);
  return Number(milli / 1000n) + (milli % 1000n > 0n ? 1 : 0);
}

/**
 * Quantity.MilliValue() per distinct quantity text: every replica of a workload asks for the same few
 * (`10m`, `32Mi`), and parsing one is a regular expression and BigInt arithmetic. Bounded: cleared when full.
 */
const milliValues = new BoundedMemo<string | number, bigint>(4096);

function milliValue(q: string | number): bigint {
  return milliValues.getOrCompute(q, quantityMilliValue);
}

export function isScalarResourceName(name: string): boolean {
  if (name.startsWith('hugepages-')) return true;
  if (name.startsWith('attachable-volumes-')) return true;
  // Extended resources: a domain-qualified name outside the kubernetes.io namespace (`nvidia.com/gpu`).
  return name.includes('/') && !name.startsWith('kubernetes.io/') && !name.includes('.kubernetes.io/');
}

/** A ResourceList (`{cpu: 500m, memory: 1Gi}`) as a Resource. */
export function toResource(list: Readonly<Record<string, string | number>> | undefined): Resource {
  const r = emptyResource();
  for (const [name, q] of Object.entries(list ?? {})) addQuantity(r, name, q);
  return r;
}

function addQuantity(r: Resource, name: string, q: string | number): void {
  if (name === 'cpu') r.milliCPU += Number(milliValue(q));
  else if (name === 'memory') r.memory += quantityValue(q);
  else if (name === 'ephemeral-storage') r.ephemeralStorage += quantityValue(q);
  else if (isScalarResourceName(name)) r.scalar[name] = (r.scalar[name] ?? 0) + quantityValue(q);
}

export function addResource(into: Resource, r: Resource, sign = 1): void {
  into.milliCPU += sign * r.milliCPU;
  into.memory += sign * r.memory;
  into.ephemeralStorage += sign * r.ephemeralStorage;
  // for-in, not Object.entries: this runs on every pod the cache counts, and almost every `scalar` is empty.
  for (const name in r.scalar) into.scalar[name] = (into.scalar[name] ?? 0) + sign * r.scalar[name]!;
}

function maxInto(into: Resource, r: Resource): void {
  into.milliCPU = Math.max(into.milliCPU, r.milliCPU);
  into.memory = Math.max(into.memory, r.memory);
  into.ephemeralStorage = Math.max(into.ephemeralStorage, r.ephemeralStorage);
  for (const [name, v] of Object.entries(r.scalar)) into.scalar[name] = Math.max(into.scalar[name] ?? 0, v);
}

function copyOf(r: Resource): Resource {
  return { ...r, scalar: { ...r.scalar } };
}

interface PodResourceRequests {
  readonly requests: Resource;
  readonly nonZeroRequests: Resource;
  readonly initContainers: unknown;
  readonly overhead: unknown;
}

/**
 * Both request sums, remembered per containers list: binding copies the spec but keeps its containers, so a
 * pod's quantities are parsed once for its scheduling attempt and once more never.
 */
const memo = new WeakMap<object, PodResourceRequests>();

export function podResourceRequests(pod: Pod): { requests: Resource; nonZeroRequests: Resource } {
  const containers = pod.spec?.containers;
  if (!containers) return { requests: podRequests(pod), nonZeroRequests: podRequests(pod, true) };
  if (containers.length === 1 && pod.spec!.initContainers === undefined && pod.spec!.overhead === undefined) {
    const shared = singleContainerRequests(containers[0]!);
    if (shared !== undefined) return shared;
  }
  const cached = memo.get(containers);
  if (cached && cached.initContainers === pod.spec?.initContainers && cached.overhead === pod.spec?.overhead) return cached;
  const fresh = { requests: podRequests(pod), nonZeroRequests: podRequests(pod, true), initContainers: pod.spec?.initContainers, overhead: pod.spec?.overhead };
  memo.set(containers, fresh);
  return fresh;
}

/**
 * PodRequests (AggregateContainerRequests + overhead). Regular containers add up; a sidecar (init container
 * with restartPolicy Always) adds to them and to every later init container; the pod needs the larger of
 * that sum and its heaviest init step. Worked example: sidecar 100m, init 500m, app 200m →
 * max(100m + 200m, 100m + 500m) = 600m.
 */
export function podRequests(pod: Pod, nonZero = false): Resource {
  const spec = pod.spec;
  const requestsOf = (c: Container) => containerRequests(c, nonZero);
  const total = emptyResource();
  for (const c of spec?.containers ?? []) addResource(total, requestsOf(c));
  const sidecars = emptyResource();
  const initMax = emptyResource();
  for (const c of spec?.initContainers ?? []) {
    const own = requestsOf(c);
    if (c.restartPolicy === 'Always') {
      addResource(total, own);
      addResource(sidecars, own);
      maxInto(initMax, sidecars);
    } else {
      const step = copyOf(own);
      addResource(step, sidecars);
      maxInto(initMax, step);
    }
  }
  maxInto(total, initMax);
  if (spec?.overhead) addResource(total, toResource(spec.overhead));
  return total;
}

/**
 * Per frozen ResourceList, both readings of it. Replicas share their template's `requests` object while their
 * containers lists differ (each names its own token volume), so this is where one template's pods meet.
 */
const requestsMemo = new WeakMap<object, ContainerRequests>();

interface ContainerRequests {
  readonly requests: Resource;
  readonly nonZeroRequests: Resource;
  /** Both are what PodRequests sums for a pod of this one container alone (no negative amount for its max to raise). */
  readonly wholePod: boolean;
}

/**
 * PodRequests of a pod with one container, no init containers and no overhead: that container's requests (the
 * sum of one, and the max with no init step changes no amount ≥ 0). The memo's own pair, shared by every replica:
 * building and memoizing two sums per pod was ≈ 1.5 KB allocated and ≈ 200 B kept per pod. Callers never mutate it.
 */
function singleContainerRequests(c: Container): ContainerRequests | undefined {
  const both = memoizedRequests(c.resources?.requests);
  return both?.wholePod ? both : undefined;
}

/** With `nonZero`, a missing cpu or memory request counts as the scheduler's default (GetNonzeroRequests). Callers never mutate the result. */
function containerRequests(c: Container, nonZero: boolean): Resource {
  const requests = c.resources?.requests;
  const both = memoizedRequests(requests);
  if (both === undefined) return readRequests(requests, nonZero);
  return nonZero ? both.nonZeroRequests : both.requests;
}

/** A container without requests: zero, and the scheduler's defaults when non-zero (one pair for all such pods). */
const NO_REQUESTS: ContainerRequests = Object.freeze({ requests: readRequests(undefined, false), nonZeroRequests: readRequests(undefined, true), wholePod: true });

function memoizedRequests(requests: Readonly<Record<string, string | number>> | undefined): ContainerRequests | undefined {
  if (requests === undefined) return NO_REQUESTS;
  if (!Object.isFrozen(requests)) return undefined;
  let both = requestsMemo.get(requests);
  if (both === undefined) {
    const plain = readRequests(requests, false);
    const nonZero = readRequests(requests, true);
    requestsMemo.set(requests, (both = { requests: plain, nonZeroRequests: nonZero, wholePod: noNegativeAmount(plain) && noNegativeAmount(nonZero) }));
  }
  return both;
}

function noNegativeAmount(r: Resource): boolean {
  if (!(r.milliCPU >= 0 && r.memory >= 0 && r.ephemeralStorage >= 0)) return false;
  for (const name in r.scalar) if (!(r.scalar[name]! >= 0)) return false;
  return true;
}

function readRequests(requests: Readonly<Record<string, string | number>> | undefined, nonZero: boolean): Resource {
  const r = toResource(requests);
  if (nonZero && requests?.cpu === undefined) r.milliCPU = DEFAULT_MILLI_CPU_REQUEST;
  if (nonZero && requests?.memory === undefined) r.memory = DEFAULT_MEMORY_REQUEST;
  return r;
}
