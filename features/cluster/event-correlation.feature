Feature: Similar events are combined, and a source's events about one object are rate limited
  client-go's EventCorrelator stands between every core/v1 event recorder and the API server. Once a source
  has reported 10 events about one object that differ only in their message within 10 minutes (a
  ReplicaSet's "Created pod: …"), each further one is written as a single event whose message reads
  "(combined from similar events): " and the latest message, counted like a repeated event. A source may
  also write only 25 events about one object at once, then one every 5 minutes: the rest never reach the
  API server, though the series still counts them.

  Background:
    Given a cluster with 3 nodes

  Scenario: Scaling a Deployment to 30 replicas shows 9 creations and one combined event counting 16
    When I run "kubectl create deployment web --image=nginx --replicas=30"
    And 30 seconds pass
    Then "kubectl get rs -l app=web -o jsonpath={.items[0].status.readyReplicas}" should print "30"
    And "kubectl get events --field-selector involvedObject.kind=ReplicaSet -o jsonpath={.items[*].count}" should print "1 1 1 1 1 1 1 1 1 16"
    When I run "kubectl describe rs -l app=web"
    Then the output should contain "Normal  SuccessfulCreate  30s (x16 over 30s)  replicaset-controller  (combined from similar events): Created pod: web-"
    And the output should contain "Normal  SuccessfulCreate  30s                 replicaset-controller  Created pod: web-"

  Scenario: The combined event is neither reported by a controller nor by an instance
    When I run "kubectl create deployment web --image=nginx --replicas=12"
    And 10 seconds pass
    Then "kubectl get events --field-selector involvedObject.kind=ReplicaSet,reportingComponent= -o jsonpath={.items[*].count}" should print "3"
    And "kubectl get events --field-selector involvedObject.kind=ReplicaSet,reportingComponent=replicaset-controller -o jsonpath={.items[*].count}" should print "1 1 1 1 1 1 1 1 1"

  Scenario: Five minutes later the source may write one more event, which carries the skipped ones' count
    When I run "kubectl create deployment web --image=nginx --replicas=30"
    And 5 minutes pass
    And I run "kubectl scale deployment web --replicas=40"
    And 10 seconds pass
    Then "kubectl get rs -l app=web -o jsonpath={.items[0].status.replicas}" should print "40"
    And "kubectl get events --field-selector involvedObject.kind=ReplicaSet -o jsonpath={.items[*].count}" should print "1 1 1 1 1 1 1 1 1 22"
    When I run "kubectl describe rs -l app=web"
    Then the output should contain "Normal  SuccessfulCreate  10s (x22 over 5m10s)  replicaset-controller  (combined from similar events): Created pod: web-"

  Scenario: The limit is per source and object: each pod's kubelet events are all written
    When I run "kubectl create deployment web --image=nginx --replicas=30"
    And 30 seconds pass
    Then "kubectl get events --field-selector reason=Started -o jsonpath={.items[*].count}" should print "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"
