Feature: The backup runs every quarter hour and keeps the last two Jobs
  The cluster's clock starts at 2025-01-01T00:00:00Z; a Job is named after its scheduled minute
  (minutes since 1970): 00:15 is backup-28928175.

  Background:
    Given a cluster with 1 node
    When I apply the file "cronjob.yaml"

  Scenario: The schedule and the concurrency policy
    Then "cronjob/backup" should match:
      """
      spec:
        schedule: "*/15 * * * *"
        concurrencyPolicy: Forbid
        successfulJobsHistoryLimit: 2
      """

  @points:2
  Scenario: The first backup runs at 00:15 and completes
    When 16 minutes pass
    Then "kubectl get jobs -o name" should print "job.batch/backup-28928175"
    And "kubectl get job backup-28928175 -o jsonpath={.status.succeeded}" should print "1"

  @points:2
  Scenario: After an hour only the two latest Jobs remain
    When 61 minutes pass
    Then "kubectl get jobs -o jsonpath={.items[*].metadata.name}" should print "backup-28928205 backup-28928220"

  @hidden
  Scenario: The backup says it is done
    When 16 minutes pass
    Then "kubectl logs job/backup-28928175" should print "backup done"
