# language: zh-CN
功能: deploy 部署技巧 1–5：滚动发布、回滚到指定版本、暂停与恢复、扩缩容、查看历史
  课程笔记里的 Deployment 操作，用 kubectl v1.32 的真实命令完成。
  笔记中的 `kubectl rollout deploy/<name> --revision=<n>` 和 `kubectl undo deploy/<name>` 不是 kubectl 命令，
  kubespec 会像真实的 kubectl 一样报错。

  背景:
    假如 一个包含 2 个节点的集群
    而且 我已应用以下清单
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: nginx
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: nginx
        template:
          metadata:
            labels:
              app: nginx
          spec:
            containers:
              - name: nginx
                image: nginx:1.14
      """

  场景: 技巧 1 — 用 kubectl set image 发布新版本并记录变更原因
    当 我运行 "kubectl set image deployment/nginx nginx=nginx:1.16 --record"
    那么 输出应该是
      """
      deployment.apps/nginx image updated
      """
    而且 应该有 2 个 replicasets 带有标签 "app=nginx"
    而且 "deployment/nginx" 应该匹配
      """
      metadata:
        annotations:
          deployment.kubernetes.io/revision: "2"
      """

  场景: 技巧 2 — 回滚到版本 2
    当 我运行 "kubectl set image deployment/nginx nginx=nginx:1.16"
    而且 我运行 "kubectl set image deployment/nginx nginx=nginx:1.17"
    而且 我运行 "kubectl rollout undo deployment/nginx --to-revision=2"
    那么 输出应该是
      """
      deployment.apps/nginx rolled back
      """
    而且 "deployment/nginx" 应该匹配
      """
      metadata:
        annotations:
          deployment.kubernetes.io/revision: "4"
      spec:
        template:
          spec:
            containers:
              - name: nginx
                image: nginx:1.16
      """
    当 我运行 "kubectl rollout history deployment/nginx"
    那么 输出应该是
      """
      deployment.apps/nginx
      REVISION  CHANGE-CAUSE
      1         <none>
      3         <none>
      4         <none>
      """

  场景: 技巧 2 — 回滚到不存在的版本会失败且不改变任何东西
    当 我运行 "kubectl rollout undo deployment/nginx --to-revision=7"
    那么 命令应该失败并提示 "error: unable to find specified revision 7 in history"

  场景: 技巧 3 — 暂停后修改模板不会触发发布，恢复后才发布
    当 我运行 "kubectl rollout pause deployment/nginx"
    而且 我运行 "kubectl set image deployment/nginx nginx=nginx:1.16"
    那么 应该有 1 个 replicasets 带有标签 "app=nginx"
    当 我运行 "kubectl rollout resume deployment/nginx"
    那么 输出应该是
      """
      deployment.apps/nginx resumed
      """
    而且 应该有 2 个 replicasets 带有标签 "app=nginx"

  场景: 技巧 4 — 扩容到 5 个副本
    当 我运行 "kubectl scale deployment nginx --replicas=5"
    那么 输出应该是
      """
      deployment.apps/nginx scaled
      """
    而且 应该有 5 个 pods 带有标签 "app=nginx"

  场景: 技巧 5 — 查看历史与某个版本的详情
    当 我运行 "kubectl set image deployment/nginx nginx=nginx:1.16 --record"
    而且 我运行 "kubectl rollout history deployment/nginx --revision=2"
    那么 输出应该包含 "deployment.apps/nginx with revision #2"
    而且 输出应该包含 "kubernetes.io/change-cause: kubectl set image deployment/nginx nginx=nginx:1.16 --record=true"

  场景: 笔记中的简写不是 kubectl 命令
    当 我运行 "kubectl rollout deploy/nginx --revision=2"
    那么 命令应该失败并提示 "Error: unknown flag: --revision"
    当 我运行 "kubectl undo deploy/nginx"
    那么 命令应该失败并提示 "error: unknown command \"undo\" for \"kubectl\""
