/**
 * How a scenario's tags grade it: `@points:5` sets its worth (default 1, decimals allowed), `@hidden`
 * withholds its details from students until grades are published (Gradescope's `after_published` would be
 * `@after_published`), and everything else is visible.
 */
export type Visibility = 'visible' | 'hidden' | 'after_published';

export const DEFAULT_POINTS = 1;

export class PointsTagError extends Error {}

/** The points a scenario is worth; a malformed `@points:` tag is an error in the assignment, not the student's. */
export function pointsOf(tags: readonly string[]): number {
  const tag = [...tags].reverse().find((t) => t.startsWith('@points:'));
  if (tag === undefined) return DEFAULT_POINTS;
  const value = Number(tag.slice('@points:'.length));
  if (!Number.isFinite(value) || value < 0 || tag.endsWith(':')) throw new PointsTagError(`${tag}: points must be a number of 0 or more, as in @points:5`);
  return value;
}

export function visibilityOf(tags: readonly string[]): Visibility {
  if (tags.includes('@hidden')) return 'hidden';
  if (tags.includes('@after_published')) return 'after_published';
  return 'visible';
}
