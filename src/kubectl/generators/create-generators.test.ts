import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createGenerators, resolveCreateGenerator } from './create-generators';
import type { GeneratorError } from './generator';

test('aliases and nested subcommands resolve to the same generators', () => {
  assert.equal(createGenerators.get('deploy'), createGenerators.get('deployment'));
  assert.equal(createGenerators.get('svc nodeport'), createGenerators.get('service nodeport'));
  assert.deepEqual(resolveCreateGenerator(['secret', 'generic', 'db'])?.rest, ['db']);
  assert.equal(resolveCreateGenerator(['cm', 'x'])?.generator.commandPath, 'kubectl create configmap');
  assert.equal(resolveCreateGenerator(['priorityclass', 'x']), undefined);
  assert.equal(resolveCreateGenerator(['secret']), undefined);
});

test('an unknown nested subcommand fails as cobra reports it', () => {
  assert.throws(
    () => resolveCreateGenerator(['secret', 'foo', 'x']),
    (e: GeneratorError) => e.stderr === `error: unknown command "foo x"\nSee 'kubectl create secret -h' for help and examples`,
  );
});
