import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SubmissionGrade } from '../submission-grade';
import { toGradescopeResults } from './gradescope-results';
import { toHtmlSummary } from './html-summary';
import { toJUnitXml } from './junit-report';
import { toMarkdownSummary } from './markdown-summary';

const GRADE: SubmissionGrade = {
  submission: 'alice',
  score: 2,
  max_score: 6,
  problems: ['big.yaml is 2.0 MiB; files over 1 MiB are not read'],
  tests: [
    { name: 'Expose › port 80', uri: 'a.feature', line: 3, passed: true, score: 2, max_score: 2, output: 'Passed.', visibility: 'visible' },
    { name: 'Expose › NodePort <30080>', uri: 'a.feature', line: 9, passed: false, score: 0, max_score: 1, output: 'Failed step: "service/web" should match:\n  type differs', visibility: 'visible', svg: '<svg id="t"/>' },
    { name: 'Expose › secret check', uri: 'a.feature', line: 20, passed: false, score: 0, max_score: 3, output: 'Failed step: the secret thing', visibility: 'hidden' },
  ],
};

test('Gradescope results carry every test with its visibility, and the overall output', () => {
  const results = toGradescopeResults(GRADE);
  assert.equal(results.score, 2);
  assert.equal(results.max_score, 6);
  assert.equal(results.output, '2 / 6 points\nProblems with the submission:\n- big.yaml is 2.0 MiB; files over 1 MiB are not read');
  assert.deepEqual(results.tests[2], { name: 'Expose › secret check', score: 0, max_score: 3, status: 'failed', output: 'Failed step: the secret thing', visibility: 'hidden' });
});

test('JUnit: a testsuite per submission, failures with their first line as message, XML escaped', () => {
  const xml = toJUnitXml([GRADE, { submission: 'bob', score: 0, max_score: 6, tests: [], problems: [], error: 'the submission folder "bob" does not exist' }]);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="kubespec grade" tests="4" failures="2" errors="1">/);
  assert.match(xml, /<testcase classname="a.feature" name="Expose › NodePort &lt;30080&gt; \(0\/1 points\)" time="0">\n +<failure message="Failed step: &quot;service\/web&quot; should match:">/);
  assert.match(xml, /<testsuite name="bob" tests="1" failures="0" errors="1">/);
  assert.match(xml, /<error message="the submission folder &quot;bob&quot; does not exist">/);
});

test('student summaries withhold hidden tests and show visible failures', () => {
  for (const summary of [toMarkdownSummary(GRADE), toHtmlSummary(GRADE)]) {
    assert.doesNotMatch(summary, /secret/);
    assert.match(summary, /1 hidden test \(3 points\) count toward the total/);
    assert.match(summary, /big\.yaml is 2\.0 MiB/);
    assert.match(summary, /type differs/);
  }
  assert.match(toMarkdownSummary(GRADE), /^# alice: 2 \/ 6 points\n/);
  assert.match(toMarkdownSummary(GRADE), /^\| ❌ \| Expose › NodePort <30080> \| 0 \/ 1 \|$/m);
  assert.match(toHtmlSummary(GRADE), /<h3>Expose › NodePort &lt;30080&gt; \(0 \/ 1\)<\/h3><pre>[^<]*<\/pre><details><summary>Timeline<\/summary><svg id="t"\/><\/details>/);
});
