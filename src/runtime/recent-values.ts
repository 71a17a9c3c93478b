/**
 * The last few values of one kind that containers share instead of each keeping its own equal copy (an
 * environment template, an argument list, a list of declared ports), replaced in turn, oldest first. A
 * caller looks for an equal one with its own comparison, in place, so that a hit builds nothing; a cluster
 * runs a handful of images and pod templates at a time, so a few values serve every replica.
 */
export class RecentValues<T> {
  private readonly values: T[] = [];
  private next = 0;

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.values.length;
  }

  at(index: number): T {
    return this.values[index]!;
  }

  /** Keeps `value` in place of the oldest one once full, and returns it. */
  remember(value: T): T {
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.capacity;
    return value;
  }
}
