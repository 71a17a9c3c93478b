# language: zh-CN
功能: 静态 Pod
  kubelet 运行节点上 /etc/kubernetes/manifests 目录中的 Pod 清单，并在 API 中为每个静态 Pod 创建一个
  镜像 Pod（名称为 "<Pod 名>-<节点名>"）。删除镜像 Pod 只会让 kubelet 重新创建它，容器照常运行；
  删除清单文件则会停止该 Pod。

  背景:
    假如 一个包含 1 个节点的集群
    而且 节点 "node-1" 上有静态 Pod 文件 "static-web.yaml"
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: static-web
      spec:
        containers:
        - name: web
          image: nginx
      """

  场景: 静态 Pod 由 kubelet 运行，并以镜像 Pod 的形式出现
    那么 在 10 秒 内 Pod "static-web-node-1" 的状态应该变为 "Running"
    而且 "pod/static-web-node-1" 应该匹配
      """
      metadata:
        ownerReferences:
        - kind: Node
          name: node-1
      """

  场景: 删除镜像 Pod 后 kubelet 会重新创建它
    假如 在 10 秒 内 Pod "static-web-node-1" 的状态应该变为 "Running"
    当 我运行 "kubectl delete pod static-web-node-1"
    那么 命令应该成功
    而且 Pod "static-web-node-1" 的状态应该是 "Running"
    而且 Pod "static-web-node-1" 应该重启了 0 次

  场景: 删除清单文件后 Pod 停止
    假如 在 10 秒 内 Pod "static-web-node-1" 的状态应该变为 "Running"
    当 静态 Pod 文件 "static-web.yaml" 从节点 "node-1" 上被删除
    而且 过了 5 秒
    那么 "pod/static-web-node-1" 不应该存在
