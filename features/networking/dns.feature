Feature: Cluster DNS names Services and StatefulSet pods
  Every pod resolves through the cluster DNS at 10.96.0.10 with the search path
  `<ns>.svc.cluster.local svc.cluster.local cluster.local`: `web`, `web.default` and
  `web.default.svc.cluster.local` all name the Service. A headless Service answers with its ready
  pods' IPs, and its StatefulSet pods get stable names `<pod>.<service>`.

  Background:
    Given a cluster with 2 nodes
    And I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: client
      spec:
        containers:
          - name: shell
            image: busybox:1.36
            command: ["sleep", "3600"]
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector:
          app: web
        ports:
          - name: http
            port: 80
      """
    And I wait up to 1 minute until "kubectl get pod client -o jsonpath={.status.phase}" prints "Running"

  Scenario: A Service name resolves to its ClusterIP in every form
    When pod "client" looks up "web"
    Then the lookup should return the ClusterIP of service "web"
    When pod "client" looks up "web.default"
    Then the lookup should return the ClusterIP of service "web"
    When pod "client" looks up "web.default.svc.cluster.local"
    Then the lookup should return the ClusterIP of service "web"
    When pod "client" looks up "kube-dns.kube-system"
    Then the lookup should return "10.96.0.10"
    When pod "client" looks up "kubernetes.default"
    Then the lookup should return "10.96.0.1"

  Scenario: Unknown names do not resolve
    When pod "client" looks up "nothing-here"
    Then the lookup should fail
    When pod "client" looks up "web.other-namespace"
    Then the lookup should fail

  Scenario: nslookup in a container uses the cluster DNS
    When I run "kubectl exec client -- nslookup web.default.svc.cluster.local"
    Then the output should contain "Server:		10.96.0.10"
    And the output should contain "Name:	web.default.svc.cluster.local"

  Scenario: An init container waits until the Service it needs exists
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: myapp
      spec:
        initContainers:
          - name: init-myservice
            image: busybox:1.28
            command: ["sh", "-c", "until nslookup myservice; do echo waiting for myservice; sleep 2; done"]
        containers:
          - name: app
            image: busybox:1.28
            command: ["sh", "-c", "echo The app is running! && sleep 3600"]
      """
    When 30 seconds pass
    Then pod "myapp" should be "Init:0/1"
    When I run "kubectl create service clusterip myservice --tcp=80:9376"
    Then within 1 minute pod "myapp" should be "Running"

  Scenario: A headless Service resolves to its pods, and StatefulSet pods have their own names
    Given I have applied:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: db
      spec:
        clusterIP: None
        selector:
          app: db
        ports:
          - name: tcp
            port: 8080
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
      spec:
        serviceName: db
        replicas: 2
        selector:
          matchLabels:
            app: db
        template:
          metadata:
            labels:
              app: db
          spec:
            containers:
              - name: server
                image: registry.k8s.io/e2e-test-images/agnhost:2.53
                args: ["netexec", "--http-port=8080"]
                ports:
                  - containerPort: 8080
      """
    And I wait up to 2 minutes until "kubectl get statefulset db -o jsonpath={.status.readyReplicas}" prints "2"
    When pod "client" looks up "db"
    Then the lookup should return the IPs of the pods labelled "app=db"
    When pod "client" looks up "db-1.db"
    Then the lookup should return the IP of pod "db-1"
    When pod "client" requests "http://db-0.db:8080/hostname"
    Then the response should contain "db-0"

  Scenario: An ExternalName Service is a CNAME
    When I run "kubectl create service externalname search --external-name web.default.svc.cluster.local"
    And pod "client" looks up "search"
    Then the lookup should return the canonical name "web.default.svc.cluster.local"
    And the lookup should return the ClusterIP of service "web"

  Scenario: Pods have A records named after their IP
    When pod "client" looks up "10-244-1-7.default.pod.cluster.local"
    Then the lookup should return "10.244.1.7"
