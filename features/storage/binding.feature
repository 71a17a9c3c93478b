Feature: A claim binds the smallest Available PersistentVolume that satisfies it
  The PV controller matches a PersistentVolumeClaim against Available PersistentVolumes: capacity at
  least the request, access modes a superset of the claim's, the same storageClassName ("" and unset
  are both "no class" once admission has run), a matching selector and volumeMode. Among the candidates
  the smallest wins. Both sides record the binding, and the claim reports the volume's capacity.

  Background:
    Given a cluster with 1 node
    And I have applied:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: pv-small
        labels:
          disk: hdd
      spec:
        storageClassName: manual
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        hostPath:
          path: /mnt/small
      ---
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: pv-medium
        labels:
          disk: ssd
      spec:
        storageClassName: manual
        capacity:
          storage: 5Gi
        accessModes: [ReadWriteOnce, ReadOnlyMany]
        hostPath:
          path: /mnt/medium
      ---
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: pv-large
        labels:
          disk: ssd
      spec:
        storageClassName: manual
        capacity:
          storage: 10Gi
        accessModes: [ReadWriteOnce]
        hostPath:
          path: /mnt/large
      """

  Scenario: The smallest volume that is big enough wins, and the claim shows its capacity
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
            storage: 3Gi
      """
    When I run "kubectl get pvc task-pvc"
    Then the output should be:
      """
      NAME       STATUS   VOLUME     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
      task-pvc   Bound    pv-large   10Gi       RWO            manual         <unset>                 0s
      """
    When I run "kubectl get pv"
    Then the output should be:
      """
      NAME        CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS      CLAIM              STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
      pv-large    10Gi       RWO            Retain           Bound       default/task-pvc   manual         <unset>                          0s
      pv-medium   5Gi        RWO,ROX        Retain           Available                      manual         <unset>                          0s
      pv-small    1Gi        RWO            Retain           Available                      manual         <unset>                          0s
      """
    And "pvc/task-pvc" should match:
      """
      metadata:
        annotations:
          pv.kubernetes.io/bind-completed: "yes"
          pv.kubernetes.io/bound-by-controller: "yes"
        finalizers: [kubernetes.io/pvc-protection]
      spec:
        volumeName: pv-large
      status:
        phase: Bound
        accessModes: [ReadWriteOnce]
        capacity:
          storage: 10Gi
      """
    And "pv/pv-large" should match:
      """
      metadata:
        annotations:
          pv.kubernetes.io/bound-by-controller: "yes"
        finalizers: [kubernetes.io/pv-protection]
      spec:
        claimRef:
          kind: PersistentVolumeClaim
          namespace: default
          name: task-pvc
      status:
        phase: Bound
      """

  Scenario: Access modes must be a subset of the volume's, and a selector narrows the candidates
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: shared
      spec:
        storageClassName: manual
        accessModes: [ReadOnlyMany]
        resources:
          requests:
            storage: 1Gi
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: on-hdd
      spec:
        storageClassName: manual
        selector:
          matchLabels:
            disk: hdd
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    Then "kubectl get pvc shared -o jsonpath={.spec.volumeName}" should print "pv-medium"
    And "kubectl get pvc on-hdd -o jsonpath={.spec.volumeName}" should print "pv-small"

  Scenario: A claim asking for more than any volume offers stays Pending with FailedBinding
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: huge
      spec:
        storageClassName: ""
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 100Gi
      """
    Then "kubectl get pvc huge -o jsonpath={.status.phase}" should print "Pending"
    When I run "kubectl get pvc huge"
    Then the output should be:
      """
      NAME   STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
      huge   Pending                                                     <unset>                 0s
      """
    When I run "kubectl describe pvc huge"
    Then the output should contain "Normal  FailedBinding  0s    persistentvolume-controller  no persistent volumes available for this claim and no storage class is set"

  Scenario: A Pending claim binds to a volume created later at the controller's next sync
    Given I have applied:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: waiting
      spec:
        storageClassName: ""
        accessModes: [ReadWriteMany]
        resources:
          requests:
            storage: 1Gi
      """
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: nfs-pv
      spec:
        capacity:
          storage: 2Gi
        accessModes: [ReadWriteMany]
        nfs:
          server: nfs.example.com
          path: /exports/data
      """
    Then "kubectl get pvc waiting -o jsonpath={.status.phase}" should print "Pending"
    When I wait up to 15 seconds until "kubectl get pvc waiting -o jsonpath={.status.phase}" prints "Bound"
    Then "kubectl get pv nfs-pv -o jsonpath={.spec.claimRef.name}" should print "waiting"

  Scenario: storageClassName "" never matches a volume that has a class
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: classless
      spec:
        storageClassName: ""
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    Then "kubectl get pvc classless -o jsonpath={.status.phase}" should print "Pending"

  Scenario: A claim that leaves storageClassName unset gets the default class from admission
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: defaulted
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    Then "kubectl get pvc defaulted -o jsonpath={.spec.storageClassName}" should print "standard"

  Scenario: A claim can name its volume, and a volume can be pre-bound to a claim through claimRef
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: wants-medium
      spec:
        storageClassName: manual
        volumeName: pv-medium
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      ---
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: reserved
      spec:
        storageClassName: manual
        claimRef:
          namespace: default
          name: owner
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        hostPath:
          path: /mnt/reserved
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: owner
      spec:
        storageClassName: manual
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    Then "kubectl get pvc wants-medium -o jsonpath={.spec.volumeName}" should print "pv-medium"
    And "kubectl get pvc owner -o jsonpath={.spec.volumeName}" should print "reserved"
    And "pvc/owner" should match:
      """
      metadata:
        annotations:
          pv.kubernetes.io/bind-completed: "yes"
      """

  Scenario: A claim naming a volume that is too small reports VolumeMismatch
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: too-big
      spec:
        storageClassName: manual
        volumeName: pv-small
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 2Gi
      """
    Then "kubectl get pvc too-big -o jsonpath={.status.phase}" should print "Pending"
    When I run "kubectl get events --field-selector reason=VolumeMismatch -o jsonpath={.items[0].message}"
    Then the output should contain "Cannot bind to requested volume \"pv-small\": requested PV is too small"
