# language: zh-CN
功能: 调度器停止时 Pod 保持 Pending
  调度器停止期间新建的 Pod 不会被调度；调度器启动后立即被调度。

  场景: 调度器停止与启动
    假如 一个包含 2 个节点的集群
    当 调度器停止
    而且 我运行 "kubectl run web --image=nginx"
    而且 过了 30 seconds
    那么 Pod "web" 的状态应该是 "Pending"
    而且 "kubectl get pod web -o jsonpath={.spec.nodeName}" 应该输出 ""
    当 调度器启动
    那么 "kubectl get events --field-selector reason=Scheduled -o jsonpath={.items[0].message}" 应该输出 "Successfully assigned default/web to node-1"

  场景: 新节点加入后调度等待中的 Pod
    假如 一个包含 1 个节点的集群
    当 我运行 "kubectl cordon node-1"
    而且 我运行 "kubectl run web --image=nginx"
    那么 "kubectl get pod web -o jsonpath={.status.conditions[0].message}" 应该输出 "0/1 nodes are available: 1 node(s) were unschedulable. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling."
    当 节点 "node-2" 加入集群
    而且 过了 1 second
    那么 "kubectl get pod web -o jsonpath={.spec.nodeName}" 应该输出 "node-2"
