# language: zh-CN
功能: ConfigMap 与 Secret 的对比
  两者都以键值保存配置，用法相同（环境变量、envFrom、卷）；Secret 的值以 base64 编码保存（只是编码，不是加密），
  默认的 view 角色可以读 ConfigMap，却不能读 Secret。

  背景:
    假如 一个包含 1 个节点的集群
    而且 一个文件 "game.properties" 内容为
      """
      enemies=aliens
      lives=3
      """

  场景: 从文件和字面值创建 ConfigMap
    当 我运行 "kubectl create configmap game --from-file=game.properties --from-literal=mode=easy"
    那么 命令应该成功
    而且 "configmap/game" 应该匹配
      """
      data:
        mode: easy
        game.properties: |
          enemies=aliens
          lives=3
      """

  场景: Secret 的值只是 base64 编码
    当 我运行 "kubectl create secret generic db --from-literal=password=s3cr3t"
    那么 "kubectl get secret db -o jsonpath={.data.password}" 应该输出 "czNjcjN0"

  场景: view 角色能读 ConfigMap，不能读 Secret
    假如 我运行 "kubectl create rolebinding viewer --clusterrole=view --user=vic"
    那么 "kubectl auth can-i get configmaps --as vic" 应该输出 "yes"
    而且 "kubectl auth can-i get secrets --as vic" 应该输出 "no"

  场景: Secret 通过环境变量被容器读取时已解码
    假如 我运行 "kubectl create secret generic db --from-literal=password=s3cr3t"
    而且 我已应用以下清单
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        containers:
        - name: app
          image: busybox
          command: ["sleep", "3600"]
          env:
          - name: PASSWORD
            valueFrom:
              secretKeyRef:
                name: db
                key: password
      """
    当 我最多等待 1 minute 直到 "kubectl get pod app -o jsonpath={.status.phase}" 输出 "Running"
    那么 "kubectl exec app -- printenv PASSWORD" 应该输出 "s3cr3t"
