/**
 * `kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' [--restart] -- [COMMAND] [args...]`
 * (k8s.io/kubectl/pkg/cmd/create/create_cronjob.go). kubectl does not check the schedule or restart
 * policy itself; the apiserver does.
 */
import { nameFromArgs, objectMeta, type Generator } from './generator';

const COMMAND_PATH = 'kubectl create cronjob';

export const cronJobGenerator: Generator = {
  names: ['cronjob', 'cj'],
  commandPath: COMMAND_PATH,
  usage: "kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags] [options]",
  flags: { image: { kind: 'string' }, schedule: { kind: 'string' }, restart: { kind: 'string' } },
  required: ['image', 'schedule'],
  build(args, flags, ctx) {
    const { name, command } = nameFromArgs(COMMAND_PATH, args);
    const container = { name, image: flags.string('image'), ...(command.length > 0 ? { command } : {}) };
    return {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: objectMeta(name, ctx),
      spec: {
        schedule: flags.string('schedule'),
        jobTemplate: {
          metadata: { name },
          spec: { template: { spec: { containers: [container], restartPolicy: flags.string('restart') || 'OnFailure' } } },
        },
      },
    };
  },
};
