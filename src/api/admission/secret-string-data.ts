/**
 * Secret `stringData` is write-only: the v1→internal conversion (pkg/apis/core/v1/conversion.go
 * Convert_v1_Secret_To_core_Secret) merges it into `data`, overriding keys present in both, and the
 * stored object never has it. kubespec has no internal version, so a mutating step does the merge.
 */
import type { KubeObject } from '../object';
import type { Secret } from '../schemas';
import type { AdmissionPlugin } from './admission';

export const secretStringData: AdmissionPlugin = {
  name: 'SecretStringData',
  kinds: ['Secret'],
  mutate({ object }) {
    const secret = object as unknown as Secret;
    if (secret.stringData === undefined) return;
    const data = { ...secret.data };
    for (const [key, value] of Object.entries(secret.stringData)) data[key] = Buffer.from(value, 'utf8').toString('base64');
    const { stringData: _dropped, ...rest } = secret;
    return { ...rest, data } as unknown as KubeObject;
  },
};
