# language: zh-CN
功能: ReplicationController 更新
  ReplicationController 保持指定数量的 Pod；`kubectl rolling-update` 是 kubectl 1.17 及以前的旧命令。

  背景:
    假如 一个包含 1 个节点的集群
    而且 我已应用以下清单
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: nginx
      spec:
        replicas: 2
        template:
          metadata:
            labels:
              app: nginx
          spec:
            containers:
              - name: nginx
                image: nginx:1.14
      """

  场景: RC 创建两个 Pod，扩容到三个
    那么 应该有 2 个 pods 带有标签 "app=nginx"
    当 我运行 "kubectl scale rc nginx --replicas=3"
    那么 输出应该是
      """
      replicationcontroller/nginx scaled
      """
    而且 应该有 3 个 pods 带有标签 "app=nginx"

  场景: rolling-update 的演练输出
    当 我运行 "kubectl rolling-update nginx nginx-v2 --image=nginx:1.16 --dry-run=client"
    那么 输出应该是
      """
      Rolling from:
      nginx
      To:
      nginx-v2
      """
