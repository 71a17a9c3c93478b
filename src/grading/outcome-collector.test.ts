import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OutcomeCollector } from './outcome-collector';

test('envelopes fold into one outcome per scenario, retries ignored, hooks only when they fail', () => {
  const c = new OutcomeCollector();
  const feed = (...envelopes: object[]) => envelopes.forEach((e) => c.onMessage(e));
  feed(
    { gherkinDocument: { uri: 'a.feature', feature: { name: 'Expose web' } } },
    { pickle: { id: 'p1', uri: 'a.feature', name: 'The Service exists', location: { line: 4 }, tags: [{ name: '@points:2' }], steps: [{ id: 's1', text: 'I apply the file "x.yaml"' }, { id: 's2', text: '"service/web" should exist' }] } },
    { testCase: { id: 't1', pickleId: 'p1', testSteps: [{ id: 'h1', hookId: 'before' }, { id: 'ts1', pickleStepId: 's1' }, { id: 'ts2', pickleStepId: 's2' }, { id: 'h2', hookId: 'after' }] } },
    { testCaseStarted: { id: 'a1', testCaseId: 't1' } },
    { testCaseFinished: { testCaseStartedId: 'a1', willBeRetried: true } },
    { testCaseStarted: { id: 'a2', testCaseId: 't1' } },
    { testStepFinished: { testCaseStartedId: 'a2', testStepId: 'h1', testStepResult: { status: 'PASSED' } } },
    { testStepFinished: { testCaseStartedId: 'a2', testStepId: 'ts1', testStepResult: { status: 'PASSED' } } },
    { testStepFinished: { testCaseStartedId: 'a2', testStepId: 'ts2', testStepResult: { status: 'FAILED', message: 'service/web does not exist' } } },
    { attachment: { testCaseStartedId: 'a2', body: Buffer.from('<svg/>').toString('base64'), mediaType: 'image/svg+xml', contentEncoding: 'BASE64', fileName: 'timeline.svg' } },
    { testStepFinished: { testCaseStartedId: 'a2', testStepId: 'h2', testStepResult: { status: 'PASSED' } } },
    { testCaseFinished: { testCaseStartedId: 'a2', willBeRetried: false } },
    { parseError: { source: { uri: 'b.feature', location: { line: 3, column: 5 } }, message: '(3:5): expected: #EOF, got x' } },
  );
  assert.deepEqual(c.outcomes(), [
    {
      uri: 'a.feature',
      line: 4,
      featureName: 'Expose web',
      name: 'The Service exists',
      tags: ['@points:2'],
      status: 'FAILED',
      steps: [
        { text: 'I apply the file "x.yaml"', status: 'PASSED', message: undefined },
        { text: '"service/web" should exist', status: 'FAILED', message: 'service/web does not exist' },
      ],
      attachments: [{ mediaType: 'image/svg+xml', body: '<svg/>', fileName: 'timeline.svg' }],
    },
  ]);
  assert.deepEqual(c.sourceErrors, [{ uri: 'b.feature', line: 3, column: 5, message: 'expected: #EOF, got x' }]);
});
