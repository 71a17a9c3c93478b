/** Who later kubectl commands run as (RBAC applies to every command); the default is kind's cluster admin. */
import { step } from './bilingual';

step('I am user {string}', '我是用户 {string}', function (username: string) {
  this.identity = { username, groups: ['system:authenticated'] };
});

step('I am user {string} in group {string}', '我是用户 {string}，属于组 {string}', function (username: string, group: string) {
  this.identity = { username, groups: [group, 'system:authenticated'] };
});

step('I am cluster admin', '我是集群管理员', function () {
  this.identity = undefined;
});
