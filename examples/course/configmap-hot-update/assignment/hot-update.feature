Feature: The pod sees ConfigMap changes without a restart

  Background:
    Given a cluster with 1 node
    When I apply the file "app.yaml"
    And I wait up to 1 minute until "kubectl get pod app -o jsonpath={.status.phase}" prints "Running"

  Scenario: The ConfigMap holds the greeting
    Then "configmap/app-config" should match:
      """
      data:
        greeting: hello
      """

  @points:2
  Scenario: The pod reads the greeting from a file
    Then "kubectl exec app -- cat /etc/app/greeting" should print "hello"

  @points:3
  Scenario: A change to the ConfigMap reaches the running pod
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
      data:
        greeting: bonjour
      """
    Then the command should succeed
    When I wait up to 3 minutes until "kubectl exec app -- cat /etc/app/greeting" prints "bonjour"
    Then pod "app" should have 0 restarts
