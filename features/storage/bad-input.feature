Feature: Bad storage input is refused with Kubernetes' errors and nothing is lost
  Background:
    Given a cluster with 1 node

  Scenario: A claim asking for an invalid quantity is rejected when decoded
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: bad
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gb
      """
    Then the command should fail with "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
    And "pvc/bad" should not exist

  Scenario: A claim asking for no storage at all is invalid
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: empty
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: "0"
      """
    Then the command should fail with "The PersistentVolumeClaim \"empty\" is invalid: spec.resources[storage]: Invalid value: \"0\": must be greater than zero"

  Scenario: A PersistentVolume needs a capacity and access modes
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: bare
      spec:
        hostPath:
          path: /mnt/data
      """
    Then the command should fail with "The PersistentVolume \"bare\" is invalid: "
    And the command should fail with "* spec.accessModes: Required value"
    And the command should fail with "* spec.capacity: Required value"
    And "kubectl get pv -o name" should print ""

  Scenario: A claim without access modes is invalid
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: modeless
      spec:
        resources:
          requests:
            storage: 1Gi
      """
    Then the command should fail with "spec.accessModes: Required value: at least 1 access mode is required"

  Scenario: Deleting a StorageClass in use is allowed; bound claims keep their volumes, new claims cannot provision
    Given I have applied:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: user
      spec:
        containers:
        - name: app
          image: busybox
          command: [sleep, "3600"]
        volumes:
        - name: data
          persistentVolumeClaim:
            claimName: data
      """
    And I wait up to 10 seconds until "kubectl get pvc data -o jsonpath={.status.phase}" prints "Bound"
    When I run "kubectl delete storageclass standard"
    Then the output should be:
      """
      storageclass.storage.k8s.io "standard" deleted
      """
    And "kubectl get pvc data -o jsonpath={.status.phase}" should print "Bound"
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: more
      spec:
        storageClassName: standard
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    And I run "kubectl describe pvc more"
    Then the output should contain "storageclass.storage.k8s.io \"standard\" not found"

  Scenario: A StorageClass's provisioner and reclaim policy cannot change
    When I apply:
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: standard
        annotations:
          storageclass.kubernetes.io/is-default-class: "true"
      provisioner: example.com/other
      reclaimPolicy: Delete
      volumeBindingMode: WaitForFirstConsumer
      """
    Then the command should fail with "provisioner: Forbidden: updates to provisioner are forbidden."
    And "kubectl get storageclass standard -o jsonpath={.provisioner}" should print "rancher.io/local-path"
