Feature: The scheduler places pods where their volumes are
  kube-scheduler's VolumeRestrictions and VolumeBinding plugins: a pod whose claim does not exist, or
  whose Immediate claim is not bound yet, stays Pending with a FailedScheduling event and is retried
  when claims or volumes change. A bound volume's node affinity decides the node. For a
  WaitForFirstConsumer claim the scheduler picks a node that has a fitting volume (or where the class
  can provision), pre-binds the volume or marks the claim with volume.kubernetes.io/selected-node, and
  binds the pod once the claim is bound.

  Background:
    Given a cluster with 3 nodes

  Scenario: A claim bound to a hostPath volume pinned to node-1 brings the pod to node-1
    Given I have applied:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: pinned
      spec:
        storageClassName: ""
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        hostPath:
          path: /mnt/pinned
          type: DirectoryOrCreate
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
        name: data
      spec:
        storageClassName: ""
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    And I wait up to 20 seconds until "kubectl get pvc data -o jsonpath={.status.phase}" prints "Bound"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
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
    Then within 10 seconds pod "web" should be "Running"
    And "kubectl get pod web -o jsonpath={.spec.nodeName}" should print "node-1"

  Scenario: A WaitForFirstConsumer claim gets the local volume on node-2, and the pod follows it
    Given I have applied:
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: local-storage
      provisioner: kubernetes.io/no-provisioner
      volumeBindingMode: WaitForFirstConsumer
      ---
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: local-node-2
      spec:
        storageClassName: local-storage
        capacity:
          storage: 5Gi
        accessModes: [ReadWriteOnce]
        local:
          path: /mnt/disks/vol1
        nodeAffinity:
          required:
            nodeSelectorTerms:
            - matchExpressions:
              - key: kubernetes.io/hostname
                operator: In
                values: [node-2]
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        storageClassName: local-storage
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    Then "kubectl get pvc data -o jsonpath={.status.phase}" should print "Pending"
    Given node "node-2" has the directory "/mnt/disks/vol1"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
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
    Then within 10 seconds pod "web" should be "Running"
    And "kubectl get pod web -o jsonpath={.spec.nodeName}" should print "node-2"
    And "kubectl get pvc data -o jsonpath={.spec.volumeName}" should print "local-node-2"
    And "pv/local-node-2" should match:
      """
      metadata:
        annotations:
          pv.kubernetes.io/bound-by-controller: "yes"
      spec:
        claimRef:
          name: data
          namespace: default
      """

  Scenario: A WaitForFirstConsumer claim with no volume that fits any node leaves the pod Pending
    Given I have applied:
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: local-storage
      provisioner: kubernetes.io/no-provisioner
      volumeBindingMode: WaitForFirstConsumer
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        storageClassName: local-storage
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
    Then pod "web" should be "Pending"
    When I run "kubectl get events --field-selector reason=FailedScheduling -o jsonpath={.items[0].message}"
    Then the output should be:
      """
      0/3 nodes are available: 3 node(s) didn't find available persistent volumes to bind. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.
      """

  Scenario: A pod whose claim does not exist stays Pending until the claim is created
    When I apply:
      """
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
            claimName: missing
      """
    Then pod "web" should be "Pending"
    When I run "kubectl describe pod web"
    Then the output should contain "Warning  FailedScheduling  0s    default-scheduler  0/3 nodes are available: persistentvolumeclaim \"missing\" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
    And "kubectl get pod web -o jsonpath={.status.conditions[0].reason}" should print "Unschedulable"
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: missing
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    Then within 15 seconds pod "web" should be "Running"
    And "kubectl get pvc missing -o jsonpath={.status.phase}" should print "Bound"

  Scenario: An unbound Immediate claim keeps the pod Pending until a volume appears and binds
    Given I have applied:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        storageClassName: ""
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
    Then pod "web" should be "Pending"
    When I run "kubectl get events --field-selector involvedObject.name=web -o jsonpath={.items[0].message}"
    Then the output should be:
      """
      0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.
      """
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: disk
      spec:
        storageClassName: ""
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        hostPath:
          path: /mnt/disk
          type: DirectoryOrCreate
        nodeAffinity:
          required:
            nodeSelectorTerms:
            - matchExpressions:
              - key: kubernetes.io/hostname
                operator: In
                values: [node-3]
      """
    And I wait up to 30 seconds until "kubectl get pvc data -o jsonpath={.status.phase}" prints "Bound"
    Then within 15 seconds pod "web" should be "Running"
    And "kubectl get pod web -o jsonpath={.spec.nodeName}" should print "node-3"

  Scenario: A pod that names its node bypasses the scheduler, so its WaitForFirstConsumer claim stays Pending
    # The StorageClass docs: "If nodeName is used in this case, the scheduler will be bypassed and PVC will
    # remain in pending state." Only the scheduler's VolumeBinding plugin selects a node for such a claim.
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
        nodeName: node-2
        containers:
        - name: web
          image: nginx
        volumes:
        - name: data
          persistentVolumeClaim:
            claimName: data
      """
    And 5 minutes pass
    Then "kubectl get pvc data -o jsonpath={.status.phase}" should print "Pending"
    And "kubectl get pvc data -o jsonpath='{.metadata.annotations.volume\.kubernetes\.io/selected-node}'" should print ""
    And pod "web" should be "ContainerCreating"
