# language: zh-CN
功能: 随机故障 — 节点故障、容器崩溃、Pod 消失时应用仍然守住承诺
  `随机故障持续 10 分钟` 从场景的种子中抽取故障，一次一个：节点的 kubelet 暂停上报、容器崩溃、
  控制器管理的 Pod 被删除，或者调度器暂停。加上“期间至少 2 个带有标签 "app=web" 的 Pod 保持就绪”
  会在模拟的每个事件之后检查这个承诺。

  场景: 分布在三个节点上的三个副本始终至少有两个就绪
    假如 一个包含 3 个节点的集群
    并且 我已应用以下清单
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            affinity:
              podAntiAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                - labelSelector:
                    matchLabels:
                      app: web
                  topologyKey: kubernetes.io/hostname
            containers:
            - name: nginx
              image: nginx
      """
    并且 我最多等待 1 分钟 直到 "kubectl get deployment web -o jsonpath={.status.readyReplicas}" 输出 "3"
    当 随机故障持续 10 分钟，期间至少 2 个带有标签 "app=web" 的 Pod 保持就绪
    那么 我最多等待 5 分钟 直到 "kubectl get deployment web -o jsonpath={.status.readyReplicas}" 输出 "3"
