Feature: Volume data lives where Kubernetes keeps it
  A volume is a directory of the simulation. What a container writes to a PersistentVolume is there for
  the next pod that mounts it, after pod deletion and StatefulSet scale-down and scale-up; emptyDir data
  dies with its pod; hostPath data stays on its node.

  Background:
    Given a cluster with 2 nodes

  Scenario: Data written to a PersistentVolume survives the pod
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
        name: writer
      spec:
        containers:
        - name: app
          image: busybox
          command: [sh, -c, "echo saved > /data/note.txt && sleep 3600"]
          volumeMounts:
          - name: data
            mountPath: /data
        volumes:
        - name: data
          persistentVolumeClaim:
            claimName: data
      """
    And within 30 seconds pod "writer" should be "Running"
    And 2 seconds pass
    When I run "kubectl delete pod writer"
    And I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: reader
      spec:
        containers:
        - name: app
          image: busybox
          command: [sleep, "3600"]
          volumeMounts:
          - name: data
            mountPath: /data
        volumes:
        - name: data
          persistentVolumeClaim:
            claimName: data
      """
    Then within 30 seconds pod "reader" should be "Running"
    And "kubectl exec reader -- cat /data/note.txt" should print "saved"
    And the volume of claim "data" should have the file "/note.txt"

  Scenario: emptyDir data dies with its pod
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: scratch
      spec:
        containers:
        - name: app
          image: busybox
          command: [sh, -c, "echo temp > /cache/t.txt && sleep 3600"]
          volumeMounts:
          - name: cache
            mountPath: /cache
        volumes:
        - name: cache
          emptyDir: {}
      """
    And within 30 seconds pod "scratch" should be "Running"
    And 2 seconds pass
    Then "kubectl exec scratch -- cat /cache/t.txt" should print "temp"
    When I run "kubectl delete pod scratch"
    And I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: scratch
      spec:
        containers:
        - name: app
          image: busybox
          command: [sleep, "3600"]
          volumeMounts:
          - name: cache
            mountPath: /cache
        volumes:
        - name: cache
          emptyDir: {}
      """
    Then within 30 seconds pod "scratch" should be "Running"
    And "kubectl exec scratch -- ls /cache" should print ""

  Scenario: emptyDir data outlives a container restart (the docs' redis, killed from a shell)
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: redis
      spec:
        containers:
        - image: redis
          name: redis
          volumeMounts:
          - mountPath: /data/redis
            name: redis-storage
        volumes:
        - emptyDir: {}
          name: redis-storage
      """
    And 13 seconds pass
    And I run "kubectl get pod redis"
    Then the output should be:
      """
      NAME    READY   STATUS    RESTARTS   AGE
      redis   1/1     Running   0          13s
      """
    When I run "kubectl exec redis -- /bin/bash -c 'cd /data/redis/ && echo Hello > test-file'"
    And I run "kubectl exec redis -- /bin/bash -c 'kill 1'"
    And 1 second passes
    And I run "kubectl get pod redis"
    Then the output should be:
      """
      NAME    READY   STATUS      RESTARTS   AGE
      redis   0/1     Completed   0          14s
      """
    And within 30 seconds pod "redis" should have 1 restart
    And "kubectl exec redis -- ls /data/redis" should print "test-file"
    And "kubectl exec redis -- cat /data/redis/test-file" should print "Hello"

  Scenario: Two containers of a pod share an emptyDir: debian writes the page nginx serves (pods/two-container-pod.yaml)
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: two-containers
      spec:
        restartPolicy: Never
        volumes:
        - name: shared-data
          emptyDir: {}
        containers:
        - name: nginx-container
          image: nginx
          volumeMounts:
          - name: shared-data
            mountPath: /usr/share/nginx/html
        - name: debian-container
          image: debian
          volumeMounts:
          - name: shared-data
            mountPath: /pod-data
          command: ["/bin/sh"]
          args: ["-c", "echo Hello from the debian container > /pod-data/index.html"]
      """
    And 20 seconds pass
    # One container terminated, one running, the pod not Ready: kubectl's printer says NotReady.
    When I run "kubectl get pod two-containers"
    Then the output should be:
      """
      NAME             READY   STATUS     RESTARTS   AGE
      two-containers   1/2     NotReady   0          20s
      """
    And "pod/two-containers" should match:
      """
      status:
        phase: Running
        containerStatuses:
        - name: nginx-container
          ready: true
        - name: debian-container
          ready: false
          state:
            terminated:
              exitCode: 0
              reason: Completed
      """
    # The page's `kubectl exec -it two-containers -c nginx-container -- /bin/bash`, then `curl localhost` inside.
    And "kubectl exec two-containers -c nginx-container -- curl -s localhost" should print "Hello from the debian container"

  Scenario: hostPath data stays on its node
    Given node "node-1" has the file "/srv/site/index.html" containing "node one"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: on-one
      spec:
        nodeName: node-1
        containers:
        - name: app
          image: busybox
          command: [sleep, "3600"]
          volumeMounts:
          - name: site
            mountPath: /site
        volumes:
        - name: site
          hostPath:
            path: /srv/site
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: on-two
      spec:
        nodeName: node-2
        containers:
        - name: app
          image: busybox
          command: [sleep, "3600"]
          volumeMounts:
          - name: site
            mountPath: /site
        volumes:
        - name: site
          hostPath:
            path: /srv/site
      """
    Then within 30 seconds pod "on-one" should be "Running"
    And within 30 seconds pod "on-two" should be "Running"
    And "kubectl exec on-one -- cat /site/index.html" should print "node one"
    And "kubectl exec on-two -- ls /site" should print ""

  Scenario: A hostPath type check failure keeps the pod in ContainerCreating
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: picky
      spec:
        containers:
        - name: app
          image: busybox
          command: [sleep, "3600"]
          volumeMounts:
          - name: conf
            mountPath: /conf
        volumes:
        - name: conf
          hostPath:
            path: /etc/app
            type: Directory
      """
    And 10 seconds pass
    Then pod "picky" should be "ContainerCreating"
    When I run "kubectl describe pod picky"
    Then the output should contain "MountVolume.SetUp failed for volume \"conf\" : hostPath type check failed: /etc/app is not a directory"

  Scenario: A read-only claim mount refuses writes
    Given I have applied:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: shared
      spec:
        capacity:
          storage: 1Gi
        accessModes: [ReadOnlyMany]
        nfs:
          server: nfs.example.com
          path: /exports/shared
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: shared
      spec:
        storageClassName: ""
        accessModes: [ReadOnlyMany]
        resources:
          requests:
            storage: 1Gi
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: viewer
      spec:
        containers:
        - name: app
          image: busybox
          command: [sleep, "3600"]
          volumeMounts:
          - name: shared
            mountPath: /shared
        volumes:
        - name: shared
          persistentVolumeClaim:
            claimName: shared
            readOnly: true
      """
    And the NFS server "nfs.example.com" has the file "/exports/shared/readme" containing "read me"
    And within 30 seconds pod "viewer" should be "Running"
    Then "kubectl exec viewer -- cat /shared/readme" should print "read me"
    When I run "kubectl exec viewer -- touch /shared/new"
    Then the command should fail with "touch: /shared/new: Read-only file system"

  Scenario: A ReadWriteOnce network disk attached to one node cannot attach to another (Multi-Attach)
    Given I have applied:
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: ebs-pv
      spec:
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        csi:
          driver: ebs.csi.aws.com
          volumeHandle: vol-0123456789
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: disk
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
        name: web-0
      spec:
        nodeName: node-1
        containers:
        - name: app
          image: busybox
          command: [sleep, "3600"]
          volumeMounts:
          - name: disk
            mountPath: /data
        volumes:
        - name: disk
          persistentVolumeClaim:
            claimName: disk
      """
    And within 30 seconds pod "web-0" should be "Running"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web-1
      spec:
        nodeName: node-2
        containers:
        - name: app
          image: busybox
          command: [sleep, "3600"]
          volumeMounts:
          - name: disk
            mountPath: /data
        volumes:
        - name: disk
          persistentVolumeClaim:
            claimName: disk
      """
    And 10 seconds pass
    Then pod "web-1" should be "ContainerCreating"
    When I run "kubectl describe pod web-1"
    Then the output should contain "Warning  FailedAttachVolume"
    And the output should contain "attachdetach-controller  Multi-Attach error for volume \"ebs-pv\" Volume is already used by pod(s) web-0"
    When I run "kubectl delete pod web-0"
    Then within 2 minutes pod "web-1" should be "Running"

  Scenario: StatefulSet claims keep their data across scale-down and scale-up
    Given I have applied:
      """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: web
      spec:
        serviceName: web
        replicas: 2
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: app
              image: busybox
              command: [sh, -c, "test -f /data/born || hostname > /data/born; sleep 3600"]
              volumeMounts:
              - name: www
                mountPath: /data
        volumeClaimTemplates:
        - metadata:
            name: www
          spec:
            accessModes: [ReadWriteOnce]
            resources:
              requests:
                storage: 1Gi
      """
    And within 1 minute pod "web-1" should be "Running"
    When I run "kubectl scale statefulset web --replicas=1"
    And I wait up to 1 minute until "kubectl get pods -l app=web -o name" prints "pod/web-0"
    Then "kubectl get pvc www-web-1 -o jsonpath={.status.phase}" should print "Bound"
    When I run "kubectl scale statefulset web --replicas=2"
    Then within 1 minute pod "web-1" should be "Running"
    And "kubectl exec web-1 -- cat /data/born" should print "web-1"
