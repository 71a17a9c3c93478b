/**
 * (f) issue 2's foundation numbers: a fresh default cluster (goal < 1 ms), 10,000 ConfigMaps applied and
 * listed with a selector (goal: well under a second), a ten-step kubectl scenario (goal: a few ms). The
 * manifest reader's parse cost (`parseManifests`, what `kubectl apply -f` runs) is measured on its own, so
 * the API's share of an apply is visible; `yaml_library_us_per_doc` is the `yaml` library's full parse of the
 * same stream, which the reader falls back to outside its fast subset.
 */
import { parseAllDocuments } from 'yaml';
import { Cluster } from '../../src/cluster';
import { Kubectl, SandboxedFiles } from '../../src/kubectl';
import { parseManifests } from '../../src/kubectl/manifests';
import type { Benchmark, Sample } from '../benchmark';
import { medianMs, round, timed } from '../benchmark';

export interface FoundationOptions {
  objects: number;
  freshRuns: number;
}

export const foundationBenchmark: Benchmark<FoundationOptions> = {
  name: 'foundation',
  summary: 'fresh cluster, 10,000 ConfigMaps applied + listed, a ten-step scenario (issue 2)',
  defaults: { objects: 10_000, 'fresh-runs': 200 },
  defaultRuns: 3,
  options: (v) => ({ objects: v.objects!, freshRuns: v['fresh-runs']! }),
  run: runFoundation,
};

export function configMaps(n: number): string {
  return Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n  labels: {app: a${i % 10}}\ndata:\n  k: "${i}"\n`).join('---\n');
}

export function runFoundation({ objects, freshRuns }: FoundationOptions): Sample {
  const manifest = configMaps(objects);
  const total = timed(() => {
    const fresh = medianMs(freshRuns, () => void new Cluster({ nodes: 1 }));
    const yaml = timed(() => parseManifests(manifest, 'STDIN'));
    const library = timed(() => parseAllDocuments(manifest));
    const bulk = timed(() => applyAndList(manifest));
    const scenario = medianMs(20, tenStepScenario);
    return { fresh, yaml, library, bulk, scenario };
  });
  const { fresh, yaml, library, bulk, scenario } = total.value;
  return {
    wall_s: round(total.wall_s),
    cpu_s: round(total.cpu_s),
    events: bulk.value.events,
    virtual_s: 0,
    fresh_cluster_ms: fresh.wall_ms,
    fresh_cluster_cpu_ms: fresh.cpu_ms,
    apply_list_ms: round(bulk.wall_s * 1000, 1),
    apply_list_cpu_ms: round(bulk.cpu_s * 1000, 1),
    yaml_parse_cpu_ms: round(yaml.cpu_s * 1000, 1),
    yaml_cpu_us_per_doc: round((yaml.cpu_s * 1e6) / objects, 1),
    yaml_library_us_per_doc: round((library.cpu_s * 1e6) / objects, 1),
    api_cpu_us_per_object: round(((bulk.cpu_s - yaml.cpu_s) * 1e6) / objects, 1),
    listed: bulk.value.listed,
    ten_step_ms: scenario.wall_ms,
    ten_step_cpu_ms: scenario.cpu_ms,
  };
}

function applyAndList(manifest: string): { listed: number; events: number } {
  const cluster = new Cluster({ nodes: 1 });
  const kubectl = new Kubectl({ cluster, files: new SandboxedFiles(), stdin: manifest });
  kubectl.run('kubectl apply -f -');
  const listed = kubectl.run('kubectl get configmaps -l app=a3 -o name').stdout.split('\n').length - 1;
  return { listed, events: cluster.clock.eventsRun };
}

function tenStepScenario(): void {
  const cluster = new Cluster({ nodes: 3 });
  const files = new SandboxedFiles();
  const run = (line: string, stdin?: string) => new Kubectl({ cluster, files, stdin }).run(line);
  run('kubectl create namespace shop');
  run('kubectl apply -f -', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: game, namespace: shop}\ndata: {lives: "3"}\n');
  run('kubectl get configmaps -n shop');
  run('kubectl label configmap game -n shop tier=backend');
  run('kubectl get configmap game -n shop -o yaml');
  run('kubectl create deployment web --image=nginx --dry-run=client -o yaml');
  cluster.advance(60_000);
  run('kubectl get nodes');
  run('kubectl delete configmap game -n shop');
  run('kubectl delete namespace shop');
}
