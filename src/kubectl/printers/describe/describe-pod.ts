/** `describePod` (k8s.io/kubectl/pkg/describe/describe.go, v1.32). */
import { type KubeObject } from '../../../api/object';
import { since } from '../columns/column-set';
import { arr, num, obj, path, str } from '../object-fields';
import { annotationsSection, controllerOf, labelsSection, rfc1123z, tolerationsSection } from './common-sections';
import { containersSection, resourcesSection } from './containers-section';
import { DescribeWriter } from './describe-writer';
import { eventsSection } from './events-section';
import { topologySpreadSection } from './pod-template-section';
import { podQosClass } from './pod-qos';
import { volumesSection } from './volumes-section';

export function describePod(pod: KubeObject, events: readonly KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  const spec = obj(pod.spec);
  const status = obj(pod.status);
  header(w, pod, spec, status, now);
  if (arr(spec.initContainers).length > 0) containersSection(w, 'Init Containers', arr(spec.initContainers), arr(status.initContainerStatuses), pod, '');
  containersSection(w, 'Containers', arr(spec.containers), arr(status.containerStatuses), pod, '');
  if (arr(spec.ephemeralContainers).length > 0) {
    containersSection(w, 'Ephemeral Containers', arr(spec.ephemeralContainers), arr(status.ephemeralContainerStatuses), pod, '');
  }
  gatesAndConditions(w, spec, status);
  volumesSection(w, spec.volumes, '');
  w.write(0, `QoS Class:\t${podQosClass(pod)}\n`);
  labelsSection(w, 'Node-Selectors', spec.nodeSelector);
  tolerationsSection(w, 'Tolerations', spec.tolerations);
  topologySpreadSection(w, spec.topologySpreadConstraints, '');
  eventsSection(w, events, now);
  return w.toString();
}

function header(w: DescribeWriter, pod: KubeObject, spec: Record<string, unknown>, status: Record<string, unknown>, now: number): void {
  w.write(0, `Name:\t${str(pod.metadata.name)}\n`);
  w.write(0, `Namespace:\t${str(pod.metadata.namespace)}\n`);
  if (spec.priority !== undefined && spec.priority !== null) w.write(0, `Priority:\t${num(spec.priority)}\n`);
  if (str(spec.priorityClassName)) w.write(0, `Priority Class Name:\t${str(spec.priorityClassName)}\n`);
  if (str(spec.runtimeClassName)) w.write(0, `Runtime Class Name:\t${str(spec.runtimeClassName)}\n`);
  if (str(spec.serviceAccountName)) w.write(0, `Service Account:\t${str(spec.serviceAccountName)}\n`);
  w.write(0, str(spec.nodeName) ? `Node:\t${str(spec.nodeName)}/${str(status.hostIP)}\n` : 'Node:\t<none>\n');
  if (status.startTime) w.write(0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
  labelsSection(w, 'Labels', pod.metadata.labels);
  annotationsSection(w, 'Annotations', pod.metadata.annotations);
  const phase = str(status.phase);
  if (pod.metadata.deletionTimestamp && phase !== 'Failed' && phase !== 'Succeeded') {
    w.write(0, `Status:\tTerminating (lasts ${since(pod.metadata.deletionTimestamp, now)})\n`);
    w.write(0, `Termination Grace Period:\t${num(pod.metadata.deletionGracePeriodSeconds)}s\n`);
  } else {
    w.write(0, `Status:\t${phase}\n`);
  }
  if (str(status.reason)) w.write(0, `Reason:\t${str(status.reason)}\n`);
  if (str(status.message)) w.write(0, `Message:\t${str(status.message)}\n`);
  const seccomp = obj(path(spec, 'securityContext.seccompProfile'));
  if (path(spec, 'securityContext.seccompProfile')) {
    w.write(0, `SeccompProfile:\t${str(seccomp.type)}\n`);
    if (str(seccomp.type) === 'Localhost') w.write(0, `LocalhostProfile:\t${str(seccomp.localhostProfile)}\n`);
  }
  w.write(0, `IP:\t${str(status.podIP)}\n`);
  const ips = arr(status.podIPs);
  if (ips.length === 0) w.write(0, 'IPs:\t<none>\n');
  else {
    w.write(0, 'IPs:\n');
    for (const ip of ips) w.write(1, `IP:\t${str(ip.ip)}\n`);
  }
  const controlledBy = controllerOf(pod);
  if (controlledBy) w.write(0, `Controlled By:\t${controlledBy}\n`);
  if (str(status.nominatedNodeName)) w.write(0, `NominatedNodeName:\t${str(status.nominatedNodeName)}\n`);
  if (spec.resources) {
    w.write(0, 'Resources:\n');
    resourcesSection(w, spec.resources, 1);
  }
}

function gatesAndConditions(w: DescribeWriter, spec: Record<string, unknown>, status: Record<string, unknown>): void {
  const conditions = arr(status.conditions);
  const gates = arr(spec.readinessGates);
  if (gates.length > 0) {
    w.write(0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const g of gates) {
      const c = conditions.find((cond) => str(cond.type) === str(g.conditionType));
      w.write(1, `${str(g.conditionType)} \t${c ? str(c.status) : '<none>'} \n`);
    }
  }
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of conditions) w.write(1, `${str(c.type)} \t${str(c.status)} \n`);
  }
}
