import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Flags, parseFlags } from '../argv';
import { checkRequiredFlags, GeneratorError, nameFromArgs } from './generator';
import { cronJobGenerator } from './cron-job';
import { deploymentGenerator } from './deployment';

const parsed = (words: string[]) => parseFlags(words, { ...deploymentGenerator.flags, ...cronJobGenerator.flags });

test('nameFromArgs counts the words before -- only when -- is present', () => {
  assert.deepEqual(nameFromArgs('kubectl create job', parsed(['pi', '--', 'perl', '-e', '1'])), { name: 'pi', command: ['perl', '-e', '1'] });
  assert.throws(
    () => nameFromArgs('kubectl create job', parsed(['pi', 'perl'])),
    (e: GeneratorError) => e.stderr === "error: exactly one NAME is required, got 2\nSee 'kubectl create job -h' for help and examples",
  );
  assert.throws(() => nameFromArgs('kubectl create job', parsed(['--', 'sleep'])), /got 0/);
});

// The installed binary is gcloud's dispatcher, which logs this error through klog; upstream kubectl
// (cmd/kubectl/kubectl.go: cli.RunNoErrOutput + cmdutil.CheckErr) prints it as below.
test('required flags are reported together, sorted, as cobra does', () => {
  const words = ['hello'];
  const flags = new Flags(parsed(words), cronJobGenerator.flags);
  assert.throws(() => checkRequiredFlags(cronJobGenerator, flags), (e: GeneratorError) => e.stderr === 'error: required flag(s) "image", "schedule" not set');
  const withImage = new Flags(parsed(['hello', '--image=busybox']), cronJobGenerator.flags);
  assert.throws(() => checkRequiredFlags(cronJobGenerator, withImage), (e: GeneratorError) => e.message === 'required flag(s) "schedule" not set');
});
