Feature: Placing pods with nodeSelector and node affinity
  The scheduler only considers nodes whose labels match the pod's nodeSelector and its required node
  affinity; a pod that matches no node stays Pending with Kubernetes' FailedScheduling message.

  Background:
    Given a cluster with nodes:
      | name   | labels              |
      | node-1 | disktype=hdd        |
      | node-2 | disktype=ssd,gen=3  |
      | node-3 | disktype=ssd,gen=5  |

  Scenario: nodeSelector picks the labelled node
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        nodeSelector:
          gen: "3"
        containers:
        - name: nginx
          image: nginx
      """
    Then "kubectl get pod web -o jsonpath={.spec.nodeName}" should print "node-2"
    And "kubectl get events --field-selector reason=Scheduled -o jsonpath={.items[0].message}" should print "Successfully assigned default/web to node-2"

  Scenario: required node affinity with In and Gt
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: fast
      spec:
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
              - matchExpressions:
                - key: disktype
                  operator: In
                  values: [ssd]
                - key: gen
                  operator: Gt
                  values: ["4"]
        containers:
        - name: nginx
          image: nginx
      """
    Then "kubectl get pod fast -o jsonpath={.spec.nodeName}" should print "node-3"

  Scenario: a pod no node matches stays Pending until a node is labelled
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: gpu
      spec:
        nodeSelector:
          accelerator: nvidia
        containers:
        - name: cuda
          image: busybox
          command: ["sleep", "3600"]
      """
    Then pod "gpu" should be "Pending"
    And "kubectl get pod gpu -o jsonpath={.status.conditions[0].message}" should print "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
    And "pod/gpu" should match:
      """
      status:
        phase: Pending
        conditions:
        - type: PodScheduled
          status: "False"
          reason: Unschedulable
      """
    When I run "kubectl label node node-1 accelerator=nvidia"
    And 1 second passes
    Then "kubectl get pod gpu -o jsonpath={.spec.nodeName}" should print "node-1"

  Scenario: matchFields pins a pod to a node by name
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pinned
      spec:
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
              - matchFields:
                - key: metadata.name
                  operator: In
                  values: [node-9]
        containers:
        - name: nginx
          image: nginx
      """
    Then "kubectl get pod pinned -o jsonpath={.status.conditions[0].message}" should print "0/3 nodes are available: 3 node(s) didn't satisfy plugin(s) [NodeAffinity]. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
