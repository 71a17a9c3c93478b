Feature: Nodes report through their kubelets
  Each node's kubelet posts the node's conditions and renews its Lease in kube-node-lease every 10
  seconds. A kubelet that stops reporting makes the node NotReady (Unknown) after the 50 second grace
  period; a removed node's pods are deleted by the pod garbage collector; a node that joins is Ready and
  runs pods at once.

  Scenario: A node's kubelet reports the node Ready
    Given a cluster with 1 node
    When I run "kubectl get nodes"
    Then the output should contain "node-1   Ready    <none>"
    And "node/node-1" should match:
      """
      status:
        conditions:
        - type: MemoryPressure
          status: "False"
          reason: KubeletHasSufficientMemory
          message: kubelet has sufficient memory available
        - type: DiskPressure
          status: "False"
          reason: KubeletHasNoDiskPressure
          message: kubelet has no disk pressure
        - type: PIDPressure
          status: "False"
          reason: KubeletHasSufficientPID
          message: kubelet has sufficient PID available
        - type: Ready
          status: "True"
          reason: KubeletReady
          message: kubelet is posting ready status
      """

  Scenario: Each node's Lease in kube-node-lease is held by its kubelet and renewed every 10 seconds
    Given a cluster with 2 nodes
    When 25 seconds pass
    And I run "kubectl get lease -n kube-node-lease"
    Then the output should be:
      """
      NAME     HOLDER   AGE
      node-1   node-1   25s
      node-2   node-2   25s
      """
    And "kubectl get lease node-1 -n kube-node-lease -o jsonpath={.spec.leaseDurationSeconds}/{.spec.renewTime}/{.metadata.ownerReferences[0].kind}" should print "40/2025-01-01T00:00:20.000000Z/Node"
    When I run "kubectl describe lease node-2 -n kube-node-lease"
    Then the output should contain "Holder Identity:         node-2"
    And the output should contain "Renew Time:              2025-01-01T00:00:20.000000Z"

  Scenario: A node whose kubelet stops reporting becomes NotReady, and Ready again when it is back
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
        - name: web
          image: nginx:1.27
      """
    And within 10 seconds pod "web" should be "Running"
    When node "node-2" becomes NotReady
    And 40 seconds pass
    Then "kubectl get node node-2 -o jsonpath={.status.conditions[3].status}" should print "True"
    When 20 seconds pass
    Then "kubectl get node node-2 -o jsonpath={.status.conditions[3].status}" should print "Unknown"
    When I run "kubectl get nodes"
    Then the output should contain "node-2   NotReady   <none>"
    And pod "web" should be "Running"
    When node "node-2" becomes Ready
    Then "kubectl get node node-2 -o jsonpath={.status.conditions[3].reason}" should print "KubeletReady"
    When 10 seconds pass
    And I run "kubectl get nodes"
    Then the output should contain "node-2   Ready    <none>"
    And pod "web" should be "Running"

  Scenario: The pods of a removed node are deleted by the pod garbage collector
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
        - name: web
          image: nginx:1.27
      """
    And within 10 seconds pod "web" should be "Running"
    When node "node-2" is removed
    Then "node/node-2" should not exist
    And "pod/web" should exist
    When 45 seconds pass
    Then "pod/web" should not exist

  Scenario: A joining node is Ready and runs pods
    Given a cluster with 1 node
    When a node "node-9" joins the cluster
    Then "kubectl get node node-9 -o jsonpath={.status.conditions[3].type}={.status.conditions[3].status}" should print "Ready=True"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        nodeName: node-9
        containers:
        - name: web
          image: nginx:1.27
      """
    Then within 10 seconds pod "web" should be "Running"
    And "kubectl get pod web -o jsonpath={.status.hostIP}" should print "172.18.0.3"
