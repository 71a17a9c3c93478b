Feature: Container lifecycle hooks
  A postStart hook runs right after the container starts; the container is not reported Running until the
  hook returns, and a failing hook kills it (FailedPostStartHook). A preStop hook runs when the container
  is stopped (a deleted pod, a failed liveness probe), before the stop signal and within the pod's
  terminationGracePeriodSeconds; whatever still runs at the end of the grace period is killed.

  Background:
    Given a cluster with 1 node

  Scenario: The docs' lifecycle-demo: postStart writes a file the container then serves
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: lifecycle-demo
      spec:
        containers:
        - name: lifecycle-demo-container
          image: nginx
          lifecycle:
            postStart:
              exec:
                command: ["/bin/sh", "-c", "echo Hello from the postStart handler > /usr/share/message"]
            preStop:
              exec:
                command: ["/usr/sbin/nginx", "-s", "quit"]
      """
    Then within 10 seconds pod "lifecycle-demo" should be "Running"
    And "kubectl exec lifecycle-demo -- cat /usr/share/message" should print "Hello from the postStart handler"

  Scenario: The container is not Running until postStart returns
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: slow-start
      spec:
        containers:
        - name: web
          image: nginx:1.27
          lifecycle:
            postStart:
              exec:
                command: ["sh", "-c", "sleep 10; echo warmed up > /tmp/warm"]
      """
    And 8 seconds pass
    Then pod "slow-start" should be "ContainerCreating"
    And pod "slow-start" should not be ready
    And within 10 seconds pod "slow-start" should be "Running"
    And "kubectl exec slow-start -- cat /tmp/warm" should print "warmed up"

  Scenario: A failing postStart hook kills the container, which is restarted with back-off
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: broken-hook
      spec:
        containers:
        - name: web
          image: nginx:1.27
          lifecycle:
            postStart:
              exec:
                command: ["sh", "-c", "echo no config; exit 1"]
      """
    Then within 10 seconds pod "broken-hook" should be "PostStartHookError"
    When I run "kubectl get pod broken-hook -o jsonpath={.status.containerStatuses[0].state.waiting.message}"
    Then the output should contain "Exec lifecycle hook ([sh -c echo no config; exit 1]) for Container"
    And the output should contain "in Pod"
    And the output should contain "broken-hook_default("
    And the output should contain "exited with 1: , message:"
    When I run "kubectl get events --field-selector involvedObject.name=broken-hook -o custom-columns=TYPE:.type,REASON:.reason,MESSAGE:.message"
    Then the output should contain "Warning   FailedPostStartHook   PostStartHook failed"
    And the output should contain "Normal    Killing               FailedPostStartHook"
    And within 1 minute pod "broken-hook" should be "CrashLoopBackOff"

  Scenario: The course note's preStop `nginx -s quit` stops nginx gracefully before SIGTERM
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: hook-demo
      spec:
        containers:
        - name: hook-demo
          image: nginx
          ports:
          - containerPort: 80
          lifecycle:
            preStop:
              exec:
                command: ["/usr/sbin/nginx", "-s", "quit"]
      """
    And within 10 seconds pod "hook-demo" should be "Running"
    When I run "kubectl delete pod hook-demo --wait=false"
    Then pod "hook-demo" should be "Terminating"
    When 2 seconds pass
    Then "pod/hook-demo" should not exist
    When I run "kubectl get events --field-selector reason=Killing -o custom-columns=MESSAGE:.message"
    Then the output should contain "Stopping container hook-demo"

  Scenario: A preStop hook that hangs is cut off at the end of the grace period
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: stubborn
      spec:
        terminationGracePeriodSeconds: 15
        containers:
        - name: app
          image: busybox
          command: ["sleep", "3600"]
          lifecycle:
            preStop:
              exec:
                command: ["sh", "-c", "sleep 3600"]
      """
    And within 10 seconds pod "stubborn" should be "Running"
    When I run "kubectl delete pod stubborn --wait=false"
    And 16 seconds pass
    Then pod "stubborn" should be "Terminating"
    When 2 seconds pass
    Then "pod/stubborn" should not exist

  Scenario: A sleep preStop hook delays the stop signal
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: drain
      spec:
        containers:
        - name: web
          image: nginx:1.27
          lifecycle:
            preStop:
              sleep:
                seconds: 5
      """
    And within 10 seconds pod "drain" should be "Running"
    When I run "kubectl delete pod drain --wait=false"
    And 4 seconds pass
    Then pod "drain" should be "Terminating"
    When 2 seconds pass
    Then "pod/drain" should not exist

  Scenario: An httpGet preStop hook that cannot connect records FailedPreStopHook
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
          lifecycle:
            preStop:
              httpGet:
                path: /shutdown
                port: 8080
      """
    And within 10 seconds pod "web" should be "Running"
    When I run "kubectl delete pod web"
    Then "pod/web" should not exist
    When I run "kubectl get events --field-selector reason=FailedPreStopHook -o custom-columns=TYPE:.type,MESSAGE:.message"
    Then the output should contain "Warning   PreStopHook failed"

  Scenario: A force delete returns at once; the node still runs the preStop hook and stops the container
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: hook-demo
      spec:
        containers:
        - name: hook-demo
          image: nginx
          lifecycle:
            preStop:
              exec:
                command: ["/usr/sbin/nginx", "-s", "quit"]
      """
    And within 10 seconds pod "hook-demo" should be "Running"
    When I run "kubectl delete pod hook-demo --grace-period=0 --force"
    Then the command should succeed
    And "pod/hook-demo" should not exist
    When 1 second passes
    And I run "kubectl get events --field-selector reason=Killing -o custom-columns=MESSAGE:.message"
    Then the output should contain "Stopping container hook-demo"

  Scenario: A hook without a handler is refused at apply time
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: bad
      spec:
        containers:
        - name: web
          image: nginx
          lifecycle:
            postStart: {}
      """
    Then the command should fail with 'The Pod "bad" is invalid: spec.containers[0].lifecycle.postStart: Required value: must specify a handler type'
