Feature: Quality of Service classes and CPU requests
  The docs' "Configure Quality of Service for Pods" (tasks/configure-pod-container/quality-service-pod/) and
  "Assign CPU Resources to Containers and Pods" (assign-cpu-resource/). The API server sets status.qosClass
  when it admits a pod: Guaranteed when every container's cpu and memory limits equal its requests,
  BestEffort when no container asks for anything, Burstable otherwise. kubespec runs no metrics-server, like
  a fresh kind cluster, so `kubectl top` answers as kubectl does there.

  Background:
    Given a cluster with 1 node
    When I run "kubectl create namespace qos-example"
    Then the command should succeed

  Scenario: qos-demo: limits equal to requests for cpu and memory make a Guaranteed pod
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: qos-demo
        namespace: qos-example
      spec:
        containers:
        - name: qos-demo-ctr
          image: nginx
          resources:
            limits:
              memory: "200Mi"
              cpu: "700m"
            requests:
              memory: "200Mi"
              cpu: "700m"
      """
    And I wait up to 1 minute until "kubectl get pod qos-demo --namespace=qos-example -o jsonpath={.status.phase}" prints "Running"
    When I run "kubectl get pod qos-demo --namespace=qos-example --output=yaml"
    Then the output should contain "  qosClass: Guaranteed"
    And 'kubectl get pod qos-demo --namespace=qos-example -o jsonpath={.spec.containers[0].resources}' should print '{"limits":{"cpu":"700m","memory":"200Mi"},"requests":{"cpu":"700m","memory":"200Mi"}}'
    When I run "kubectl describe pod qos-demo --namespace=qos-example"
    Then the output should contain "QoS Class:                   Guaranteed"
    When I run "kubectl delete pod qos-demo --namespace=qos-example"
    Then the output should be:
      """
      pod "qos-demo" deleted
      """

  # A limit without a request gets the limit as its request, so limits alone can make a pod Guaranteed, but
  # only when every container limits both cpu and memory.
  Scenario Outline: <pod> is <class>
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: <pod>
        namespace: qos-example
      spec:
        containers:
        - name: <pod>-ctr
          image: nginx
          resources: <resources>
      """
    And I run "kubectl get pod <pod> --namespace=qos-example -o jsonpath={.status.qosClass}"
    Then the output should be:
      """
      <class>
      """

    Examples:
      | pod        | resources                                                  | class      |
      | qos-demo-2 | {limits: {memory: 200Mi}, requests: {memory: 100Mi}}       | Burstable  |
      | qos-demo-3 | {}                                                         | BestEffort |
      | limits     | {limits: {cpu: 500m, memory: 100Mi}}                       | Guaranteed |
      | cpu-only   | {limits: {cpu: 500m}}                                      | Burstable  |

  Scenario: qos-demo-4: one container asks for memory, the other for nothing, so the pod is Burstable
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: qos-demo-4
        namespace: qos-example
      spec:
        containers:
        - name: qos-demo-4-ctr-1
          image: nginx
          resources:
            requests:
              memory: "200Mi"
        - name: qos-demo-4-ctr-2
          image: redis
      """
    Then 'kubectl get pod qos-demo-4 --namespace=qos-example -o jsonpath={.spec.containers[0].resources}' should print '{"requests":{"memory":"200Mi"}}'
    And 'kubectl get pod qos-demo-4 --namespace=qos-example -o jsonpath={.spec.containers[1].resources}' should print '{}'
    And "kubectl get pod qos-demo-4 --namespace=qos-example -o jsonpath={.status.qosClass}" should print "Burstable"

  Scenario: cpu-demo runs under its 1 CPU limit; kubectl top has no Metrics API to ask
    When I run "kubectl create namespace cpu-example"
    And I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: cpu-demo
        namespace: cpu-example
      spec:
        containers:
        - name: cpu-demo-ctr
          image: vish/stress
          resources:
            limits:
              cpu: "1"
            requests:
              cpu: "0.5"
          args:
          - -cpus
          - "2"
      """
    And I wait up to 1 minute until "kubectl get pod cpu-demo --namespace=cpu-example -o jsonpath={.status.phase}" prints "Running"
    When I run "kubectl get pod cpu-demo --output=jsonpath={.spec.containers[0].resources} --namespace=cpu-example"
    Then the output should be:
      """
      {"limits":{"cpu":"1"},"requests":{"cpu":"500m"}}
      """
    When I run "kubectl top pod cpu-demo --namespace=cpu-example"
    Then the command should fail with "error: Metrics API not available"

  Scenario: cpu-demo-2 requests 100 CPU, more than any node has, and stays Pending
    When I run "kubectl create namespace cpu-example"
    And I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: cpu-demo-2
        namespace: cpu-example
      spec:
        containers:
        - name: cpu-demo-ctr-2
          image: vish/stress
          resources:
            limits:
              cpu: "100"
            requests:
              cpu: "100"
          args:
          - -cpus
          - "2"
      """
    And 10 seconds pass
    And I run "kubectl get pod cpu-demo-2 --namespace=cpu-example"
    Then the output should be:
      """
      NAME         READY   STATUS    RESTARTS   AGE
      cpu-demo-2   0/1     Pending   0          10s
      """
    When I run "kubectl get events --namespace=cpu-example -o custom-columns=TYPE:.type,REASON:.reason,MESSAGE:.message"
    Then the output should be:
      """
      TYPE      REASON             MESSAGE
      Warning   FailedScheduling   0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.
      """
