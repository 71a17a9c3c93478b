/**
 * provisionClaim of pv_controller.go: a claim with a class and no matching volume is handed to the
 * class's provisioner. Every in-tree provisioner (`kubernetes.io/...`) is gone in v1.32, so the
 * controller only annotates the claim with the provisioner's name and reports ExternalProvisioning;
 * the external provisioner (here, local-path) watches for that annotation. A missing class is a
 * ProvisioningFailed warning, retried on every sync.
 */
import type { StoredObject } from '../../api';
import type { PersistentVolumeClaim, StorageClass } from '../../api/schemas';
import { ANN_BETA_STORAGE_PROVISIONER, ANN_STORAGE_PROVISIONER, claimClass } from '../../storage';
import type { Action, ControllerContext } from '../controller';
import { fresh } from './binding';
import { normal, warning } from './claim-sync';

export function provisionClaim(claim: StoredObject<PersistentVolumeClaim>, { store }: ControllerContext): Action[] {
  const className = claimClass(claim);
  const sc = store.get('StorageClass', undefined, className) as StorageClass | undefined;
  if (!sc) return [warning(claim, 'ProvisioningFailed', `storageclass.storage.k8s.io "${className}" not found`)];
  const provisioner = sc.provisioner ?? '';
  if (provisioner.startsWith('kubernetes.io/')) return [warning(claim, 'ProvisioningFailed', `no volume plugin matched name: ${provisioner}`)];
  const message =
    `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. ` +
    'If volume creation is delayed, please verify that the provisioner is running and correctly registered.';
  return [...setClaimProvisioner(claim, provisioner), normal(claim, 'ExternalProvisioning', message)];
}

/** setClaimProvisioner: both the GA and the beta annotation, so old and new provisioners see it. */
function setClaimProvisioner(claim: StoredObject<PersistentVolumeClaim>, provisioner: string): Action[] {
  const annotations = claim.metadata.annotations ?? {};
  if (annotations[ANN_STORAGE_PROVISIONER] === provisioner && annotations[ANN_BETA_STORAGE_PROVISIONER] === provisioner) return [];
  const next = { ...annotations, [ANN_BETA_STORAGE_PROVISIONER]: provisioner, [ANN_STORAGE_PROVISIONER]: provisioner };
  return [{ type: 'update', object: { ...fresh(claim), metadata: { ...fresh(claim).metadata, annotations: next } } }];
}
