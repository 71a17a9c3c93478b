# language: zh-CN
功能: 新建的模拟集群与 kind 集群一致

  场景: 默认命名空间存在
    假如 一个包含 2 个节点的集群
    当 我运行 "kubectl get namespaces -o name"
    那么 命令应该成功
    而且 输出应该包含 "namespace/kube-system"
    而且 "node/node-2" 应该存在
    而且 "node/node-3" 不应该存在

  场景: 应用 ConfigMap
    假如 一个包含 1 个节点的集群
    当 我应用以下清单
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: game
      data:
        lives: "3"
      """
    那么 输出应该是
      """
      configmap/game created
      """
    而且 "configmap/game" 应该匹配
      """
      data:
        lives: "3"
      """
