Feature: StorageClasses provision volumes on demand
  kind's default class `standard` (rancher.io/local-path, reclaimPolicy Delete, WaitForFirstConsumer)
  is filled into claims that name no class. Its claims wait for a pod, then local-path creates a
  hostPath volume named pvc-<claim uid> on the pod's node, pinned there by node affinity, with the
  class's reclaim policy and mount options. Classes whose provisioner does not run here leave their
  claims Pending with ExternalProvisioning.

  Background:
    Given a cluster with 2 nodes

  Scenario: The default class is listed as such
    When I run "kubectl get storageclass"
    Then the output should be:
      """
      NAME                 PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE
      standard (default)   rancher.io/local-path   Delete          WaitForFirstConsumer   false                  0s
      """

  Scenario: The docs' task "Change the default StorageClass": patching is-default-class moves "(default)"
    Given I have applied:
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: gold
      provisioner: kubernetes.io/gce-pd
      parameters:
        type: pd-ssd
      """
    When I run "kubectl patch storageclass standard -p '{\"metadata\": {\"annotations\":{\"storageclass.kubernetes.io/is-default-class\":\"false\"}}}'"
    Then the output should be:
      """
      storageclass.storage.k8s.io/standard patched
      """
    When I run "kubectl patch storageclass gold -p '{\"metadata\": {\"annotations\":{\"storageclass.kubernetes.io/is-default-class\":\"true\"}}}'"
    And I run "kubectl get storageclass"
    Then the output should be:
      """
      NAME             PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE
      gold (default)   kubernetes.io/gce-pd    Delete          Immediate              false                  0s
      standard         rancher.io/local-path   Delete          WaitForFirstConsumer   false                  0s
      """
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: plain
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    Then "kubectl get pvc plain -o jsonpath={.spec.storageClassName}" should print "gold"

  Scenario: A WaitForFirstConsumer claim waits for a pod, then is provisioned on the pod's node
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 2Gi
      """
    And 30 seconds pass
    Then "kubectl get pvc data -o jsonpath={.status.phase}" should print "Pending"
    When I run "kubectl describe pvc data"
    Then the output should contain "Normal  WaitForFirstConsumer  0s (x3 over 30s)  persistentvolume-controller  waiting for first consumer to be created before binding"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        nodeSelector:
          kubernetes.io/hostname: node-2
        containers:
        - name: web
          image: nginx
          volumeMounts:
          - name: data
            mountPath: /usr/share/nginx/html
        volumes:
        - name: data
          persistentVolumeClaim:
            claimName: data
      """
    And I wait up to 10 seconds until "kubectl get pvc data -o jsonpath={.status.phase}" prints "Bound"
    Then "pvc/data" should match:
      """
      metadata:
        annotations:
          volume.kubernetes.io/selected-node: node-2
          volume.kubernetes.io/storage-provisioner: rancher.io/local-path
          volume.beta.kubernetes.io/storage-provisioner: rancher.io/local-path
      spec:
        storageClassName: standard
      status:
        capacity:
          storage: 2Gi
      """
    And claim "data" should be bound to the volume pvc-<its uid>
    And the volume bound to claim "data" should match:
      """
      metadata:
        annotations:
          pv.kubernetes.io/provisioned-by: rancher.io/local-path
      spec:
        persistentVolumeReclaimPolicy: Delete
        storageClassName: standard
        hostPath:
          type: DirectoryOrCreate
        nodeAffinity:
          required:
            nodeSelectorTerms:
            - matchExpressions:
              - key: kubernetes.io/hostname
                operator: In
                values: [node-2]
        claimRef:
          name: data
          namespace: default
      """
    When I run "kubectl get events --field-selector involvedObject.name=data -o custom-columns=REASON:.reason,MESSAGE:.message"
    Then the output should contain "ExternalProvisioning    Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered."
    And the output should contain "Provisioning            External provisioner is provisioning volume for claim \"default/data\""
    And the output should contain "ProvisioningSucceeded   Successfully provisioned volume pvc-"

  Scenario: A claim used by a pod that cannot be scheduled reports WaitForPodScheduled
    Given the scheduler stops
    When I apply:
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
        name: web
      spec:
        containers:
        - name: web
          image: nginx
        volumes:
        - name: data
          persistentVolumeClaim:
            claimName: data
      """
    And 15 seconds pass
    When I run "kubectl describe pvc data"
    Then the output should contain "waiting for pod web to be scheduled"

  Scenario: A class's reclaim policy and mount options go onto its volumes
    Given I have applied:
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: keep
      provisioner: rancher.io/local-path
      reclaimPolicy: Retain
      volumeBindingMode: WaitForFirstConsumer
      mountOptions: [noatime]
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: kept
      spec:
        storageClassName: keep
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
            claimName: kept
      """
    When I wait up to 10 seconds until "kubectl get pvc kept -o jsonpath={.status.phase}" prints "Bound"
    Then "kubectl get pv -o jsonpath={.items[0].spec.persistentVolumeReclaimPolicy}" should print "Retain"
    And "kubectl get pv -o jsonpath={.items[0].spec.mountOptions}" should print "[\"noatime\"]"

  Scenario: Deleting a dynamically provisioned claim deletes its volume (reclaimPolicy Delete)
    Given I have applied:
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: local-now
      provisioner: rancher.io/local-path
      volumeBindingMode: WaitForFirstConsumer
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: scratch
      spec:
        storageClassName: local-now
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
        nodeSelector:
          kubernetes.io/hostname: node-1
        containers:
        - name: app
          image: busybox
          command: [sleep, "3600"]
        volumes:
        - name: data
          persistentVolumeClaim:
            claimName: scratch
      """
    And I wait up to 10 seconds until "kubectl get pvc scratch -o jsonpath={.status.phase}" prints "Bound"
    And the volume of claim "scratch" has the file "/a.txt" containing "a"
    Then node "node-1" should have the path "/var/local-path-provisioner"
    When I run "kubectl delete pod user --grace-period=0 --force"
    And I run "kubectl delete pvc scratch"
    Then "kubectl get pv -o jsonpath={.items[0].status.phase}" should print "Released"
    When I wait up to 10 seconds until "kubectl get pv -o name" prints ""
    Then the directory "/var/local-path-provisioner" on node "node-1" should be empty

  Scenario: An Immediate class whose provisioner is not running leaves the claim Pending
    Given I have applied:
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: ebs
      provisioner: ebs.csi.aws.com
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: disk
      spec:
        storageClassName: ebs
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    Then "kubectl get pvc disk -o jsonpath={.status.phase}" should print "Pending"
    And "pvc/disk" should match:
      """
      metadata:
        annotations:
          volume.kubernetes.io/storage-provisioner: ebs.csi.aws.com
      """
    When I run "kubectl describe pvc disk"
    Then the output should contain "Normal  ExternalProvisioning"
    And the output should contain "persistentvolume-controller  Waiting for a volume to be created either by the external provisioner 'ebs.csi.aws.com' or manually by the system administrator."

  Scenario: local-path with Immediate binding has no node to provision on
    Given I have applied:
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: local-immediate
      provisioner: rancher.io/local-path
      volumeBindingMode: Immediate
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: nowhere
      spec:
        storageClassName: local-immediate
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    When I run "kubectl get events --field-selector reason=ProvisioningFailed -o jsonpath={.items[0].message}"
    Then the output should contain "failed to provision volume with StorageClass \"local-immediate\": configuration error, no node was specified"

  Scenario: A claim naming a class that does not exist reports ProvisioningFailed
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: lost-class
      spec:
        storageClassName: fast
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    Then "kubectl get pvc lost-class -o jsonpath={.status.phase}" should print "Pending"
    When I run "kubectl describe pvc lost-class"
    Then the output should contain "Warning  ProvisioningFailed  0s    persistentvolume-controller  storageclass.storage.k8s.io \"fast\" not found"

  Scenario: With no default class a claim keeps a nil class, and gets the default once one appears
    Given I run "kubectl annotate storageclass standard storageclass.kubernetes.io/is-default-class-"
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: later
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    Then "kubectl get pvc later -o jsonpath={.spec.storageClassName}" should print ""
    When I run "kubectl annotate storageclass standard storageclass.kubernetes.io/is-default-class=true"
    And I wait up to 15 seconds until "kubectl get pvc later -o jsonpath={.spec.storageClassName}" prints "standard"
