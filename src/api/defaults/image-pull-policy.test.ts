import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultImagePullPolicy } from './image-pull-policy';

test('latest or no tag pulls Always; a tag or digest pulls IfNotPresent', () => {
  const cases: [string, string][] = [
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['nginx:1.27', 'IfNotPresent'],
    ['docker.io/library/nginx', 'Always'],
    ['localhost:5000/app', 'Always'],
    ['localhost:5000/app:v2', 'IfNotPresent'],
    ['nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31', 'IfNotPresent'],
    ['nginx:latest@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31', 'Always'],
    // ParseImageName fails on an invalid reference, leaving no tag.
    ['NGINX', 'IfNotPresent'],
  ];
  for (const [image, policy] of cases) assert.equal(defaultImagePullPolicy(image), policy, image);
});
