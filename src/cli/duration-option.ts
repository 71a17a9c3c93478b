/** `--for 5m`, `--max-virtual-time 24h`: kubespec's duration forms, or a usage error naming the option. */
import { parseDuration } from '../clock';
import { UsageError } from './usage-error';

export function durationOption(text: string, option: string, command: string): number {
  try {
    return parseDuration(text);
  } catch (error) {
    throw new UsageError(`option "--${option}": ${(error as Error).message}`, command);
  }
}
