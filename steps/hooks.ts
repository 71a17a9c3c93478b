/**
 * Scenario lifecycle: files resolve against the feature's folder (or the submission under grading); a
 * failed scenario gets the cluster's timeline and events attached to the report; in kubespec's own suite,
 * a kubectl failure that no step checked fails the scenario (cucumber-js's verifiedLastRunError pattern).
 */
import { After, Before, Status } from '@cucumber/cucumber';
import { dirname, resolve } from 'node:path';
import { formatTimeline } from '../src/cluster';
import { SandboxedFiles } from '../src/kubectl';
import type { KubeWorld } from './world';

Before(function (this: KubeWorld, { pickle }) {
  this.featureDir = dirname(resolve(pickle.uri));
  this.files = new SandboxedFiles(this.parameters.submissionDir ?? this.featureDir);
});

After(function (this: KubeWorld, { result }) {
  if (result?.status === Status.FAILED && this.hasCluster) {
    this.attach(formatTimeline(this.cluster.timeline.tail(60)), 'text/plain');
    const events = this.query('kubectl get events -A');
    if (events.stdout) this.attach(`Events:\n${events.stdout}`, 'text/plain');
  }
  if (result?.status === Status.PASSED && this.parameters.strictErrors && this.uncheckedFailure) {
    throw new Error(`a kubectl command failed and no step checked it (add "Then the command should fail ..."):\n${this.uncheckedFailure}`);
  }
});
