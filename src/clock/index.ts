/**
 * Virtual time and seeded randomness: the only clock and the only dice in kubespec.
 * Every delay in the simulation is an event in a VirtualClock; every random choice comes from a SeededRandom.
 */
export { VirtualClock, DEFAULT_EPOCH_MS, toRFC3339, parseRFC3339, type ClockObserver } from './virtual-clock';
export type { ScheduledEvent, ScheduledEventId } from './event-queue';
export { SeededRandom } from './seeded-random';
export { parseDuration, humanDuration, shortHumanDuration, goDuration } from './duration';
