Feature: The web pods are reachable inside and outside the cluster

  Background:
    Given a cluster with 2 nodes
    And I have applied:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
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
      kind: Pod
      metadata:
        name: client
      spec:
        containers:
          - name: shell
            image: busybox:1.36
            command: ["sleep", "3600"]
      """
    When I apply the file "services.yaml"
    And I wait up to 2 minutes until "kubectl get deployment web -o jsonpath={.status.readyReplicas}" prints "2"
    And I wait up to 1 minute until "kubectl get pod client -o jsonpath={.status.phase}" prints "Running"
    And 2 seconds pass

  @points:2
  Scenario: Pods reach the web pods through the Service name
    When pod "client" requests "http://web"
    Then the response status should be 200
    And the response should come from a pod labelled "app=web"

  @points:2
  Scenario: web-public is a NodePort Service on port 30080
    Then "service/web-public" should match:
      """
      spec:
        type: NodePort
        ports:
          - nodePort: 30080
      """

  @points:2
  Scenario: Clients outside the cluster reach the pods on port 30080 of any node
    When a client outside the cluster requests "http://172.18.0.3:30080"
    Then the response status should be 200

  @hidden
  Scenario: web stays internal
    Then "service/web" should match:
      """
      spec:
        type: ClusterIP
      """
