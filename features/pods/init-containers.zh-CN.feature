# language: zh-CN
功能: Init 容器
  Init 容器按顺序逐个运行，每个都必须成功退出（退出码 0），之后应用容器才会启动。

  场景: 两个 Init 容器依次运行后应用启动
    假如 一个包含 1 个节点的集群
    当 我应用以下清单
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        initContainers:
        - name: first
          image: busybox
          command: ["sh", "-c", "sleep 5"]
        - name: second
          image: busybox
          command: ["sh", "-c", "sleep 5"]
        containers:
        - name: main
          image: nginx
      """
    而且 过了 1 秒
    那么 Pod "app" 的状态应该是 "Init:0/2"
    而且 在 10 秒 内 Pod "app" 的状态应该变为 "Init:1/2"
    而且 在 20 秒 内 Pod "app" 的状态应该变为 "Running"
    而且 容器 "second"（Pod "app"）应该在容器 "first" 终止后启动

  场景: restartPolicy 为 Never 时 Init 容器失败会使 Pod 失败
    假如 一个包含 1 个节点的集群
    当 我应用以下清单
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        restartPolicy: Never
        initContainers:
        - name: setup
          image: busybox
          command: ["sh", "-c", "exit 1"]
        containers:
        - name: main
          image: nginx
      """
    那么 在 10 秒 内 Pod "app" 的状态应该变为 "Init:Error"
    而且 "kubectl get pod app -o jsonpath={.status.phase}" 应该输出 "Failed"
