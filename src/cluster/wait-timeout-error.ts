import type { TimelineEntry } from '../api';
import { goDuration, toRFC3339 } from '../clock';

/** A wait whose condition never came true within its virtual deadline; carries the timeline to explain why. */
export class WaitTimeoutError extends Error {
  constructor(
    readonly description: string,
    readonly timeoutMs: number,
    readonly timeline: readonly TimelineEntry[],
    readonly pending: readonly { at: number; label: string }[],
  ) {
    super(`timed out after ${goDuration(timeoutMs)} of virtual time waiting for ${description}\n${formatTimeline(timeline)}${formatPending(pending)}`);
    this.name = 'WaitTimeoutError';
  }
}

/** The cluster reached its `limits.maxVirtualTimeMs`: a scenario that would simulate (nearly) forever. */
export class VirtualTimeLimitError extends Error {
  constructor(
    readonly doing: string,
    readonly limitMs: number,
    readonly timeline: readonly TimelineEntry[],
  ) {
    super(`stopped ${doing}: the scenario would pass its limit of ${goDuration(limitMs)} of virtual time (a scenario that simulates forever, or a wait that is far too long?)\n${formatTimeline(timeline)}`);
    this.name = 'VirtualTimeLimitError';
  }
}

export function formatTimeline(entries: readonly TimelineEntry[]): string {
  if (entries.length === 0) return 'timeline: (nothing happened)\n';
  return `timeline (last ${entries.length}):\n${entries.map((e) => `  ${toRFC3339(e.at)}  ${e.type.padEnd(8)} ${e.object}  ${e.text}`).join('\n')}\n`;
}

function formatPending(pending: readonly { at: number; label: string }[]): string {
  if (pending.length === 0) return 'nothing was scheduled to happen next\n';
  return `next scheduled:\n${pending.slice(0, 5).map((p) => `  ${toRFC3339(p.at)}  ${p.label}`).join('\n')}\n`;
}
