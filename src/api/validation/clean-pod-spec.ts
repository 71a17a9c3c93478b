/**
 * The last pod spec whose spec-level checks (ValidatePodSpec, the token-projection and image-whitespace
 * checks of validatePodMetadataAndSpec) found nothing, and whether a new spec must find nothing too.
 *
 * The pods of one ReplicaSet differ in their spec only by the name of the ServiceAccount admission's
 * `kube-api-access-xxxxx` volume (and the mounts of it), so the validated-subtree memo misses on the volume
 * list and every container. A spec that equals the remembered one except for that consistent rename passes
 * every check the remembered one passed: the checks read names only to test their format (the new name is a
 * DNS label), their uniqueness (it differs from every other volume's name) and the mounts' references (every
 * mount of the old name is renamed, no other mount names either); a generic ephemeral volume, whose claim name
 * joins the pod's name, is never covered. "Equal" is identity for every object-valued field: the create
 * pipeline shares frozen subtrees between the pods of one template (`defaults/share-with-exemplar.ts`), and
 * the remembered spec is trusted only once the store has frozen it (a dry run or a rejected pod never is).
 * Only a clean result is remembered: errors name field paths and values, which differ from pod to pod.
 */
import type { FieldError } from '../api-error';
import type { Container, PodSpec, Volume, VolumeMount } from '../schemas';

/** IsDNS1123Label: what validateVolumes requires of a volume name, without building its messages. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** The one name the new spec gives a volume of the remembered spec (none when the volumes are identical). */
interface Rename {
  from: string | undefined;
  to: string | undefined;
}

export class CleanPodSpec {
  private last: PodSpec | undefined = undefined;
  /** Reused by each `covers` call: the rename found in the volume list. */
  private readonly rename: Rename = { from: undefined, to: undefined };

  /** True when `spec` must validate as cleanly as the remembered (now frozen) spec did. */
  covers(spec: PodSpec): boolean {
    const last = this.last;
    if (last === undefined || spec === last || !Object.isFrozen(last)) return false;
    this.rename.from = this.rename.to = undefined;
    return sameButRename(spec, last, this.rename);
  }

  /** Returns `errors`; remembers `spec` when they are none. */
  remember(spec: PodSpec, errors: FieldError[]): FieldError[] {
    if (errors.length === 0) this.last = spec;
    return errors;
  }
}

/** Same keys; every field identical, except the volume list and containers, compared under one volume rename. */
function sameButRename(spec: PodSpec, last: PodSpec, rename: Rename): boolean {
  // The volumes first: they fix the rename the containers' mounts must follow.
  if (spec.volumes !== last.volumes && !volumesRenamed(spec.volumes, last.volumes, rename)) return false;
  return sameFields(spec, last, specFieldSame, rename);
}

function specFieldSame(key: string, a: unknown, b: unknown, rename: Rename): boolean {
  if (key === 'volumes') return true;
  if (key === 'containers' || key === 'initContainers') return containersRenamed(a as Container[] | undefined, b as Container[] | undefined, rename);
  return a === b;
}

/** Identical volumes but one, which differs by its name only; the new name is a label no other volume has. */
function volumesRenamed(volumes: readonly Volume[] | undefined, last: readonly Volume[] | undefined, rename: Rename): boolean {
  if (!volumes || !last || volumes.length !== last.length) return false;
  let renamed = -1;
  for (let i = 0; i < volumes.length; i++) {
    const v = volumes[i]!;
    if (v.ephemeral !== undefined) return false;
    if (v === last[i]) continue;
    if (renamed >= 0 || !sameButName(v, last[i]!)) return false;
    renamed = i;
  }
  if (renamed < 0) return true;
  const to = volumes[renamed]!.name;
  if (to === undefined || to.length > 63 || !DNS1123_LABEL.test(to)) return false;
  for (let i = 0; i < volumes.length; i++) if (i !== renamed && volumes[i]!.name === to) return false;
  rename.from = last[renamed]!.name;
  rename.to = to;
  return rename.from !== undefined;
}

function containersRenamed(containers: readonly Container[] | undefined, last: readonly Container[] | undefined, rename: Rename): boolean {
  if (containers === last) return containers === undefined || !mountsName(containers, rename.from);
  if (!containers || !last || containers.length !== last.length) return false;
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i]!;
    const l = last[i]!;
    if (c === l) {
      if (mountsName([c], rename.from)) return false;
      continue;
    }
    if (!sameButMounts(c, l, rename)) return false;
  }
  return true;
}

/** Same keys, identical fields except `volumeMounts`, whose mounts are identical or renamed. */
function sameButMounts(c: Container, l: Container, rename: Rename): boolean {
  return sameFields(c, l, containerFieldSame, rename);
}

function containerFieldSame(key: string, a: unknown, b: unknown, rename: Rename): boolean {
  return key === 'volumeMounts' ? mountsRenamed(a as VolumeMount[] | undefined, b as VolumeMount[] | undefined, rename) : a === b;
}

function mountsRenamed(mounts: readonly VolumeMount[] | undefined, last: readonly VolumeMount[] | undefined, rename: Rename): boolean {
  if (!mounts || !last || mounts.length !== last.length) return mounts === last;
  for (let i = 0; i < mounts.length; i++) {
    const m = mounts[i]!;
    const l = last[i]!;
    if (m === l) {
      if (rename.from !== undefined && m.name === rename.from) return false;
      continue;
    }
    // A mount that differs must be a mount of the renamed volume, renamed.
    if (rename.from === undefined || l.name !== rename.from || m.name !== rename.to || !sameButName(m, l)) return false;
  }
  return true;
}

/** Whether a container of the list mounts the volume `name`. */
function mountsName(containers: readonly Container[], name: string | undefined): boolean {
  if (name === undefined) return false;
  for (const c of containers) for (const m of c.volumeMounts ?? []) if (m.name === name) return true;
  return false;
}

/** Same keys, identical values, `name` apart. */
function sameButName(x: object, y: object): boolean {
  return sameFields(x, y, nameApart, undefined);
}

function nameApart(key: string, a: unknown, b: unknown): boolean {
  return key === 'name' || a === b;
}

/**
 * Same keys, and `same(key, x[key], y[key], context)` for each. `same` is asked about every field, identical
 * ones too: an identical container still must not mount the renamed volume. The context is a parameter rather
 * than a closure so a comparison per pod allocates nothing.
 */
function sameFields<C>(x: object, y: object, same: (key: string, a: unknown, b: unknown, context: C) => boolean, context: C): boolean {
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  let fields = 0;
  for (const key in a) {
    fields++;
    if (!(key in b) || !same(key, a[key], b[key], context)) return false;
  }
  for (const _ in b) fields--;
  return fields === 0;
}
