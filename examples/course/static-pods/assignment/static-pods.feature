Feature: The kubelet runs the static pod and the API server mirrors it

  Background:
    Given a cluster with 1 node
    And the file "static-web.yaml" is placed on node "node-1" as the static pod file "static-web.yaml"

  @points:2
  Scenario: The mirror pod runs
    Then within 1 minute pod "static-web-node-1" should be "Running"

  Scenario: The mirror pod carries the role label
    Given within 1 minute pod "static-web-node-1" should be "Running"
    Then "pod/static-web-node-1" should match:
      """
      metadata:
        labels:
          role: web
      """

  @points:2 @hidden
  Scenario: Removing the manifest removes the pod
    Given within 1 minute pod "static-web-node-1" should be "Running"
    When the static pod file "static-web.yaml" is removed from node "node-1"
    And 1 minute passes
    Then "pod/static-web-node-1" should not exist
