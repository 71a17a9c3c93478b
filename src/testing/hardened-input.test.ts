/**
 * Hostile input is refused with a clear message under fixed limits, quickly, and never escapes: YAML alias
 * bombs and self-referencing anchors, absurd nesting, oversized documents and document counts, and file
 * paths that try to leave the feature's or submission's folder (`..`, absolute paths, symlinks).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster } from '../cluster';
import { FileAccessError, Kubectl, MANIFEST_LIMITS, MAX_FILE_BYTES, SandboxedFiles, parseManifests } from '../kubectl';

const BILLION_LAUGHS = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefgh'.split('').map((x, i) => `${x}: &${x} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');

function errorOf(text: string): string | undefined {
  return parseManifests(text, 'STDIN')[0]?.error;
}

test('a YAML alias bomb is refused as go-yaml refuses it', () => {
  assert.equal(errorOf(BILLION_LAUGHS), 'error: error parsing STDIN: error converting YAML to JSON: yaml: document contains excessive aliasing');
});

test('anchors that contain themselves or do not exist are refused, not followed', () => {
  assert.equal(errorOf('&a [*a]'), "error: error parsing STDIN: error converting YAML to JSON: yaml: anchor 'a' value contains itself");
  assert.equal(errorOf('a: &x\n  b: *x\n'), "error: error parsing STDIN: error converting YAML to JSON: yaml: anchor 'x' value contains itself");
  assert.equal(errorOf('*a'), "error: error parsing STDIN: error converting YAML to JSON: yaml: unknown anchor 'a' referenced");
  assert.deepEqual(parseManifests('a: &x 1\nb: *x\n', 'STDIN')[0]?.value, { a: 1, b: 1 });
});

test('nesting deeper than the limit is refused before the parser can overflow its stack', () => {
  const refused = `error: STDIN is nested deeper than ${MANIFEST_LIMITS.maxDepth} levels: such manifests are refused`;
  assert.equal(errorOf('['.repeat(50_000) + ']'.repeat(50_000)), refused);
  assert.equal(errorOf('{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000)), refused);
  assert.equal(errorOf(`a:\n${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i + 1)}b:`).join('\n')} 1\n`), refused);
  assert.equal(errorOf(`${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- `).join('\n')}1\n`), refused);
  assert.equal(errorOf('x: ' + '['.repeat(101) + ']'.repeat(101)), refused);
  assert.equal(errorOf('x: ' + '['.repeat(90) + ']'.repeat(90)), undefined);
});

test('oversized manifests and too many documents are refused by size and count', () => {
  const big = `kind: ConfigMap\ndata: {a: "${'x'.repeat(MANIFEST_LIMITS.maxBytes)}"}\n`;
  assert.match(errorOf(big) ?? '', /^error: STDIN is \d+ bytes: manifests larger than 3145728 bytes are refused$/);
  assert.equal(errorOf('a: 1\n---\n'.repeat(MANIFEST_LIMITS.maxDocuments + 1)), `error: STDIN has more than ${MANIFEST_LIMITS.maxDocuments} documents`);
});

test('huge strings that pass the reader meet the apiserver size limits', () => {
  const cluster = new Cluster({ nodes: 1 });
  const result = new Kubectl({ cluster, files: new SandboxedFiles(), stdin: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  a: "${'x'.repeat(1_100_000)}"\n` }).run('kubectl create -f -');
  assert.equal(result.exitCode, 1);
  assert.match(result.stderr, /^The ConfigMap "big" is invalid: \[\]: Too long/);
  assert.equal(cluster.get('ConfigMap', 'default', 'big'), undefined);
});

test('file paths cannot leave the folder: .., absolute paths, symlinks out', (t) => {
  const outside = mkdtempSync(join(tmpdir(), 'kubespec-outside-'));
  const root = mkdtempSync(join(tmpdir(), 'kubespec-root-'));
  t.after(() => [outside, root].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  writeFileSync(join(outside, 'secret.yaml'), 'kind: Secret\n');
  writeFileSync(join(root, 'ok.yaml'), 'kind: ConfigMap\n');
  mkdirSync(join(root, 'sub'));
  symlinkSync(join(outside, 'secret.yaml'), join(root, 'link.yaml'));
  symlinkSync(outside, join(root, 'linkdir'));
  symlinkSync(join(root, 'ok.yaml'), join(root, 'sub', 'inside.yaml'));
  const files = new SandboxedFiles(root);
  assert.equal(files.read('ok.yaml'), 'kind: ConfigMap\n');
  assert.equal(files.read('sub/inside.yaml'), 'kind: ConfigMap\n');
  assert.equal(files.read('sub/../ok.yaml'), 'kind: ConfigMap\n');
  for (const path of ['../secret.yaml', 'sub/../../secret.yaml', join(outside, 'secret.yaml'), '/etc/passwd', 'link.yaml', 'linkdir/secret.yaml']) {
    assert.throws(() => files.read(path), FileAccessError, path);
  }
  for (const link of ['link.yaml', 'linkdir', 'linkdir/secret.yaml']) assert.equal(files.exists(link), false, `${link} leads outside and should not exist`);
  assert.deepEqual(files.listDir('.'), ['ok.yaml']);
});

test('kubectl reports escaping paths as errors and writes only to memory', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'kubespec-root-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const cluster = new Cluster({ nodes: 1 });
  const kubectl = new Kubectl({ cluster, files: new SandboxedFiles(root) });
  for (const line of ['kubectl apply -f ../x.yaml', 'kubectl apply -f /etc/passwd', 'kubectl create configmap c --from-file=/etc/hostname', 'kubectl get pods > ../out.txt']) {
    const result = kubectl.run(line);
    assert.equal(result.exitCode, 1, line);
    assert.match(result.stderr, /^error: .*(absolute paths are not allowed|may not leave the feature or submission folder)/m, line);
  }
  assert.equal(kubectl.run('kubectl get nodes > nodes.txt').exitCode, 0);
  assert.equal(existsSync(join(root, 'nodes.txt')), false, 'a redirect wrote to the disk');
});

test('files larger than the read limit are refused', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'kubespec-root-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, 'huge.yaml'), 'x'.repeat(MAX_FILE_BYTES + 1));
  assert.throws(() => new SandboxedFiles(root).read('huge.yaml'), /larger than 1048576 bytes/);
});
