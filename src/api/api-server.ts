/**
 * The simulated kube-apiserver: every write passes decode → defaults → mutating admission → validation →
 * validating admission → storage, as `staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go`
 * does it. Reads go straight to the store. Deletion follows the generic registry too: graceful deletion
 * for pods, finalizers holding objects with a deletionTimestamp, and propagation policies expressed as the
 * `foregroundDeletion`/`orphan` finalizers that the garbage collector acts on.
 */
import type { SeededRandom, VirtualClock } from '../clock';
import { toRFC3339 } from '../clock';
import { ApiError } from './api-error';
import type { AdmissionPlugin, AdmissionRequest, Operation } from './admission/admission';
import { deepCopy } from './deep-freeze';
import { withFields } from './with-fields';
import { compactWith } from './compact-with';
import { applyDefaults, prepareForCreate, withUpdatedTemplateGeneration } from './defaults';
import { TemplateExemplars } from './defaults/template-exemplars';
import { generateName } from './names';
import type { KubeObject, StoredObject } from './object';
import type { AuthorizationAttributes, Authorizer, DeleteOptions, RequestOptions, UserInfo, Verb } from './request';
import { resourceForKind, type ResourceInfo } from './resources';
import { decodeStrict, wireJson, type FieldValidation } from './schemas';
import { defaultPropagation, forbidden, gracePeriodFor, hasSpecFinalizers, qualified, withInitialPodStatus } from './registry-strategy';
import { ObjectStore } from './store';
import { validateCreate, validateUpdate } from './validation';
import { Selector } from './label-selector';
import type { FieldSelector } from './field-selector';

/** Kinds whose spec changes bump metadata.generation (their strategies set it; others leave it unset). */
const GENERATION_KINDS = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob']);
/** Kinds without a status subresource: a main-resource update may change everything. */
const NO_STATUS_KINDS = new Set(['ConfigMap', 'Secret', 'ServiceAccount', 'Endpoints', 'EndpointSlice', 'Event', 'StorageClass', 'ControllerRevision', 'Lease', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);

/** `ObjectStore.put`'s hand-over flag: the object was built for this write and is stored as it is. */
const OWNED = true;

/** A delete's admission has nothing to undo when a plugin rejects it. */
const IGNORE_UNDO = (): void => {};

export const FOREGROUND_FINALIZER = 'foregroundDeletion';
export const ORPHAN_FINALIZER = 'orphan';

export interface ListOptions extends RequestOptions {
  labelSelector?: Selector;
  fieldSelector?: FieldSelector;
}

export class ApiServer {
  readonly store = new ObjectStore();
  private readonly exemplars = new TemplateExemplars(this.store);
  private readonly plugins: AdmissionPlugin[] = [];
  /** The plugins of each kind, in registration order: filtered once per kind, not twice per write. */
  private readonly pluginsByKind = new Map<string, readonly AdmissionPlugin[]>();
  private authorizer: Authorizer | undefined;
  private podScheduled: { readonly at: string; readonly condition: object; readonly alone: readonly object[] } | undefined = undefined;

  constructor(
    private readonly clock: VirtualClock,
    private readonly random: SeededRandom,
  ) {}

  registerAdmission(plugin: AdmissionPlugin): void {
    this.plugins.push(plugin);
    this.pluginsByKind.clear();
  }

  setAuthorizer(authorizer: Authorizer): void {
    this.authorizer = authorizer;
  }

  /**
   * Parses untrusted input (a user's manifest) as the request's fieldValidation asks: by default strictly,
   * throwing the apiserver's BadRequest on unknown fields; `warn` receives the warnings a Warn request returns.
   */
  decode(raw: unknown, validation: FieldValidation = 'Strict', warn?: (text: string) => void): KubeObject {
    // What reaches the apiserver is JSON: fields set to undefined in memory are simply absent.
    return decodeStrict(wireJson(raw), validation, warn);
  }

  get(kind: string, namespace: string | undefined, name: string, options: RequestOptions = {}): StoredObject {
    const info = this.info(kind);
    this.authorize(options, 'get', info, namespace, name);
    const obj = this.store.get(kind, info.namespaced ? namespace : undefined, name);
    if (!obj) throw ApiError.notFound(qualified(info), name);
    return obj;
  }

  tryGet(kind: string, namespace: string | undefined, name: string): StoredObject | undefined {
    const info = this.info(kind);
    return this.store.get(kind, info.namespaced ? namespace : undefined, name);
  }

  list(kind: string, namespace: string | undefined, options: ListOptions = {}): StoredObject[] {
    const info = this.info(kind);
    this.authorize(options, 'list', info, namespace);
    return this.store
      .list(kind, info.namespaced ? namespace : undefined)
      .filter((o) => (options.labelSelector?.matches(o.metadata.labels) ?? true) && (options.fieldSelector?.matches(o) ?? true));
  }

  create(input: KubeObject, options: RequestOptions = {}): StoredObject {
    const info = this.info(input.kind);
    let obj = this.prepareCreate(input, info);
    this.authorize(options, 'create', info, obj.metadata.namespace); // a POST to the collection names no object
    // A controller's pods share the frozen subtrees they have in common with its first pod (not on a dry run,
    // whose caller gets an object it may change).
    const template = info.kind === 'Pod' && !options.dryRun ? this.exemplars.templateOf(obj) : undefined;
    const share = template && ((admitted: KubeObject) => this.exemplars.share(admitted, template));
    const stored = this.admitAndStore('CREATE', obj, undefined, options, () => {
      if (this.store.get(obj.kind, obj.metadata.namespace, obj.metadata.name!)) {
        throw ApiError.alreadyExists(qualified(info), obj.metadata.name!);
      }
    }, share);
    if (template) this.exemplars.remember(template, stored);
    return stored;
  }

  /** Replaces the main resource; status changes are ignored for kinds with a status subresource. */
  update(input: KubeObject, options: RequestOptions = {}): StoredObject {
    const info = this.info(input.kind);
    const old = this.get(input.kind, input.metadata.namespace, input.metadata.name ?? '', { ...options, user: undefined });
    this.authorize(options, 'update', info, old.metadata.namespace, old.metadata.name);
    this.checkResourceVersion(input, old, info);
    const obj = applyDefaults({
      ...input,
      status: NO_STATUS_KINDS.has(input.kind) ? input.status : deepCopy(old.status),
      metadata: this.carriedMetadata(input, old),
    } as KubeObject);
    // The DaemonSet strategy's PrepareForUpdate: the template generation is the server's to keep.
    return this.admitAndStore('UPDATE', input.kind === 'DaemonSet' ? withUpdatedTemplateGeneration(obj, old) : obj, old, options);
  }

  /** Writes only `status` (the `/status` subresource): what controllers and kubelets use. */
  updateStatus(input: KubeObject, options: RequestOptions = {}): StoredObject {
    // `get` without a user: the store read and NotFound, without copying the options (kubelets write ~3 times per pod).
    const info = this.info(input.kind);
    const name = input.metadata.name ?? '';
    const old = this.store.get(input.kind, info.namespaced ? input.metadata.namespace : undefined, name);
    if (!old) throw ApiError.notFound(qualified(info), name);
    this.checkResourceVersion(input, old, info);
    if (options.dryRun) return old;
    // A compact copy: the spread kept `status`, the fifth field of a Pod, in a PropertyArray of its own.
    return this.store.put(compactWith(old, { status: input.status }) as KubeObject, OWNED);
  }

  /**
   * The pods/binding subresource (pkg/registry/core/pod/storage BindingREST): sets spec.nodeName once and
   * marks PodScheduled True. A pod that is already bound or being deleted cannot be bound.
   */
  bind(namespace: string, name: string, nodeName: string, options: RequestOptions = {}): StoredObject {
    const pod = this.get('Pod', namespace, name, options);
    const spec = pod.spec as { nodeName?: string };
    if (pod.metadata.deletionTimestamp) throw ApiError.conflict('pods', name, `pod ${name} is being deleted, cannot be assigned to a host`);
    if (spec.nodeName) throw ApiError.conflict('pods', name, `pod ${name} is already assigned to node "${spec.nodeName}"`);
    const status = (pod.status ?? {}) as { conditions?: readonly { type: string }[] };
    const scheduled = this.podScheduledNow();
    const others = status.conditions?.filter((c) => c.type !== 'PodScheduled') ?? [];
    const conditions = others.length === 0 ? scheduled.alone : [...others, scheduled.condition];
    // Compact copies (compact-with.ts): the bound spec is the one the pod keeps, 14 fields of which a spread held 4 in itself.
    return this.store.put(compactWith(pod, { spec: compactWith(pod.spec as object, { nodeName }), status: compactWith(status, { conditions }) }) as KubeObject, OWNED);
  }

  /**
   * The binding's PodScheduled condition at this instant, and a conditions list holding only it. Both frozen and
   * kept for the current second (`lastTransitionTime` has second precision): every pod bound in it has the same
   * ones, where a pod kept its own for life (≈ 100 B per pod).
   */
  private podScheduledNow(): { readonly condition: object; readonly alone: readonly object[] } {
    const at = this.clock.nowISO();
    if (this.podScheduled?.at !== at) {
      const condition = Object.freeze({ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: at });
      this.podScheduled = { at, condition, alone: Object.freeze([condition]) };
    }
    return this.podScheduled;
  }

  delete(kind: string, namespace: string | undefined, name: string, options: DeleteOptions = {}): StoredObject {
    const info = this.info(kind);
    const obj = this.get(kind, namespace, name, { ...options, user: undefined });
    this.authorize(options, 'delete', info, obj.metadata.namespace, name);
    for (const plugin of this.pluginsFor(kind)) plugin.validate?.(this.request('DELETE', obj, obj, options, IGNORE_UNDO));
    if (options.dryRun) return obj;
    const grace = gracePeriodFor(obj, options);
    if (obj.metadata.deletionTimestamp) return this.shortenGrace(obj, grace);
    const finalizers = [...(obj.metadata.finalizers ?? [])];
    const policy = options.propagationPolicy ?? defaultPropagation(obj);
    if (policy === 'Foreground' && this.store.dependents(obj.metadata.uid).length > 0) finalizers.push(FOREGROUND_FINALIZER);
    if (policy === 'Orphan' && this.store.dependents(obj.metadata.uid).length > 0) finalizers.push(ORPHAN_FINALIZER);
    if (finalizers.length === 0 && grace === 0 && !hasSpecFinalizers(obj)) return this.store.remove(kind, obj.metadata.namespace, name)!;
    return this.store.put({
      ...obj,
      status: obj.kind === 'Namespace' ? { ...(obj.status as object), phase: 'Terminating' } : obj.status,
      metadata: {
        ...obj.metadata,
        finalizers: finalizers.length > 0 ? finalizers : undefined,
        deletionTimestamp: toRFC3339(this.clock.now() + grace * 1000),
        deletionGracePeriodSeconds: grace,
      },
    });
  }

  /** Removes finalizers from an object; if it is being deleted and none remain, it goes away. */
  removeFinalizer(obj: StoredObject, finalizer: string): StoredObject | undefined {
    const current = this.store.get(obj.kind, obj.metadata.namespace, obj.metadata.name);
    if (!current) return undefined;
    const remaining = (current.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    return this.writeFinalizers(current, remaining);
  }

  addFinalizer(obj: StoredObject, finalizer: string): StoredObject {
    if (obj.metadata.finalizers?.includes(finalizer)) return obj;
    return this.store.put({ ...obj, metadata: { ...obj.metadata, finalizers: [...(obj.metadata.finalizers ?? []), finalizer] } });
  }

  private writeFinalizers(current: StoredObject, remaining: string[]): StoredObject | undefined {
    if (remaining.length === 0 && current.metadata.deletionTimestamp && this.graceElapsed(current)) {
      this.store.remove(current.kind, current.metadata.namespace, current.metadata.name);
      return undefined;
    }
    return this.store.put({ ...current, metadata: { ...current.metadata, finalizers: remaining.length ? remaining : undefined } });
  }

  private graceElapsed(obj: StoredObject): boolean {
    // A pod with a grace period is removed by its kubelet's final delete, not by the last finalizer.
    return obj.kind !== 'Pod' || (obj.metadata.deletionGracePeriodSeconds ?? 0) === 0;
  }

  private prepareCreate(input: KubeObject, info: ResourceInfo): KubeObject {
    // Defaulting and validation are pure, and stored objects are frozen: no deep copy is needed here.
    const copy = input;
    if (info.namespaced && !copy.metadata.namespace) throw ApiError.badRequest('an empty namespace may not be set during creation');
    const given = !copy.metadata.name && copy.metadata.generateName ? withFields(copy.metadata, { name: generateName(copy.metadata.generateName, this.random) }) : copy.metadata;
    if (!given.name) {
      throw ApiError.invalid(info.kind, '', [{ field: 'metadata.name', detail: 'Required value: name or generateName is required' }]);
    }
    const meta = withFields(given, {
      uid: this.random.uuid(),
      creationTimestamp: this.clock.nowISO(),
      generation: GENERATION_KINDS.has(info.kind) ? 1 : undefined,
    });
    // Deleting a field that is there leaves a slow (dictionary) object; most creates carry none of these.
    if (!info.namespaced && 'namespace' in meta) delete meta.namespace;
    if ('resourceVersion' in meta) delete meta.resourceVersion;
    if ('deletionTimestamp' in meta) delete meta.deletionTimestamp;
    const prepared = prepareForCreate(applyDefaults({ ...copy, metadata: meta }));
    return info.kind === 'Pod' ? withInitialPodStatus(prepared) : prepared;
  }

  private carriedMetadata(input: KubeObject, old: StoredObject): KubeObject['metadata'] {
    const specChanged = JSON.stringify(input.spec) !== JSON.stringify(old.spec);
    return {
      ...input.metadata,
      uid: old.metadata.uid,
      creationTimestamp: old.metadata.creationTimestamp,
      deletionTimestamp: old.metadata.deletionTimestamp,
      deletionGracePeriodSeconds: old.metadata.deletionGracePeriodSeconds,
      generation: old.metadata.generation === undefined ? undefined : old.metadata.generation + (specChanged ? 1 : 0),
    };
  }

  private admitAndStore(
    op: Operation,
    input: KubeObject,
    old: StoredObject | undefined,
    options: RequestOptions,
    precheck?: () => void,
    share?: (admitted: KubeObject) => KubeObject,
  ): StoredObject {
    const undos: (() => void)[] = [];
    const onReject = (undo: () => void): void => void undos.push(undo);
    try {
      let obj = input;
      for (const plugin of this.pluginsFor(obj.kind)) if (plugin.mutate) obj = plugin.mutate(this.request(op, obj, old, options, onReject)) ?? obj;
      // After mutation, before validation: validators skip the shared subtrees they have already passed.
      if (share) obj = share(obj);
      const errors = old ? validateUpdate(obj, old) : validateCreate(obj);
      if (errors.length > 0) throw ApiError.invalid(obj.kind, obj.metadata.name ?? '', errors);
      precheck?.();
      for (const plugin of this.pluginsFor(obj.kind)) if (plugin.validate) plugin.validate(this.request(op, obj, old, options, onReject));
      if (options.dryRun) {
        undos.forEach((undo) => undo());
        return obj as StoredObject;
      }
      return this.storeOrFinish(obj);
    } catch (error) {
      for (const undo of undos.reverse()) undo();
      throw error;
    }
  }

  private storeOrFinish(obj: KubeObject): StoredObject {
    const m = obj.metadata;
    if (m.deletionTimestamp && (m.finalizers ?? []).length === 0 && !hasSpecFinalizers(obj) && this.graceElapsed(obj as StoredObject)) {
      return this.store.remove(obj.kind, m.namespace, m.name!) ?? (obj as StoredObject);
    }
    // The pipeline built `obj` for this write (prepareCreate and update copy the caller's object and metadata).
    return this.store.put(obj, OWNED);
  }

  private request(op: Operation, object: KubeObject, oldObject: StoredObject | undefined, options: RequestOptions, onReject: (undo: () => void) => void): AdmissionRequest {
    return { operation: op, object, oldObject, user: options.user, dryRun: options.dryRun ?? false, onReject };
  }

  private pluginsFor(kind: string): readonly AdmissionPlugin[] {
    let plugins = this.pluginsByKind.get(kind);
    if (plugins === undefined) this.pluginsByKind.set(kind, (plugins = this.plugins.filter((p) => !p.kinds || p.kinds.includes(kind))));
    return plugins;
  }

  private shortenGrace(obj: StoredObject, grace: number): StoredObject {
    if (grace === 0 && (obj.metadata.finalizers ?? []).length === 0) return this.store.remove(obj.kind, obj.metadata.namespace, obj.metadata.name)!;
    if (grace >= (obj.metadata.deletionGracePeriodSeconds ?? Infinity)) return obj;
    return this.store.put({
      ...obj,
      metadata: { ...obj.metadata, deletionTimestamp: toRFC3339(this.clock.now() + grace * 1000), deletionGracePeriodSeconds: grace },
    });
  }

  private checkResourceVersion(input: KubeObject, old: StoredObject, info: ResourceInfo): void {
    const rv = input.metadata.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) {
      throw ApiError.conflict(qualified(info), old.metadata.name, 'the object has been modified; please apply your changes to the latest version and try again');
    }
  }

  private authorize(options: RequestOptions, verb: Verb, info: ResourceInfo, namespace?: string, name?: string): void {
    // RequestInfo: a request for /api/v1/namespaces/NAME carries NAME as its namespace too.
    const ns = info.kind === 'Namespace' ? name : info.namespaced ? namespace : undefined;
    this.authorizeRequest(options.user, { verb, apiGroup: info.group, resource: info.plural, namespace: ns || undefined, name });
  }

  /**
   * Authorizes any request, e.g. a subresource (`pods/exec`) or an impersonation, for a caller; throws the
   * apiserver's Forbidden error. An in-process caller (no user) or a cluster without authorizer is allowed.
   */
  authorizeRequest(user: UserInfo | undefined, attributes: Omit<AuthorizationAttributes, 'user'>): void {
    if (!user || !this.authorizer) return;
    const request = withFields(attributes, { user });
    const decision = this.authorizer.authorize(request);
    if (!decision.allowed) throw forbidden(request, decision.reason);
  }

  info(kind: string): ResourceInfo {
    const info = resourceForKind(kind);
    if (!info) throw ApiError.badRequest(`no kind "${kind}" is registered`);
    return info;
  }
}

