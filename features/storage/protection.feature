Feature: Storage objects in use are protected from deletion
  Admission gives every claim the kubernetes.io/pvc-protection finalizer and every volume
  kubernetes.io/pv-protection. A claim that a scheduled pod names stays Terminating until that pod
  is gone; a Bound volume stays Terminating until its claim is gone.

  Background:
    Given a cluster with 1 node
    And I have applied:
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
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: task-pod
      spec:
        containers:
        - name: web
          image: nginx
          volumeMounts:
          - name: storage
            mountPath: /usr/share/nginx/html
        volumes:
        - name: storage
          persistentVolumeClaim:
            claimName: task-pvc
      """

  Scenario: A claim in use stays Terminating until its pod is deleted
    When I run "kubectl delete pvc task-pvc --wait=false"
    Then the output should be:
      """
      persistentvolumeclaim "task-pvc" deleted
      """
    When I run "kubectl get pvc task-pvc"
    Then the output should be:
      """
      NAME       STATUS        VOLUME    CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
      task-pvc   Terminating   task-pv   1Gi        RWO            manual         <unset>                 0s
      """
    And "pvc/task-pvc" should match:
      """
      metadata:
        finalizers: [kubernetes.io/pvc-protection]
      """
    When I run "kubectl delete pod task-pod --grace-period=0 --force"
    Then "pvc/task-pvc" should not exist
    And "kubectl get pv task-pv -o jsonpath={.status.phase}" should print "Released"

  Scenario: A bound volume stays Terminating until its claim is gone
    When I run "kubectl delete pv task-pv --wait=false"
    Then "kubectl get pv task-pv -o jsonpath={.status.phase}" should print "Bound"
    When I run "kubectl get pv task-pv"
    Then the output should contain "Terminating"
    When I run "kubectl delete pod task-pod --grace-period=0 --force"
    And I run "kubectl delete pvc task-pvc"
    Then "pvc/task-pvc" should not exist
    And "pv/task-pv" should not exist

  Scenario: A claim that no scheduled pod uses is deleted at once
    Given the scheduler stops
    And I have applied:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: spare
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
        name: unscheduled
      spec:
        containers:
        - name: app
          image: nginx
        volumes:
        - name: data
          persistentVolumeClaim:
            claimName: spare
      """
    When I run "kubectl delete pvc spare"
    Then the command should succeed
    And "pvc/spare" should not exist
