/** `DescribePodTemplate` (k8s.io/kubectl/pkg/describe/describe.go): the `Pod Template:` block of controllers. */
import { formatLabelSelector } from '../labels';
import { arr, num, obj, path, str } from '../object-fields';
import { annotationsSection, labelsSection, tolerationsSection } from './common-sections';
import { containersSection } from './containers-section';
import { type DescribeWriter } from './describe-writer';
import { volumesSection } from './volumes-section';

export function podTemplateSection(w: DescribeWriter, template: unknown): void {
  w.write(0, 'Pod Template:\n');
  if (template === undefined || template === null) {
    w.write(1, '<unset>');
    return;
  }
  const spec = obj(path(template, 'spec'));
  labelsSection(w, '  Labels', path(template, 'metadata.labels'));
  if (Object.keys(obj(path(template, 'metadata.annotations'))).length > 0) annotationsSection(w, '  Annotations', path(template, 'metadata.annotations'));
  if (str(spec.serviceAccountName)) w.write(1, `Service Account:\t${str(spec.serviceAccountName)}\n`);
  if (arr(spec.initContainers).length > 0) containersSection(w, 'Init Containers', arr(spec.initContainers), undefined, undefined, '  ');
  containersSection(w, 'Containers', arr(spec.containers), undefined, undefined, '  ');
  volumesSection(w, spec.volumes, '  ');
  topologySpreadSection(w, spec.topologySpreadConstraints, '  ');
  if (str(spec.priorityClassName)) w.write(1, `Priority Class Name:\t${str(spec.priorityClassName)}\n`);
  labelsSection(w, '  Node-Selectors', spec.nodeSelector);
  tolerationsSection(w, '  Tolerations', spec.tolerations);
}

/** `describeTopologySpreadConstraints`: sorted by topology key. */
export function topologySpreadSection(w: DescribeWriter, constraints: unknown, space: string): void {
  const list = [...arr(constraints)].sort((a, b) => (str(a.topologyKey) < str(b.topologyKey) ? -1 : str(a.topologyKey) > str(b.topologyKey) ? 1 : 0));
  if (list.length === 0) return;
  w.write(0, `${space}Topology Spread Constraints:\t`);
  list.forEach((c, i) => {
    if (i !== 0) w.write(0, `${space}\t`);
    let text = `${str(c.topologyKey)}:${str(c.whenUnsatisfiable)} when max skew ${num(c.maxSkew)} is exceeded`;
    if (c.labelSelector) text += ` for selector ${formatLabelSelector(c.labelSelector)}`;
    w.write(0, `${text}\n`);
  });
}
