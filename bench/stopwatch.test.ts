import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Stopwatch, type StopwatchClocks } from './stopwatch';

/** One timeline for both clocks: each read costs its price, half before the value is sampled and half after. */
class FakeClocks implements StopwatchClocks {
  now = 0;
  readonly readCost = { wallMs: 0.002, cpuUs: 15 };
  constructor(private readonly withCpu: boolean) {}
  work(us: number): void {
    this.now += us;
  }
  wallMs(): number {
    return this.read(this.readCost.wallMs * 1000) / 1000;
  }
  get cpuUs(): (() => number) | undefined {
    return this.withCpu ? () => this.read(this.readCost.cpuUs) : undefined;
  }
  private read(costUs: number): number {
    this.now += costUs / 2;
    const value = this.now;
    this.now += costUs / 2;
    return value;
  }
}

for (const withCpu of [false, true]) {
  test(`an outer interval counts none of a nested stopwatch's span nor its clock reads (cpu: ${withCpu})`, () => {
    const clocks = new FakeClocks(withCpu);
    const outer = new Stopwatch(clocks);
    const inner = new Stopwatch(clocks);
    outer.time(() => {
      clocks.work(5000);
      for (let i = 0; i < 500; i++) inner.time(() => clocks.work(20));
    }, inner);
    assert.equal(inner.calls, 500);
    // The inner intervals hold their work and the reads inside them; the outer one holds its 5 ms and half of
    // each of its own two boundary reads, not the 500 nested calls' reads (≈ 1–20 µs each on a VM).
    assert.ok(Math.abs(outer.wallMs - (5 + clocks.readCost.wallMs)) < 1e-6, `outer ${outer.wallMs} ms`);
    if (withCpu) assert.ok(Math.abs(outer.cpuUs - (5000 + 2 * clocks.readCost.wallMs * 1000 + clocks.readCost.cpuUs)) < 1e-6, `outer ${outer.cpuUs} µs`);
    else assert.equal(outer.cpuUs + inner.cpuUs, 0);
    assert.ok(inner.wallMs >= 10 && inner.wallMs < 10 + 500 * 0.01, `inner ${inner.wallMs} ms`);
  });
}
