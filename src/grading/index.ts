/**
 * Course auto-grading over the same Cluster API and step library as every kubespec run: an assignment is
 * a folder of features, a submission a folder of files; the grader scores scenarios by `@points:N` and
 * writes Gradescope results, JUnit and a student summary. Report writers live in ./reports.
 */
export { Grader, SuiteError, DEFAULT_MAX_VIRTUAL_TIME_MS, type GraderOptions } from './grader';
export { gradeOutcomes, failedSubmission, type GradedTest, type SubmissionGrade } from './submission-grade';
export { pointsOf, visibilityOf, PointsTagError, DEFAULT_POINTS, type Visibility } from './scenario-points';
export { checkSubmission, SubmissionFolderError } from './submission-check';
export { writeGradeReports, GRADE_REPORT_FILES } from './write-grade-reports';
export { OutcomeCollector } from './outcome-collector';
export { loadRunConfiguration, runFeatures, QuietFeatureRunner, KUBESPEC_ROOT, STEP_FILES, type RunOutcome, type ConfigurationRequest } from './cucumber-runner';
export { formatSourceError, type ScenarioOutcome, type StepOutcome, type SourceError, type Attachment } from './scenario-outcome';
export { testOutput, withoutStack, plainAssertionMessage, EXPLANATION_FILE_NAME } from './test-output';
export * from './reports';
