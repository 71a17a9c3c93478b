/** `layoutContainerCells` (printers.go): container names and images, comma-joined, for wide columns. */
import { arr, path, str } from '../object-fields';

export function containerCells(podSpec: unknown): [string, string] {
  const containers = arr(path(podSpec, 'containers'));
  return [containers.map((c) => str(c.name)).join(','), containers.map((c) => str(c.image)).join(',')];
}
