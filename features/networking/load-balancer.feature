Feature: A cloud load balancer gives LoadBalancer Services an external IP
  With the cloud load-balancer simulation on, each LoadBalancer Service gets an address from
  172.18.255.200-172.18.255.250 (the pool MetalLB's kind guide uses), still with its node port and
  ClusterIP.

  Background:
    Given a cluster with 2 nodes and a cloud load balancer

  Scenario: The first LoadBalancer Service gets 172.18.255.200
    When I run "kubectl create service loadbalancer web --tcp=80:8080"
    Then the command should succeed
    And "service/web" should match:
      """
      status:
        loadBalancer:
          ingress:
            - ip: 172.18.255.200
              ipMode: VIP
      """
    When I run "kubectl get svc web -o wide"
    Then the output should contain "172.18.255.200"
    When I run "kubectl get events --field-selector involvedObject.name=web"
    Then the output should contain "EnsuredLoadBalancer"

  Scenario: A second Service gets the next address, and a freed address is reused
    Given I run "kubectl create service loadbalancer a --tcp=80"
    And I run "kubectl create service loadbalancer b --tcp=80"
    Then "kubectl get svc b -o jsonpath={.status.loadBalancer.ingress[0].ip}" should print "172.18.255.201"
    When I run "kubectl delete svc a"
    And I run "kubectl create service loadbalancer c --tcp=80"
    Then "kubectl get svc c -o jsonpath={.status.loadBalancer.ingress[0].ip}" should print "172.18.255.200"

  # kubernetes.io "Connect a Frontend to a Backend Using Services": the frontend image is nginx 1.9.14 whose
  # frontend.conf proxies everything to `upstream hello { server hello; }`, the backend's Service.
  Scenario: The docs' frontend answers on its load-balancer IP with the backend's message
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
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: frontend
      spec:
        selector:
          app.kubernetes.io/name: hello
          tier: frontend
        ports:
        - protocol: "TCP"
          port: 80
          targetPort: 80
        type: LoadBalancer
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: frontend
      spec:
        selector:
          matchLabels:
            app.kubernetes.io/name: hello
            tier: frontend
            track: stable
        replicas: 1
        template:
          metadata:
            labels:
              app.kubernetes.io/name: hello
              tier: frontend
              track: stable
          spec:
            containers:
              - name: nginx
                image: "gcr.io/google-samples/hello-frontend:1.0"
                lifecycle:
                  preStop:
                    exec:
                      command: ["/usr/sbin/nginx","-s","quit"]
      """
    Then the output should be:
      """
      service/frontend created
      deployment.apps/frontend created
      """
    And "kubectl get service frontend -o jsonpath={.status.loadBalancer.ingress[0].ip}" should print "172.18.255.200"
    When I wait up to 2 minutes until "kubectl get deployment frontend -o jsonpath={.status.readyReplicas}" prints "1"
    And a client outside the cluster requests "http://172.18.255.200"
    Then the response status should be 200
    And the response should contain '{"message":"Hello"}'
    And the response should come from a pod labelled "tier=frontend"
    When I run "kubectl logs deployment/frontend"
    Then the output should contain '"GET / HTTP/1.1" 200 20 "-" "-" "-"'
    When I run "kubectl delete deployment frontend backend"
    Then the output should be:
      """
      deployment.apps "frontend" deleted
      deployment.apps "backend" deleted
      """

  Scenario: The frontend's nginx stops while its upstream's name does not resolve, and starts once the Service exists
    Given I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: frontend
        labels:
          app: frontend
      spec:
        containers:
          - name: nginx
            image: gcr.io/google-samples/hello-frontend:1.0
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: client
      spec:
        containers:
          - name: busybox
            image: busybox:1.37
            command: ["sleep", "infinity"]
      """
    When 5 seconds pass
    Then pod "frontend" should be "CrashLoopBackOff"
    When I run "kubectl logs frontend"
    Then the output should contain 'nginx: [emerg] host not found in upstream "hello" in /etc/nginx/conf.d/frontend.conf:2'
    When I run "kubectl create service clusterip hello --tcp=80"
    Then within 1 minute pod "frontend" should be "Running"
    When I run "kubectl expose pod frontend --port=80"
    And pod "client" requests "http://frontend/"
    Then the response status should be 502
    And the response should contain "<title>502 Bad Gateway</title>"
