Feature: kubectl expose turns a workload into a Service
  `kubectl expose` copies the selector from the object it exposes and, unless `--port` is given,
  its container ports.

  Background:
    Given a cluster with 1 node
    And I run "kubectl create deployment web --image=nginx --port=8080"

  Scenario: Expose a Deployment as a NodePort Service
    When I run "kubectl expose deployment web --port=80 --target-port=8080 --type=NodePort"
    Then the output should contain "service/web exposed"
    And "service/web" should match:
      """
      metadata:
        labels:
          app: web
      spec:
        type: NodePort
        selector:
          app: web
        ports:
          - port: 80
            protocol: TCP
            targetPort: 8080
      """

  Scenario: A client dry run prints the Service kubectl would send
    When I run "kubectl expose deployment web --port=80 --target-port=8080 --type=NodePort --dry-run=client -o yaml"
    Then the output should be:
      """
      apiVersion: v1
      kind: Service
      metadata:
        creationTimestamp: null
        labels:
          app: web
        name: web
      spec:
        ports:
        - port: 80
          protocol: TCP
          targetPort: 8080
        selector:
          app: web
        type: NodePort
      status:
        loadBalancer: {}
      """
    And "service/web" should not exist

  Scenario: Without --port the container port is used
    When I run "kubectl expose deployment web"
    Then "kubectl get svc web -o jsonpath={.spec.ports[0].port}/{.spec.ports[0].targetPort}" should print "8080/8080"

  Scenario: Exposing something that does not exist, or cannot be exposed
    When I run "kubectl expose deployment nope --port=80"
    Then the command should fail with 'Error from server (NotFound): deployments.apps "nope" not found'
    When I run "kubectl create configmap settings"
    And I run "kubectl expose configmap settings --port=80"
    Then the command should fail with "error: cannot expose a ConfigMap"
