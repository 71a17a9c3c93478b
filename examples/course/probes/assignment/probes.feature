Feature: Probes tell Kubernetes when nginx is ready and when it is broken

  Background:
    Given a cluster with 1 node
    When I apply the file "pod.yaml"

  @points:2
  Scenario: The pod becomes ready
    Then within 1 minute pod "web" should be "Running"
    When 30 seconds pass
    Then pod "web" should be ready

  @points:3
  Scenario: A healthy nginx is never restarted
    When 5 minutes pass
    Then pod "web" should have 0 restarts
    And pod "web" should be ready

  Scenario: Both probes check port 80 every 10 seconds
    Then "pod/web" should match:
      """
      spec:
        containers:
          - name: nginx
            readinessProbe:
              httpGet:
                port: 80
              periodSeconds: 10
            livenessProbe:
              httpGet:
                port: 80
              periodSeconds: 10
      """
