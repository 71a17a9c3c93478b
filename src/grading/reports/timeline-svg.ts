/**
 * Draws a scenario's timeline as an SVG swimlane chart for the HTML reports: a lane per pod and per
 * container, coloured by state over virtual time, Events as ticks (red for Warnings) with the text as a
 * tooltip. A pure function of the timeline, so the same picture comes out of every run.
 */
import type { TimelineEntry } from '../../api';
import { humanDuration } from '../../clock';
import { buildSwimlanes, type Lane, type Mark, type Swimlanes } from './swimlanes';

const WIDTH = 960;
const LABEL_WIDTH = 240;
const LANE_HEIGHT = 18;
const AXIS_HEIGHT = 24;
const LEGEND_HEIGHT = 22;
const LEGEND_STEP = 140;
const MAX_LANES = 60;
/** One sample state per colour, in the order a pod usually lives them. */
const LEGEND: readonly [string, string][] = [
  ['waiting / Pending', 'Pending'],
  ['running, not ready', 'running'],
  ['running, ready', 'running(ready)'],
  ['completed', 'Succeeded'],
  ['error / back-off', 'Failed'],
  ['terminating', 'Terminating'],
];
const TICK_STEPS_MS = [1, 5, 10, 30, 60, 300, 600, 1800, 3600, 6 * 3600, 12 * 3600, 86_400, 7 * 86_400].map((s) => s * 1000);

export interface TimelineSvgOptions {
  /** The scenario's final virtual instant, so a quiet tail still shows. */
  readonly end?: number;
  readonly title?: string;
}

export function renderTimelineSvg(entries: readonly TimelineEntry[], options: TimelineSvgOptions = {}): string {
  const swimlanes = buildSwimlanes(entries, options.end);
  const lanes = swimlanes.lanes.slice(0, MAX_LANES);
  const rows = lanes.length + (swimlanes.otherEvents.length > 0 ? 1 : 0);
  const lanesBottom = AXIS_HEIGHT + Math.max(rows, 1) * LANE_HEIGHT;
  const height = lanesBottom + LEGEND_HEIGHT;
  const x = scale(swimlanes);
  const body = [
    `<title>${escapeXml(options.title ?? 'timeline')}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    ...axis(swimlanes, x, lanesBottom),
    ...lanes.flatMap((lane, i) => drawLane(lane, AXIS_HEIGHT + i * LANE_HEIGHT, x)),
    ...(swimlanes.otherEvents.length > 0 ? drawOtherEvents(swimlanes.otherEvents, AXIS_HEIGHT + lanes.length * LANE_HEIGHT, x) : []),
    ...(rows === 0 ? [text(LABEL_WIDTH, AXIS_HEIGHT + 13, 'no pods and no events', '#777')] : []),
    ...legend(lanesBottom + 14),
    ...(swimlanes.lanes.length > MAX_LANES ? [text(WIDTH - 220, lanesBottom + 14, `+${swimlanes.lanes.length - MAX_LANES} more lanes not shown`, '#777')] : []),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="monospace" font-size="11">\n${body.join('\n')}\n</svg>\n`;
}

/** Colour of a pod phase or container state; failures red, waiting amber, running green, done blue. */
export function stateColour(state: string): string {
  if (/BackOff|Err|Error|Failed|OOMKilled|Unknown/.test(state)) return '#d9534f';
  if (state === 'Terminating') return '#9b59b6';
  if (state === 'running') return '#8fd19e';
  if (/^(Running|running\(ready\))$/.test(state)) return '#2e9d4f';
  if (/^(Succeeded|terminated)/.test(state)) return '#3b7dd8';
  if (/^(Pending|waiting)/.test(state)) return '#f0ad4e';
  return '#bbbbbb';
}

function legend(y: number): string[] {
  const swatches = LEGEND.flatMap(([label, state], i) => {
    const x = 8 + i * LEGEND_STEP;
    return [`<rect x="${x}" y="${y - 9}" width="10" height="10" fill="${stateColour(state)}"/>`, text(x + 14, y, label, '#555')];
  });
  const x = 8 + LEGEND.length * LEGEND_STEP;
  return [...swatches, `<line x1="${x}" y1="${y - 10}" x2="${x}" y2="${y + 1}" stroke="#b00020" stroke-width="2"/>`, text(x + 4, y, 'Warning event', '#555')];
}

function scale(swimlanes: Swimlanes): (at: number) => number {
  const span = swimlanes.end - swimlanes.start;
  return (at) => LABEL_WIDTH + ((at - swimlanes.start) / span) * (WIDTH - LABEL_WIDTH - 8);
}

function axis(swimlanes: Swimlanes, x: (at: number) => number, bottom: number): string[] {
  const span = swimlanes.end - swimlanes.start;
  const step = TICK_STEPS_MS.find((s) => span / s <= 8) ?? TICK_STEPS_MS.at(-1)!;
  const ticks: string[] = [];
  for (let t = 0; t <= span; t += step) {
    const at = x(swimlanes.start + t);
    ticks.push(`<line x1="${fixed(at)}" y1="${AXIS_HEIGHT - 4}" x2="${fixed(at)}" y2="${bottom}" stroke="#eee"/>`);
    if (at + 48 <= WIDTH) ticks.push(text(at + 2, 12, `+${humanDuration(t)}`, '#555'));
  }
  return ticks;
}

function drawLane(lane: Lane, y: number, x: (at: number) => number): string[] {
  const indent = lane.kind === 'container' ? 12 : 0;
  const label = lane.kind === 'container' ? lane.label.slice(lane.label.indexOf(' › ') + 3) : lane.label;
  return [
    text(4 + indent, y + 13, clip(label, 34 - indent / 6), lane.kind === 'pod' ? '#000' : '#444'),
    ...lane.segments.map((s) => {
      const width = Math.max(x(s.to) - x(s.from), 1);
      return `<rect x="${fixed(x(s.from))}" y="${y + 3}" width="${fixed(width)}" height="${LANE_HEIGHT - 6}" fill="${stateColour(s.state)}"><title>${escapeXml(`${lane.label}: ${s.state}`)}</title></rect>`;
    }),
    ...lane.marks.map((m) => drawMark(m, y, x)),
  ];
}

function drawOtherEvents(marks: readonly Mark[], y: number, x: (at: number) => number): string[] {
  return [text(4, y + 13, 'other events', '#444'), ...marks.map((m) => drawMark(m, y, x))];
}

function drawMark(mark: Mark, y: number, x: (at: number) => number): string {
  const at = fixed(x(mark.at));
  return `<line x1="${at}" y1="${y + 1}" x2="${at}" y2="${y + LANE_HEIGHT - 1}" stroke="${mark.warning ? '#b00020' : '#333'}" stroke-width="2"><title>${escapeXml(mark.text)}</title></line>`;
}

function text(x: number, y: number, content: string, fill: string): string {
  return `<text x="${fixed(x)}" y="${y}" fill="${fill}">${escapeXml(content)}</text>`;
}

function clip(label: string, max: number): string {
  return label.length > max ? `…${label.slice(label.length - max + 1)}` : label;
}

function fixed(n: number): string {
  return String(Math.round(n * 10) / 10);
}

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
