Feature: Replicas spread across equal nodes
  The scheduler prefers the least-allocated node (a container without requests counts as 100m cpu and
  200Mi memory), so the replicas of a Deployment land on different nodes when the nodes are alike.

  Scenario: three replicas on three nodes
    Given a cluster with 3 nodes
    When I run "kubectl create deployment web --image=nginx --replicas=3"
    Then the pods labelled "app=web" should run on 3 different nodes

  Scenario: six replicas on three nodes, two each
    Given a cluster with 3 nodes
    When I run "kubectl create deployment web --image=nginx --replicas=6"
    Then the pods labelled "app=web" should run on 3 different nodes
    And node "node-1" should run 2 of the pods labelled "app=web"
    And node "node-2" should run 2 of the pods labelled "app=web"

  Scenario: required pod anti-affinity keeps replicas apart
    Given a cluster with 2 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            affinity:
              podAntiAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                - labelSelector:
                    matchLabels: {app: web}
                  topologyKey: kubernetes.io/hostname
            containers:
            - name: nginx
              image: nginx
      """
    Then the pods labelled "app=web" should run on 2 different nodes
    When I run "kubectl get events"
    Then the output should contain "0/2 nodes are available: 2 node(s) didn't match pod anti-affinity rules. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod."
