/** The read-only store surface the networking code needs (a subset of ObjectStore). */
import type { ObjectStore } from '../../api';

export { objectKey, selectorFromMap, type KubeObject, type ObjectKey, type StoredObject } from '../../api';
export type StoreView = Pick<ObjectStore, 'get' | 'list'>;
