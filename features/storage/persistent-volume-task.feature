Feature: The docs' task "Configure a Pod to Use a PersistentVolume for Storage"
  On a single-node cluster an administrator writes index.html under /mnt/data on the node and offers that
  directory as the hostPath PersistentVolume task-pv-volume (class manual); a developer's claim binds to it and
  nginx serves the file. Deleting the claim leaves the Retain volume Released, data in place. The same claim
  mounted twice through subPath serves a site and nginx's configuration, and fails to start when the file
  subPath is missing (the kubelet creates it as a directory, which runc cannot mount onto the image's file).
  A volume's pv.beta.kubernetes.io/gid annotation adds that group to every process of the pods using it.

  Background:
    Given a cluster with 1 node
    And node "node-1" has the file "/mnt/data/index.html" containing "Hello from Kubernetes storage"

  Scenario: The claim binds to the hostPath volume, nginx serves the node's file, and the volume is Released after
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        labels:
          type: local
        name: task-pv-volume
      spec:
        accessModes:
        - ReadWriteOnce
        capacity:
          storage: 10Gi
        hostPath:
          path: /mnt/data
        storageClassName: manual
      """
    And 4 seconds pass
    And I run "kubectl get pv task-pv-volume"
    Then the output should be:
      """
      NAME             CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS      CLAIM   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
      task-pv-volume   10Gi       RWO            Retain           Available           manual         <unset>                          4s
      """
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: task-pv-claim
      spec:
        storageClassName: manual
        accessModes:
          - ReadWriteOnce
        resources:
          requests:
            storage: 3Gi
      """
    And 30 seconds pass
    And I run "kubectl get pv task-pv-volume"
    Then the output should be:
      """
      NAME             CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM                   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE
      task-pv-volume   10Gi       RWO            Retain           Bound    default/task-pv-claim   manual         <unset>                          34s
      """
    When I run "kubectl get pvc task-pv-claim"
    Then the output should be:
      """
      NAME            STATUS   VOLUME           CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
      task-pv-claim   Bound    task-pv-volume   10Gi       RWO            manual         <unset>                 30s
      """
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: task-pv-pod
      spec:
        containers:
        - image: nginx
          name: task-pv-container
          ports:
          - containerPort: 80
            name: http-server
          volumeMounts:
          - mountPath: /usr/share/nginx/html
            name: task-pv-storage
        volumes:
        - name: task-pv-storage
          persistentVolumeClaim:
            claimName: task-pv-claim
      """
    Then within 30 seconds pod "task-pv-pod" should be "Running"
    And "kubectl exec task-pv-pod -- curl -s http://localhost/" should print "Hello from Kubernetes storage"
    When I run "kubectl delete pod task-pv-pod"
    And I run "kubectl delete pvc task-pv-claim"
    Then the output should be:
      """
      persistentvolumeclaim "task-pv-claim" deleted
      """
    And "kubectl get pv task-pv-volume -o jsonpath={.status.phase}" should print "Released"
    When I run "kubectl delete pv task-pv-volume"
    Then the output should be:
      """
      persistentvolume "task-pv-volume" deleted
      """
    And node "node-1" should have the path "/mnt/data/index.html"

  Scenario: One claim mounted in two places through subPath: the site and nginx's own configuration
    Given node "node-1" has the file "/mnt/data/html/index.html" containing "Hello from a subPath"
    And node "node-1" has the file "/mnt/data/nginx.conf" containing "events {} http { server { listen 80; root /usr/share/nginx/html; } }"
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: test-nfs
      spec:
        accessModes: [ReadWriteOnce]
        capacity:
          storage: 1Gi
        hostPath:
          path: /mnt/data
        storageClassName: manual
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: test-nfs-claim
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
        name: test
      spec:
        containers:
        - image: nginx
          name: test
          volumeMounts:
          - mountPath: /usr/share/nginx/html
            name: config
            subPath: html
          - mountPath: /etc/nginx/nginx.conf
            name: config
            subPath: nginx.conf
        volumes:
        - name: config
          persistentVolumeClaim:
            claimName: test-nfs-claim
      """
    Then within 30 seconds pod "test" should be "Running"
    And "kubectl exec test -- curl -s http://localhost/" should print "Hello from a subPath"
    And "kubectl exec test -- cat /etc/nginx/nginx.conf" should print "events {} http { server { listen 80; root /usr/share/nginx/html; } }"

  Scenario: A file subPath the volume lacks becomes a directory, and runc cannot mount it onto nginx.conf
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: test-nfs
      spec:
        accessModes: [ReadWriteOnce]
        capacity:
          storage: 1Gi
        hostPath:
          path: /mnt/data
        storageClassName: manual
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: test-nfs-claim
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
        name: test
      spec:
        containers:
        - image: nginx
          name: test
          volumeMounts:
          - mountPath: /etc/nginx/nginx.conf
            name: config
            subPath: nginx.conf
        volumes:
        - name: config
          persistentVolumeClaim:
            claimName: test-nfs-claim
      """
    And 10 seconds pass
    And I run "kubectl get pod test"
    Then the output should be:
      """
      NAME   READY   STATUS              RESTARTS     AGE
      test   0/1     RunContainerError   1 (7s ago)   10s
      """
    And "kubectl get pod test -o jsonpath={.status.containerStatuses[0].lastState.terminated.reason}" should print "StartError"
    And "kubectl get pod test -o jsonpath={.status.containerStatuses[0].lastState.terminated.exitCode}" should print "128"
    And node "node-1" should have the path "/mnt/data/nginx.conf"
    When I run "kubectl get events --field-selector reason=Failed -o jsonpath={.items[0].message}"
    Then the output should contain "Error: failed to create containerd task: failed to create shim task: OCI runtime create failed"

  Scenario: A volume's GID annotation is added to the groups of the pod's processes, not to the Pod
    When I apply:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: pv1
        annotations:
          pv.beta.kubernetes.io/gid: "1234"
      spec:
        accessModes: [ReadWriteOnce]
        capacity:
          storage: 10Gi
        hostPath:
          path: /mnt/data
        storageClassName: manual
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: task-pv-claim
      spec:
        storageClassName: manual
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 3Gi
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: task-pv-pod
      spec:
        containers:
        - image: nginx
          name: task-pv-container
          volumeMounts:
          - mountPath: /usr/share/nginx/html
            name: task-pv-storage
        volumes:
        - name: task-pv-storage
          persistentVolumeClaim:
            claimName: task-pv-claim
      """
    Then within 30 seconds pod "task-pv-pod" should be "Running"
    And "kubectl exec task-pv-pod -- id" should print "uid=0(root) gid=0(root) groups=0(root),1234"
    And "kubectl get pod task-pv-pod -o jsonpath={.spec.securityContext}" should print "{}"
