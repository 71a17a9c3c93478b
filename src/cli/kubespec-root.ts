/** The kubespec package root (steps/, features/, examples/ live here), wherever kubespec is installed. */
import { resolve } from 'node:path';

export const KUBESPEC_ROOT = resolve(__dirname, '../..');
