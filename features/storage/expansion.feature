Feature: Claims grow when their class allows volume expansion
  Growing spec.resources.requests.storage needs a Bound claim whose StorageClass sets
  allowVolumeExpansion: true. The volume grows first (FileSystemResizePending on the claim), then the
  node grows the filesystem of a volume in use and the claim reports the new capacity. Claims never
  shrink below their capacity.

  Background:
    Given a cluster with 1 node
    And I have applied:
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: expandable
      provisioner: rancher.io/local-path
      volumeBindingMode: WaitForFirstConsumer
      allowVolumeExpansion: true
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: grow
      spec:
        storageClassName: expandable
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: fixed
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
        - name: grow
          persistentVolumeClaim:
            claimName: grow
        - name: fixed
          persistentVolumeClaim:
            claimName: fixed
      """
    And I wait up to 10 seconds until "kubectl get pvc fixed -o jsonpath={.status.phase}" prints "Bound"
    And I wait up to 10 seconds until "kubectl get pod user -o jsonpath={.status.phase}" prints "Running"

  Scenario: Expanding a claim whose class allows it grows the volume and the claim
    When I run "kubectl patch pvc grow -p '{\"spec\":{\"resources\":{\"requests\":{\"storage\":\"5Gi\"}}}}'"
    Then the output should be:
      """
      persistentvolumeclaim/grow patched
      """
    And the volume bound to claim "grow" should match:
      """
      spec:
        capacity:
          storage: 5Gi
      """
    And "kubectl get pvc grow -o jsonpath={.status.capacity.storage}" should print "5Gi"
    When I run "kubectl get events --field-selector reason=FileSystemResizeSuccessful -o jsonpath={.items[0].message}"
    Then the output should contain "MountVolume.NodeExpandVolume succeeded for volume \"pvc-"

  Scenario: Expanding a claim whose class does not allow it is forbidden
    When I run "kubectl patch pvc fixed -p '{\"spec\":{\"resources\":{\"requests\":{\"storage\":\"5Gi\"}}}}'"
    Then the command should fail with "Error from server (Forbidden): persistentvolumeclaims \"fixed\" is forbidden: only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize"
    And "kubectl get pvc fixed -o jsonpath={.spec.resources.requests.storage}" should print "1Gi"

  Scenario: A claim cannot shrink below its capacity
    When I run "kubectl patch pvc grow -p '{\"spec\":{\"resources\":{\"requests\":{\"storage\":\"500Mi\"}}}}'"
    Then the command should fail with "The PersistentVolumeClaim \"grow\" is invalid: spec.resources.requests.storage: Forbidden: field can not be less than status.capacity"

  Scenario: A Pending claim cannot be resized: its spec is immutable until it is bound
    Given I have applied:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: idle
      spec:
        storageClassName: expandable
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    When I run "kubectl patch pvc idle -p '{\"spec\":{\"resources\":{\"requests\":{\"storage\":\"2Gi\"}}}}'"
    Then the command should fail with "The PersistentVolumeClaim \"idle\" is invalid: spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims"
