/**
 * Containers: validateContainers, validateInitContainers and validateContainerCommon of
 * pkg/apis/core/validation/validation.go (v1.32, SidecarContainers on), with ports, volume mounts and the
 * pull and termination-message policies. Fields SetDefaults_Container always fills (imagePullPolicy,
 * terminationMessagePolicy, port protocol) are only checked when present.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { Container, ContainerPort, Volume, VolumeMount } from '../schemas';
import { validateEnv, validateEnvFrom } from './env';
import { child, index } from './field-path';
import { validateLifecycle, validateLivenessProbe, validateReadinessProbe, validateStartupProbe } from './probes';
import { validateResourceRequirements } from './resource-requirements';
import { inclusiveRangeError, isDNS1123Label, isValidPortName, isValidPortNum } from './string-formats';
import { validateLocalDescendingPath } from './volume-paths';
import { ValidSubtrees } from './valid-subtrees';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const TERMINATION_MESSAGE_POLICIES = ['File', 'FallbackToLogsOnError'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const NOT_FOR_INIT = 'may not be set for init containers without restartPolicy=Always';

export function validateContainers(containers: readonly Container[] | undefined, volumes: Map<string, Volume>, grace: number | undefined, path: string): FieldError[] {
  if (!containers || containers.length === 0) return [fieldError.required(path)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  containers.forEach((ctr, i) => {
    const p = index(path, i);
    errs.push(...validateContainerCommon(ctr, volumes, p));
    if (names.has(ctr.name ?? '')) errs.push(fieldError.duplicate(child(p, 'name'), ctr.name ?? ''));
    else names.add(ctr.name ?? '');
    errs.push(...validateProbesAndHooks(ctr, grace, p));
    if (ctr.restartPolicy !== undefined) errs.push(fieldError.forbidden(child(p, 'restartPolicy'), 'may not be set for non-init containers'));
  });
  return [...errs, ...checkHostPortConflicts(containers, path)];
}

export function validateInitContainers(
  inits: readonly Container[] | undefined,
  regular: readonly Container[] | undefined,
  volumes: Map<string, Volume>,
  grace: number | undefined,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set((regular ?? []).map((c) => c.name ?? ''));
  (inits ?? []).forEach((ctr, i) => {
    const p = index(path, i);
    errs.push(...validateContainerCommon(ctr, volumes, p));
    if (ctr.restartPolicy !== undefined && ctr.restartPolicy !== 'Always') errs.push(fieldError.unsupported(child(p, 'restartPolicy'), ctr.restartPolicy, ['Always']));
    if (names.has(ctr.name ?? '')) errs.push(fieldError.duplicate(child(p, 'name'), ctr.name ?? ''));
    else if (ctr.name) names.add(ctr.name);
    // Init containers run one by one, so host ports only clash within one container.
    errs.push(...checkHostPortConflicts([ctr], path));
    if (ctr.restartPolicy === 'Always') errs.push(...validateProbesAndHooks(ctr, grace, p));
    else {
      for (const f of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
        if (ctr[f] !== undefined) errs.push(fieldError.forbidden(child(p, f), NOT_FOR_INIT));
      }
    }
  });
  return errs;
}

function validateProbesAndHooks(ctr: Container, grace: number | undefined, p: string): FieldError[] {
  return [
    ...(ctr.lifecycle ? validateLifecycle(ctr.lifecycle, grace, child(p, 'lifecycle')) : []),
    ...validateLivenessProbe(ctr.livenessProbe, grace, child(p, 'livenessProbe')),
    ...validateReadinessProbe(ctr.readinessProbe, grace, child(p, 'readinessProbe')),
    ...validateStartupProbe(ctr.startupProbe, grace, child(p, 'startupProbe')),
  ];
}

function validateContainerCommon(ctr: Container, volumes: Map<string, Volume>, p: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!ctr.name) errs.push(fieldError.required(child(p, 'name')));
  else errs.push(...isDNS1123Label(ctr.name).map((msg) => fieldError.invalid(child(p, 'name'), ctr.name, msg)));
  if (!ctr.image) errs.push(fieldError.required(child(p, 'image')));
  const tmp = ctr.terminationMessagePolicy;
  if (tmp && !TERMINATION_MESSAGE_POLICIES.includes(tmp)) errs.push(fieldError.unsupported(child(p, 'terminationMessagePolicy'), tmp, TERMINATION_MESSAGE_POLICIES));
  errs.push(...validateContainerPorts(ctr.ports, child(p, 'ports')));
  errs.push(...validateEnv(ctr.env, child(p, 'env')), ...validateEnvFrom(ctr.envFrom, child(p, 'envFrom')));
  errs.push(...validateVolumeMounts(ctr.volumeMounts, volumes, ctr, child(p, 'volumeMounts')));
  if (ctr.imagePullPolicy && !PULL_POLICIES.includes(ctr.imagePullPolicy)) errs.push(fieldError.unsupported(child(p, 'imagePullPolicy'), ctr.imagePullPolicy, PULL_POLICIES));
  errs.push(...validateResourceRequirements(ctr.resources, child(p, 'resources')));
  errs.push(...validateSecurityContextIds(ctr, child(p, 'securityContext')));
  return errs;
}

const VALID_PORTS = new ValidSubtrees();

function validateContainerPorts(ports: readonly ContainerPort[] | undefined, path: string): FieldError[] {
  if (!ports || VALID_PORTS.has(ports)) return [];
  return VALID_PORTS.remember(ports, portErrors(ports, path));
}

function portErrors(ports: readonly ContainerPort[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const p = index(path, i);
    if (port.name) {
      const msgs = isValidPortName(port.name);
      if (msgs.length > 0) errs.push(...msgs.map((msg) => fieldError.invalid(child(p, 'name'), port.name, msg)));
      else if (names.has(port.name)) errs.push(fieldError.duplicate(child(p, 'name'), port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) errs.push(fieldError.required(child(p, 'containerPort')));
    else errs.push(...isValidPortNum(port.containerPort).map((msg) => fieldError.invalid(child(p, 'containerPort'), port.containerPort, msg)));
    if (port.hostPort) errs.push(...isValidPortNum(port.hostPort).map((msg) => fieldError.invalid(child(p, 'hostPort'), port.hostPort, msg)));
    if (port.protocol !== undefined && !PROTOCOLS.includes(port.protocol)) errs.push(fieldError.unsupported(child(p, 'protocol'), port.protocol, PROTOCOLS));
  });
  return errs;
}

function validateVolumeMounts(mounts: readonly VolumeMount[] | undefined, volumes: Map<string, Volume>, ctr: Container, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const mountPoints = new Set<string>();
  (mounts ?? []).forEach((mnt, i) => {
    const p = index(path, i);
    if (!mnt.name) errs.push(fieldError.required(child(p, 'name')));
    if (!volumes.has(mnt.name ?? '')) errs.push(fieldError.notFound(child(p, 'name'), mnt.name ?? ''));
    if (!mnt.mountPath) errs.push(fieldError.required(child(p, 'mountPath')));
    if (mountPoints.has(mnt.mountPath ?? '')) errs.push(fieldError.invalid(child(p, 'mountPath'), mnt.mountPath ?? '', 'must be unique'));
    mountPoints.add(mnt.mountPath ?? '');
    // Go reports subPath problems under the list path (`volumeMounts.subPath`), not the entry's.
    if (mnt.subPath) errs.push(...validateLocalDescendingPath(mnt.subPath, child(path, 'subPath')));
    if (mnt.subPathExpr) {
      if (mnt.subPath) errs.push(fieldError.invalid(child(p, 'subPathExpr'), mnt.subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
      errs.push(...validateLocalDescendingPath(mnt.subPathExpr, child(path, 'subPathExpr')));
    }
    errs.push(...validateMountPropagation(mnt, ctr, child(path, 'mountPropagation')));
  });
  return errs;
}

function validateMountPropagation(mnt: VolumeMount, ctr: Container, path: string): FieldError[] {
  const mode = mnt.mountPropagation;
  if (mode === undefined) return [];
  const supported = ['Bidirectional', 'HostToContainer', 'None'];
  if (!supported.includes(mode)) return [fieldError.unsupported(path, mode, supported)];
  if (mode === 'Bidirectional' && ctr.securityContext?.privileged !== true) {
    return [fieldError.forbidden(path, 'Bidirectional mount propagation is available only to privileged containers')];
  }
  return [];
}

function validateSecurityContextIds(ctr: Container, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of ['runAsUser', 'runAsGroup'] as const) {
    const id = ctr.securityContext?.[f];
    if (id !== undefined && (id < 0 || id > 0xffffffff)) errs.push(fieldError.invalid(child(path, f), id, inclusiveRangeError(0, 0xffffffff)));
  }
  return errs;
}

/** AccumulateUniqueHostPorts: `protocol/hostIP/hostPort` may appear once. */
function checkHostPortConflicts(containers: readonly Container[], path: string): FieldError[] {
  const seen = new Set<string>();
  const errs: FieldError[] = [];
  containers.forEach((ctr, ci) => {
    (ctr.ports ?? []).forEach((port, pi) => {
      if (!port.hostPort) return;
      const id = `${port.protocol ?? 'TCP'}/${port.hostIP ?? ''}/${port.hostPort}`;
      if (seen.has(id)) errs.push(fieldError.duplicate(child(index(child(index(path, ci), 'ports'), pi), 'hostPort'), id));
      else seen.add(id);
    });
  });
  return errs;
}
