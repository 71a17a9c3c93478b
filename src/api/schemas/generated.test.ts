import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as schemas from './index';
import { GO_STRUCTS } from './generated/go-fields';

const ROOT = join(__dirname, '..', '..', '..');

test('the committed generated schemas match a fresh run of the generator', () => {
  const run = spawnSync(process.execPath, ['--require', 'ts-node/register', 'scripts/generate-schemas.ts', '--check'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
  });
  assert.equal(run.status, 0, run.stderr);
});

test('common sub-types are exported as strict schemas', () => {
  for (const name of ['PodSpec', 'Container', 'ContainerStatus', 'Probe', 'Volume', 'ServicePort', 'LabelSelector', 'ObjectMeta'] as const) {
    assert.equal(schemas[name].safeParse({}).success, true, name);
    assert.equal(schemas[name].safeParse({ notAField: true }).success, false, name);
  }
});

test('the field table knows Go struct names and quantity fields', () => {
  assert.equal(GO_STRUCTS.Event?.go, 'Event');
  assert.equal(GO_STRUCTS.DiscoveryEndpointPort?.go, 'EndpointPort');
  assert.equal(GO_STRUCTS.ResourceRequirements?.fields.limits, 'map:quantity');
  assert.equal(GO_STRUCTS.EmptyDirVolumeSource?.fields.sizeLimit, 'quantity');
  assert.equal(GO_STRUCTS.DeploymentSpec?.fields.template, '#PodTemplateSpec');
});
