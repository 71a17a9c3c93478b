/**
 * `qos.GetPodQOS` (k8s.io/kubectl/pkg/util/qos/qos.go): status.qosClass when set, else computed from the
 * containers' CPU and memory requests and limits.
 */
import { arr, obj, path, str } from '../object-fields';
import { type Quantity, addQuantities, parseQuantity } from '../quantity';

export function podQosClass(pod: unknown): string {
  const recorded = str(path(pod, 'status.qosClass'));
  return recorded || computeQos(pod);
}

function computeQos(pod: unknown): string {
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let guaranteed = true;
  const podResources = path(pod, 'spec.resources');
  const sources = podResources
    ? [obj(podResources)]
    : [...arr(path(pod, 'spec.containers')), ...arr(path(pod, 'spec.initContainers'))].map((c) => obj(c.resources));
  for (const resources of sources) {
    accumulate(requests, resources.requests);
    accumulate(limits, resources.limits);
    const limited = positiveNames(resources.limits);
    if ((!podResources || resources.limits) && !(limited.has('cpu') && limited.has('memory'))) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, request] of requests) if (limits.get(name)?.nanos !== request.nanos) guaranteed = false;
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

function accumulate(into: Map<string, Quantity>, list: unknown): void {
  for (const [name, raw] of Object.entries(obj(list))) {
    const q = parseQuantity(str(raw));
    if ((name !== 'cpu' && name !== 'memory') || !q || q.nanos <= 0n) continue;
    into.set(name, into.has(name) ? addQuantities(into.get(name)!, q) : q);
  }
}

function positiveNames(list: unknown): Set<string> {
  return new Set(Object.entries(obj(list)).filter(([, raw]) => (parseQuantity(str(raw))?.nanos ?? 0n) > 0n).map(([n]) => n));
}
