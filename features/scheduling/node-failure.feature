Feature: Pods leave a node that stops reporting
  When a node's kubelet stops posting status, the node-lifecycle controller marks the node's conditions
  Unknown after the 50s grace period and taints it `node.kubernetes.io/unreachable`; pods tolerate that for
  the 300s DefaultTolerationSeconds adds, then the taint-eviction controller deletes them and their
  ReplicaSet recreates them on a healthy node.

  Scenario: a NotReady node's pods are evicted after 300 seconds
    Given a cluster with 2 nodes
    And I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        nodeName: node-2
        containers:
        - name: nginx
          image: nginx
      """
    When node "node-2" becomes NotReady
    And 1 minute passes
    Then "node/node-2" should match:
      """
      spec:
        taints:
        - key: node.kubernetes.io/unreachable
          effect: NoSchedule
        - key: node.kubernetes.io/unreachable
          effect: NoExecute
      status:
        conditions:
        - type: Ready
          status: Unknown
          reason: NodeStatusUnknown
          message: Kubelet stopped posting node status.
      """
    When 4 minutes pass
    Then "kubectl get pod web -o jsonpath={.metadata.deletionTimestamp}" should print ""
    When 1 minute passes
    Then pod "web" should be "Terminating"
    When I run "kubectl get events --field-selector reason=TaintManagerEviction"
    Then the output should contain "Marking for deletion Pod default/web"

  Scenario: a pod that tolerates the taint for 30 seconds goes sooner
    Given a cluster with 2 nodes
    And I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: quick
      spec:
        nodeName: node-2
        tolerations:
        - key: node.kubernetes.io/unreachable
          operator: Exists
          effect: NoExecute
          tolerationSeconds: 30
        containers:
        - name: nginx
          image: nginx
      """
    When node "node-2" becomes NotReady
    And 2 minutes pass
    Then pod "quick" should be "Terminating"

  Scenario: the ReplicaSet replaces evicted pods on the healthy node
    Given a cluster with 2 nodes
    When I run "kubectl create deployment web --image=nginx --replicas=2"
    Then the pods labelled "app=web" should run on 2 different nodes
    When node "node-2" becomes NotReady
    And 6 minutes pass
    Then node "node-1" should run 2 of the pods labelled "app=web,pod-template-hash"
    When I run "kubectl get nodes"
    Then the output should contain "node-2   NotReady"
