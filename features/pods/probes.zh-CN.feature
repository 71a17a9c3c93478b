# language: zh-CN
功能: 健康检查
  存活探针（livenessProbe）连续失败 failureThreshold 次后，kubelet 杀死并重启容器；
  就绪探针（readinessProbe）失败只会让 Pod 不再就绪，不会重启。

  背景:
    假如 一个包含 1 个节点的集群

  场景: 存活探针失败后容器被重启
    当 我应用以下清单
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: liveness-exec
      spec:
        containers:
        - name: liveness
          image: busybox
          args: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"]
          livenessProbe:
            exec:
              command: ["cat", "/tmp/healthy"]
            initialDelaySeconds: 5
            periodSeconds: 5
      """
    那么 在 90 秒 内 Pod "liveness-exec" 应该重启 1 次
    当 我运行 "kubectl get events --field-selector reason=Unhealthy -o custom-columns=MESSAGE:.message"
    那么 输出应该包含 "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory"

  场景: 就绪探针失败时 Pod 不就绪但不会重启
    当 我应用以下清单
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx:1.27
          readinessProbe:
            httpGet:
              path: /healthz
              port: 80
      """
    而且 过了 1 分钟
    那么 Pod "web" 不应该就绪
    而且 Pod "web" 应该重启了 0 次
    而且 Pod "web" 的状态应该是 "Running"
