# language: zh-CN
功能: 流量经由 Service 到达就绪的 Pod
  Pod 的 IP 来自所在节点的 podCIDR，Service 的 ClusterIP 来自 10.96.0.0/12；
  通过 Service 名称或任一节点的 NodePort 发出的请求会轮流到达就绪的 Pod。

  背景:
    假如一个包含 2 个节点的集群
    而且我已应用以下清单
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
              - name: nginx
                image: nginx:1.27
                ports:
                  - containerPort: 80
      ---
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
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: client
      spec:
        containers:
          - name: shell
            image: busybox:1.36
            command: ["sleep", "3600"]
      """
    而且我最多等待 2 分钟 直到 "kubectl get deployment web -o jsonpath={.status.readyReplicas}" 输出 "2"
    而且我最多等待 1 分钟 直到 "kubectl get pod client -o jsonpath={.status.phase}" 输出 "Running"
    # 没有就绪探针的容器一启动就算就绪；稍等服务器开始监听。
    而且过了 2 秒钟

  场景: 通过 Service 名称访问
    当Pod "client" 请求 "http://web/"
    那么响应状态码应该是 200
    而且响应应该包含 "Welcome to nginx!"
    而且响应应该来自带有标签 "app=web" 的 Pod

  场景: 请求分散到每个副本
    当Pod "client" 请求 "http://web/" 4 次
    那么每个带有标签 "app=web" 的 Pod 应该至少处理了 2 个请求

  场景: 集群外的客户端通过 NodePort 访问
    当集群外的客户端请求 "http://172.18.0.3:30080/"
    那么响应状态码应该是 200

  场景: 查询 Service 的域名
    当Pod "client" 查询域名 "web.default"
    那么域名查询结果应该是 Service "web" 的 ClusterIP
