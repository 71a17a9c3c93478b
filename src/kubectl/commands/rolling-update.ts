/**
 * `kubectl rolling-update OLD ([NEW] --image=IMAGE | -f NEW_RC) [--update-period=1m] [--rollback]`: the
 * ReplicationController update of kubectl ≤1.17 (pkg/kubectl/cmd/rollingupdate/rollingupdate.go), hidden
 * and deprecated since 1.11 and removed in 1.18; kubespec keeps it as the course note uses it, printing
 * what kubectl 1.17 printed. The image form copies the old controller under `<OLD>-<md5>` with a
 * `deployment=<hash>` selector and relabels the old controller and its pods `deployment=<hash>-orig`.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, type KubeObject, type StoredObject } from '../../api';
import type { Flags, ParsedArgs } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError, usageError } from '../errors';
import { readManifestObjects } from '../manifest-files';
import type { Command } from './command';
import { DESIRED_REPLICAS, NEXT_CONTROLLER, ORIGINAL_REPLICAS, rollingUpdate, SOURCE_ID } from './rolling-updater';

type Rc = StoredObject & { spec: { replicas?: number; selector?: Record<string, string>; template?: { metadata?: { labels?: Record<string, string> }; spec?: { containers?: { name?: string; image?: string; imagePullPolicy?: string }[] } } } };

export const rollingUpdateCommand: Command = {
  name: 'rolling-update',
  aliases: ['rollingupdate'],
  flags: {
    filename: { kind: 'stringArray', short: 'f' },
    image: { kind: 'string' },
    'image-pull-policy': { kind: 'string' },
    container: { kind: 'string' },
    'deployment-label-key': { kind: 'string', default: 'deployment' },
    'update-period': { kind: 'string', default: '1m0s' },
    'poll-interval': { kind: 'string', default: '3s' },
    timeout: { kind: 'string', default: '5m0s' },
    rollback: { kind: 'bool' },
    'dry-run': { kind: 'string' },
    output: { kind: 'string', short: 'o' },
    validate: { kind: 'string' },
  },
  run(context, args, flags) {
    context.output.err('Command "rolling-update" is deprecated, use "rollout" instead');
    const [oldName, newName] = args.positional;
    if (!oldName) throw usageError('Must specify the controller to update\nSee \'kubectl rolling-update -h\' for help and examples');
    const oldRc = context.cluster.api.get('ReplicationController', context.namespace, oldName, { user: context.user }) as Rc;
    const { newRc, keepOldName, relabeledOld } = prepare(context, args, flags, oldRc, newName);
    if (flags.has('dry-run') && flags.string('dry-run') !== 'none') {
      context.output.out(`Rolling from:\n${oldRc.metadata.name}\nTo:\n${newRc.metadata.name}`);
      return;
    }
    const target = createOrContinue(context, newRc, `${relabeledOld.metadata.name}:${relabeledOld.metadata.uid}`);
    rollingUpdate(context, {
      oldRc: relabeledOld,
      newRc: target,
      updatePeriodMs: flags.duration('update-period')!,
      timeoutMs: flags.duration('timeout')!,
      cleanup: keepOldName && !flags.bool('rollback') ? 'rename' : 'delete',
    });
    const finalName = keepOldName ? oldName : newRc.metadata.name!;
    context.output.out(`replicationcontroller/${finalName} rolling updated${keepOldName ? '' : ` to "${newRc.metadata.name}"`}`);
  },
};

interface Prepared {
  newRc: KubeObject;
  keepOldName: boolean;
  relabeledOld: StoredObject;
}

function prepare(context: CommandContext, args: ParsedArgs, flags: Flags, oldRc: Rc, newName: string | undefined): Prepared {
  if (flags.bool('rollback')) return prepareRollback(context, oldRc, newName);
  if (flags.has('filename')) return prepareFromFile(context, flags, oldRc);
  const image = flags.string('image');
  if (!image) throw usageError('Must specify --filename or --image for new controller\nSee \'kubectl rolling-update -h\' for help and examples');
  return prepareImage(context, flags, oldRc, newName, image);
}

function prepareImage(context: CommandContext, flags: Flags, oldRc: Rc, newName: string | undefined, image: string): Prepared {
  const key = flags.string('deployment-label-key')!;
  const next = newName ?? oldRc.metadata.annotations?.[NEXT_CONTROLLER];
  const existing = next ? (context.cluster.get('ReplicationController', context.namespace, next) as Rc | undefined) : undefined;
  let newRc: KubeObject;
  if (existing) {
    const inProgress = existing.spec.template?.spec?.containers?.[0]?.image;
    if (inProgress !== image) throw new KubectlError(`error: Found existing in-progress update to image (${inProgress}).\nEither continue in-progress update with --image=${inProgress} or rollback with --rollback`);
    context.output.out(`Found existing update in progress (${existing.metadata.name}), resuming.`);
    newRc = existing;
  } else {
    newRc = newControllerFromCurrent(oldRc, newName, image, key, flags);
  }
  const relabeledOld = relabelOld(context, oldRc, newRc.metadata.name!, key, `${md5(oldRc)}-orig`);
  return { newRc, keepOldName: newName === undefined, relabeledOld };
}

function newControllerFromCurrent(oldRc: Rc, newName: string | undefined, image: string, key: string, flags: Flags): KubeObject {
  const containers = oldRc.spec.template?.spec?.containers ?? [];
  const wanted = flags.string('container');
  const index = wanted ? containers.findIndex((c) => c.name === wanted) : 0;
  if (wanted && index < 0) throw new KubectlError(`error: container ${wanted} not found in pod`);
  if (!wanted && containers.length > 1) throw new KubectlError('error: must specify container to update when updating a multi-container pod');
  if (containers[index]?.image === image && !flags.has('image-pull-policy')) {
    throw new KubectlError('error: --image-pull-policy (Always|Never|IfNotPresent) must be provided when --image is the same as existing container image');
  }
  const rc = structuredClone({ apiVersion: 'v1', kind: 'ReplicationController', metadata: { ...oldRc.metadata }, spec: oldRc.spec }) as Rc;
  const container = rc.spec.template!.spec!.containers![index]!;
  container.image = image;
  if (flags.has('image-pull-policy')) container.imagePullPolicy = flags.string('image-pull-policy');
  const hash = md5(rc);
  rc.metadata = { name: newName ?? `${oldRc.metadata.name}-${hash}`, namespace: oldRc.metadata.namespace, labels: oldRc.metadata.labels, annotations: oldRc.metadata.annotations } as Rc['metadata'];
  rc.spec.selector = { ...rc.spec.selector, [key]: hash };
  rc.spec.template!.metadata = { ...rc.spec.template!.metadata, labels: { ...rc.spec.template!.metadata?.labels, [key]: hash } };
  return rc;
}

function prepareFromFile(context: CommandContext, flags: Flags, oldRc: Rc): Prepared {
  const file = flags.strings('filename')[0]!;
  const docs = readManifestObjects(context, [file], false);
  if (docs.length > 1) throw new KubectlError(`error: ${file} specifies multiple items`);
  const newRc = docs[0]?.object as Rc | undefined;
  if (!newRc || newRc.kind !== 'ReplicationController') throw new KubectlError(`error: ${file} contains a ${newRc?.kind ?? 'nothing'} not a ReplicationController`);
  if (newRc.metadata.name === oldRc.metadata.name) throw new KubectlError(`error: ${file} cannot have the same name as the existing ReplicationController ${oldRc.metadata.name}`);
  const differs = Object.entries(oldRc.spec.selector ?? {}).some(([k, v]) => newRc.spec?.selector?.[k] !== undefined && newRc.spec.selector[k] !== v);
  if (!differs) throw new KubectlError(`error: ${file} must specify a matching key with non-equal value in Selector for ${oldRc.metadata.name}`);
  if (newRc.spec.replicas === undefined) newRc.spec.replicas = oldRc.spec.replicas;
  const relabeledOld = update(context, oldRc, (rc) => withAnnotation(rc, NEXT_CONTROLLER, newRc.metadata.name!));
  return { newRc: { ...newRc, metadata: { namespace: context.namespace, ...newRc.metadata } }, keepOldName: false, relabeledOld };
}

/** AbortRollingUpdate: the partial new controller becomes the old one; the original goes back to its size. */
function prepareRollback(context: CommandContext, oldRc: Rc, newName: string | undefined): Prepared {
  const next = newName ?? oldRc.metadata.annotations?.[NEXT_CONTROLLER];
  const partial = next ? (context.cluster.get('ReplicationController', context.namespace, next) as Rc | undefined) : undefined;
  if (!partial) throw new KubectlError(`error: Could not find ${next ?? ''} to rollback.\n`);
  const original = oldRc.metadata.annotations?.[ORIGINAL_REPLICAS];
  if (original === undefined) throw new KubectlError(`error: couldn't find original replica count of "${partial.metadata.name}"`);
  context.output.out(`Setting "${oldRc.metadata.name}" replicas to ${original}`);
  const annotations = { ...oldRc.metadata.annotations, [SOURCE_ID]: `${partial.metadata.name}:${partial.metadata.uid}`, [DESIRED_REPLICAS]: original };
  const restored = update(context, oldRc, (rc) => ({ ...rc, metadata: { ...rc.metadata, annotations } }));
  return { newRc: restored, keepOldName: true, relabeledOld: partial };
}

/** UpdateExistingReplicationController: remember the next controller; label the old template, pods and selector. */
function relabelOld(context: CommandContext, oldRc: Rc, next: string, key: string, value: string): StoredObject {
  if (oldRc.spec.selector?.[key] !== undefined) return update(context, oldRc, (rc) => withAnnotation(rc, NEXT_CONTROLLER, next));
  let rc = update(context, oldRc, (r) => {
    const template = { ...r.spec.template, metadata: { ...r.spec.template?.metadata, labels: { ...r.spec.template?.metadata?.labels, [key]: value } } };
    return withAnnotation({ ...r, spec: { ...r.spec, template } }, NEXT_CONTROLLER, next);
  });
  const selector = Object.entries(oldRc.spec.selector ?? {});
  for (const pod of context.cluster.list('Pod', oldRc.metadata.namespace).filter((p) => selector.every(([k, v]) => p.metadata.labels?.[k] === v))) {
    context.cluster.api.update({ ...pod, metadata: { ...pod.metadata, labels: { ...pod.metadata.labels, [key]: value } } }, { user: context.user });
  }
  rc = update(context, rc, (r) => ({ ...r, spec: { ...r.spec, selector: { ...r.spec.selector, [key]: value } } }));
  context.cluster.settle();
  return rc;
}

/** getOrCreateTargetController: a new controller starts at 0 with its desired size in an annotation. */
function createOrContinue(context: CommandContext, newRc: KubeObject, sourceId: string): StoredObject {
  const existing = context.cluster.get('ReplicationController', newRc.metadata.namespace ?? context.namespace, newRc.metadata.name!);
  if (existing) {
    if (existing.metadata.annotations?.[SOURCE_ID] !== sourceId || existing.metadata.annotations?.[DESIRED_REPLICAS] === undefined) {
      throw new KubectlError(`error: Missing/unexpected annotations for controller ${existing.metadata.name}, expected ${sourceId} : map[${Object.entries(existing.metadata.annotations ?? {}).map(([k, v]) => `${k}:${v}`).join(' ')}]`);
    }
    context.output.out(`Continuing update with existing controller ${existing.metadata.name}.`);
    return existing;
  }
  const replicas = (newRc.spec as { replicas?: number }).replicas ?? 1;
  if (replicas <= 0) throw new KubectlError(`error: Invalid controller spec for ${newRc.metadata.name}; required: > 0 replicas, actual: ${replicas}`);
  const annotations: Record<string, string> = { ...newRc.metadata.annotations, [DESIRED_REPLICAS]: String(replicas), [SOURCE_ID]: sourceId };
  delete annotations[NEXT_CONTROLLER];
  delete annotations[ORIGINAL_REPLICAS];
  const created = context.cluster.api.create({ ...newRc, metadata: { ...newRc.metadata, annotations }, spec: { ...(newRc.spec as object), replicas: 0 } }, { user: context.user });
  context.output.out(`Created ${created.metadata.name}`);
  context.cluster.settle();
  return created;
}

function update(context: CommandContext, rc: StoredObject, change: (rc: Rc) => KubeObject): StoredObject {
  const current = context.cluster.api.get('ReplicationController', rc.metadata.namespace, rc.metadata.name) as Rc;
  return context.cluster.api.update(change(current), { user: context.user });
}

function withAnnotation<T extends KubeObject>(obj: T, key: string, value: string): T {
  return { ...obj, metadata: { ...obj.metadata, annotations: { ...obj.metadata.annotations, [key]: value } } };
}

/** util.HashObject: md5 hex of the encoded object (kubespec encodes canonical JSON). */
function md5(obj: KubeObject): string {
  return createHash('md5').update(canonicalJson({ ...obj, metadata: { ...obj.metadata, resourceVersion: undefined } })).digest('hex');
}
