/**
 * Turns a cluster timeline into swimlanes: one lane per pod (its phase, or Terminating) and one per
 * container (waiting/running/terminated, as `containerState` in src/cluster/timeline-writer.ts writes it),
 * each a run of segments over virtual time, with the pod's Kubernetes Events marked where they happened.
 */
import type { TimelineEntry } from '../../api';

export interface Segment {
  readonly from: number;
  readonly to: number;
  readonly state: string;
}

export interface Mark {
  readonly at: number;
  readonly text: string;
  readonly warning: boolean;
}

export interface Lane {
  readonly label: string;
  readonly kind: 'pod' | 'container';
  readonly segments: Segment[];
  readonly marks: Mark[];
}

export interface Swimlanes {
  readonly start: number;
  readonly end: number;
  readonly lanes: readonly Lane[];
  /** Events about objects other than pods (Deployments, Nodes, PVCs...). */
  readonly otherEvents: readonly Mark[];
}

interface OpenLane extends Lane {
  open?: { from: number; state: string };
}

interface PodData {
  phase?: string;
  deleting?: boolean;
  containers?: Record<string, string>;
}

/** `end` is the scenario's last virtual instant (the clock may have moved past the last entry). */
export function buildSwimlanes(entries: readonly TimelineEntry[], end?: number): Swimlanes {
  const lanes = new Map<string, OpenLane>();
  const otherEvents: Mark[] = [];
  const start = entries[0]?.at ?? end ?? 0;
  for (const entry of entries) {
    if (entry.type === 'Event') recordEvent(entry, lanes, otherEvents);
    else if (entry.object.startsWith('Pod ')) recordPodWrite(entry, lanes);
  }
  const last = Math.max(end ?? start, entries.at(-1)?.at ?? start);
  const stop = last > start ? last : start + 1000;
  for (const lane of lanes.values()) close(lane, stop);
  return { start, end: stop, lanes: grouped([...lanes.values()]).map(({ label, kind, segments, marks }) => ({ label, kind, segments, marks })), otherEvents };
}

/** Each pod's lane, then its containers' lanes, pods in order of appearance. */
function grouped(lanes: readonly OpenLane[]): OpenLane[] {
  return lanes.filter((l) => l.kind === 'pod').flatMap((pod) => [pod, ...lanes.filter((l) => l.kind === 'container' && l.label.startsWith(`${pod.label} › `))]);
}

function recordPodWrite(entry: TimelineEntry, lanes: Map<string, OpenLane>): void {
  const pod = entry.object.slice('Pod '.length);
  const data = (entry.data ?? {}) as PodData;
  if (entry.type === 'DELETED') {
    for (const [key, lane] of lanes) if (key === pod || key.startsWith(`${pod} › `)) close(lane, entry.at);
    return;
  }
  transition(laneFor(lanes, pod, 'pod'), entry.at, data.deleting ? 'Terminating' : (data.phase ?? 'Pending'));
  for (const [container, state] of Object.entries(data.containers ?? {})) transition(laneFor(lanes, `${pod} › ${container}`, 'container'), entry.at, state);
}

function recordEvent(entry: TimelineEntry, lanes: Map<string, OpenLane>, otherEvents: Mark[]): void {
  const mark = { at: entry.at, text: entry.text, warning: entry.text.startsWith('Warning') };
  const lane = entry.object.startsWith('Pod ') ? lanes.get(entry.object.slice('Pod '.length)) : undefined;
  if (lane) lane.marks.push(mark);
  else otherEvents.push({ ...mark, text: `${entry.object}: ${entry.text}` });
}

function laneFor(lanes: Map<string, OpenLane>, label: string, kind: Lane['kind']): OpenLane {
  let lane = lanes.get(label);
  if (!lane) lanes.set(label, (lane = { label, kind, segments: [], marks: [] }));
  return lane;
}

function transition(lane: OpenLane, at: number, state: string): void {
  if (lane.open?.state === state) return;
  close(lane, at);
  lane.open = { from: at, state };
}

function close(lane: OpenLane, at: number): void {
  if (!lane.open) return;
  lane.segments.push({ from: lane.open.from, to: Math.max(at, lane.open.from), state: lane.open.state });
  lane.open = undefined;
}
