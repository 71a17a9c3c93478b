// Prints failed scenarios with their messages, then the closing `scenarios: N passed, N failed` line, and
// writes the counts to reports/cucumber-summary.json for scripts/test.js to combine with the unit tests.
// Plain CommonJS: Cucumber imports formatters through ESM `import()`, which ts-node's require hook does not serve.
const { Formatter } = require('@cucumber/cucumber');
const { mkdirSync, writeFileSync } = require('node:fs');

class SummaryFormatter extends Formatter {
  constructor(options) {
    super(options);
    options.eventBroadcaster.on('envelope', (envelope) => {
      if (envelope.testRunFinished) this.finish();
    });
  }

  finish() {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const attempt of this.eventDataCollector.getTestCaseAttempts()) {
      if (attempt.willBeRetried) continue;
      const status = attempt.worstTestStepResult.status;
      if (status === 'PASSED') counts.passed++;
      else if (status === 'SKIPPED') counts.skipped++;
      else {
        counts.failed++;
        const message = (attempt.worstTestStepResult.message ?? '').split('\n').join('\n    ');
        this.log(`✗ ${attempt.pickle.name} (${attempt.pickle.uri})\n  ${status}: ${message}\n\n`);
      }
    }
    mkdirSync('reports', { recursive: true });
    writeFileSync('reports/cucumber-summary.json', JSON.stringify(counts));
    this.log(`scenarios: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}\n`);
  }
}

SummaryFormatter.documentation = 'Failed scenarios, then "scenarios: N passed, N failed"';
module.exports = SummaryFormatter;
