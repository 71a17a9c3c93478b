/**
 * An object key remembered for the (namespace, name) it was last asked for. Watch handlers run on every write
 * of their kind and most map a pod to the same few owners again and again (a Deployment's 150,000 pods to
 * one ReplicaSet), and the store's reads by name mostly repeat the previous one of their kind: building
 * `ReplicaSet/ns/name` afresh each time costs a string and, in the runner's queue set and the store's tables,
 * hashing it again (≈ 200 vs 15 ns). Handing out the same string instance costs neither (its hash is kept on
 * it). One entry per call site: the comparison is two string compares, usually of one instance.
 */
import { objectKey, type ObjectKey } from './object';

export class KeyMemo {
  private namespace: string | undefined = undefined;
  private name: string | undefined = undefined;
  private last: ObjectKey | undefined = undefined;

  constructor(private readonly kind: string) {}

  key(namespace: string | undefined, name: string): ObjectKey {
    if (this.last === undefined || this.name !== name || this.namespace !== namespace) {
      this.last = objectKey(this.kind, namespace, name);
      this.name = name;
      this.namespace = namespace;
    }
    return this.last;
  }
}
