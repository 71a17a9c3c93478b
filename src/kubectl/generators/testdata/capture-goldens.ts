/**
 * Records the golden files of this folder from the real kubectl binary:
 *   cd /work/main && node --require ts-node/register src/kubectl/generators/testdata/capture-goldens.ts [name-filter]
 * Each case runs in a scratch directory holding its files, against fake-apiserver.ts (discovery only),
 * with `--dry-run=client -o yaml` and `-o json`. Failing cases keep only stderr.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { commandWords, GOLDEN_CASES, type GoldenCase } from './cases';
import { startFakeApiserver } from './fake-apiserver';

interface Result {
  stdout: string;
  stderr: string;
  code: number;
}

function runKubectl(args: string[], cwd: string, kubeconfig: string): Promise<Result> {
  return new Promise((resolve) => {
    execFile('kubectl', args, { cwd, env: { ...process.env, KUBECONFIG: kubeconfig } }, (error, stdout, stderr) => {
      resolve({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 });
    });
  });
}

function writeFiles(dir: string, files: Readonly<Record<string, string>> = {}): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

async function capture(testCase: GoldenCase, kubeconfig: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'kubectl-golden-'));
  writeFiles(work, testCase.files);
  for (const format of ['yaml', 'json'] as const) {
    const result = await runKubectl(commandWords(testCase, format), work, kubeconfig);
    if ((result.code !== 0) !== Boolean(testCase.fails)) throw new Error(`${testCase.name}: exit ${result.code}\n${result.stderr}`);
    if (!testCase.fails) writeFileSync(join(__dirname, `${testCase.name}.${format}`), result.stdout);
    if (result.stderr) writeFileSync(join(__dirname, `${testCase.name}.stderr`), result.stderr);
    if (testCase.fails) break;
  }
  rmSync(work, { recursive: true });
}

async function main(filter = ''): Promise<void> {
  const { server, url } = await startFakeApiserver();
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'kubeconfig-')), 'config');
  writeFileSync(
    kubeconfig,
    `apiVersion: v1\nkind: Config\nclusters:\n- name: fake\n  cluster:\n    server: ${url}\ncontexts:\n- name: fake\n  context:\n    cluster: fake\n    user: fake\ncurrent-context: fake\nusers:\n- name: fake\n  user: {}\n`,
  );
  try {
    for (const testCase of GOLDEN_CASES.filter((c) => c.name.includes(filter))) await capture(testCase, kubeconfig);
  } finally {
    server.close();
  }
}

if (require.main === module) {
  main(process.argv[2]).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
