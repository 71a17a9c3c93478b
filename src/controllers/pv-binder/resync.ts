/**
 * The PV controller's periodic resync (its informers resync every 15s, `--pvclaimbinder-sync-period`):
 * every claim and volume is synced again, which is when a Pending claim finds a volume created after it,
 * retries provisioning, and repeats its FailedBinding / WaitForFirstConsumer / ExternalProvisioning
 * event (the recorder counts the repeats). The timer only runs while a sync could change something (a
 * Pending claim, a Pending volume, a Released volume whose policy is not Retain), so an idle cluster has
 * no periodic events.
 */
import type { ObjectStore } from '../../api';
import { objectKey } from '../../api';
import type { VirtualClock } from '../../clock';
import type { Controller } from '../controller';

export const PV_RESYNC_PERIOD_MS = 15_000;

export interface ResyncRunner {
  enqueue(controller: Controller, key: ReturnType<typeof objectKey>): void;
}

export function installPvResync(controller: Controller, runner: ResyncRunner, clock: VirtualClock, store: Pick<ObjectStore, 'list' | 'watch'>): void {
  let armed = false;
  const arm = (): void => {
    if (armed || !needsResync(store)) return;
    armed = true;
    clock.schedule(PV_RESYNC_PERIOD_MS, `resync ${controller.name}`, () => {
      armed = false;
      for (const claim of store.list('PersistentVolumeClaim')) runner.enqueue(controller, objectKey('PersistentVolumeClaim', claim.metadata.namespace, claim.metadata.name));
      for (const volume of store.list('PersistentVolume')) runner.enqueue(controller, objectKey('PersistentVolume', undefined, volume.metadata.name));
      arm();
    });
  };
  store.watch('PersistentVolumeClaim', arm);
  store.watch('PersistentVolume', arm);
}

function needsResync(store: Pick<ObjectStore, 'list'>): boolean {
  const phase = (o: { status?: unknown }): string | undefined => (o.status as { phase?: string } | undefined)?.phase;
  const reclaimable = (v: { spec?: unknown }): boolean => (v.spec as { persistentVolumeReclaimPolicy?: string } | undefined)?.persistentVolumeReclaimPolicy !== 'Retain';
  return (
    store.list('PersistentVolumeClaim').some((c) => (phase(c) ?? 'Pending') === 'Pending') ||
    store.list('PersistentVolume').some((v) => phase(v) === 'Pending' || (phase(v) === 'Released' && reclaimable(v)))
  );
}
