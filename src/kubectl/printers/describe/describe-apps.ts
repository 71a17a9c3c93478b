/** `describeDaemonSet` and `describeStatefulSet` (k8s.io/kubectl/pkg/describe/describe.go, v1.32). */
import { type KubeObject } from '../../../api/object';
import { storageClassOf } from '../columns/storage-columns';
import { formatLabels, labelSelectorString } from '../labels';
import { arr, num, obj, path, str, strs } from '../object-fields';
import { canonicalQuantity } from '../quantity';
import { annotationsSection, labelsSection, rfc1123z } from './common-sections';
import { type DescribeContext } from './describe-context';
import { DescribeWriter } from './describe-writer';
import { eventsSection } from './events-section';
import { podsStatusLine } from './pod-counts';
import { podTemplateSection } from './pod-template-section';

export function describeDaemonSet(ds: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  const spec = obj(ds.spec);
  const status = obj(ds.status);
  w.write(0, `Name:\t${str(ds.metadata.name)}\n`);
  w.write(0, `Selector:\t${labelSelectorString(spec.selector)}\n`);
  w.write(0, `Node-Selector:\t${formatLabels(path(spec, 'template.spec.nodeSelector'))}\n`);
  labelsSection(w, 'Labels', ds.metadata.labels);
  annotationsSection(w, 'Annotations', ds.metadata.annotations);
  w.write(0, `Desired Number of Nodes Scheduled: ${num(status.desiredNumberScheduled)}\n`);
  w.write(0, `Current Number of Nodes Scheduled: ${num(status.currentNumberScheduled)}\n`);
  w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${num(status.updatedNumberScheduled)}\n`);
  w.write(0, `Number of Nodes Scheduled with Available Pods: ${num(status.numberAvailable)}\n`);
  w.write(0, `Number of Nodes Misscheduled: ${num(status.numberMisscheduled)}\n`);
  w.write(0, `Pods Status:\t${podsStatusLine(ds, ctx.list('Pod', ds.metadata.namespace), spec.selector)}\n`);
  podTemplateSection(w, spec.template);
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}

export function describeStatefulSet(sts: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  const spec = obj(sts.spec);
  w.write(0, `Name:\t${str(sts.metadata.name)}\n`);
  w.write(0, `Namespace:\t${str(sts.metadata.namespace)}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(sts.metadata.creationTimestamp)}\n`);
  w.write(0, `Selector:\t${labelSelectorString(spec.selector)}\n`);
  labelsSection(w, 'Labels', sts.metadata.labels);
  annotationsSection(w, 'Annotations', sts.metadata.annotations);
  w.write(0, `Replicas:\t${num(spec.replicas)} desired | ${num(path(sts, 'status.replicas'))} total\n`);
  w.write(0, `Update Strategy:\t${str(path(spec, 'updateStrategy.type'))}\n`);
  const rolling = obj(path(spec, 'updateStrategy.rollingUpdate'));
  if (rolling.partition !== undefined && rolling.partition !== null) {
    w.write(1, `Partition:\t${num(rolling.partition)}\n`);
    if (rolling.maxUnavailable !== undefined && rolling.maxUnavailable !== null) w.write(1, `MaxUnavailable:\t${str(rolling.maxUnavailable)}\n`);
  }
  w.write(0, `Pods Status:\t${podsStatusLine(sts, ctx.list('Pod', sts.metadata.namespace), spec.selector)}\n`);
  podTemplateSection(w, spec.template);
  volumeClaimTemplates(w, arr(spec.volumeClaimTemplates));
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}

function volumeClaimTemplates(w: DescribeWriter, templates: Record<string, unknown>[]): void {
  if (templates.length === 0) {
    w.write(0, 'Volume Claims:\t<none>\n');
    return;
  }
  w.write(0, 'Volume Claims:\n');
  for (const pvc of templates) {
    w.write(1, `Name:\t${str(path(pvc, 'metadata.name'))}\n`);
    w.write(1, `StorageClass:\t${storageClassOf(pvc)}\n`);
    labelsSection(w, 'Labels', path(pvc, 'metadata.labels'), '  ');
    labelsSection(w, 'Annotations', path(pvc, 'metadata.annotations'), '  ');
    const capacity = path(pvc, 'spec.resources.requests.storage');
    w.write(1, `Capacity:\t${capacity === undefined ? '<default>' : canonicalQuantity(str(capacity))}\n`);
    w.write(1, `Access Modes:\t[${strs(path(pvc, 'spec.accessModes')).join(' ')}]\n`);
  }
}
