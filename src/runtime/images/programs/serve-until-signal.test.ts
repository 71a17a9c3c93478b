import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ListenerTable } from '../../listeners';
import type { Effect, ProgramBody, ProgramIO, SignalHandler, System, Wake } from '../../program';
import { serveUntilSignal, type SignalReactions } from './serve-until-signal';

const REACTIONS: SignalReactions = {
  SIGTERM: { exitCode: 0, log: () => 'bye\n' },
  SIGQUIT: { exitCode: 3, delayMs: 500 },
};

function fakeIO(listeners: ListenerTable): { io: ProgramIO; stderr: string[]; handler: () => SignalHandler | undefined } {
  const stderr: string[] = [];
  let handler: SignalHandler | undefined;
  const owner = {};
  const sys = { listeners, listen: (listener) => listeners.listen(listener, owner) } as Partial<System> as System;
  const io: ProgramIO = { argv: [], env: {}, cwd: '/', stdin: '', stdout: () => undefined, stderr: (text) => stderr.push(text), sys, onSignal: (h) => (handler = h) };
  return { io, stderr, handler: () => handler };
}

const TIMER: Wake = { kind: 'timer' };
const signal = (name: 'SIGTERM' | 'SIGQUIT' | 'SIGHUP'): Wake => ({ kind: 'signal', signal: name });

test('binds, blocks until a handled signal, then logs, closes its ports and exits', () => {
  const listeners = new ListenerTable();
  const { io, stderr, handler } = fakeIO(listeners);
  const body = serveUntilSignal(io, [{ port: 80, protocol: 'TCP' }], REACTIONS, () => 'taken\n');
  assert.equal(listeners.isListening(80), false, 'nothing runs before the first step');
  assert.deepEqual(body.next(TIMER), { done: false, value: { kind: 'block' } });
  assert.equal(listeners.isListening(80), true);
  assert.equal(handler()?.('SIGTERM'), true);
  assert.equal(handler()?.('SIGHUP'), false);
  assert.deepEqual(body.next(signal('SIGHUP')), { done: false, value: { kind: 'block' } });
  assert.deepEqual(body.next(signal('SIGTERM')), { done: true, value: 0 });
  assert.deepEqual(stderr, ['bye\n']);
  assert.equal(listeners.isListening(80), false);
});

test('a reaction with a delay closes the ports at once and exits after the delay', () => {
  const listeners = new ListenerTable();
  const body = serveUntilSignal(fakeIO(listeners).io, [{ port: 80, protocol: 'TCP' }], REACTIONS, () => 'taken\n');
  body.next(TIMER);
  assert.deepEqual(body.next(signal('SIGQUIT')), { done: false, value: { kind: 'sleep', ms: 500 } });
  assert.equal(listeners.isListening(80), false);
  assert.deepEqual(body.next(signal('SIGTERM')), { done: true, value: 3 });
});

test('a taken port writes the bind error and exits 1', () => {
  const listeners = new ListenerTable();
  listeners.listen({ port: 80, protocol: 'TCP' }, {});
  const { io, stderr } = fakeIO(listeners);
  const body = serveUntilSignal(io, [{ port: 80, protocol: 'TCP' }], REACTIONS, (port, given) => `port ${port} taken (${given === io})\n`);
  assert.deepEqual(body.next(TIMER), { done: true, value: 1 });
  assert.deepEqual(stderr, ['port 80 taken (true)\n']);
});

test('behaves as a generator under yield* and return', () => {
  const listeners = new ListenerTable();
  const { io } = fakeIO(listeners);
  function* wrapper(): ProgramBody {
    const code = yield* serveUntilSignal(io, [], REACTIONS, () => '');
    return code + 10;
  }
  const outer = wrapper();
  assert.deepEqual(outer.next(TIMER), { done: false, value: { kind: 'block' } });
  assert.deepEqual(outer.next(signal('SIGTERM')), { done: true, value: 10 });
  const killed = serveUntilSignal(io, [], REACTIONS, () => '');
  killed.next(TIMER);
  assert.deepEqual(killed.return(137), { done: true, value: 137 });
  const effects: Effect[] = [];
  for (const effect of serveUntilSignal(io, [], REACTIONS, () => '') as Iterable<Effect>) {
    effects.push(effect);
    if (effects.length === 2) break;
  }
  assert.deepEqual(effects, [{ kind: 'block' }, { kind: 'block' }]);
  assert.equal(Object.prototype.toString.call(killed), '[object Generator]');
});
