/** `describeReplicationController` (k8s.io/kubectl/pkg/describe/describe.go, v1.32). */
import { type KubeObject } from '../../../api/object';
import { formatLabels } from '../labels';
import { num, obj, path } from '../object-fields';
import { annotationsSection, conditionsTable, labelsSection } from './common-sections';
import { type DescribeContext } from './describe-context';
import { DescribeWriter } from './describe-writer';
import { eventsSection } from './events-section';
import { podsStatusLine } from './pod-counts';
import { podTemplateSection } from './pod-template-section';

export function describeReplicationController(rc: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  const spec = obj(rc.spec);
  w.write(0, `Name:\t${rc.metadata.name ?? ''}\n`);
  w.write(0, `Namespace:\t${rc.metadata.namespace ?? ''}\n`);
  // Unlike the ReplicaSet describer, the selector comes before the labels and has no Controlled By line.
  w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
  labelsSection(w, 'Labels', rc.metadata.labels);
  annotationsSection(w, 'Annotations', rc.metadata.annotations);
  w.write(0, `Replicas:\t${num(path(rc, 'status.replicas'))} current / ${num(spec.replicas)} desired\n`);
  // A ReplicationController's selector is a plain label map: `labels.SelectorFromSet`.
  w.write(0, `Pods Status:\t${podsStatusLine(rc, ctx.list('Pod', rc.metadata.namespace), { matchLabels: spec.selector })}\n`);
  podTemplateSection(w, spec.template);
  conditionsTable(w, path(rc, 'status.conditions'));
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}
