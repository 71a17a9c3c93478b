Feature: Events expire an hour after their last update
  kube-apiserver stores Events with a time to live of --event-ttl (one hour by default) from their last
  write, and etcd deletes them when it runs out. An event that keeps recurring is updated each time (its
  count grows), so it stays, still counted from when it first happened.

  Background:
    Given a cluster with 1 node

  Scenario: A running pod's events are gone two hours later
    When I run "kubectl run web --image=nginx"
    And 30 seconds pass
    Then "kubectl get events --field-selector involvedObject.name=web,reason=Started -o jsonpath={.items[*].message}" should print "Started container web"
    When 59 minutes pass
    Then "kubectl get events --field-selector involvedObject.name=web,reason=Started -o jsonpath={.items[*].message}" should print "Started container web"
    When 2 hours pass
    Then "kubectl get events --field-selector involvedObject.name=web -o jsonpath={.items[*].message}" should print ""

  Scenario: A recurring event lives on
    When I run "kubectl run crash --image=busybox -- sh -c 'exit 1'"
    And 2 hours pass
    Then "kubectl get events --field-selector involvedObject.name=crash,reason=BackOff -o jsonpath={.items[*].reason}" should print "BackOff"
