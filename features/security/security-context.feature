Feature: A pod's security context sets the user, groups and volume ownership of its processes
  runAsUser and runAsGroup set the uid and primary gid of every process in the pod's containers (a
  container's own securityContext overrides the pod's); supplementalGroups and fsGroup add supplementary
  groups. An emptyDir volume joins the fsGroup: its directory is setgid, so files created in it belong to
  the fsGroup too, while files created elsewhere belong to the process's primary group.

  Background:
    Given a cluster with 1 node

  Scenario: The docs' security-context-demo runs as 1000:3000, and its volume belongs to fsGroup 2000
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: security-context-demo
      spec:
        securityContext:
          runAsUser: 1000
          runAsGroup: 3000
          fsGroup: 2000
          supplementalGroups: [4000]
        volumes:
        - name: sec-ctx-vol
          emptyDir: {}
        containers:
        - name: sec-ctx-demo
          image: busybox:1.28
          command: [ "sh", "-c", "sleep 1h" ]
          volumeMounts:
          - name: sec-ctx-vol
            mountPath: /data/demo
          securityContext:
            allowPrivilegeEscalation: false
      """
    Then within 10 seconds pod "security-context-demo" should be "Running"
    And "kubectl exec security-context-demo -- id" should print "uid=1000 gid=3000 groups=2000,3000,4000"
    When I run "kubectl exec security-context-demo -- sh -c 'cd /data && ls -l'"
    Then the output should be:
      """
      total 4
      drwxrwsrwx    2 root     2000          4096 Jan  1 00:00 demo
      """
    When I run "kubectl exec security-context-demo -- sh -c 'cd /data/demo && echo hello > testfile && ls -l'"
    Then the output should be:
      """
      total 4
      -rw-r--r--    1 1000     2000             6 Jan  1 00:00 testfile
      """
    When I run "kubectl exec security-context-demo -- sh -c 'echo hello > /tmp/outside && ls -l /tmp/outside'"
    Then the output should be:
      """
      -rw-r--r--    1 1000     3000             6 Jan  1 00:00 /tmp/outside
      """

  Scenario: A container's runAsUser overrides the pod's; without runAsGroup the primary group is root's
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: security-context-demo-2
      spec:
        securityContext:
          runAsUser: 1000
        containers:
        - name: sec-ctx-demo-2
          image: busybox:1.28
          command: [ "sh", "-c", "sleep 1h" ]
          securityContext:
            runAsUser: 2000
            allowPrivilegeEscalation: false
      """
    Then within 10 seconds pod "security-context-demo-2" should be "Running"
    And "kubectl exec security-context-demo-2 -- id" should print "uid=2000 gid=0(root) groups=0(root)"

  Scenario: Without a security context, processes run as root and an emptyDir is world-writable
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: plain
      spec:
        volumes:
        - name: scratch
          emptyDir: {}
        containers:
        - name: main
          image: busybox:1.28
          command: [ "sh", "-c", "sleep 1h" ]
          volumeMounts:
          - name: scratch
            mountPath: /scratch
      """
    Then within 10 seconds pod "plain" should be "Running"
    And "kubectl exec plain -- id" should print "uid=0(root) gid=0(root) groups=0(root),10(wheel)"
    And "kubectl exec plain -- ls -ld /scratch" should print "drwxrwxrwx    2 root     root          4096 Jan  1 00:00 /scratch"
