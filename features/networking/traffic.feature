Feature: Traffic reaches ready pods through Services
  A pod has an IP from its node's podCIDR (10.244.N.0/24), a node has its InternalIP (172.18.0.N),
  and a Service has a ClusterIP from 10.96.0.0/12. Requests to a Service — by name through cluster
  DNS, by ClusterIP, or on a node port of any node — reach one of its ready pods, spread round robin.

  Background:
    Given a cluster with 2 nodes
    And I have applied:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
              - name: nginx
                image: nginx:1.27
                ports:
                  - name: http
                    containerPort: 80
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        type: NodePort
        selector:
          app: web
        ports:
          - port: 80
            targetPort: http
            nodePort: 30080
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: client
      spec:
        containers:
          - name: shell
            image: busybox:1.36
            command: ["sleep", "3600"]
      """
    And I wait up to 2 minutes until "kubectl get deployment web -o jsonpath={.status.readyReplicas}" prints "3"
    And I wait up to 1 minute until "kubectl get pod client -o jsonpath={.status.phase}" prints "Running"
    # A container without a readiness probe is Ready once started; give its server a moment to listen.
    And 2 seconds pass

  Scenario: The three IPs: node, pod and Service
    Then pod "client" should have an IP in "10.244.0.0/16"
    And service "web" should have a ClusterIP in "10.96.0.0/12"
    And "node/node-2" should match:
      """
      spec:
        podCIDR: 10.244.1.0/24
      status:
        addresses:
          - type: InternalIP
            address: 172.18.0.3
      """

  Scenario: A pod reaches the Service by its name
    When pod "client" requests "http://web/"
    Then the response status should be 200
    And the response should contain "Welcome to nginx!"
    And the response should come from a pod labelled "app=web"

  Scenario: The namespace-qualified and fully qualified names work too
    When pod "client" requests "http://web.default/"
    Then the response status should be 200
    When pod "client" requests "http://web.default.svc.cluster.local/"
    Then the response should come from a pod labelled "app=web"

  Scenario: Requests spread over every ready replica
    When pod "client" requests "http://web/" 9 times
    Then every pod labelled "app=web" should have served at least 3 requests

  Scenario: The node port answers on every node, also from outside the cluster
    When a client outside the cluster requests "http://172.18.0.2:30080/"
    Then the response status should be 200
    And the response should come from a pod labelled "app=web"
    When a client outside the cluster requests "http://172.18.0.3:30080/"
    Then the response status should be 200

  Scenario: Service names do not resolve outside the cluster
    When a client outside the cluster requests "http://web/"
    Then the response should contain "could not resolve host"

  Scenario: A Service with no ready pods refuses connections
    When I run "kubectl scale deployment web --replicas=0"
    And I wait up to 2 minutes until "kubectl get pods -l app=web -o name" prints ""
    And pod "client" requests "http://web/"
    Then the request should be refused
    And "kubectl get endpoints web -o jsonpath={.subsets}" should print ""

  Scenario: ClientIP session affinity keeps a client on one pod
    Given I have applied:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: sticky
      spec:
        selector:
          app: web
        sessionAffinity: ClientIP
        ports:
          - port: 80
      """
    When pod "client" requests "http://sticky/" 6 times
    Then all responses should come from the same pod
    And the response should come from a pod labelled "app=web"

  Scenario: Endpoints list every ready pod with its node
    When I run "kubectl get endpoints web -o jsonpath={.subsets[0].addresses[*].nodeName}"
    Then the output should contain "node-"
    When I run "kubectl get endpointslices -l kubernetes.io/service-name=web -o yaml"
    Then the output should contain "endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io"
    And the output should contain "serving: true"
