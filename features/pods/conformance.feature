Feature: Pod behaviour from the Kubernetes node conformance tests
  Scenarios after test/e2e/common/node (pods.go, expansion.go, downwardapi.go, containers.go, kubelet.go,
  lifecycle_hook.go), as they can be observed with kubectl.

  Background:
    Given a cluster with 1 node

  Scenario: [sig-node] Pods should contain environment variables for services
    Given I have applied:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: fooservice
      spec:
        selector:
          name: server
        ports:
        - name: http
          port: 8765
          targetPort: 8080
      """
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: client-envvars
      spec:
        restartPolicy: Never
        containers:
        - name: env3cont
          image: busybox
          command: ["sh", "-c", "env"]
      """
    Then within 10 seconds pod "client-envvars" should be "Completed"
    When I run "kubectl logs client-envvars"
    Then the output should contain "FOOSERVICE_SERVICE_HOST="
    And the output should contain "FOOSERVICE_SERVICE_PORT=8765"
    And the output should contain "FOOSERVICE_SERVICE_PORT_HTTP=8765"
    And the output should contain "FOOSERVICE_PORT_8765_TCP_PROTO=tcp"
    And the output should contain "KUBERNETES_SERVICE_HOST=10.96.0.1"
    And the output should contain "KUBERNETES_SERVICE_PORT=443"

  Scenario: [sig-node] Downward API should provide pod name, namespace and IP address as env vars
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: downward
      spec:
        restartPolicy: Never
        containers:
        - name: dapi-container
          image: busybox
          command: ["sh", "-c", "echo $POD_NAME $POD_NAMESPACE $POD_IP $HOST_IP"]
          env:
          - name: POD_NAME
            valueFrom:
              fieldRef:
                fieldPath: metadata.name
          - name: POD_NAMESPACE
            valueFrom:
              fieldRef:
                fieldPath: metadata.namespace
          - name: POD_IP
            valueFrom:
              fieldRef:
                fieldPath: status.podIP
          - name: HOST_IP
            valueFrom:
              fieldRef:
                fieldPath: status.hostIP
      """
    Then within 10 seconds pod "downward" should be "Completed"
    And "kubectl logs downward" should print "downward default 10.244.0.2 172.18.0.2"

  Scenario: [sig-node] Variable Expansion should allow substituting values in a container's command
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: var-expansion
      spec:
        restartPolicy: Never
        containers:
        - name: dapi-container
          image: busybox
          command: ["sh", "-c", "TEST_VAR=wrong echo \"$(TEST_VAR)\""]
          env:
          - name: TEST_VAR
            value: test-value
      """
    Then within 10 seconds pod "var-expansion" should be "Completed"
    And "kubectl logs var-expansion" should print "test-value"

  Scenario: [sig-node] Variable Expansion should allow substituting values in a container's args
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: var-expansion-args
      spec:
        restartPolicy: Never
        containers:
        - name: dapi-container
          image: busybox
          command: ["sh", "-c"]
          args: ["TEST_VAR=wrong echo \"$(TEST_VAR)\""]
          env:
          - name: TEST_VAR
            value: test-value
      """
    Then within 10 seconds pod "var-expansion-args" should be "Completed"
    And "kubectl logs var-expansion-args" should print "test-value"

  Scenario: Variable Expansion keeps escaped and undefined references literally
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: var-expansion-literal
      spec:
        restartPolicy: Never
        containers:
        - name: dapi-container
          image: busybox
          command: ["echo", "TEST_VAR is $(TEST_VAR), escaped $$(TEST_VAR), unknown $(NOPE), pod $(POD_NAME)"]
          env:
          - name: TEST_VAR
            value: test-value
          - name: POD_NAME
            valueFrom:
              fieldRef:
                fieldPath: metadata.name
      """
    Then within 10 seconds pod "var-expansion-literal" should be "Completed"
    And "kubectl logs var-expansion-literal" should print "TEST_VAR is test-value, escaped $(TEST_VAR), unknown $(NOPE), pod var-expansion-literal"

  Scenario: [sig-node] Containers should use the image defaults if command and args are blank
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: image-defaults
      spec:
        containers:
        - name: web
          image: nginx:1.27
      """
    Then within 10 seconds pod "image-defaults" should be "Running"
    When I run "kubectl logs image-defaults"
    Then the output should contain "/docker-entrypoint.sh"

  Scenario: [sig-node] Kubelet when scheduling a busybox command that always fails in a pod should have an terminated reason
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: bin-false
      spec:
        restartPolicy: Never
        containers:
        - name: bin-false
          image: busybox
          command: ["/bin/false"]
      """
    Then within 10 seconds pod "bin-false" should be "Error"
    And "pod/bin-false" should match:
      """
      status:
        phase: Failed
        containerStatuses:
        - name: bin-false
          state:
            terminated:
              exitCode: 1
              reason: Error
      """
    When I run "kubectl delete pod bin-false"
    Then the command should succeed
    And "pod/bin-false" should not exist

  Scenario: [sig-node] Pods should allow activeDeadlineSeconds to be updated
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pod-update-activedeadlineseconds
      spec:
        activeDeadlineSeconds: 3600
        containers:
        - name: app
          image: busybox
          command: ["sleep", "3600"]
      """
    And within 10 seconds pod "pod-update-activedeadlineseconds" should be "Running"
    When I run "kubectl patch pod pod-update-activedeadlineseconds -p '{\"spec\":{\"activeDeadlineSeconds\":5}}'"
    Then the command should succeed
    # The kubelet fails the pod at once but publishes the phase only after its containers stop: sleep
    # ignores SIGTERM as PID 1, so that is after the 30 s grace period.
    When 20 seconds pass
    Then pod "pod-update-activedeadlineseconds" should be "Running"
    And I wait up to 1 minute until "kubectl get pod pod-update-activedeadlineseconds -o jsonpath={.status.phase}" prints "Failed"
    # kubectl's STATUS prefers the container's terminated reason over the pod's reason.
    And pod "pod-update-activedeadlineseconds" should be "Error"
    And "pod/pod-update-activedeadlineseconds" should match:
      """
      status:
        phase: Failed
        reason: DeadlineExceeded
        message: Pod was active on the node longer than the specified deadline
        containerStatuses:
        - name: app
          state:
            terminated:
              exitCode: 137
              reason: Error
      """
    When I run "kubectl get events --field-selector reason=DeadlineExceeded"
    Then the output should contain "Pod was active on the node longer than the specified deadline"

  # lifecycle_hook.go sends the hook to a netexec sidecar that relays it with /dial; `host` reaches the
  # same server directly, as the test did before sidecars existed.
  Scenario: [sig-node] Container Lifecycle Hook should execute poststart http hook properly
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pod-handle-http-request
      spec:
        containers:
        - name: container-handle-http-request
          image: registry.k8s.io/e2e-test-images/agnhost:2.53
          args: ["netexec"]
      """
    And within 10 seconds pod "pod-handle-http-request" should be "Running"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pod-with-poststart-http-hook
      spec:
        containers:
        - name: pod-with-poststart-http-hook
          image: registry.k8s.io/pause:3.10
          lifecycle:
            postStart:
              httpGet:
                host: 10.244.0.2
                path: /echo?msg=poststart
                port: 8080
      """
    Then within 10 seconds pod "pod-with-poststart-http-hook" should be "Running"
    When I run "kubectl logs pod-handle-http-request"
    Then the output should contain "GET /echo?msg=poststart&code="
