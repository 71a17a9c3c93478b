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
