Feature: Memory limits and the OOM killer
  "Assign Memory Resources to Containers and Pods" (kubernetes.io/docs/tasks/configure-pod-container/
  assign-memory-resource/): polinux/stress allocates what `--vm-bytes` says. Under its limit the container
  runs on; past it the kernel's cgroup OOM killer ends the whole container (cgroup v2, memory.oom.group),
  exit code 137, which containerd reports as OOMKilled. The kubelet restarts it as any other failure, with
  the CrashLoopBackOff back-off. A request no node can hold leaves the pod Pending.

  Background:
    Given a cluster with 1 node
    When I run "kubectl create namespace mem-example"

  Scenario: memory-demo holds 150 MiB under a 200 MiB limit and keeps running
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: memory-demo
        namespace: mem-example
      spec:
        containers:
        - name: memory-demo-ctr
          image: polinux/stress
          resources:
            requests:
              memory: "100Mi"
            limits:
              memory: "200Mi"
          command: ["stress"]
          args: ["--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]
      """
    And 5 minutes pass
    And I run "kubectl get pod memory-demo --namespace=mem-example"
    Then the output should be:
      """
      NAME          READY   STATUS    RESTARTS   AGE
      memory-demo   1/1     Running   0          5m
      """
    And "kubectl get pod memory-demo --namespace=mem-example -o jsonpath={.spec.containers[0].resources.limits.memory}" should print "200Mi"
    And "kubectl get pod memory-demo --namespace=mem-example -o jsonpath={.spec.containers[0].resources.requests.memory}" should print "100Mi"
    When I run "kubectl logs memory-demo --namespace=mem-example"
    Then the output should be:
      """
      stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd
      """

  Scenario: memory-demo-2 allocates 250 MiB against a 100 MiB limit: OOMKilled, restarted, CrashLoopBackOff
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: memory-demo-2
        namespace: mem-example
      spec:
        containers:
        - name: memory-demo-2-ctr
          image: polinux/stress
          resources:
            requests:
              memory: "50Mi"
            limits:
              memory: "100Mi"
          command: ["stress"]
          args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
      """
    And 2 seconds pass
    And I run "kubectl get pod memory-demo-2 --namespace=mem-example"
    Then the output should be:
      """
      NAME            READY   STATUS      RESTARTS   AGE
      memory-demo-2   0/1     OOMKilled   0          2s
      """
    And "kubectl get pod memory-demo-2 --namespace=mem-example -o jsonpath={.status.containerStatuses[0].state.terminated.reason}" should print "OOMKilled"
    And "kubectl get pod memory-demo-2 --namespace=mem-example -o jsonpath={.status.containerStatuses[0].state.terminated.exitCode}" should print "137"
    When 1 second passes
    And I run "kubectl get pod memory-demo-2 --namespace=mem-example"
    Then the output should contain "memory-demo-2   0/1     CrashLoopBackOff   1 (1s ago)"
    When 40 seconds pass
    And I run "kubectl get pod memory-demo-2 --namespace=mem-example"
    Then the output should contain "memory-demo-2   0/1     CrashLoopBackOff   3 (4s ago)"
    And "kubectl get pod memory-demo-2 --namespace=mem-example -o jsonpath={.status.containerStatuses[0].lastState.terminated.reason}" should print "OOMKilled"
    And "kubectl get pod memory-demo-2 --namespace=mem-example -o jsonpath={.status.containerStatuses[0].lastState.terminated.exitCode}" should print "137"
    When I run "kubectl describe pod memory-demo-2 --namespace=mem-example"
    Then the output should contain "Last State:     Terminated"
    And the output should contain "Reason:       OOMKilled"
    And the output should contain "Exit Code:    137"
    And the output should contain "Restart Count:  3"
    And the output should contain "Back-off restarting failed container memory-demo-2-ctr in pod memory-demo-2_mem-example("

  Scenario: memory-demo-3 requests 1000 GiB, more than any node has, and stays Pending
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: memory-demo-3
        namespace: mem-example
      spec:
        containers:
        - name: memory-demo-3-ctr
          image: polinux/stress
          resources:
            requests:
              memory: "1000Gi"
            limits:
              memory: "1000Gi"
          command: ["stress"]
          args: ["--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]
      """
    And 25 seconds pass
    And I run "kubectl get pod memory-demo-3 --namespace=mem-example"
    Then the output should be:
      """
      NAME            READY   STATUS    RESTARTS   AGE
      memory-demo-3   0/1     Pending   0          25s
      """
    When I run "kubectl describe pod memory-demo-3 --namespace=mem-example"
    Then the output should contain "FailedScheduling  25s   default-scheduler  0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod."

  Scenario Outline: An OOM kill under restartPolicy <policy>
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: hog
      spec:
        restartPolicy: <policy>
        containers:
        - name: hog
          image: polinux/stress
          resources:
            limits:
              memory: "64Mi"
          command: ["stress"]
          args: ["--vm", "1", "--vm-bytes", "128M", "--vm-hang", "0"]
      """
    Then within 10 seconds pod "hog" should be "OOMKilled"
    When 30 seconds pass
    Then pod "hog" should be "<later>"
    And pod "hog" should have <restarts> restarts
    And "kubectl get pod hog -o jsonpath={.status.phase}" should print "<phase>"

    Examples:
      | policy    | later            | restarts | phase   |
      | Always    | CrashLoopBackOff | 2        | Running |
      | OnFailure | CrashLoopBackOff | 2        | Running |
      | Never     | OOMKilled        | 0        | Failed  |

  Scenario: Without a memory limit the same allocation runs on
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: hog
      spec:
        containers:
        - name: hog
          image: polinux/stress
          command: ["stress"]
          args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
      """
    Then within 10 seconds pod "hog" should be "Running"
    When 2 minutes pass
    Then pod "hog" should be "Running"
    And pod "hog" should have 0 restarts
