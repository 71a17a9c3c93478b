/**
 * Tables of the apps/v1 kinds: `printReplicaSet`, `printDeployment`, `printDaemonSet`, `printStatefulSet`,
 * `printControllerRevision` (kubernetes pkg/printers/internalversion/printers.go, v1.32).
 */
import { formatLabelSelector, formatLabels, labelSelectorString } from '../labels';
import { num, obj, path, str } from '../object-fields';
import { AGE, NAME, age, nameOf, wide, type ColumnSet } from './column-set';
import { containerCells } from './containers';

export const REPLICASET_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Desired' }, { name: 'Current' }, { name: 'Ready' }, AGE, wide('Containers'), wide('Images'), wide('Selector')],
  row(rs, now) {
    const [names, images] = containerCells(path(rs, 'spec.template.spec'));
    const status = obj(obj(rs).status);
    return [nameOf(rs), num(path(rs, 'spec.replicas')), num(status.replicas), num(status.readyReplicas), age(rs, now), names, images, formatLabelSelector(path(rs, 'spec.selector'))];
  },
};

export const DEPLOYMENT_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Ready' }, { name: 'Up-to-date' }, { name: 'Available' }, AGE, wide('Containers'), wide('Images'), wide('Selector')],
  row(d, now) {
    const [names, images] = containerCells(path(d, 'spec.template.spec'));
    const status = obj(obj(d).status);
    const ready = `${num(status.readyReplicas)}/${num(path(d, 'spec.replicas'))}`;
    return [nameOf(d), ready, num(status.updatedReplicas), num(status.availableReplicas), age(d, now), names, images, labelSelectorString(path(d, 'spec.selector'))];
  },
};

export const DAEMONSET_COLUMNS: ColumnSet = {
  columns: [
    NAME, { name: 'Desired' }, { name: 'Current' }, { name: 'Ready' }, { name: 'Up-to-date' }, { name: 'Available' }, { name: 'Node Selector' }, AGE,
    wide('Containers'), wide('Images'), wide('Selector'),
  ],
  row(ds, now) {
    const [names, images] = containerCells(path(ds, 'spec.template.spec'));
    const s = obj(obj(ds).status);
    return [
      nameOf(ds), num(s.desiredNumberScheduled), num(s.currentNumberScheduled), num(s.numberReady), num(s.updatedNumberScheduled), num(s.numberAvailable),
      formatLabels(path(ds, 'spec.template.spec.nodeSelector')), age(ds, now), names, images, formatLabelSelector(path(ds, 'spec.selector')),
    ];
  },
};

export const STATEFULSET_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Ready' }, AGE, wide('Containers'), wide('Images')],
  row(sts, now) {
    const [names, images] = containerCells(path(sts, 'spec.template.spec'));
    return [nameOf(sts), `${num(path(sts, 'status.readyReplicas'))}/${num(path(sts, 'spec.replicas'))}`, age(sts, now), names, images];
  },
};

export const CONTROLLERREVISION_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Controller' }, { name: 'Revision' }, AGE],
  row(cr, now) {
    const owner = ((path(cr, 'metadata.ownerReferences') as unknown[] | undefined) ?? []).map(obj).find((r) => r.controller === true);
    const controller = owner ? `${groupKind(str(owner.apiVersion), str(owner.kind)).toLowerCase()}/${str(owner.name)}` : '<none>';
    return [nameOf(cr), controller, num(obj(cr).revision), age(cr, now)];
  },
};

/** `schema.GroupKind.String()`: `StatefulSet.apps`, or just `Kind` for the core group. */
export function groupKind(apiVersion: string, kind: string): string {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
  return group ? `${kind}.${group}` : kind;
}
