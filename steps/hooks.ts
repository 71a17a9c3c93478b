/**
 * Scenario lifecycle: files resolve against the feature's folder (or the submission under grading); every
 * scenario's report gets an SVG swimlane of its timeline; a failed one also gets the timeline tail, the
 * events, `kubectl describe pods` and a plain-words explanation (which the grader shows students); in
 * kubespec's own suite, a kubectl failure that no step checked fails the scenario (cucumber-js's
 * verifiedLastRunError pattern).
 */
import { After, AfterStep, Before, Status } from '@cucumber/cucumber';
import { dirname, resolve } from 'node:path';
import { formatTimeline } from '../src/cluster';
import { SandboxedFiles } from '../src/kubectl';
import { EXPLANATION_FILE_NAME, explainFailure, renderTimelineSvg } from '../src/grading/reports';
import type { KubeWorld } from './world';

const failedSteps = new WeakMap<KubeWorld, { text: string; message?: string }>();

Before(function (this: KubeWorld, { pickle }) {
  this.featureDir = dirname(resolve(pickle.uri));
  this.files = new SandboxedFiles(this.parameters.submissionDir ?? this.featureDir);
});

AfterStep(function (this: KubeWorld, { pickleStep, result }) {
  if (result.status === Status.FAILED) failedSteps.set(this, { text: pickleStep.text, message: result.message });
});

After(function (this: KubeWorld, { pickle, result }) {
  // Base64 (a Buffer): Cucumber's HTML report shows only base64 images.
  const svg = this.hasCluster ? renderTimelineSvg(this.cluster.timeline.all(), { end: this.cluster.clock.now(), title: pickle.name }) : undefined;
  if (svg) this.attach(Buffer.from(svg), { mediaType: 'image/svg+xml', fileName: 'timeline.svg' });
  if (result?.status === Status.FAILED) {
    const step = failedSteps.get(this);
    const facts = { step: step?.text, message: step?.message ?? result.message, uncheckedFailure: this.uncheckedFailure };
    this.attach(explainFailure(facts, this.hasCluster ? this.cluster : undefined), { mediaType: 'text/plain', fileName: EXPLANATION_FILE_NAME });
  }
  if (result?.status === Status.FAILED && this.hasCluster) {
    this.attach(formatTimeline(this.cluster.timeline.tail(60)), 'text/plain');
    const events = this.query('kubectl get events -A');
    if (events.stdout) this.attach(`Events:\n${events.stdout}`, 'text/plain');
    const pods = this.query('kubectl describe pods -A');
    if (pods.stdout) this.attach(`kubectl describe pods -A\n${pods.stdout}`, 'text/plain');
  }
  if (result?.status === Status.PASSED && this.parameters.strictErrors && this.uncheckedFailure) {
    throw new Error(`a kubectl command failed and no step checked it (add "Then the command should fail ..."):\n${this.uncheckedFailure}`);
  }
});
