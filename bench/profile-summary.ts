/**
 * Summarizes a V8 CPU profile: self time by function, or with `--by-area` by src/ folder.
 *   node --cpu-prof --cpu-prof-dir=prof bin/kubespec.js bench scale --nodes 40 --runs 1
 *   npx ts-node bench/profile-summary.ts prof/*.cpuprofile [--top 40] [--by-area]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function selfTime(profile: Profile, keyOf: (node: ProfileNode) => string): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const key = keyOf(byId.get(id)!);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return totals;
}

export function functionKey({ callFrame: f }: ProfileNode): string {
  return `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*?\/(src|bench|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
}

export function areaKey({ callFrame: f }: ProfileNode): string {
  const src = /\/src\/([^/]+(?:\/[^/.]+(?=\/))?)/.exec(f.url);
  if (src) return `src/${src[1]}`;
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.url);
  return module ? `node_modules/${module[1]}` : f.functionName || '(native)';
}

function main(argv: readonly string[]): void {
  const file = argv.find((a) => a.endsWith('.cpuprofile'));
  if (!file) throw new Error('usage: profile-summary.ts FILE.cpuprofile [--top N] [--by-area]');
  const top = Number(argv[argv.indexOf('--top') + 1] ?? 40) || 40;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const totals = selfTime(profile, argv.includes('--by-area') ? areaKey : functionKey);
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  for (const [key, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / all).toFixed(1).padStart(5)} %  ${key}`);
  }
  console.log(`${(all / 1000).toFixed(0).padStart(7)} ms total`);
}

if (require.main === module) main(process.argv.slice(2));
