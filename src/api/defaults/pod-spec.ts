/**
 * Defaults of a PodSpec wherever it appears (a Pod or any workload's template), as the generated
 * defaulters of pkg/apis/core/v1 (zz_generated.defaults.go) apply them: SetDefaults_PodSpec, _Container,
 * _Probe, _HTTPGetAction, _Volume and the volume sources, _ObjectFieldSelector, and the declarative
 * `+default` markers of k8s.io/api/core/v1/types.go (ContainerPort.protocol TCP, GRPCAction.service "").
 * All functions mutate the copy that applyDefaults made.
 */
import type { Container, PodSpec, PodTemplateSpec, Probe, Volume } from '../schemas';
import { defaultImagePullPolicy } from './image-pull-policy';
import { defaultVolumeSource } from './volume-source';

export function defaultPodSpec(spec: PodSpec): void {
  defaultPodSpecFields(spec);
  for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) defaultContainer(container);
  for (const container of spec.ephemeralContainers ?? []) defaultContainer(container);
  for (const volume of spec.volumes ?? []) defaultVolume(volume);
}

/** SetDefaults_PodSpec's own fields, without the containers and volumes below it. */
export function defaultPodSpecFields(spec: PodSpec): void {
  spec.dnsPolicy ||= 'ClusterFirst';
  spec.restartPolicy ||= 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= 'default-scheduler';
}

/** A template also carries the zero metav1.Time, which Go encodes as `creationTimestamp: null`. */
export function defaultPodTemplateSpec(template: PodTemplateSpec): void {
  template.metadata ??= {};
  if (!('creationTimestamp' in template.metadata)) (template.metadata as Record<string, unknown>).creationTimestamp = null;
  template.spec ??= {};
  defaultPodSpec(template.spec);
}

export function defaultContainer(container: Container): void {
  container.imagePullPolicy ||= defaultImagePullPolicy(container.image ?? '');
  container.terminationMessagePath ||= '/dev/termination-log';
  container.terminationMessagePolicy ||= 'File';
  // ResourceRequirements is a non-pointer struct: the apiserver always writes it, `resources: {}` when empty.
  container.resources ??= {};
  for (const port of container.ports ?? []) port.protocol ||= 'TCP';
  for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe]) {
    if (probe) defaultProbe(probe);
  }
  for (const handler of [container.lifecycle?.postStart, container.lifecycle?.preStop]) {
    if (handler?.httpGet) defaultHttpGet(handler.httpGet);
  }
  for (const env of container.env ?? []) {
    if (env.valueFrom?.fieldRef) env.valueFrom.fieldRef.apiVersion ||= 'v1';
  }
}

function defaultProbe(probe: Probe): void {
  // Go's zero int32 counts as unset, so an explicit 0 is replaced too.
  probe.timeoutSeconds ||= 1;
  probe.periodSeconds ||= 10;
  probe.successThreshold ||= 1;
  probe.failureThreshold ||= 3;
  if (probe.httpGet) defaultHttpGet(probe.httpGet);
  if (probe.grpc) probe.grpc.service ??= '';
}

function defaultHttpGet(action: { path?: string; scheme?: string }): void {
  action.path ||= '/';
  action.scheme ||= 'HTTP';
}

export function defaultVolume(volume: Volume): void {
  const fields = volume as Record<string, unknown>;
  // A volume without any source is an emptyDir (SetDefaults_Volume).
  if (!Object.keys(fields).some((key) => key !== 'name' && fields[key] !== undefined)) volume.emptyDir = {};
  defaultVolumeSource(fields);
}
