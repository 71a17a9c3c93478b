Feature: Requests must fit into what a node has left
  The scheduler compares a pod's cpu and memory requests (the larger of its containers' sum and its
  heaviest init container) with each node's allocatable minus what its pods already request.

  Background:
    Given a cluster with nodes:
      | name   | cpu | memory |
      | node-1 | 2   | 4Gi    |
      | node-2 | 2   | 4Gi    |
      | node-3 | 1   | 2Gi    |

  Scenario: a pod larger than every node stays Pending
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: big
      spec:
        containers:
        - name: app
          image: nginx
          resources:
            requests:
              cpu: "3"
              memory: 1Gi
      """
    Then pod "big" should be "Pending"
    And "kubectl get pod big -o jsonpath={.status.conditions[0].message}" should print "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod."

  Scenario: each shortfall is counted, per resource
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: hungry
      spec:
        containers:
        - name: app
          image: nginx
          resources:
            requests:
              cpu: 1500m
              memory: 3Gi
      """
    Then "kubectl get pod hungry -o jsonpath={.spec.nodeName}" should print "node-1"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: hungry-2
      spec:
        containers:
        - name: app
          image: nginx
          resources:
            requests:
              cpu: 1500m
              memory: 3Gi
      """
    Then "kubectl get pod hungry-2 -o jsonpath={.spec.nodeName}" should print "node-2"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: hungry-3
      spec:
        containers:
        - name: app
          image: nginx
          resources:
            requests:
              cpu: 1500m
              memory: 3Gi
      """
    Then "kubectl get pod hungry-3 -o jsonpath={.status.conditions[0].message}" should print "0/3 nodes are available: 3 Insufficient cpu, 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod."

  Scenario: an init container's request counts when it is the largest
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: setup
      spec:
        initContainers:
        - name: warm-cache
          image: busybox
          command: ["sh", "-c", "echo warming"]
          resources:
            requests:
              cpu: 1500m
        containers:
        - name: app
          image: nginx
          resources:
            requests:
              cpu: 100m
      """
    Then "kubectl get pod setup -o jsonpath={.spec.nodeName}" should print "node-1"

  Scenario: deleting a pod frees room for a pending one
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: first
      spec:
        nodeName: node-3
        containers:
        - name: app
          image: nginx
          resources:
            requests:
              cpu: 800m
      """
    And I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: second
      spec:
        nodeSelector:
          kubernetes.io/hostname: node-3
        containers:
        - name: app
          image: nginx
          resources:
            requests:
              cpu: 500m
      """
    Then "kubectl get pod second -o jsonpath={.status.conditions[0].message}" should print "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling."
    When I run "kubectl delete pod first --grace-period=0 --force"
    And 1 second passes
    Then "kubectl get pod second -o jsonpath={.spec.nodeName}" should print "node-3"

  Scenario: the pod count is limited by the node's pods capacity
    Given a cluster with nodes:
      | name   | pods |
      | node-1 | 1    |
    And I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: one
      spec:
        containers:
        - name: app
          image: nginx
      """
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: two
      spec:
        containers:
        - name: app
          image: nginx
      """
    Then "kubectl get pod two -o jsonpath={.status.conditions[0].message}" should print "0/1 nodes are available: 1 Too many pods. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod."
