/**
 * Report writers: pure functions from a grade or a timeline to text (results.json, JUnit, Markdown,
 * HTML, SVG swimlanes, plain-words failure explanations). Step hooks import this folder directly, so
 * loading support code never pulls in Cucumber's runner.
 */
export { renderTimelineSvg, stateColour, escapeXml, type TimelineSvgOptions } from './timeline-svg';
export { buildSwimlanes, type Swimlanes, type Lane, type Segment, type Mark } from './swimlanes';
export { explainFailure, fileHint, type FailureFacts } from './failure-report';
export { toGradescopeResults, type GradescopeResults, type GradescopeTest } from './gradescope-results';
export { toJUnitXml } from './junit-report';
export { toMarkdownSummary } from './markdown-summary';
export { toHtmlSummary } from './html-summary';
export { EXPLANATION_FILE_NAME } from '../test-output';
