Feature: Static pods from a manifest URL
  A kubelet started with --manifest-url polls the URL every 20 seconds; the body is one Pod (or a list).

  Scenario: The kubelet runs the pod served at its manifest URL
    Given a cluster with 2 nodes
    And node "node-2" fetches static pods from "http://config.example.com/pods/agent.yaml":
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: agent
        namespace: kube-system
      spec:
        containers:
        - name: agent
          image: busybox
          command: ["sh", "-c", "echo agent up; sleep 3600"]
      """
    When I wait up to 10 seconds until "kubectl get pod agent-node-2 -n kube-system -o jsonpath={.status.phase}" prints "Running"
    When I run "kubectl get pod agent-node-2 -n kube-system -o yaml"
    Then the output should contain "kubernetes.io/config.source: http"
    And "kubectl logs agent-node-2 -n kube-system" should print "agent up"
