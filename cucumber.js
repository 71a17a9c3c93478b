// Cucumber profiles. `default`: progress on the terminal plus the HTML report; `ci`: every report into
// reports/ and a closing `N passed, N failed` line; `example`: the example suite with the HTML report.
// All profiles load the TypeScript steps through ts-node (transpile-only; `npm run typecheck` checks types).
const common = {
  requireModule: ['ts-node/register'],
  require: ['steps/*.ts'],
  worldParameters: { strictErrors: true },
  // Scenarios tagged @wip describe behaviour that is not built yet; they are kept out of every run.
  tags: 'not @wip',
};

module.exports = {
  default: {
    ...common,
    format: ['progress-bar', 'html:reports/cucumber.html'],
  },
  ci: {
    ...common,
    parallel: 2,
    format: [
      './steps/formatters/summary-formatter.js',
      'html:reports/cucumber.html',
      'json:reports/cucumber.json',
      'junit:reports/junit.xml',
      'message:reports/messages.ndjson',
    ],
  },
  example: {
    ...common,
    format: ['progress-bar', 'html:reports/cucumber.html'],
  },
};
