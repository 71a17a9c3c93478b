Feature: Restart policy and CrashLoopBackOff
  A container that exits is restarted according to the pod's restartPolicy: Always (the default) restarts
  it whatever its exit code, OnFailure only after a failure, Never not at all. The first restart is
  immediate; after that the kubelet waits 10s, 20s, 40s… (at most 5 minutes) from each crash, and the
  pod shows CrashLoopBackOff while it waits. The phase follows: Never and OnFailure pods whose containers
  finished end Succeeded or Failed, and RESTARTS counts the restarts.

  Background:
    Given a cluster with 1 node

  Scenario Outline: restartPolicy <policy>, container exits with <code>
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: job
      spec:
        restartPolicy: <policy>
        containers:
        - name: app
          image: busybox
          command: ["sleep", "3600"]
      """
    And within 10 seconds pod "job" should be "Running"
    When container "app" of pod "job" exits with code <code>
    Then within 1 second pod "job" should be "<right after>"
    When 30 seconds pass
    Then pod "job" should be "<later>"
    And pod "job" should have <restarts> restarts
    And "kubectl get pod job -o jsonpath={.status.phase}" should print "<phase>"

    Examples:
      | policy    | code | right after | later     | restarts | phase     |
      | Always    | 0    | Completed   | Running   | 1        | Running   |
      | Always    | 1    | Error       | Running   | 1        | Running   |
      | OnFailure | 0    | Completed   | Completed | 0        | Succeeded |
      | OnFailure | 1    | Error       | Running   | 1        | Running   |
      | Never     | 0    | Completed   | Completed | 0        | Succeeded |
      | Never     | 1    | Error       | Error     | 0        | Failed    |

  Scenario: The first restart is immediate, then the kubelet backs off from each crash
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: crash
      spec:
        containers:
        - name: app
          image: busybox
          command: ["sh", "-c", "echo started; sleep 2; exit 1"]
      """
    Then within 5 seconds pod "crash" should be "Error"
    And within 2 seconds pod "crash" should have 1 restart
    And pod "crash" should be "Running"
    And within 5 seconds pod "crash" should be "CrashLoopBackOff"
    When I run "kubectl get pod crash -o jsonpath={.status.containerStatuses[0].state.waiting.message}"
    Then the output should contain "back-off 10s restarting failed container=app pod=crash_default("
    When 8 seconds pass
    Then pod "crash" should have 1 restart
    And within 20 seconds pod "crash" should have 2 restarts
    And within 5 seconds pod "crash" should be "CrashLoopBackOff"
    When I run "kubectl get pod crash -o jsonpath={.status.containerStatuses[0].state.waiting.message}"
    Then the output should contain "back-off 20s restarting failed container=app"
    When 18 seconds pass
    Then pod "crash" should have 2 restarts
    And within 20 seconds pod "crash" should have 3 restarts
    When I run "kubectl get events --field-selector reason=BackOff -o custom-columns=TYPE:.type,MESSAGE:.message"
    Then the output should contain "Warning   Back-off restarting failed container app in pod crash_default("
    When I run "kubectl logs crash --previous"
    Then the output should be:
      """
      started
      """
    And "kubectl get pod crash -o jsonpath={.status.containerStatuses[0].lastState.terminated.reason}" should print "Error"
    And "kubectl get pod crash -o jsonpath={.status.containerStatuses[0].lastState.terminated.exitCode}" should print "1"

  Scenario: The back-off stops growing at five minutes
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: crash
      spec:
        containers:
        - name: app
          image: busybox
          command: ["false"]
      """
    When 20 minutes pass
    Then pod "crash" should be "CrashLoopBackOff"
    When I run "kubectl get pod crash -o jsonpath={.status.containerStatuses[0].state.waiting.message}"
    Then the output should contain "back-off 5m0s restarting failed container=app"

  Scenario: RESTARTS shows how long ago the last restart was
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx:1.27
      """
    And within 10 seconds pod "web" should be "Running"
    When container "web" of pod "web" exits with code 137
    And 42 seconds pass
    When I run "kubectl get pod web"
    Then the output should be:
      """
      NAME   READY   STATUS    RESTARTS      AGE
      web    1/1     Running   1 (42s ago)   44s
      """
