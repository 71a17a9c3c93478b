/**
 * `getPodStatusForController`: phases of the pods a controller owns (selector match and controllerRef UID),
 * printed as `Pods Status:  1 Running / 0 Waiting / 0 Succeeded / 0 Failed`.
 */
import { type KubeObject } from '../../../api/object';
import { arr, path, record, str } from '../object-fields';
import { labelSelectorMatches } from './selector-match';

export function podsStatusLine(controller: KubeObject, pods: readonly KubeObject[], selector: unknown): string {
  const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  for (const pod of pods) {
    if (!labelSelectorMatches(selector, record(pod.metadata.labels))) continue;
    const ref = arr(pod.metadata.ownerReferences).find((r) => r.controller === true);
    if (!ref || str(ref.uid) !== str(controller.metadata.uid)) continue;
    const phase = str(path(pod, 'status.phase')) as keyof typeof counts;
    if (phase in counts) counts[phase]++;
  }
  return `${counts.Running} Running / ${counts.Pending} Waiting / ${counts.Succeeded} Succeeded / ${counts.Failed} Failed`;
}
