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

  # kubernetes.io "Connecting Applications with Services", its commands in order (the page's interactive shell
  # `kubectl run curl … -i --tty` then `nslookup my-nginx` becomes one attached `kubectl run … -- nslookup`).
  Scenario: The docs' my-nginx: expose, describe, EndpointSlices, and Service variables only in pods started after the Service
    Given I apply:
      """
      {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "my-nginx" },
        spec: {
          selector: { matchLabels: { run: "my-nginx" } },
          replicas: 2,
          template: {
            metadata: { labels: { run: "my-nginx" } },
            spec: { containers: [{ name: "my-nginx", image: "nginx", ports: [{ containerPort: 80 }] }] },
          },
        },
      }
      """
    And I wait up to 1 minute until "kubectl get deployment my-nginx -o jsonpath={.status.readyReplicas}" prints "2"
    When I run "kubectl get pods -l run=my-nginx -o custom-columns=POD_IP:.status.podIPs"
    Then the output should contain "[map[ip:10.244.0."
    When I run "kubectl expose deployment/my-nginx"
    Then the output should be:
      """
      service/my-nginx exposed
      """
    When I run "kubectl describe svc my-nginx"
    Then the output should contain "Selector:                 run=my-nginx"
    And the output should contain "Port:                     <unset>  80/TCP"
    And the output should contain "TargetPort:               80/TCP"
    And "kubectl get endpointslices -l kubernetes.io/service-name=my-nginx -o jsonpath={.items[0].ports[0].port}" should print "80"
    When I run "kubectl exec deploy/my-nginx -- printenv"
    Then the output should contain "KUBERNETES_SERVICE_PORT_HTTPS=443"
    And the output should not contain "MY_NGINX_SERVICE_HOST"
    When I run "kubectl scale deployment my-nginx --replicas=0"
    And I wait up to 1 minute until "kubectl get pods -l run=my-nginx -o name" prints ""
    And I run "kubectl scale deployment my-nginx --replicas=2"
    And I wait up to 1 minute until "kubectl get deployment my-nginx -o jsonpath={.status.readyReplicas}" prints "2"
    And I run "kubectl exec deploy/my-nginx -- printenv"
    Then the output should contain "MY_NGINX_SERVICE_PORT=80"
    When I run "kubectl run curl --image=radial/busyboxplus:curl -i --tty --rm --restart=Never -- nslookup my-nginx"
    Then the output should contain "Name:      my-nginx"
