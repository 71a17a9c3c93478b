import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimelineEntry } from '../../api';
import { buildSwimlanes } from './swimlanes';
import { renderTimelineSvg, stateColour } from './timeline-svg';

const T0 = Date.UTC(2025, 0, 1);
let seq = 0;
function entry(atSeconds: number, type: TimelineEntry['type'], object: string, text: string, data?: Record<string, unknown>): TimelineEntry {
  return { at: T0 + atSeconds * 1000, seq: seq++, type, object, text, data };
}

const story: TimelineEntry[] = [
  entry(0, 'ADDED', 'Pod default/web', 'phase=Pending', { phase: 'Pending', deleting: false, containers: {} }),
  entry(0, 'ADDED', 'Deployment default/api', 'replicas=1'),
  entry(1, 'MODIFIED', 'Pod default/web', '', { phase: 'Pending', deleting: false, containers: { nginx: 'waiting(ContainerCreating)' } }),
  entry(2, 'Event', 'Pod default/web', 'Normal Pulled: Successfully pulled image "nginx"'),
  entry(3, 'MODIFIED', 'Pod default/web', '', { phase: 'Running', deleting: false, containers: { nginx: 'running(ready)' } }),
  entry(5, 'Event', 'Deployment default/api', 'Normal ScalingReplicaSet: Scaled up replica set api-1 from 0 to 1'),
  entry(8, 'MODIFIED', 'Pod default/web', '', { phase: 'Running', deleting: true, containers: { nginx: 'running(ready)' } }),
  entry(10, 'DELETED', 'Pod default/web', ''),
];

test('a pod lane follows its phase and a container lane its state, closing when the pod is deleted', () => {
  const lanes = buildSwimlanes(story, T0 + 20_000);
  assert.deepEqual(
    lanes.lanes.map((l) => [l.label, l.segments.map((s) => `${(s.from - T0) / 1000}-${(s.to - T0) / 1000}:${s.state}`)]),
    [
      ['default/web', ['0-3:Pending', '3-8:Running', '8-10:Terminating']],
      ['default/web › nginx', ['1-3:waiting(ContainerCreating)', '3-10:running(ready)']],
    ],
  );
  assert.equal(lanes.end, T0 + 20_000);
});

test("a container's lane follows its own pod's lane, whichever order they appeared in", () => {
  const lanes = buildSwimlanes([
    entry(0, 'ADDED', 'Pod default/a', '', { phase: 'Pending', containers: {} }),
    entry(0, 'ADDED', 'Pod default/b', '', { phase: 'Pending', containers: {} }),
    entry(1, 'MODIFIED', 'Pod default/a', '', { phase: 'Running', containers: { app: 'running' } }),
  ]);
  assert.deepEqual(lanes.lanes.map((l) => l.label), ['default/a', 'default/a › app', 'default/b']);
});

test('pod events mark the pod lane; other objects go to their own row', () => {
  const lanes = buildSwimlanes(story);
  assert.deepEqual(lanes.lanes[0]!.marks, [{ at: T0 + 2000, text: 'Normal Pulled: Successfully pulled image "nginx"', warning: false }]);
  assert.equal(lanes.otherEvents[0]!.text, 'Deployment default/api: Normal ScalingReplicaSet: Scaled up replica set api-1 from 0 to 1');
});

test('the SVG is well-formed, escapes text and is the same on every call', () => {
  const svg = renderTimelineSvg(story, { title: 'Scenario <web> & "api"' });
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /<title>Scenario &lt;web&gt; &amp; &quot;api&quot;<\/title>/);
  assert.match(svg, /Successfully pulled image &quot;nginx&quot;/);
  assert.ok(svg.includes(`fill="${stateColour('Running')}"`));
  assert.equal(svg.match(/<rect [^>]*><title>/g)!.length, 5, 'one rect per segment');
  assert.match(svg, /running, ready<\/text>/);
  assert.equal(renderTimelineSvg(story, { title: 'Scenario <web> & "api"' }), svg);
});

test('an empty timeline still draws a labelled, non-degenerate chart', () => {
  const svg = renderTimelineSvg([], { end: T0 });
  assert.match(svg, /no pods and no events/);
  assert.doesNotMatch(svg, /NaN|Infinity/);
});

test('state colours: failures red, waiting amber, ready green, completed blue', () => {
  assert.equal(stateColour('waiting(CrashLoopBackOff)'), '#d9534f');
  assert.equal(stateColour('waiting(ContainerCreating)'), '#f0ad4e');
  assert.equal(stateColour('running(ready)'), '#2e9d4f');
  assert.equal(stateColour('terminated(Completed)'), '#3b7dd8');
  assert.equal(stateColour('terminated(Error)'), '#d9534f');
});
