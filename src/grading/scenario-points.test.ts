import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PointsTagError, pointsOf, visibilityOf } from './scenario-points';

test('@points:N sets the worth, 1 by default, decimals allowed; the last tag wins', () => {
  assert.equal(pointsOf([]), 1);
  assert.equal(pointsOf(['@smoke', '@points:5']), 5);
  assert.equal(pointsOf(['@points:0.5']), 0.5);
  assert.equal(pointsOf(['@points:2', '@points:3']), 3);
  for (const bad of ['@points:', '@points:-1', '@points:many']) assert.throws(() => pointsOf([bad]), PointsTagError);
});

test('@hidden and @after_published set the visibility', () => {
  assert.equal(visibilityOf(['@points:2']), 'visible');
  assert.equal(visibilityOf(['@hidden']), 'hidden');
  assert.equal(visibilityOf(['@after_published']), 'after_published');
});
