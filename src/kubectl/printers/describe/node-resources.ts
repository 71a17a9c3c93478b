/**
 * The `Non-terminated Pods` and `Allocated resources` tables of `kubectl describe node`
 * (`describeNodeResource`, k8s.io/kubectl/pkg/describe/describe.go; requests via resourcehelper.PodRequestsAndLimits).
 */
import { type KubeObject } from '../../../api/object';
import { since } from '../columns/column-set';
import { arr, obj, path, str } from '../object-fields';
import { type Quantity, ZERO, addQuantities, formatQuantity, milliValue, parseQuantity, unitValue } from '../quantity';
import { type DescribeWriter } from './describe-writer';

type Totals = Map<string, Quantity>;

export function nodeResourceSection(w: DescribeWriter, node: KubeObject, pods: readonly KubeObject[], now: number): void {
  const allocatable = Object.keys(obj(path(node, 'status.allocatable'))).length > 0 ? obj(path(node, 'status.allocatable')) : obj(path(node, 'status.capacity'));
  const alloc = (name: string) => parseQuantity(str(allocatable[name])) ?? ZERO;
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const reqs: Totals = new Map();
  const limits: Totals = new Map();
  for (const pod of pods) {
    const [req, lim] = [podTotals(pod, 'requests'), podTotals(pod, 'limits')];
    const cell = (t: Totals, name: string, milli: boolean) => {
      const q = t.get(name) ?? ZERO;
      return `${formatQuantity(q)} (${percent(q, alloc(name), milli)}%)`;
    };
    w.write(1, `${str(pod.metadata.namespace)}\t${str(pod.metadata.name)}\t\t${cell(req, 'cpu', true)}\t${cell(lim, 'cpu', true)}\t${cell(req, 'memory', false)}\t${cell(lim, 'memory', false)}\t${since(pod.metadata.creationTimestamp, now)}\n`);
    mergeInto(reqs, req);
    mergeInto(limits, lim);
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  for (const [name, milli] of [['cpu', true], ['memory', false], ['ephemeral-storage', false]] as const) {
    const [r, l] = [reqs.get(name) ?? ZERO, limits.get(name) ?? ZERO];
    w.write(1, `${name}\t${formatQuantity(r)} (${percent(r, alloc(name), milli)}%)\t${formatQuantity(l)} (${percent(l, alloc(name), milli)}%)\n`);
  }
  for (const name of Object.keys(allocatable).filter((n) => n.startsWith('hugepages-')).sort()) {
    const [r, l] = [reqs.get(name) ?? ZERO, limits.get(name) ?? ZERO];
    w.write(1, `${name}\t${formatQuantity(r)} (${percent(r, alloc(name), false)}%)\t${formatQuantity(l)} (${percent(l, alloc(name), false)}%)\n`);
  }
}

/** int64(float64(used)/float64(allocatable)*100), 0 when nothing is allocatable. */
function percent(used: Quantity, allocatable: Quantity, milli: boolean): number {
  const [u, a] = milli ? [milliValue(used), milliValue(allocatable)] : [unitValue(used), unitValue(allocatable)];
  return a === 0 ? 0 : Math.trunc((u / a) * 100);
}

/**
 * `PodRequestsAndLimits`: the sum over containers and sidecars, raised to any regular init container's
 * value (plus the sidecars started before it), plus the pod overhead.
 */
function podTotals(pod: KubeObject, field: 'requests' | 'limits'): Totals {
  const of = (c: Record<string, unknown>): Totals => {
    const t: Totals = new Map();
    for (const [name, raw] of Object.entries(obj(path(c, `resources.${field}`)))) {
      const q = parseQuantity(str(raw));
      if (q) t.set(name, q);
    }
    return t;
  };
  const total: Totals = new Map();
  for (const c of arr(path(pod, 'spec.containers'))) mergeInto(total, of(c));
  const sidecars: Totals = new Map();
  for (const c of arr(path(pod, 'spec.initContainers'))) {
    if (str(c.restartPolicy) === 'Always') {
      mergeInto(total, of(c));
      mergeInto(sidecars, of(c));
      continue;
    }
    const init = of(c);
    mergeInto(init, sidecars);
    for (const [name, q] of init) if (!total.has(name) || q.nanos > total.get(name)!.nanos) total.set(name, q);
  }
  const overhead: Totals = new Map();
  for (const [name, raw] of Object.entries(obj(path(pod, 'spec.overhead')))) {
    const q = parseQuantity(str(raw));
    if (q) overhead.set(name, q);
  }
  if (field === 'requests' || [...total.keys()].length > 0) mergeInto(total, overhead);
  return total;
}

function mergeInto(into: Totals, from: Totals): void {
  for (const [name, q] of from) into.set(name, into.has(name) ? addQuantities(into.get(name)!, q) : q);
}
