/** Custom Cucumber parameter types: `{duration}` accepts `30 seconds`, `5 minutes`, `90s`, `2m30s`, `3 天`. */
import { defineParameterType } from '@cucumber/cucumber';
import { parseDuration } from '../src/clock';

defineParameterType({
  name: 'duration',
  regexp: /\d+(?:\.\d+)?\s?(?:milliseconds?|seconds?|secs?|minutes?|mins?|hours?|days?|秒钟|秒|分钟|小时|天)|(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+/,
  transformer: (text: string) => parseDuration(text),
});
