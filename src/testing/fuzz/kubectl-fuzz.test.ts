/**
 * Fuzzing kubectl and the API server: whatever manifests and command lines arrive, each command ends as
 * kubectl ends (success, or exit 1 with a kubectl-style message), within bounded virtual time, and leaves
 * only objects that decode under their own schema. Longer campaigns: `npm run fuzz`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Cluster } from '../../cluster';
import { Kubectl, SandboxedFiles, parseManifests } from '../../kubectl';
import { manifestYaml, sessionStep } from '../arbitraries';
import { fuzzParameters } from './fuzz-runs';
import { FUZZ_CLUSTER, KubectlSession, kubectlStyleProblem, schemaViolations } from './kubectl-session';

const env = process.env;

test('any session of manifests, commands and clock advances ends each step the way kubectl ends', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(sessionStep, { minLength: 1, maxLength: 6 }), (seed, steps) => {
      const session = new KubectlSession(seed);
      for (const step of steps) assert.equal(session.step(step), undefined);
    }),
    fuzzParameters(25, env),
  );
});

test('server-side dry runs of any manifest answer like kubectl and change nothing', () => {
  const cluster = new Cluster({ ...FUZZ_CLUSTER, seed: 1 });
  const files = new SandboxedFiles();
  const before = cluster.api.store.resourceVersion;
  fc.assert(
    fc.property(manifestYaml, fc.constantFrom('apply', 'create'), (yaml, verb) => {
      const line = `kubectl ${verb} --dry-run=server -f -`;
      const result = new Kubectl({ cluster, files, stdin: yaml }).run(line);
      assert.equal(kubectlStyleProblem(line, result), undefined, `${line}\n${yaml}\n${result.stderr}`);
      assert.equal(cluster.api.store.resourceVersion, before, `a dry run wrote to the store:\n${yaml}`);
    }),
    fuzzParameters(100, env),
  );
  assert.deepEqual(schemaViolations(cluster), []);
});

test('the manifest reader turns any text into documents or kubectl-style errors', () => {
  const yamlish = fc.stringMatching(/^[a-z:{}[\]\-&*!|>'" \n0-9,#%@`]{0,120}$/);
  fc.assert(
    fc.property(fc.oneof(yamlish, fc.string({ maxLength: 200 }), manifestYaml), (text) => {
      for (const doc of parseManifests(text, 'STDIN')) {
        if (doc.error !== undefined) assert.match(doc.error, /^error: /);
        else assert.equal(typeof doc.value, 'object');
      }
    }),
    fuzzParameters(300, env),
  );
});
