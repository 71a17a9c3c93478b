Feature: Liveness, readiness and startup probes
  The kubelet probes each container on its own schedule: first after initialDelaySeconds from the
  container's start, then every periodSeconds, each attempt allowed timeoutSeconds. A failing liveness
  probe (failureThreshold times in a row) gets the container killed and restarted; a failing readiness
  probe only marks it not ready; a startup probe holds the other two back until it succeeds, and kills
  the container if it never does. Every failed attempt is an `Unhealthy` event.

  Background:
    Given a cluster with 1 node

  Scenario: The docs' exec liveness probe restarts the container once /tmp/healthy is gone
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        labels:
          test: liveness
        name: liveness-exec
      spec:
        containers:
        - name: liveness
          image: registry.k8s.io/busybox
          args:
          - /bin/sh
          - -c
          - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
          livenessProbe:
            exec:
              command:
              - cat
              - /tmp/healthy
            initialDelaySeconds: 5
            periodSeconds: 5
      """
    And 34 seconds pass
    Then pod "liveness-exec" should be "Running"
    And pod "liveness-exec" should have 0 restarts
    When 12 seconds pass
    And I run "kubectl get events --field-selector involvedObject.name=liveness-exec -o custom-columns=TYPE:.type,REASON:.reason,MESSAGE:.message"
    Then the output should contain "Warning   Unhealthy   Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory"
    When I run "kubectl get events --field-selector reason=Killing -o custom-columns=MESSAGE:.message"
    Then the output should contain "Container liveness failed liveness probe, will be restarted"
    And within 40 seconds pod "liveness-exec" should have 1 restart
    And pod "liveness-exec" should be "Running"

  Scenario: The docs' HTTP liveness probe: /healthz answers 500 after 10 seconds
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        labels:
          test: liveness
        name: liveness-http
      spec:
        containers:
        - name: liveness
          image: registry.k8s.io/e2e-test-images/agnhost:2.40
          args:
          - liveness
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080
              httpHeaders:
              - name: Custom-Header
                value: Awesome
            initialDelaySeconds: 3
            periodSeconds: 3
      """
    Then within 1 minute pod "liveness-http" should have 1 restart
    When I run "kubectl get events --field-selector reason=Unhealthy -o custom-columns=MESSAGE:.message"
    Then the output should contain "Liveness probe failed: HTTP probe failed with statuscode: 500"

  Scenario: The docs' TCP probes: ready once port 8080 answers, after the initial delay
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: goproxy
        labels:
          app: goproxy
      spec:
        containers:
        - name: goproxy
          image: registry.k8s.io/goproxy:0.1
          ports:
          - containerPort: 8080
          readinessProbe:
            tcpSocket:
              port: 8080
            initialDelaySeconds: 15
            periodSeconds: 10
          livenessProbe:
            tcpSocket:
              port: 8080
            initialDelaySeconds: 15
            periodSeconds: 10
      """
    And 12 seconds pass
    Then pod "goproxy" should be "Running"
    And pod "goproxy" should not be ready
    When 15 seconds pass
    Then pod "goproxy" should be ready
    When 5 minutes pass
    Then pod "goproxy" should have 0 restarts

  Scenario: A failing readiness probe keeps the pod out of Ready but never restarts it
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx:1.27
          readinessProbe:
            httpGet:
              path: /ready
              port: 80
            periodSeconds: 5
      """
    And 2 minutes pass
    When I run "kubectl get pod web"
    Then the output should contain "web    0/1     Running   0          2m"
    And "pod/web" should match:
      """
      status:
        conditions:
        - type: Ready
          status: "False"
          reason: ContainersNotReady
          message: "containers with unready status: [web]"
      """
    When I run "kubectl get events --field-selector reason=Unhealthy -o custom-columns=MESSAGE:.message"
    Then the output should contain "Readiness probe failed: HTTP probe failed with statuscode: 404"
    When I run "kubectl exec web -- sh -c 'echo ok > /usr/share/nginx/html/ready'"
    Then within 6 seconds pod "web" should be ready

  Scenario: A readiness probe on a port nothing listens on reports the dial error
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx:1.27
          readinessProbe:
            tcpSocket:
              port: 8080
      """
    And 30 seconds pass
    Then pod "web" should not be ready
    When I run "kubectl get events --field-selector reason=Unhealthy -o custom-columns=MESSAGE:.message"
    Then the output should contain "Readiness probe failed: dial tcp 10.244.0.2:8080: connect: connection refused"

  Scenario: An exec probe that outlives timeoutSeconds fails
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: slow
      spec:
        containers:
        - name: app
          image: busybox
          command: ["sleep", "3600"]
          readinessProbe:
            exec:
              command: ["sh", "-c", "sleep 3"]
            timeoutSeconds: 1
      """
    And 30 seconds pass
    Then pod "slow" should not be ready
    When I run "kubectl get events --field-selector reason=Unhealthy -o custom-columns=MESSAGE:.message"
    Then the output should contain 'Readiness probe failed: command "sh -c sleep 3" timed out'

  Scenario: The startup probe holds the liveness probe back until the slow app has started
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: slow-app
      spec:
        containers:
        - name: app
          image: busybox
          command: ["sh", "-c", "sleep 60; touch /tmp/started; sleep 3600"]
          startupProbe:
            exec:
              command: ["cat", "/tmp/started"]
            periodSeconds: 10
            failureThreshold: 30
          livenessProbe:
            exec:
              command: ["cat", "/tmp/started"]
            periodSeconds: 1
            failureThreshold: 1
      """
    And 50 seconds pass
    Then pod "slow-app" should not be ready
    And "kubectl get pod slow-app -o jsonpath={.status.containerStatuses[0].started}" should print "false"
    When 30 seconds pass
    Then pod "slow-app" should be ready
    And pod "slow-app" should have 0 restarts
    And "kubectl get pod slow-app -o jsonpath={.status.containerStatuses[0].started}" should print "true"

  Scenario: A startup probe that never succeeds restarts the container
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: never-starts
      spec:
        containers:
        - name: app
          image: nginx:1.27
          startupProbe:
            httpGet:
              path: /started
              port: 80
            periodSeconds: 5
            failureThreshold: 3
      """
    Then within 30 seconds pod "never-starts" should have 1 restart
    When I run "kubectl get events --field-selector reason=Killing -o custom-columns=MESSAGE:.message"
    Then the output should contain "Container app failed startup probe, will be restarted"

  Scenario: A liveness probe's own terminationGracePeriodSeconds shortens the kill
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: quick-kill
      spec:
        terminationGracePeriodSeconds: 600
        containers:
        - name: app
          image: busybox
          command: ["sleep", "3600"]
          livenessProbe:
            exec:
              command: ["false"]
            periodSeconds: 2
            failureThreshold: 1
            terminationGracePeriodSeconds: 5
      """
    Then within 20 seconds pod "quick-kill" should have 1 restart
    And "kubectl get pod quick-kill -o jsonpath={.status.containerStatuses[0].lastState.terminated.exitCode}" should print "137"

  Scenario: Under restartPolicy Never a failed liveness probe ends the pod
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: once
      spec:
        restartPolicy: Never
        containers:
        - name: web
          image: nginx:1.27
          livenessProbe:
            httpGet:
              path: /healthz
              port: 80
            periodSeconds: 2
            failureThreshold: 2
      """
    Then within 30 seconds pod "once" should be "Completed"
    And "kubectl get pod once -o jsonpath={.status.phase}" should print "Succeeded"
    When I run "kubectl get events --field-selector reason=Killing -o custom-columns=MESSAGE:.message"
    Then the output should contain "Container web failed liveness probe"
    And the output should not contain "will be restarted"

  Scenario: gRPC probes ask the standard health service
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: etcd-with-grpc
      spec:
        containers:
        - name: etcd
          image: registry.k8s.io/etcd:3.5.1-0
          command: ["/usr/local/bin/etcd", "--data-dir", "/var/lib/etcd", "--listen-client-urls", "http://0.0.0.0:2379", "--advertise-client-urls", "http://127.0.0.1:2379", "--log-level", "debug"]
          ports:
          - containerPort: 2379
          livenessProbe:
            grpc:
              port: 2379
            initialDelaySeconds: 10
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx:1.27
          readinessProbe:
            grpc:
              port: 80
      """
    And 5 minutes pass
    Then pod "etcd-with-grpc" should have 0 restarts
    And pod "etcd-with-grpc" should be ready
    And "kubectl get pod etcd-with-grpc -o jsonpath={.status.phase}" should print "Running"
    And pod "web" should not be ready
    When I run "kubectl get events --field-selector reason=Unhealthy -o custom-columns=MESSAGE:.message"
    Then the output should contain "Readiness probe failed: error: this server does not implement the grpc health protocol (grpc.health.v1.Health)"

  Scenario: Probe settings Kubernetes rejects
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
          livenessProbe:
            httpGet:
              port: 80
            successThreshold: 2
          readinessProbe:
            tcpSocket:
              port: 80
            terminationGracePeriodSeconds: 10
      """
    Then the command should fail with 'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1'
    And the command should fail with 'spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes'
