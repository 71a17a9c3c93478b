/**
 * The user and groups a container's processes run as: the kubelet's effective security context
 * (`pkg/kubelet/kuberuntime/security_context.go` determineEffectiveSecurityContext: the container's
 * runAsUser/runAsGroup over the pod's; the pod's supplementalGroups and fsGroup as supplementary groups, then
 * the groups its PersistentVolumes' gid annotations add, see volume-gids.ts),
 * then containerd's user resolution (`WithUserID`: without runAsGroup, the primary group is the uid's
 * /etc/passwd entry's, or 0 when the image has no such user). Groups the image's /etc/group gives the
 * user by name are added where they are read (`id`), as containerd's WithAdditionalGIDs adds them.
 * Simplification: the image config's USER is not modelled, so a container without runAsUser runs as root.
 */
import type { Container, Pod } from '../../api/schemas';
import type { Identity } from '../../runtime';
import { NO_GROUPS } from './volume-gids';

/** Undefined when nothing is set: the runtime's default, root, without an object per container. */
export function containerIdentity(pod: Pod, container: Container, passwd: () => string | undefined, volumeGroups: readonly number[] = NO_GROUPS): Identity | undefined {
  const podContext = pod.spec?.securityContext;
  const own = container.securityContext;
  const runAsUser = own?.runAsUser ?? podContext?.runAsUser;
  const runAsGroup = own?.runAsGroup ?? podContext?.runAsGroup;
  const fsGroup = podContext?.fsGroup;
  const listed = podContext?.supplementalGroups;
  // Checked before building the group list: nearly every container sets none of them.
  if (runAsUser === undefined && runAsGroup === undefined && fsGroup === undefined && (listed === undefined || listed.length === 0) && volumeGroups.length === 0) return undefined;
  const supplementalGroups = [...(listed ?? []), ...(fsGroup === undefined ? [] : [fsGroup]), ...volumeGroups];
  const uid = runAsUser ?? 0;
  return { uid, gid: runAsGroup ?? passwdGroupOf(uid, passwd()), supplementalGroups };
}

/** The primary group of `uid` in an /etc/passwd text (`name:x:uid:gid:…`); 0 for a uid it does not list. */
function passwdGroupOf(uid: number, passwd: string | undefined): number {
  for (const line of (passwd ?? '').split('\n')) {
    const fields = line.split(':');
    if (fields.length >= 4 && Number(fields[2]) === uid) return Number(fields[3]);
  }
  return 0;
}
