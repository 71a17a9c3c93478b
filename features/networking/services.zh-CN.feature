# language: zh-CN
功能: Service 的地址与端口
  Service 从 10.96.0.0/12 获得 ClusterIP，NodePort 类型的 Service 还会从 30000-32767 获得节点端口。

  背景:
    假如一个包含 1 个节点的集群

  场景: 新集群自带 kubernetes 与 kube-dns 两个 Service
    当我运行 "kubectl get svc kube-dns -n kube-system -o jsonpath={.spec.clusterIP}"
    那么输出应该包含 "10.96.0.10"

  场景: NodePort 类型的 Service 使用指定的节点端口
    当我应用以下清单
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        type: NodePort
        selector:
          app: web
        ports:
          - port: 80
            nodePort: 30080
      """
    那么命令应该成功
    而且Service "web" 的 ClusterIP 应该在 "10.96.0.0/12" 范围内

  场景: 节点端口超出范围时被拒绝
    当我应用以下清单
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        type: NodePort
        ports:
          - port: 80
            nodePort: 29999
      """
    那么命令应该失败并提示 "provided port is not in the valid range. The range of valid ports is 30000-32767"
