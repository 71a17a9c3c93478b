Feature: The page is prepared before nginx starts

  Background:
    Given a cluster with 1 node
    When I apply the file "pod.yaml"

  @points:2
  Scenario: The pod starts
    Then within 2 minutes pod "site" should be "Running"

  @points:2
  Scenario: nginx starts only after the init container has finished
    Given within 2 minutes pod "site" should be "Running"
    Then container "nginx" of pod "site" should have started after container "prepare" terminated

  @points:3
  Scenario: nginx serves the prepared page
    Given within 2 minutes pod "site" should be "Running"
    Then "kubectl exec site -c nginx -- cat /usr/share/nginx/html/index.html" should print "welcome"

  Scenario: The init container and nginx share an emptyDir volume
    Then "pod/site" should match:
      """
      spec:
        volumes:
          - name: html
            emptyDir: {}
      """
