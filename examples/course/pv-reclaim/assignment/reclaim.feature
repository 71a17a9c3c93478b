Feature: The archive survives its claim

  Background:
    Given a cluster with 1 node
    And node "node-1" has the file "/mnt/archive/2024.tar" containing "old data"
    When I apply the file "storage.yaml"

  @points:2
  Scenario: The claim binds to the archive volume
    Then "pvc/archive-claim" should match:
      """
      spec:
        volumeName: archive-pv
      status:
        phase: Bound
      """

  @points:3
  Scenario: Deleting the claim keeps the volume and its data
    When I run "kubectl delete pvc archive-claim"
    Then the command should succeed
    And "kubectl get pv archive-pv -o jsonpath={.status.phase}" should print "Released"
    And node "node-1" should have the path "/mnt/archive/2024.tar"

  Scenario: The volume offers 1Gi, ReadWriteOnce
    Then "pv/archive-pv" should match:
      """
      spec:
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        storageClassName: manual
      """
