/**
 * `describePersistentVolume`, `describePersistentVolumeClaim` and `describeStorageClass`
 * (k8s.io/kubectl/pkg/describe/describe.go, v1.32).
 */
import { type KubeObject } from '../../../api/object';
import { since } from '../columns/column-set';
import { accessModes, isDefaultClass, storageClassOf } from '../columns/storage-columns';
import { formatLabels } from '../labels';
import { arr, obj, path, str, strs } from '../object-fields';
import { canonicalQuantity } from '../quantity';
import { annotationsSection, goList, labelsSection, rfc1123z } from './common-sections';
import { type DescribeContext } from './describe-context';
import { DescribeWriter } from './describe-writer';
import { eventsSection } from './events-section';
import { volumeSource } from './volumes-section';

export function describePersistentVolume(pv: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  const spec = obj(pv.spec);
  w.write(0, `Name:\t${str(pv.metadata.name)}\n`);
  labelsSection(w, 'Labels', pv.metadata.labels);
  annotationsSection(w, 'Annotations', pv.metadata.annotations);
  w.write(0, `Finalizers:\t${goList(strs(pv.metadata.finalizers))}\n`);
  w.write(0, `StorageClass:\t${storageClassOf(pv)}\n`);
  w.write(0, pv.metadata.deletionTimestamp ? `Status:\tTerminating (lasts ${since(pv.metadata.deletionTimestamp, ctx.now)})\n` : `Status:\t${str(path(pv, 'status.phase'))}\n`);
  const claim = obj(spec.claimRef);
  w.write(0, `Claim:\t${spec.claimRef ? `${str(claim.namespace)}/${str(claim.name)}` : ''}\n`);
  w.write(0, `Reclaim Policy:\t${str(spec.persistentVolumeReclaimPolicy)}\n`);
  w.write(0, `Access Modes:\t${accessModes(spec.accessModes)}\n`);
  if (spec.volumeMode) w.write(0, `VolumeMode:\t${str(spec.volumeMode)}\n`);
  w.write(0, `Capacity:\t${canonicalQuantity(str(path(spec, 'capacity.storage')) || '0')}\n`);
  nodeAffinity(w, spec.nodeAffinity);
  w.write(0, `Message:\t${str(path(pv, 'status.message'))}\n`);
  w.write(0, 'Source:\n');
  volumeSource(w, spec);
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}

function nodeAffinity(w: DescribeWriter, affinity: unknown): void {
  w.write(0, 'Node Affinity:\t');
  const required = path(affinity, 'required');
  if (!required) return w.line('<none>');
  w.line('');
  w.write(1, 'Required Terms:\t');
  const terms = arr(obj(required).nodeSelectorTerms);
  if (terms.length === 0) return w.line('<none>');
  w.line('');
  terms.forEach((term, i) => {
    w.write(2, `Term ${i}:\t`);
    const exprs = arr(term.matchExpressions);
    if (exprs.length === 0) return w.line('<none>');
    exprs.forEach((e, j) => {
      if (j !== 0) w.write(2, '\t');
      const values = strs(e.values);
      w.write(0, `${str(e.key)} ${str(e.operator).toLowerCase()}${values.length > 0 ? ` [${values.join(', ')}]` : ''}\n`);
    });
  });
}

export function describePersistentVolumeClaim(pvc: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  const spec = obj(pvc.spec);
  w.write(0, `Name:\t${str(pvc.metadata.name)}\n`);
  w.write(0, `Namespace:\t${str(pvc.metadata.namespace)}\n`);
  w.write(0, `StorageClass:\t${storageClassOf(pvc)}\n`);
  w.write(0, pvc.metadata.deletionTimestamp ? `Status:\tTerminating (lasts ${since(pvc.metadata.deletionTimestamp, ctx.now)})\n` : `Status:\t${str(path(pvc, 'status.phase'))}\n`);
  w.write(0, `Volume:\t${str(spec.volumeName)}\n`);
  labelsSection(w, 'Labels', pvc.metadata.labels);
  annotationsSection(w, 'Annotations', pvc.metadata.annotations);
  w.write(0, `Finalizers:\t${goList(strs(pvc.metadata.finalizers))}\n`);
  const bound = str(spec.volumeName) !== '';
  w.write(0, `Capacity:\t${bound ? canonicalQuantity(str(path(pvc, 'status.capacity.storage')) || '0') : ''}\n`);
  w.write(0, `Access Modes:\t${bound ? accessModes(path(pvc, 'status.accessModes')) : ''}\n`);
  if (spec.volumeMode) w.write(0, `VolumeMode:\t${str(spec.volumeMode)}\n`);
  if (spec.dataSource) {
    const ds = obj(spec.dataSource);
    w.write(0, 'DataSource:\n');
    if (ds.apiGroup !== undefined && ds.apiGroup !== null) w.write(1, `APIGroup:\t${str(ds.apiGroup)}\n`);
    w.write(1, `Kind:\t${str(ds.kind)}\n`);
    w.write(1, `Name:\t${str(ds.name)}\n`);
  }
  usedBy(w, pvc, ctx);
  claimConditions(w, arr(path(pvc, 'status.conditions')));
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}

/** `getPodsForPVC`: pods mounting the claim, plus pods owning it (generic ephemeral volumes), by name. */
function usedBy(w: DescribeWriter, pvc: KubeObject, ctx: DescribeContext): void {
  const pods = ctx.list('Pod', pvc.metadata.namespace);
  const users = pods.filter((p) => arr(path(p, 'spec.volumes')).some((v) => str(path(v, 'persistentVolumeClaim.claimName')) === pvc.metadata.name));
  for (const ref of arr(pvc.metadata.ownerReferences)) {
    const owner = str(ref.kind) === 'Pod' ? pods.find((p) => p.metadata.uid === str(ref.uid)) : undefined;
    if (owner && !users.includes(owner)) users.push(owner);
  }
  w.write(0, 'Used By:\t');
  const names = users.map((p) => str(p.metadata.name)).sort();
  if (names.length === 0) return w.line('<none>');
  names.forEach((name, i) => w.write(0, i === 0 ? `${name}\n` : `\t${name}\n`));
}

function claimConditions(w: DescribeWriter, conditions: Record<string, unknown>[]): void {
  if (conditions.length === 0) return;
  w.write(0, 'Conditions:\n');
  w.write(1, 'Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n');
  w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
  for (const c of conditions) {
    w.write(1, `${str(c.type)} \t${str(c.status)} \t${rfc1123z(c.lastProbeTime)} \t${rfc1123z(c.lastTransitionTime)} \t${str(c.reason)} \t${str(c.message)}\n`);
  }
}

export function describeStorageClass(sc: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  const o = obj(sc);
  w.write(0, `Name:\t${str(sc.metadata.name)}\n`);
  w.write(0, `IsDefaultClass:\t${isDefaultClass(sc) ? 'Yes' : 'No'}\n`);
  w.write(0, `Annotations:\t${formatLabels(sc.metadata.annotations)}\n`);
  w.write(0, `Provisioner:\t${str(o.provisioner)}\n`);
  w.write(0, `Parameters:\t${formatLabels(o.parameters)}\n`);
  w.write(0, `AllowVolumeExpansion:\t${o.allowVolumeExpansion === true ? 'True' : o.allowVolumeExpansion === false ? 'False' : '<unset>'}\n`);
  const options = strs(o.mountOptions);
  if (options.length === 0) w.write(0, 'MountOptions:\t<none>\n');
  else {
    w.write(0, 'MountOptions:\n');
    for (const option of options) w.write(1, `${option}\n`);
  }
  if (o.reclaimPolicy) w.write(0, `ReclaimPolicy:\t${str(o.reclaimPolicy)}\n`);
  if (o.volumeBindingMode) w.write(0, `VolumeBindingMode:\t${str(o.volumeBindingMode)}\n`);
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}
