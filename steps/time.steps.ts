/** Moving virtual time. */
import { step } from './bilingual';

step('{duration} pass(es)', '过了 {duration}', function (ms: number) {
  this.cluster.advance(ms);
});

step('I wait up to {duration} until {string} prints {string}', '我最多等待 {duration} 直到 {string} 输出 {string}', function (ms: number, line: string, expected: string) {
  let last = '';
  this.cluster.waitUntil(
    () => {
      last = this.query(line).stdout.trim();
      return last === expected;
    },
    ms,
    () => `"${line}" to print "${expected}" (it last printed "${last}")`,
  );
});
