import assert from 'node:assert/strict';
import { test } from 'node:test';
import { marshalIndent } from './go-json';
import { structNode } from './typed-node';

test('zero-valued structs stay, omitempty scalars and collections go, unknown fields are dropped', () => {
  const node = structNode({ metadata: { name: 's', labels: {} }, spec: { ports: [{ port: 80 }], clusterIPs: [] }, bogus: 1 }, 'Service');
  assert.equal(
    marshalIndent(node),
    [
      '{',
      '    "metadata": {',
      '        "name": "s",',
      '        "creationTimestamp": null',
      '    },',
      '    "spec": {',
      '        "ports": [',
      '            {',
      '                "port": 80,',
      '                "targetPort": 0',
      '            }',
      '        ]',
      '    },',
      '    "status": {',
      '        "loadBalancer": {}',
      '    }',
      '}',
    ].join('\n'),
  );
});

test('pointers keep zero values and non-omitempty nil slices print null', () => {
  const json = marshalIndent(structNode({ spec: { replicas: 0, template: {} } }, 'Deployment'));
  assert.match(json, /"replicas": 0/);
  assert.match(json, /"containers": null/);
});
