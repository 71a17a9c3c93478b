Feature: Cordoning and draining nodes
  `kubectl cordon` marks a node unschedulable (the node-lifecycle controller adds the
  `node.kubernetes.io/unschedulable:NoSchedule` taint); `kubectl drain` cordons and evicts the node's pods,
  refusing pods that no controller would recreate unless `--force` is given.

  Background:
    Given a cluster with 2 nodes

  Scenario: a cordoned node takes no new pods
    When I run "kubectl cordon node-1"
    Then the output should be:
      """
      node/node-1 cordoned
      """
    And "node/node-1" should match:
      """
      spec:
        unschedulable: true
        taints:
        - key: node.kubernetes.io/unschedulable
          effect: NoSchedule
      """
    When I run "kubectl cordon node-1"
    Then the output should be:
      """
      node/node-1 already cordoned
      """
    When I run "kubectl create deployment web --image=nginx --replicas=3"
    Then the pods labelled "app=web" should run on 1 different node
    And "kubectl get pods -l app=web -o jsonpath={.items[0].spec.nodeName}" should print "node-2"

  Scenario: with every node cordoned the pod waits, and uncordon releases it
    When I run "kubectl cordon node-1"
    And I run "kubectl cordon node-2"
    And I run "kubectl run web --image=nginx"
    Then "kubectl get pod web -o jsonpath={.status.conditions[0].message}" should print "0/2 nodes are available: 2 node(s) were unschedulable. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."
    When I run "kubectl uncordon node-2"
    Then the output should be:
      """
      node/node-2 uncordoned
      """
    And "node/node-2" should match:
      """
      spec:
        taints: null
      """
    When 1 second passes
    Then "kubectl get pod web -o jsonpath={.spec.nodeName}" should print "node-2"

  Scenario: cordoning a node that does not exist
    When I run "kubectl cordon node-7"
    Then the command should fail with "Error from server (NotFound): nodes \"node-7\" not found"

  Scenario: drain refuses a pod that no controller manages
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: solo
      spec:
        nodeName: node-1
        containers:
        - name: nginx
          image: nginx
      """
    When I run "kubectl drain node-1"
    Then the command should fail
    And the output should be:
      """
      node/node-1 cordoned
      """
    And the command should fail with "error: unable to drain node \"node-1\" due to error: cannot delete cannot delete Pods that declare no controller (use --force to override): default/solo, continuing command..."
    And the command should fail with "error: cannot delete cannot delete Pods that declare no controller (use --force to override): default/solo"

  Scenario: drain --force evicts unmanaged pods and the ReplicaSet replaces its pods elsewhere
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: solo
      spec:
        nodeName: node-1
        containers:
        - name: nginx
          image: nginx
      """
    When I run "kubectl drain node-1 --force --grace-period=0"
    Then the command should succeed
    And the output should be:
      """
      node/node-1 cordoned
      evicting pod default/solo
      pod/solo evicted
      node/node-1 drained
      """
    And "pod/solo" should not exist

  Scenario: drain with emptyDir data needs --delete-emptydir-data
    Given I have applied:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: cache
      spec:
        replicas: 1
        selector:
          matchLabels: {app: cache}
        template:
          metadata:
            labels: {app: cache}
          spec:
            nodeSelector:
              kubernetes.io/hostname: node-1
            containers:
            - name: redis
              image: redis
              volumeMounts:
              - {name: data, mountPath: /data}
            volumes:
            - name: data
              emptyDir: {}
      """
    When I run "kubectl drain node-1 --dry-run=client"
    Then the command should fail with "cannot delete Pods with local storage (use --delete-emptydir-data to override)"
    When I run "kubectl drain node-1 --delete-emptydir-data --dry-run=client"
    Then the command should succeed
    And the output should contain "node/node-1 drained (dry run)"

  Scenario: drain waits for the evicted pods to terminate and the replacements land elsewhere
    When I run "kubectl create deployment web --image=nginx --replicas=2"
    And I run "kubectl drain node-1 --ignore-daemonsets"
    Then the command should succeed
    And the output should contain "node/node-1 cordoned"
    And the output should contain "evicting pod default/web-"
    And the output should contain " evicted"
    And the output should contain "node/node-1 drained"
    And node "node-2" should run 2 of the pods labelled "app=web"
    And node "node-1" should run 0 of the pods labelled "app=web"
