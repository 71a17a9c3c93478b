Feature: Init containers run one after another before the app starts
  Init containers run in order, each to completion (exit 0), before the app containers start. STATUS
  shows the progress: Init:0/2, Init:1/2, PodInitializing, then Running. A failing init container is
  restarted with the usual back-off (Init:Error, Init:CrashLoopBackOff) unless the pod's restartPolicy is
  Never, which fails the pod. Sidecars are init containers with `restartPolicy: Always`: they start in
  order, keep running beside the app, and count in READY.

  Background:
    Given a cluster with 1 node

  Scenario: Two init containers run in order, then the app
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        initContainers:
        - name: first
          image: busybox
          command: ["sh", "-c", "echo first done; sleep 5"]
        - name: second
          image: busybox
          command: ["sh", "-c", "echo second done; sleep 5"]
        containers:
        - name: main
          image: nginx
      """
    And 1 second passes
    Then pod "app" should be "Init:0/2"
    And within 10 seconds pod "app" should be "Init:1/2"
    And within 10 seconds pod "app" should be "PodInitializing"
    And within 10 seconds pod "app" should be "Running"
    And container "second" of pod "app" should have started after container "first" terminated
    And container "main" of pod "app" should have started after container "second" terminated
    And "kubectl logs app -c second" should print "second done"
    And "pod/app" should match:
      """
      status:
        conditions:
        - type: Initialized
          status: "True"
        initContainerStatuses:
        - name: first
          ready: true
          state:
            terminated:
              exitCode: 0
              reason: Completed
        - name: second
          ready: true
          state:
            terminated:
              exitCode: 0
              reason: Completed
      """

  Scenario: While an init container runs, the pod is not initialized
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        initContainers:
        - name: wait
          image: busybox
          command: ["sleep", "3600"]
        containers:
        - name: main
          image: nginx
      """
    And 10 seconds pass
    Then pod "app" should be "Init:0/1"
    And "pod/app" should match:
      """
      status:
        phase: Pending
        conditions:
        - type: Initialized
          status: "False"
          reason: ContainersNotInitialized
          message: "containers with incomplete status: [wait]"
        - type: Ready
          status: "False"
          reason: ContainersNotReady
          message: "containers with unready status: [main]"
        containerStatuses:
        - name: main
          state:
            waiting:
              reason: PodInitializing
      """
    When I run "kubectl logs app"
    Then the command should fail with 'Error from server (BadRequest): container "main" in pod "app" is waiting to start: PodInitializing'

  Scenario: The docs' myapp-pod waits for its Services through cluster DNS
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: myapp-pod
        labels:
          app.kubernetes.io/name: MyApp
      spec:
        containers:
        - name: myapp-container
          image: busybox:1.28
          command: ['sh', '-c', 'echo The app is running! && sleep 3600']
        initContainers:
        - name: init-myservice
          image: busybox:1.28
          command: ['sh', '-c', "until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done"]
        - name: init-mydb
          image: busybox:1.28
          command: ['sh', '-c', "until nslookup mydb.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for mydb; sleep 2; done"]
      """
    And 30 seconds pass
    Then pod "myapp-pod" should be "Init:0/2"
    And "kubectl logs myapp-pod -c init-myservice --tail 1" should print "waiting for myservice"
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: myservice
      spec:
        ports:
        - protocol: TCP
          port: 80
          targetPort: 9376
      """
    Then within 1 minute pod "myapp-pod" should be "Init:1/2"
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: mydb
      spec:
        ports:
        - protocol: TCP
          port: 80
          targetPort: 9377
      """
    Then within 1 minute pod "myapp-pod" should be "Running"
    And "kubectl logs myapp-pod" should print "The app is running!"

  Scenario Outline: A failing init container under restartPolicy <policy>
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        restartPolicy: <policy>
        initContainers:
        - name: setup
          image: busybox
          command: ["sh", "-c", "echo cannot set up; exit 1"]
        containers:
        - name: main
          image: nginx
      """
    Then within 10 seconds pod "app" should be "Init:Error"
    When 1 minute passes
    Then pod "app" should be "<status>"
    And "kubectl get pod app -o jsonpath={.status.phase}" should print "<phase>"
    And "kubectl get pod app -o jsonpath={.status.containerStatuses[0].state.waiting.reason}" should print "PodInitializing"
    And "kubectl get pod app -o jsonpath={.status.initContainerStatuses[0].restartCount}" should print "<restarts>"

    Examples:
      | policy    | status                 | phase   | restarts |
      | Always    | Init:CrashLoopBackOff  | Pending | 3        |
      | OnFailure | Init:CrashLoopBackOff  | Pending | 3        |
      | Never     | Init:Error             | Failed  | 0        |

  Scenario: A sidecar starts before the app and keeps running beside it
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        initContainers:
        - name: logshipper
          image: busybox
          restartPolicy: Always
          command: ["sh", "-c", "while true; do sleep 5; done"]
        - name: migrate
          image: busybox
          command: ["sh", "-c", "echo migrated"]
        containers:
        - name: main
          image: nginx
      """
    Then within 20 seconds pod "app" should be "Running"
    When I run "kubectl get pod app"
    Then the output should contain "2/2     Running"
    And container "main" of pod "app" should have started after container "migrate" terminated
    When container "logshipper" of pod "app" exits with code 1
    Then within 5 seconds pod "app" should have 1 restart
    And pod "app" should be "Running"
