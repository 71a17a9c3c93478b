Feature: Three database pods with stable names and their own storage

  Background:
    Given a cluster with 2 nodes
    And I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: client
      spec:
        containers:
          - name: shell
            image: busybox:1.36
            command: ["sleep", "3600"]
      """
    When I apply the file "db.yaml"
    And I wait up to 5 minutes until "kubectl get statefulset db -o jsonpath={.status.readyReplicas}" prints "3"

  @points:2
  Scenario: Each pod has its own claim
    Then "pvc/data-db-0" should exist
    And "pvc/data-db-1" should exist
    And "pvc/data-db-2" should exist

  @points:3
  Scenario: Each pod has its own DNS name
    When pod "client" looks up "db-1.db"
    Then the lookup should return the IP of pod "db-1"

  @points:2 @hidden
  Scenario: A deleted pod comes back with the same name and claim
    When I run "kubectl delete pod db-1"
    Then the command should succeed
    And within 2 minutes pod "db-1" should be "Running"
    And "pod/db-1" should match:
      """
      spec:
        volumes:
          - name: data
            persistentVolumeClaim:
              claimName: data-db-1
      """
