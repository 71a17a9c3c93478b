Feature: Reclaim policies decide what happens to a volume when its claim is deleted
  Retain keeps the volume and its data: the PV becomes Released and keeps its claimRef, so no claim
  can bind it until an administrator clears spec.claimRef. Recycle (deprecated) scrubs NFS and HostPath
  volumes with a recycler pod and makes them Available again; other volume types fail. Delete removes
  the volume and its storage through its deleter; a static volume without one fails.

  Background:
    Given a cluster with 1 node

  Scenario: Retain leaves the PV Released with its data, and it does not bind again
    Given node "node-1" has the file "/mnt/data/index.html" containing "hello"
    And I have applied:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: task-pv
      spec:
        storageClassName: manual
        persistentVolumeReclaimPolicy: Retain
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        hostPath:
          path: /mnt/data
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: task-pvc
      spec:
        storageClassName: manual
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    When I run "kubectl delete pvc task-pvc"
    Then the command should succeed
    When I run "kubectl get pv task-pv"
    Then the output should be:
      """
      NAME      CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS     CLAIM              STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
      task-pv   1Gi        RWO            Retain           Released   default/task-pvc   manual         <unset>                          0s
      """
    And node "node-1" should have the path "/mnt/data/index.html"
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: task-pvc
      spec:
        storageClassName: manual
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    And 1 minute passes
    Then "kubectl get pvc task-pvc -o jsonpath={.status.phase}" should print "Pending"
    And "kubectl get pv task-pv -o jsonpath={.status.phase}" should print "Released"

  Scenario: An administrator clears claimRef and the retained volume is Available again
    Given I have applied:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: task-pv
      spec:
        storageClassName: manual
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        hostPath:
          path: /mnt/data
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: task-pvc
      spec:
        storageClassName: manual
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    And I run "kubectl delete pvc task-pvc"
    When I run "kubectl patch pv task-pv -p '{\"spec\":{\"claimRef\":null}}'"
    Then the output should contain "persistentvolume/task-pv patched"
    And "kubectl get pv task-pv -o jsonpath={.status.phase}" should print "Available"

  Scenario Outline: Recycle scrubs <type> volumes and makes them Available again
    Given <seed>
    And I have applied:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: recycled
      spec:
        persistentVolumeReclaimPolicy: Recycle
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteMany]
        <source>
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: scratch
      spec:
        storageClassName: ""
        accessModes: [ReadWriteMany]
        resources:
          requests:
            storage: 1Gi
      """
    When I run "kubectl delete pvc scratch"
    Then "kubectl get pv recycled -o jsonpath={.status.phase}" should print "Released"
    When I wait up to 30 seconds until "kubectl get pv recycled -o jsonpath={.status.phase}" prints "Available"
    Then "kubectl get pv recycled -o jsonpath={.spec.claimRef}" should print ""
    And <scrubbed>
    When I run "kubectl describe pv recycled"
    Then the output should contain "Recycler pod: Successfully assigned default/recycler-for-recycled to node-1"
    And the output should contain "VolumeRecycled  0s    persistentvolume-controller  Volume recycled"

    Examples:
      | type     | seed                                                                            | source                                                  | scrubbed                                                            |
      | HostPath | node "node-1" has the file "/srv/scratch/old.log" containing "x"                | hostPath: {path: /srv/scratch}                          | node "node-1" should not have the path "/srv/scratch/old.log"       |
      | NFS      | the NFS server "nfs.example.com" has the file "/exports/tmp/old.log" containing "x" | nfs: {server: nfs.example.com, path: /exports/tmp} | the directory "/exports/tmp" on the NFS server "nfs.example.com" should be empty |

  Scenario: Recycle is refused for volume types other than NFS and HostPath
    Given node "node-1" has the directory "/mnt/disks/ssd1"
    And I have applied:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: local-pv
      spec:
        persistentVolumeReclaimPolicy: Recycle
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        local:
          path: /mnt/disks/ssd1
        nodeAffinity:
          required:
            nodeSelectorTerms:
            - matchExpressions:
              - key: kubernetes.io/hostname
                operator: In
                values: [node-1]
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: fast
      spec:
        storageClassName: ""
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    When I run "kubectl delete pvc fast"
    Then "pv/local-pv" should match:
      """
      status:
        phase: Failed
        message: No recycler plugin found for the volume!
      """
    When I run "kubectl describe pv local-pv"
    Then the output should contain "Warning  VolumeFailedRecycle  0s    persistentvolume-controller  No recycler plugin found for the volume!"

  Scenario: A hostPath volume cannot be recycled when it is the node's root
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: root
      spec:
        persistentVolumeReclaimPolicy: Recycle
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        hostPath:
          path: /
      """
    Then the command should fail with "spec.persistentVolumeReclaimPolicy: Forbidden: may not be 'recycle' for a hostPath mount of '/'"

  Scenario Outline: Delete fails for a static <type> volume that has no deleter
    Given I have applied:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: static
      spec:
        persistentVolumeReclaimPolicy: Delete
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        <source>
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: claim
      spec:
        storageClassName: ""
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    When I run "kubectl delete pvc claim"
    Then "pv/static" should match:
      """
      status:
        phase: Failed
        message: '<message>'
      """
    When I run "kubectl get events --field-selector reason=VolumeFailedDelete -o jsonpath={.items[0].type}"
    Then the output should contain "Warning"

    Examples:
      | type     | source                                            | message                                                                                            |
      | NFS      | nfs: {server: nfs.example.com, path: /exports}    | error getting deleter volume plugin for volume "static": no deletable volume plugin matched        |
      | HostPath | hostPath: {path: /mnt/data}                       | host_path deleter only supports /tmp/.+ but received provided /mnt/data                            |

  Scenario: Delete removes a hostPath volume under /tmp together with its directory
    Given node "node-1" has the file "/tmp/scratch/a.txt" containing "a"
    And I have applied:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: temp
      spec:
        persistentVolumeReclaimPolicy: Delete
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        hostPath:
          path: /tmp/scratch
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: claim
      spec:
        storageClassName: ""
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    When I run "kubectl delete pvc claim"
    Then "pv/temp" should not exist
    And node "node-1" should not have the path "/tmp/scratch"

  Scenario: A claim whose volume is deleted is Lost
    Given I have applied:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: doomed
      spec:
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        hostPath:
          path: /mnt/doomed
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: orphan
      spec:
        storageClassName: ""
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    When I run "kubectl delete pv doomed --wait=false"
    Then "kubectl get pv doomed -o jsonpath={.metadata.finalizers}" should print "[\"kubernetes.io/pv-protection\"]"
    And "kubectl get pvc orphan -o jsonpath={.status.phase}" should print "Bound"
    When I run "kubectl patch pv doomed -p '{\"metadata\":{\"finalizers\":null}}'"
    Then "pv/doomed" should not exist
    And "kubectl get pvc orphan -o jsonpath={.status.phase}" should print "Lost"
    When I run "kubectl describe pvc orphan"
    Then the output should contain "Warning  ClaimLost  0s    persistentvolume-controller  Bound claim has lost its PersistentVolume. Data on the volume is lost!"
