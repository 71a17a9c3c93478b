/**
 * Grades every assignment of the example course (examples/course/<topic>/) with its correct and its
 * subtly wrong submission, in-process, and checks the scores: the correct one earns full marks, the
 * wrong one exactly the points its mistake leaves standing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Grader } from './grader';

const COURSE = join(__dirname, '..', '..', 'examples', 'course');

/** [points of the wrong submission, max points]; the correct submission must earn max points. */
const EXPECTED: Readonly<Record<string, readonly [number, number]>> = {
  'configmap-hot-update': [3, 6],
  cronjob: [3, 6],
  'deployment-rollback': [2, 7],
  'init-containers': [1, 8],
  'pv-reclaim': [3, 6],
  probes: [3, 6],
  rbac: [4, 6],
  'service-types': [3, 7],
  'static-pods': [4, 5],
  statefulset: [4, 7],
};

test('every course topic has expected scores', () => {
  const topics = readdirSync(COURSE, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  assert.deepEqual(topics.sort(), Object.keys(EXPECTED).sort());
});

for (const [topic, [wrongScore, maxScore]] of Object.entries(EXPECTED)) {
  test(`${topic}: the correct submission earns ${maxScore} points, the wrong one ${wrongScore}`, async () => {
    const grader = await Grader.create({ suite: join(COURSE, topic, 'assignment') });
    const correct = await grader.grade(join(COURSE, topic, 'submissions', 'correct'));
    const failed = correct.tests.filter((t) => !t.passed).map((t) => `${t.name}\n${t.output}`);
    assert.deepEqual(failed, [], 'the correct submission failed tests');
    assert.deepEqual([correct.score, correct.max_score], [maxScore, maxScore]);
    const wrong = await grader.grade(join(COURSE, topic, 'submissions', 'wrong'));
    assert.deepEqual([wrong.score, wrong.max_score], [wrongScore, maxScore]);
    assert.ok(wrong.tests.filter((t) => !t.passed).every((t) => t.output.startsWith('Failed step: ')), 'every failure explains its step');
  });
}
