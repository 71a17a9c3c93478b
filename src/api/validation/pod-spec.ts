/**
 * ValidatePodSpec of pkg/apis/core/validation/validation.go (v1.32), in Go's order: volumes, containers,
 * init containers, host-network ports, policies, node selector, affinity, DNS config, spread constraints,
 * names, deadlines, tolerations. Security contexts, resource claims, host aliases and Windows options
 * are not simulated and not validated beyond user/group ids.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { PodSpec } from '../schemas';
import { validateContainers, validateInitContainers } from './containers';
import { child, index } from './field-path';
import { nameIsDNSSubdomain, validateLabels } from './object-meta';
import { validateAffinity, validateTolerations, validateTopologySpreadConstraints } from './scheduling';
import { inclusiveRangeError, isDNS1123Label } from './string-formats';
import { validateVolumes } from './volumes';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const MAX_INT32 = 2147483647;

export interface PodSpecOptions {
  /** The pod's name, for generic ephemeral volumes; undefined inside templates. */
  podName?: string;
  /** True for a Pod (not a template): host ports must then equal container ports under hostNetwork. */
  resourceIsPod: boolean;
}

export function validatePodSpec(spec: PodSpec, path: string, opts: PodSpecOptions): FieldError[] {
  // SetDefaults_PodSpec fills 30 when absent, so an absent value is the default.
  const grace = spec.terminationGracePeriodSeconds ?? 30;
  const { volumes, errors } = validateVolumes(spec.volumes, opts.podName, child(path, 'volumes'));
  const errs = [...errors];
  errs.push(...validateContainers(spec.containers, volumes, grace, child(path, 'containers')));
  errs.push(...validateInitContainers(spec.initContainers, spec.containers, volumes, grace, child(path, 'initContainers')));
  errs.push(...validateHostNetworkPorts(spec, path, opts.resourceIsPod));
  if (spec.restartPolicy && !RESTART_POLICIES.includes(spec.restartPolicy)) errs.push(fieldError.unsupported(child(path, 'restartPolicy'), spec.restartPolicy, RESTART_POLICIES));
  if (spec.dnsPolicy && !DNS_POLICIES.includes(spec.dnsPolicy)) errs.push(fieldError.unsupported(child(path, 'dnsPolicy'), spec.dnsPolicy, DNS_POLICIES));
  errs.push(...validateLabels(spec.nodeSelector, child(path, 'nodeSelector')));
  errs.push(...validateAffinity(spec.affinity, child(path, 'affinity')));
  errs.push(...validateDNSConfig(spec, child(path, 'dnsConfig')));
  errs.push(...validateTopologySpreadConstraints(spec.topologySpreadConstraints, child(path, 'topologySpreadConstraints')));
  errs.push(...validateNames(spec, path));
  return [...errs, ...validateTail(spec, path)];
}

function validateHostNetworkPorts(spec: PodSpec, path: string, resourceIsPod: boolean): FieldError[] {
  if (!spec.hostNetwork) return [];
  return (spec.containers ?? []).flatMap((ctr, i) =>
    (ctr.ports ?? []).flatMap((port, j) => {
      const hp = port.hostPort ?? 0;
      // Templates may leave hostPort 0: it is defaulted when the pod is created.
      if ((resourceIsPod || hp !== 0) && hp !== (port.containerPort ?? 0)) {
        return [fieldError.invalid(child(index(child(index(child(path, 'containers'), i), 'ports'), j), 'hostPort'), hp, 'must match `containerPort` when `hostNetwork` is true')];
      }
      return [];
    }),
  );
}

function validateDNSConfig(spec: PodSpec, path: string): FieldError[] {
  const config = spec.dnsConfig;
  if (spec.dnsPolicy === 'None') {
    if (!config) return [fieldError.required(path, 'must provide `dnsConfig` when `dnsPolicy` is None')];
    if ((config.nameservers ?? []).length === 0) return [fieldError.required(child(path, 'nameservers'), 'must provide at least one DNS nameserver when `dnsPolicy` is None')];
  }
  if (!config) return [];
  const errs: FieldError[] = [];
  if ((config.nameservers ?? []).length > 3) errs.push(fieldError.invalid(child(path, 'nameservers'), config.nameservers, 'must not have more than 3 nameservers'));
  (config.searches ?? []).forEach((search, i) => {
    const trimmed = search.endsWith('.') ? search.slice(0, -1) : search;
    errs.push(...nameIsDNSSubdomain(trimmed, false).map((msg) => fieldError.invalid(index(child(path, 'searches'), i), trimmed, msg)));
  });
  return errs;
}

function validateNames(spec: PodSpec, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of ['serviceAccountName', 'nodeName'] as const) {
    const value = spec[f];
    if (value) errs.push(...nameIsDNSSubdomain(value, false).map((msg) => fieldError.invalid(child(path, f), value, msg)));
  }
  const deadline = spec.activeDeadlineSeconds;
  if (deadline !== undefined && (deadline < 1 || deadline > MAX_INT32)) {
    errs.push(fieldError.invalid(child(path, 'activeDeadlineSeconds'), deadline, inclusiveRangeError(1, MAX_INT32)));
  }
  for (const f of ['hostname', 'subdomain'] as const) {
    const value = spec[f];
    if (value) errs.push(...isDNS1123Label(value).map((msg) => fieldError.invalid(child(path, f), value, msg)));
  }
  return errs;
}

function validateTail(spec: PodSpec, path: string): FieldError[] {
  const errs = validateTolerations(spec.tolerations, child(path, 'tolerations'));
  for (const f of ['priorityClassName', 'runtimeClassName'] as const) {
    const value = spec[f];
    if (value) errs.push(...nameIsDNSSubdomain(value, false).map((msg) => fieldError.invalid(child(path, f), value, msg)));
  }
  const preemption = spec.preemptionPolicy;
  if (preemption && preemption !== 'PreemptLowerPriority' && preemption !== 'Never') {
    errs.push(fieldError.unsupported(child(path, 'preemptionPolicy'), preemption, ['PreemptLowerPriority', 'Never']));
  }
  if (spec.os) {
    const os = spec.os.name ?? '';
    if (!os) errs.push(fieldError.required(child(path, 'os', 'name'), 'cannot be empty'));
    else if (os !== 'linux' && os !== 'windows') errs.push(fieldError.unsupported(child(path, 'os'), os, ['linux', 'windows']));
  }
  return errs;
}
