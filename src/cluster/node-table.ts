/**
 * Node definitions from a table (`name | cpu | memory | labels | taints`), as the `Given a cluster with
 * nodes:` step and `kubespec sim --nodes-file` write them: labels `k=v,k2=v2`, taints `k=v:Effect`.
 */
import type { NodeOptions } from './options';

export function nodeOptionsFromTable(rows: readonly Record<string, string>[]): NodeOptions[] {
  return rows.map((row) => ({
    name: required(row, 'name'),
    cpu: row.cpu?.trim() || '4',
    memory: row.memory?.trim() || '8Gi',
    pods: row.pods ? Number(row.pods) : 110,
    labels: parseLabels(row.labels ?? ''),
    taints: parseTaints(row.taints ?? ''),
  }));
}

function required(row: Record<string, string>, column: string): string {
  const value = row[column]?.trim();
  if (!value) throw new Error(`the nodes table needs a "${column}" column with a value in every row`);
  return value;
}

function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key, value = ''] = pair.split('=');
    labels[key!.trim()] = value.trim();
  }
  return labels;
}

function parseTaints(text: string): NodeOptions['taints'] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((taint) => {
      const m = /^([^=:]+)(?:=([^:]*))?:(NoSchedule|PreferNoSchedule|NoExecute)$/.exec(taint);
      if (!m) throw new Error(`invalid taint "${taint}": write key=value:Effect with Effect NoSchedule, PreferNoSchedule or NoExecute`);
      return { key: m[1]!, ...(m[2] !== undefined ? { value: m[2] } : {}), effect: m[3] as 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' };
    });
}
