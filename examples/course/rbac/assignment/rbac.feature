Feature: Jane may read pods in dev, and nothing more

  Background:
    Given a cluster with 1 node
    And I have applied:
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: dev
      """
    When I apply the file "rbac.yaml"
    And I am user "jane"

  @points:2
  Scenario: Jane can list pods in dev
    When I run "kubectl get pods -n dev"
    Then the command should succeed

  @points:2
  Scenario: Jane cannot delete pods in dev
    Then "kubectl auth can-i delete pods -n dev" should print "no"

  Scenario: Jane cannot list pods in other namespaces
    Then "kubectl auth can-i list pods -n default" should print "no"

  @points:1 @hidden
  Scenario: Jane cannot read secrets in dev
    Then "kubectl auth can-i get secrets -n dev" should print "no"
