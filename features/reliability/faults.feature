Feature: Random faults — an application keeps its promises while nodes fail, containers crash and pods vanish
  `When random faults strike for 10 minutes` injects one fault at a time, drawn from the scenario's seed: a
  node's kubelet stops reporting for a while, a container crashes, a pod owned by a controller is deleted, or
  the scheduler stops for a while. A new fault waits until the last one is over and as many pods are Ready as
  before it. Adding `while at least 2 pods labelled "app=web" stay ready` checks that promise after every
  event of the simulation, and fails at the first instant it breaks, listing the faults so far. The same
  seed (`@seed:N` or `kubespec run --seed N`) replays the same faults at the same instants.

  Background:
    Given a cluster with 3 nodes
    And I have applied:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            affinity:
              podAntiAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                - labelSelector:
                    matchLabels:
                      app: web
                  topologyKey: kubernetes.io/hostname
            containers:
            - name: nginx
              image: nginx
              ports:
              - containerPort: 80
              readinessProbe:
                httpGet:
                  path: /
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
      """
    And I wait up to 1 minute until "kubectl get deployment web -o jsonpath={.status.readyReplicas}" prints "3"

  Scenario: three replicas spread over three nodes keep two ready pods behind the Service
    When random faults strike for 10 minutes while at least 2 pods labelled "app=web" stay ready
    Then I wait up to 5 minutes until "kubectl get deployment web -o jsonpath={.status.readyReplicas}" prints "3"

  @seed:7
  Scenario: a scenario's own seed draws other faults, and replays them exactly on every run
    When random faults strike for 10 minutes
    Then I wait up to 5 minutes until "kubectl get deployment web -o jsonpath={.status.readyReplicas}" prints "3"
    And "kubectl get endpoints web -o jsonpath={.subsets[0].addresses[*].ip}" should print "10.244.0.4 10.244.1.3 10.244.2.2"
