/**
 * go-yaml v2's mapping key order (sorter.go `keyList.Less`), which `kubectl get -o yaml` shows: runs of digits
 * compare as numbers (`node-2` before `node-10`), and a non-letter sorts before a letter.
 */
export function sortYamlKeys(keys: readonly string[]): string[] {
  // Go's sort.Sort runs insertion sort on up to 12 elements; the comparator is not transitive for keys
  // such as a1x/a01/a10b, so the algorithm is part of the observable order. Larger maps use the same
  // insertion sort, which agrees with pdqsort whenever the keys are transitively ordered.
  const out = [...keys];
  for (let i = 1; i < out.length; i++) {
    for (let j = i; j > 0 && keyLess(out[j]!, out[j - 1]!); j--) [out[j], out[j - 1]] = [out[j - 1]!, out[j]!];
  }
  return out;
}

function keyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]! < br[i]!;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]!); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]! < br[i]!;
  }
  return ar.length < br.length;
}

function isLetter(c: string): boolean {
  return /\p{L}/u.test(c);
}

function isDigit(c: string): boolean {
  return /\p{Nd}/u.test(c);
}
