/**
 * `{ ...source, ...fields }` as an object that holds every field inside itself, for copies the store keeps.
 *
 * V8 gives an object made by `{}`, a spread or `Object.assign({}, …)` room for 4 fields (or its source's
 * layout); further fields go to a separate PropertyArray (16 B + 8 B per slot, with slack). A stored Pod's
 * top level, metadata and spec were such objects: ≈ 100 B per stored version spent on PropertyArrays and
 * their slack, copied by every scavenge. A constructor's instances are sized by slack tracking instead: the
 * first few constructions may use up to (expected properties + 8) in-object fields, and then the instance
 * size is fixed at the most that any of them used. So each record type below, one per field count, is built
 * a few times at that count when first needed, after which its instances hold exactly that many fields.
 * Its prototype is Object.prototype: the copies are plain objects to every reader (`constructor`, prototype,
 * deep equality, JSON, YAML), with the keys in the order the spread gives them.
 */
import { withFields } from './with-fields';

type RecordType = new () => object;

/** Field counts with a record type; a larger object is copied the ordinary way. */
const MAX_FIELDS = 20;
/** V8 ends slack tracking after 7 constructions (Map::kSlackTrackingCounterStart); one more to be sure. */
const SETTLING_CONSTRUCTIONS = 8;

const RECORD_TYPES: (RecordType | undefined)[] = [];

export function compactWith<T extends object, F extends object>(source: T, fields: F): T & F {
  const hasOwn = Object.prototype.hasOwnProperty;
  let size = 0;
  for (const key in source) if (hasOwn.call(source, key)) size++;
  for (const key in fields) if (hasOwn.call(fields, key) && !hasOwn.call(source, key)) size++;
  return withFields(source, fields, size <= MAX_FIELDS ? new (recordType(size))() : {});
}

function recordType(size: number): RecordType {
  let type = RECORD_TYPES[size];
  if (type === undefined) RECORD_TYPES[size] = type = settledRecordType(size);
  return type;
}

/** A new constructor (slack tracking is per constructor) whose instance size has settled at `size` fields. */
function settledRecordType(size: number): RecordType {
  // Named `Object` (a method's name is its key) so that heap snapshots list the copies as plain Objects.
  const type = {
    Object: function (this: Record<string, unknown>, grow?: boolean): void {
      // Never runs: V8 counts these assignments when it parses the function and expects 12 properties, which
      // lets the first instances take up to 20 in-object fields (objects.cc JSFunction::CalculateExpectedNofProperties).
      if (grow) this.a = this.b = this.c = this.d = this.e = this.f = this.g = this.h = this.i = this.j = this.k = this.l = 0;
    },
  }.Object as unknown as RecordType;
  type.prototype = Object.prototype;
  const fill: Record<string, number> = {};
  for (let i = 0; i < size; i++) fill[`f${i}`] = 0;
  for (let i = 0; i < SETTLING_CONSTRUCTIONS; i++) Object.assign(new type(), fill);
  return type;
}
