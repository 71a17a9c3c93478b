/**
 * Masks what Kubernetes leaves to chance — generated name suffixes, UIDs, allocated IPs, the node a
 * tie-break picked, how long an image pull took (and so every age and duration after it), and therefore
 * row order and column widths — so two runs with different seeds can be compared on everything else.
 */
const UID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;
/** `apimachinery/pkg/util/rand.String(5)`: the suffix generateName appends. */
const NAME_SUFFIX = /-[bcdfghjklmnpqrstvwxz2456789]{5}\b/g;
const IP = /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g;
const NODE = /\bnode-\d+\b/g;
/** `5m58s`, `60s`, `2.76s`: AGE columns and durations. */
const DURATION = /\b\d+(?:\.\d+)?(?:ms|[smhd])(?:\d+(?:\.\d+)?(?:ms|[smhd]))*\b/g;

export function maskUnordered(text: string): string {
  return text.replace(UID, '<uid>').replace(NAME_SUFFIX, '-<suffix>').replace(IP, '<ip>').replace(NODE, '<node>').replace(DURATION, '<duration>');
}

/** Each blank-line-separated block with masked values, its rows sorted and column padding collapsed. */
export function unorderedView(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) =>
      maskUnordered(block)
        .split('\n')
        .map((line) => line.replace(/ {2,}/g, '  ').trimEnd())
        .sort()
        .join('\n'),
    )
    .join('\n\n');
}
