/**
 * Every command the simulated shell knows. Shell builtins need the interpreter; utilities are
 * ordinary programs (busybox applets) that an image with a userland provides on its $PATH.
 */
import type { ShellFlavour } from '../../images/image-spec';
import type { Program } from '../../program';
import { basename } from './basename';
import { breakBuiltin } from './break';
import { cat } from './cat';
import { cd } from './cd';
import { chmod } from './chmod';
import { colon } from './colon';
import { command } from './command';
import { continueBuiltin } from './continue';
import { cp } from './cp';
import { curl } from './curl';
import { dashEcho } from './dash-echo';
import { date } from './date';
import { dirname } from './dirname';
import { dot } from './dot';
import { doubleBracket } from './double-bracket';
import { echo } from './echo';
import { env } from './env';
import { evalBuiltin } from './eval';
import { exec } from './exec';
import { exit } from './exit';
import { exportBuiltin } from './export';
import { falseProgram } from './false';
import { grep } from './grep';
import { head } from './head';
import { hostname } from './hostname';
import { id } from './id';
import { kill } from './kill';
import { ln } from './ln';
import { local } from './local';
import { ls } from './ls';
import { mkdir } from './mkdir';
import { mv } from './mv';
import { nc } from './nc';
import { nslookup } from './nslookup';
import { ping } from './ping';
import { printenv } from './printenv';
import { printf } from './printf';
import { pwd } from './pwd';
import { read } from './read';
import { returnBuiltin } from './return';
import { rev } from './rev';
import { rm } from './rm';
import { seq } from './seq';
import { set } from './set';
import type { ShellBuiltin } from './shell-builtin';
import { shift } from './shift';
import { sleep } from './sleep';
import { tail } from './tail';
import { test } from './test';
import { touch } from './touch';
import { trap } from './trap';
import { trueProgram } from './true';
import { unset } from './unset';
import { wait } from './wait';
import { wc } from './wc';
import { wget } from './wget';
import { whoami } from './whoami';

export const SHELL_BUILTINS: Readonly<Record<string, ShellBuiltin>> = {
  ':': colon, '.': dot, source: dot, break: breakBuiltin, cd, command, continue: continueBuiltin, eval: evalBuiltin, exec, exit,
  export: exportBuiltin, local, read, readonly: local, return: returnBuiltin, set, shift, trap, unset, wait,
};

/** Builtins only one shell has, taking precedence over a `$PATH` utility of the same name. */
export const FLAVOUR_BUILTINS: Readonly<Record<ShellFlavour, Readonly<Record<string, ShellBuiltin>>>> = {
  ash: { '[[': doubleBracket },
  bash: {},
  dash: { echo: dashEcho },
};

export const UTILITIES: Readonly<Record<string, Program>> = {
  '[': test, basename, cat, chmod, cp, curl, date, dirname, echo, env, false: falseProgram, grep, head, hostname, id, kill,
  ln, ls, mkdir, mv, nc, nslookup, ping, printenv, printf, pwd, rev, rm, seq, sleep, tail, test, touch, true: trueProgram, wc, wget, whoami,
};

/** Utilities only some images ship (busybox has wget/nslookup/nc/ping but no curl; Debian images the reverse). */
export const NETWORK_TOOLS: ReadonlySet<string> = new Set(['curl', 'nc', 'nslookup', 'ping', 'wget']);
