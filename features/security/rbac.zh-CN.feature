# language: zh-CN
功能: RBAC 授权每一条 kubectl 命令
  权限只能叠加，没有拒绝规则；被拒绝的请求不会改变任何东西。

  背景:
    假如 一个包含 1 个节点的集群
    而且 我运行 "kubectl create namespace dev"

  场景: 没有绑定的用户什么也不能做
    假如 我是用户 "alice"
    当 我运行 "kubectl get pods -n dev"
    那么 命令应该失败并提示 'Error from server (Forbidden): pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "dev"'

  场景: Role 与 RoleBinding 只在一个命名空间内授权
    假如 我运行 "kubectl create role pod-reader --verb=get,list --resource=pods -n dev"
    而且 我运行 "kubectl create rolebinding alice-reads --role=pod-reader --user=alice -n dev"
    那么 "kubectl auth can-i list pods -n dev --as alice" 应该输出 "yes"
    而且 "kubectl auth can-i list pods -n default --as alice" 应该输出 "no"
    而且 "kubectl auth can-i get secrets -n dev --as alice" 应该输出 "no"

  场景: 组中的用户获得组的权限
    假如 我运行 "kubectl create clusterrolebinding auditors --clusterrole=view --group=auditors"
    而且 我是用户 "dana"，属于组 "auditors"
    当 我运行 "kubectl get pods -n dev"
    那么 命令应该成功
    当 我运行 "kubectl get secrets -n dev"
    那么 命令应该失败并提示 'secrets is forbidden: User "dana" cannot list resource "secrets" in API group "" in the namespace "dev"'

  场景: 不能授予自己没有的权限
    假如 我运行 "kubectl create rolebinding owner --clusterrole=admin --user=ada -n dev"
    而且 我是用户 "ada"
    当 我运行 "kubectl create role node-reader --verb=get --resource=nodes -n dev"
    那么 命令应该失败并提示 'is attempting to grant RBAC permissions not currently held:'
    假如 我是集群管理员
    那么 "role/node-reader -n dev" 不应该存在
