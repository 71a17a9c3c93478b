import type { Program } from '../../program';
import { readInputs } from './input-files';

/** `cat [FILE…]` */
export const cat: Program = function* (io) {
  const { files, failed } = readInputs(io, 'cat', io.argv.slice(1).filter((arg) => !/^-[uv]+$/.test(arg)));
  for (const file of files) io.stdout(file.text);
  return failed ? 1 : 0;
};
