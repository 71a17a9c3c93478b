/**
 * Secret data as kubectl collects it (create_secret.go addKeyFromLiteralToSecret): keys checked with
 * IsConfigMapKey, duplicates refused, values base64-encoded as encoding/json writes []byte.
 */
import type { KubeObject } from '../../api/object';
import { goQuote } from './data-sources';
import { GeneratorError, objectMeta, type GeneratorContext } from './generator';
import { isConfigMapKey } from './name-validation';

export class SecretData {
  readonly data: Record<string, string> = {};

  readonly add = (key: string, value: string): void => {
    const errs = isConfigMapKey(key);
    if (errs.length > 0) throw new GeneratorError(`${goQuote(key)} is not valid key name for a Secret ${errs.join(';')}`);
    if (Object.hasOwn(this.data, key)) throw new GeneratorError(`cannot add key ${key}, another key by that name already exists`);
    this.data[key] = Buffer.from(value, 'utf8').toString('base64');
  };
}

/** newSecretObj. */
export function secretObject(name: string, ctx: GeneratorContext, type: string, data: Record<string, string>): KubeObject {
  return { apiVersion: 'v1', kind: 'Secret', metadata: objectMeta(name, ctx), data, ...(type ? { type } : {}) };
}
