/**
 * The first `k` items of a sort, in order, without sorting the rest: a bounded max-heap keeps the k best
 * seen so far, O(n log k). A ReplicaSet scaled down by one pod per rollout step needs only the first of its
 * ranked pods; sorting all n of them on each of a rollout's O(n) steps made rollouts quadratic.
 * `compare` must be a total order (no ties), so the result equals `[...items].sort(compare).slice(0, k)`.
 */
export function partialSort<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (k >= items.length) return [...items].sort(compare);
  const heap: T[] = [];
  for (const item of items) {
    if (heap.length < k) push(heap, item, compare);
    else if (compare(item, heap[0]!) < 0) replaceTop(heap, item, compare);
  }
  return heap.sort(compare);
}

/** Max-heap on `compare`: heap[0] is the worst of the k kept. */
function push<T>(heap: T[], item: T, compare: (a: T, b: T) => number): void {
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (compare(heap[i]!, heap[parent]!) <= 0) return;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function replaceTop<T>(heap: T[], item: T, compare: (a: T, b: T) => number): void {
  heap[0] = item;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let largest = i;
    if (left < heap.length && compare(heap[left]!, heap[largest]!) > 0) largest = left;
    if (right < heap.length && compare(heap[right]!, heap[largest]!) > 0) largest = right;
    if (largest === i) return;
    [heap[i], heap[largest]] = [heap[largest]!, heap[i]!];
    i = largest;
  }
}
