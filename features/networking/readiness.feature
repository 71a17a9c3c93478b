Feature: Readiness takes a pod in and out of a Service's rotation
  Only ready pods are Service endpoints. A pod whose readiness probe fails moves to
  notReadyAddresses and stops receiving traffic; once the probe passes again it is back.

  Background:
    Given a cluster with 1 node
    And I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web-1
        labels:
          app: web
      spec:
        containers:
          - name: nginx
            image: nginx:1.27
            readinessProbe:
              httpGet:
                path: /index.html
                port: 80
              periodSeconds: 2
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: web-2
        labels:
          app: web
      spec:
        containers:
          - name: nginx
            image: nginx:1.27
            readinessProbe:
              httpGet:
                path: /index.html
                port: 80
              periodSeconds: 2
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector:
          app: web
        ports:
          - port: 80
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
    And I wait up to 1 minute until "kubectl get pods web-1 web-2 client -o jsonpath={.items[*].status.containerStatuses[0].ready}" prints "true true true"

  Scenario: A pod failing its readiness probe stops receiving traffic, and comes back
    When I run "kubectl exec web-2 -- rm /usr/share/nginx/html/index.html"
    And 10 seconds pass
    Then pod "web-2" should not be ready
    When I run "kubectl get endpoints web -o jsonpath={.subsets[0].notReadyAddresses[*].targetRef.name}"
    Then the output should contain "web-2"
    When pod "client" requests "http://web/" 4 times
    Then the response should come from pod "web-1"
    And all responses should come from the same pod
    When I run "kubectl exec web-2 -- sh -c 'echo back > /usr/share/nginx/html/index.html'"
    And 10 seconds pass
    Then pod "web-2" should be ready
    When pod "client" requests "http://web/" 4 times
    Then every pod labelled "app=web" should have served at least 2 requests

  Scenario: publishNotReadyAddresses lists pods before they are ready
    Given I have applied:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web-all
      spec:
        publishNotReadyAddresses: true
        selector:
          app: web
        ports:
          - port: 80
      """
    When I run "kubectl exec web-1 -- rm /usr/share/nginx/html/index.html"
    And 10 seconds pass
    Then pod "web-1" should not be ready
    When I run "kubectl get endpoints web-all -o jsonpath={.subsets[0].addresses[*].targetRef.name}"
    Then the output should contain "web-1"
