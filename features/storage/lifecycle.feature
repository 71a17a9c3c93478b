Feature: The lifecycle of PersistentVolumes, claims and StorageClasses through the API
  After the e2e conformance tests "[sig-storage] PersistentVolumes CSI Conformance should run through
  the lifecycle of a PV and a PVC" and "[sig-storage] StorageClasses CSI Conformance should run through
  the lifecycle of a StorageClass" (test/e2e/storage/persistent_volumes.go, storageclass.go).

  Background:
    Given a cluster with 1 node

  Scenario: A PV and a PVC are created, bound, listed by label, patched and deleted
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: pv-e2e
        labels:
          e2e-pv-pool: lifecycle
      spec:
        storageClassName: manual
        capacity:
          storage: 3M
        accessModes: [ReadWriteOnce]
        hostPath:
          path: /tmp/e2e
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: pvc-e2e
      spec:
        storageClassName: manual
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 3M
      """
    Then "kubectl get pvc pvc-e2e -o jsonpath={.status.phase}" should print "Bound"
    And "kubectl get pv -l e2e-pv-pool=lifecycle -o name" should print "persistentvolume/pv-e2e"
    When I run "kubectl label pv pv-e2e e2e-pv-pool-patched=true"
    Then "kubectl get pv -l e2e-pv-pool-patched=true -o name" should print "persistentvolume/pv-e2e"
    When I run "kubectl label pvc pvc-e2e e2e-pvc=patched"
    Then "kubectl get pvc -l e2e-pvc=patched -o name" should print "persistentvolumeclaim/pvc-e2e"
    When I run "kubectl delete pvc pvc-e2e"
    Then "kubectl get pv pv-e2e -o jsonpath={.status.phase}" should print "Released"
    When I run "kubectl delete pv pv-e2e"
    Then "kubectl get pv -o name" should print ""

  Scenario: A StorageClass is created, patched, listed by label and deleted
    When I apply:
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: e2e-sc
        labels:
          e2e: lifecycle
      provisioner: e2e-fake-provisioner
      """
    Then "storageclass/e2e-sc" should match:
      """
      reclaimPolicy: Delete
      volumeBindingMode: Immediate
      """
    When I run "kubectl label storageclass e2e-sc e2e-patched=true"
    Then "kubectl get storageclass -l e2e-patched=true -o name" should print "storageclass.storage.k8s.io/e2e-sc"
    When I run "kubectl delete storageclass -l e2e=lifecycle"
    Then the output should be:
      """
      storageclass.storage.k8s.io "e2e-sc" deleted
      """
