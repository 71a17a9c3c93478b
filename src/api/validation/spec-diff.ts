/**
 * A readable stand-in for the `cmp.Diff(old, new)` text that ValidatePodUpdate and the PVC/PV updates
 * append to their Forbidden message. go-cmp deliberately randomises its whitespace between runs, so its
 * output cannot be matched byte for byte anyway; kubespec keeps its shape (type header, `-`/`+` lines per
 * changed field, `... // N identical fields`) with values printed as JSON, and sorts fields by name.
 * Example: `  core.PodSpec{\n  \t... // 5 identical fields\n- \tDNSPolicy: "ClusterFirst",\n+ \tDNSPolicy: "Default",\n  }`.
 */
import { deepEqual } from './object-meta';

const goFieldName = (jsonName: string): string => jsonName.charAt(0).toUpperCase() + jsonName.slice(1);
const render = (v: unknown): string => (v === undefined ? 'nil' : JSON.stringify(v));

export function specDiff(typeName: string, oldSpec: Record<string, unknown>, newSpec: Record<string, unknown>): string {
  const fields = [...new Set([...Object.keys(oldSpec), ...Object.keys(newSpec)])].sort();
  const lines = [`  ${typeName}{`];
  let identical = 0;
  const flush = (): void => {
    if (identical > 0) lines.push(`  \t... // ${identical} identical field${identical === 1 ? '' : 's'}`);
    identical = 0;
  };
  for (const f of fields) {
    if (deepEqual(oldSpec[f], newSpec[f])) {
      identical++;
      continue;
    }
    flush();
    lines.push(`- \t${goFieldName(f)}: ${render(oldSpec[f])},`, `+ \t${goFieldName(f)}: ${render(newSpec[f])},`);
  }
  flush();
  lines.push('  }');
  return lines.join('\n');
}
