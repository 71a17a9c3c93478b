Feature: Taints repel pods that do not tolerate them
  NoSchedule and NoExecute taints keep pods without a matching toleration off a node; the FailedScheduling
  message names the first untolerated taint of each node. `kubectl taint` adds and removes taints.

  Background:
    Given a cluster with nodes:
      | name          | taints                                          |
      | control-plane | node-role.kubernetes.io/control-plane:NoSchedule |
      | node-1        | dedicated=gpu:NoSchedule                        |

  Scenario: a pod without tolerations cannot be scheduled
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: nginx
          image: nginx
      """
    Then pod "web" should be "Pending"
    When I run "kubectl get events"
    Then the output should contain "0/2 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."
    And the output should contain "FailedScheduling"

  Scenario: a matching toleration lets the pod in
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: trainer
      spec:
        tolerations:
        - key: dedicated
          operator: Equal
          value: gpu
          effect: NoSchedule
        containers:
        - name: train
          image: busybox
          command: ["sleep", "3600"]
      """
    Then "kubectl get pod trainer -o jsonpath={.spec.nodeName}" should print "node-1"

  Scenario: removing the taint schedules the waiting pod
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: nginx
          image: nginx
      """
    When I run "kubectl taint nodes node-1 dedicated=gpu:NoSchedule-"
    Then the output should be:
      """
      node/node-1 untainted
      """
    When 1 second passes
    Then "kubectl get pod web -o jsonpath={.spec.nodeName}" should print "node-1"

  Scenario: kubectl taint adds, refuses to overwrite, and reports missing taints
    When I run "kubectl taint nodes node-1 team=blue:PreferNoSchedule"
    Then the output should be:
      """
      node/node-1 tainted
      """
    When I run "kubectl taint nodes node-1 team=red:PreferNoSchedule"
    Then the command should fail with "error: node node-1 already has team taint(s) with same effect(s) and --overwrite is false"
    When I run "kubectl taint nodes node-1 team=red:PreferNoSchedule --overwrite"
    Then the output should be:
      """
      node/node-1 modified
      """
    When I run "kubectl taint nodes node-1 missing:NoExecute-"
    Then the command should fail with "error: taint \"missing:NoExecute\" not found"
    When I run "kubectl taint nodes node-1 team-"
    Then the output should be:
      """
      node/node-1 untainted
      """
    And "node/node-1" should match:
      """
      spec:
        taints:
        - key: dedicated
          value: gpu
          effect: NoSchedule
      """

  Scenario: an unknown effect is a usage error
    When I run "kubectl taint nodes node-1 team=blue:Sometimes"
    Then the command should fail with "error: invalid taint effect: Sometimes, unsupported taint effect"

  Scenario: a NoExecute taint evicts at once, after tolerationSeconds, or never (the page's "Taint based Evictions")
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: intolerant
      spec:
        tolerations:
        - {key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}
        containers:
        - name: nginx
          image: nginx
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: for-an-hour
      spec:
        tolerations:
        - {key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}
        - key: "key1"
          operator: "Equal"
          value: "value1"
          effect: "NoExecute"
          tolerationSeconds: 3600
        containers:
        - name: nginx
          image: nginx
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: forever
      spec:
        tolerations:
        - {key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}
        - {key: key1, operator: Equal, value: value1, effect: NoExecute}
        containers:
        - name: nginx
          image: nginx
      """
    And within 15 seconds pod "forever" should be "Running"
    When I run "kubectl taint nodes node-1 key1=value1:NoExecute"
    And 1 second passes
    And I run "kubectl get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName"
    Then the output should be:
      """
      NAME          NODE
      for-an-hour   node-1
      forever       node-1
      """
    And "kubectl get events --field-selector involvedObject.name=intolerant,reason=TaintManagerEviction -o jsonpath={.items[0].message}" should print "Marking for deletion Pod default/intolerant"
    When 3598 seconds pass
    And I run "kubectl get pods -o name"
    Then the output should be:
      """
      pod/for-an-hour
      pod/forever
      """
    When 2 seconds pass
    And I run "kubectl get pods -o name"
    Then the output should be:
      """
      pod/forever
      """
