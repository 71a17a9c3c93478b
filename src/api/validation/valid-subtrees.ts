/**
 * Frozen subtrees a validator has already found valid. Stored objects never change, and the create pipeline
 * shares frozen subtrees between the pods of one template (`defaults/share-with-exemplar.ts`), so a check
 * whose result depends on the subtree alone runs once per distinct subtree rather than once per pod. Only
 * clean results are remembered: an error names its field path, which differs from one use to the next.
 */
import type { FieldError } from '../api-error';

export class ValidSubtrees {
  private readonly valid = new WeakSet<object>();

  /** True when `value` is a frozen subtree this check found valid before. */
  has(value: unknown): boolean {
    return value !== null && typeof value === 'object' && this.valid.has(value);
  }

  /** Returns `errors`; remembers a frozen `value` (deep-frozen, as every stored subtree is) that had none. */
  remember(value: unknown, errors: FieldError[]): FieldError[] {
    if (errors.length === 0 && value !== null && typeof value === 'object' && Object.isFrozen(value)) this.valid.add(value);
    return errors;
  }
}
