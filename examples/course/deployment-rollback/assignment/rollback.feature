Feature: A broken release keeps every pod serving, fails fast, and rolls back

  Background:
    Given a cluster with 2 nodes
    And the image "nginx:9.99" does not exist
    When I apply the file "deployment.yaml"
    And I wait up to 2 minutes until "kubectl get deployment web -o jsonpath={.status.availableReplicas}" prints "4"
    And I run "kubectl set image deployment/web nginx=nginx:9.99"

  @points:3
  Scenario: All four pods keep serving during the broken rollout
    When 2 minutes pass
    Then "kubectl get deployment web -o jsonpath={.status.availableReplicas}" should print "4"

  @points:2
  Scenario: The stuck rollout is reported within a minute and a half
    When 90 seconds pass
    Then "deployment/web" should match:
      """
      status:
        conditions:
          - type: Progressing
            status: "False"
            reason: ProgressDeadlineExceeded
      """

  @points:2
  Scenario: Rolling back returns to nginx:1.26 with four pods
    When 1 minute passes
    And I run "kubectl rollout undo deployment/web"
    Then the command should succeed
    When I wait up to 2 minutes until "kubectl get deployment web -o jsonpath={.status.updatedReplicas}/{.status.availableReplicas}" prints "4/4"
    Then "kubectl get deployment web -o jsonpath={.spec.template.spec.containers[0].image}" should print "nginx:1.26"
