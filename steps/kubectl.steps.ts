/** Running kubectl and checking what it printed. */
import { expect } from 'chai';
import { step } from './bilingual';

step('I apply:', '我应用以下清单', function (yaml: string) {
  this.apply(yaml);
});

step('I have applied:', '我已应用以下清单', function (yaml: string) {
  const result = this.apply(yaml);
  expect(result.exitCode, `kubectl apply failed:\n${result.stderr}`).to.equal(0);
  this.checkedResult();
});

step('I apply the file {string}', '我应用文件 {string}', function (path: string) {
  this.kubectl(`kubectl apply -f ${JSON.stringify(path)}`);
});

step('I run {string}', '我运行 {string}', function (line: string) {
  this.kubectl(line);
});

step('the command should succeed', '命令应该成功', function () {
  const result = this.checkedResult();
  expect(result.exitCode, `the command failed:\n${result.stderr}`).to.equal(0);
});

step('the command should fail', '命令应该失败', function () {
  const result = this.checkedResult();
  expect(result.exitCode, `the command succeeded:\n${result.stdout}`).to.not.equal(0);
});

step('the command should fail with {string}', '命令应该失败并提示 {string}', function (text: string) {
  const result = this.checkedResult();
  expect(result.exitCode, `the command succeeded:\n${result.stdout}`).to.not.equal(0);
  expect(result.stderr).to.contain(text);
});

step('the output should contain {string}', '输出应该包含 {string}', function (text: string) {
  const result = this.checkedResult();
  expect(result.stdout, result.stderr ? `stderr:\n${result.stderr}` : undefined).to.contain(text);
});

step('the output should not contain {string}', '输出不应该包含 {string}', function (text: string) {
  expect(this.checkedResult().stdout).to.not.contain(text);
});

// What kubectl and the command wrote to stderr, whether or not it failed (warnings, a program's own stderr).
step('the error output should contain {string}', '错误输出应该包含 {string}', function (text: string) {
  expect(this.checkedResult().stderr).to.contain(text);
});

step('the output should be:', '输出应该是', function (expected: string) {
  const trim = (text: string) => text.split('\n').map((l) => l.trimEnd()).join('\n').replace(/\n+$/, '');
  const result = this.checkedResult();
  expect(trim(result.stdout), result.stderr ? `stderr:\n${result.stderr}` : undefined).to.equal(trim(expected));
});

step('{string} should print {string}', '{string} 应该输出 {string}', function (line: string, expected: string) {
  const result = this.query(line);
  expect(result.stdout.trim(), result.stderr ? `stderr:\n${result.stderr}` : undefined).to.equal(expected);
});
