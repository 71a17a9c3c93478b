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

  Scenario: The docs' Hello World application answers on its node port
    # kubernetes.io "Use a Service to Access an Application in a Cluster": service/access/hello-application.yaml
    # and its Service as a configuration file, with the node port the page shows.
    Given I have applied:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: hello-world
      spec:
        selector:
          matchLabels:
            run: load-balancer-example
        replicas: 2
        template:
          metadata:
            labels:
              run: load-balancer-example
          spec:
            containers:
              - name: hello-world
                image: gcr.io/google-samples/node-hello:1.0
                ports:
                  - containerPort: 8080
                    protocol: TCP
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: example-service
      spec:
        type: NodePort
        selector:
          run: load-balancer-example
        ports:
          - port: 8080
            targetPort: 8080
            nodePort: 31496
      """
    And I wait up to 2 minutes until "kubectl get deployment hello-world -o jsonpath={.status.readyReplicas}" prints "2"
    And 2 seconds pass
    When a client outside the cluster requests "http://172.18.0.3:31496/"
    Then the response status should be 200
    And the response should contain "Hello Kubernetes!"
    And the response should come from a pod labelled "run=load-balancer-example"
    When I run "kubectl logs deployment/hello-world"
    Then the output should be:
      """
      """

  Scenario: The docs' hello backend answers with JSON through its Service
    # kubernetes.io "Connect a Front End to a Back End Using a Service": backend-deployment.yaml and
    # backend-service.yaml; the frontend's nginx proxy is left out, so a pod asks the backend directly.
    Given I have applied:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: backend
      spec:
        selector:
          matchLabels:
            app.kubernetes.io/name: hello
            tier: backend
            track: stable
        replicas: 3
        template:
          metadata:
            labels:
              app.kubernetes.io/name: hello
              tier: backend
              track: stable
          spec:
            containers:
              - name: hello
                image: "gcr.io/google-samples/hello-go-gke:1.0"
                ports:
                  - name: http
                    containerPort: 80
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: hello
      spec:
        selector:
          app.kubernetes.io/name: hello
          tier: backend
        ports:
        - protocol: TCP
          port: 80
          targetPort: http
      """
    And I wait up to 2 minutes until "kubectl get deployment backend -o jsonpath={.status.readyReplicas}" prints "3"
    And 2 seconds pass
    When pod "client" requests "http://hello/"
    Then the response status should be 200
    And the response should contain "{\"message\":\"Hello\"}"
    And the response should come from a pod labelled "tier=backend"
    When I run "kubectl exec client -- wget -qO- http://hello.default.svc.cluster.local/"
    Then the output should be:
      """
      {"message":"Hello"}
      """

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
