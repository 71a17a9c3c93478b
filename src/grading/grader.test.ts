import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Grader, SuiteError } from './grader';
import { toMarkdownSummary } from './reports';

// A small assignment written at test time: a Service, worth points, one hidden check, one runaway scenario.
const FEATURE = `Feature: Expose the web pods
  @points:2
  Scenario: The Service selects the web pods on port 80
    When I apply the file "service.yaml"
    Then "service/web" should match:
      """
      spec:
        selector:
          app: web
        ports:
          - port: 80
      """

  @points:3 @hidden
  Scenario: The Service is a NodePort
    When I apply the file "service.yaml"
    Then "service/web" should match:
      """
      spec:
        type: NodePort
      """

  Scenario: The namespace file creates the namespace
    When I apply the file "namespace.yaml"
    Then "namespace/shop" should exist
`;
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n    - port: 80\n';

let root: string;
let grader: Grader;

function submission(name: string, files: Record<string, string>): string {
  const dir = join(root, 'submissions', name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'kubespec-grader-'));
  mkdirSync(join(root, 'assignment'));
  writeFileSync(join(root, 'assignment', 'expose.feature'), FEATURE);
  writeFileSync(join(root, 'secret.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n');
  grader = await Grader.create({ suite: join(root, 'assignment') });
});

after(() => rmSync(root, { recursive: true, force: true }));

test('a correct submission earns every point, hidden tests included', async () => {
  const grade = await grader.grade(submission('alice', { 'service.yaml': SERVICE, 'namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n' }));
  assert.equal(grade.submission, 'alice');
  assert.deepEqual([grade.score, grade.max_score], [6, 6]);
  assert.deepEqual(grade.tests.map((t) => [t.score, t.max_score, t.visibility]), [[2, 2, 'visible'], [3, 3, 'hidden'], [1, 1, 'visible']]);
  assert.equal(grader.maxScore, 6);
});

test('a missing file fails only the scenarios that use it, saying which file', async () => {
  const grade = await grader.grade(submission('bob', { 'service.yaml': SERVICE }));
  assert.deepEqual([grade.score, grade.max_score], [5, 6]);
  const failed = grade.tests.find((t) => !t.passed)!;
  assert.match(failed.output, /The file "namespace\.yaml" is missing: add it to your submission/);
  assert.match(failed.output, /^Failed step: "namespace\/shop" should exist\n  namespace\/shop does not exist/);
});

test('hidden tests count but their names and details stay out of the student summary', async () => {
  const grade = await grader.grade(submission('carol', { 'service.yaml': SERVICE.replace('type: NodePort', 'type: ClusterIP') }));
  assert.deepEqual([grade.score, grade.max_score], [2, 6]);
  const summary = toMarkdownSummary(grade);
  assert.doesNotMatch(summary, /NodePort/);
  assert.match(summary, /1 hidden test \(3 points\) count toward the total/);
});

test('an oversized file and a link out of the folder are named as problems and read by no scenario', async () => {
  const dir = submission('dave', { 'namespace.yaml': `# ${'x'.repeat(1024 * 1024 + 10)}\n` });
  symlinkSync(join(root, 'secret.yaml'), join(dir, 'service.yaml'));
  const grade = await grader.grade(dir);
  assert.equal(grade.score, 0);
  assert.deepEqual(grade.problems, ['namespace.yaml is 1.0 MiB; files over 1 MiB are not read', 'service.yaml is a link pointing outside the submission; it will not be read']);
  assert.match(grade.tests[0]!.output, /About your files:\n  service\.yaml is a link pointing outside the submission/);
  assert.match(grade.tests[2]!.output, /too large to read; keep each file under 1 MiB/);
});

test('nothing outside the submission folder can be read: no .., no absolute paths', async () => {
  const dir = join(root, 'escape');
  mkdirSync(dir);
  writeFileSync(join(dir, 'escape.feature'), 'Feature: Escape\n  Scenario: Up\n    When I apply the file "../secret.yaml"\n    Then "namespace/shop" should exist\n\n  Scenario: Absolute\n    When I apply the file "/etc/hostname"\n    Then the command should succeed\n');
  const grade = await (await Grader.create({ suite: dir })).grade(submission('mallory', {}));
  assert.equal(grade.score, 0);
  assert.match(grade.tests[0]!.output, /paths may not leave the feature or submission folder/);
  assert.match(grade.tests[1]!.output, /absolute paths are not allowed/);
});

test('a missing submission folder scores 0 with the reason, and grading goes on', async () => {
  const missing = await grader.grade(join(root, 'submissions', 'nobody'));
  assert.deepEqual([missing.score, missing.max_score, missing.tests.length], [0, 6, 0]);
  assert.match(missing.error!, /the submission folder ".*nobody" does not exist/);
  const next = await grader.grade(submission('erin', { 'service.yaml': SERVICE }));
  assert.equal(next.score, 5);
});

test('a scenario that would simulate for ever fails clearly at the virtual-time cap', async () => {
  const dir = join(root, 'forever');
  mkdirSync(dir);
  writeFileSync(join(dir, 'wait.feature'), 'Feature: Waiting\n  Scenario: Wait a month\n    Given a cluster with 1 node\n    When 30 days pass\n');
  const forever = await Grader.create({ suite: dir, maxVirtualTimeMs: 3600_000 });
  const grade = await forever.grade(submission('frank', {}));
  assert.equal(grade.score, 0);
  assert.match(grade.tests[0]!.output, /stopped advancing 720h0m0s: the scenario would pass its limit of 1h0m0s of virtual time/);
});

test('a broken assignment is reported with file, line and column before any submission runs', async () => {
  await assert.rejects(Grader.create({ suite: join(root, 'nope') }), (e: Error) => e instanceof SuiteError && /does not exist/.test(e.message));
  const dir = join(root, 'broken');
  mkdirSync(dir);
  writeFileSync(join(dir, 'bad.feature'), 'Feature: Bad\n  Scenario: x\n    Given a cluster with 1 node\n  this line is not Gherkin\n');
  await assert.rejects(Grader.create({ suite: dir }), (e: Error) => e instanceof SuiteError && /bad\.feature:4:3: expected: #EOF.*got 'this line is not Gherkin'/.test(e.message));
  writeFileSync(join(dir, 'bad.feature'), 'Feature: Bad\n  @points:lots\n  Scenario: x\n    Given the moon is made of cheese\n');
  await assert.rejects(Grader.create({ suite: dir }), (e: Error) => e instanceof SuiteError && /bad\.feature:3: "the moon is made of cheese"/.test(e.message));
});
