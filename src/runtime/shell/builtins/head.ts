import type { Program } from '../../program';
import { lines, readInputs } from './input-files';

/** `head [-n N | -N] [FILE…]` */
export const head: Program = function* (io) {
  const args = io.argv.slice(1);
  let count = 10;
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-n') count = Number(args[++i]);
    else if (/^-n\d+$/.test(arg)) count = Number(arg.slice(2));
    else if (/^-\d+$/.test(arg)) count = Number(arg.slice(1));
    else operands.push(arg);
  }
  const { files, failed } = readInputs(io, 'head', operands);
  files.forEach((file, index) => {
    if (files.length > 1) io.stdout(`${index > 0 ? '\n' : ''}==> ${file.name} <==\n`);
    io.stdout(lines(file.text).slice(0, count).map((line) => `${line}\n`).join(''));
  });
  return failed ? 1 : 0;
};
