Feature: Pending pods wait for the scheduler and for room
  A pod stays Pending while no scheduler runs, and while no node can take it; the scheduler retries it
  when a node joins (after its back-off), and otherwise every five minutes.

  Scenario: pods wait while the scheduler is stopped
    Given a cluster with 2 nodes
    When the scheduler stops
    And I run "kubectl run web --image=nginx"
    And 1 minute passes
    Then pod "web" should be "Pending"
    And "kubectl get pod web -o jsonpath={.spec.nodeName}" should print ""
    And "kubectl get events --field-selector involvedObject.name=web -o name" should print ""
    When the scheduler starts
    Then "kubectl get pod web -o jsonpath={.status.conditions[0].type}={.status.conditions[0].status}" should print "PodScheduled=True"
    And "kubectl get events --field-selector reason=Scheduled -o jsonpath={.items[0].source.component}" should print "default-scheduler"

  Scenario: a pending pod is scheduled once a node joins
    Given a cluster with 0 nodes
    When I run "kubectl run web --image=nginx"
    Then "kubectl get pod web -o jsonpath={.status.conditions[0].reason}/{.status.conditions[0].message}" should print "SchedulerError/no nodes available to schedule pods"
    When a node "node-1" joins the cluster
    And 10 seconds pass
    Then "kubectl get pod web -o jsonpath={.spec.nodeName}" should print "node-1"

  Scenario: an unschedulable pod is retried every five minutes and the event counts the attempts
    Given a cluster with 1 node
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
              cpu: "64"
      """
    And 4 minutes pass
    Then "kubectl get events --field-selector reason=FailedScheduling -o jsonpath={.items[0].count}" should print "1"
    When 2 minutes pass
    Then "kubectl get events --field-selector reason=FailedScheduling -o jsonpath={.items[0].count}" should print "2"
