Feature: Containers that cannot run as written
  A script the simulated shell cannot run, a loop that never sleeps and a command that does not exist all
  end the container with a clear message in its log or status, and the kubelet handles it like any other
  failure: restarts with back-off, events, and the pod keeps its place in the cluster.

  Background:
    Given a cluster with 1 node

  Scenario: A script with syntax the shell does not understand
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: bashism
      spec:
        restartPolicy: Never
        containers:
        - name: app
          image: busybox
          command: ["sh", "-c", "for ((i = 0; i < 3; i++)); do echo $i; done"]
      """
    Then within 10 seconds pod "bashism" should be "Error"
    When I run "kubectl logs bashism"
    Then the output should contain "sh: "
    And "kubectl get pod bashism -o jsonpath={.status.containerStatuses[0].state.terminated.exitCode}" should print "2"

  Scenario: A loop that never sleeps is stopped after a bounded amount of work
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: spin
      spec:
        restartPolicy: Never
        containers:
        - name: app
          image: busybox
          command: ["sh", "-c", "while true; do :; done"]
      """
    Then within 1 minute pod "spin" should be "Error"
    And "kubectl logs spin" should print "kubespec: script exceeded 10000 steps without sleeping (infinite loop?)"
    And "kubectl get pod spin -o jsonpath={.status.containerStatuses[0].state.terminated.exitCode}" should print "124"

  Scenario: A command that is not in the image
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: typo
      spec:
        containers:
        - name: app
          image: busybox
          command: ["sleeep", "3600"]
      """
    Then within 10 seconds pod "typo" should be "RunContainerError"
    When I run "kubectl get events --field-selector reason=Failed -o custom-columns=MESSAGE:.message"
    Then the output should contain 'Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "sleeep": executable file not found in $PATH: unknown'
    And "pod/typo" should match:
      """
      status:
        containerStatuses:
        - name: app
          lastState:
            terminated:
              exitCode: 128
              reason: StartError
      """
    And within 1 minute pod "typo" should be "CrashLoopBackOff"

  Scenario: A ConfigMap the container needs does not exist yet
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: needs-config
      spec:
        containers:
        - name: app
          image: busybox
          command: ["sh", "-c", "echo $GREETING; sleep 3600"]
          env:
          - name: GREETING
            valueFrom:
              configMapKeyRef:
                name: greetings
                key: hello
      """
    Then within 10 seconds pod "needs-config" should be "CreateContainerConfigError"
    When I run "kubectl get events --field-selector reason=Failed -o custom-columns=MESSAGE:.message"
    Then the output should contain 'Error: configmap "greetings" not found'
    When I run "kubectl create configmap greetings --from-literal=hello=bonjour"
    Then within 20 seconds pod "needs-config" should be "Running"
    And "kubectl logs needs-config" should print "bonjour"
