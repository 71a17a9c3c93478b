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

export function formatTimeline(entries: readonly TimelineEntry[]): string {
  if (entries.length === 0) return 'timeline: (nothing happened)\n';
  return `timeline (last ${entries.length}):\n${entries.map((e) => `  ${toRFC3339(e.at)}  ${e.type.padEnd(8)} ${e.object}  ${e.text}`).join('\n')}\n`;
}

function formatPending(pending: readonly { at: number; label: string }[]): string {
  if (pending.length === 0) return 'nothing was scheduled to happen next\n';
  return `next scheduled:\n${pending.slice(0, 5).map((p) => `  ${toRFC3339(p.at)}  ${p.label}`).join('\n')}\n`;
}
