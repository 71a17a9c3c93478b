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

  Scenario: The DNS page's pods with a hostname and a subdomain get their own names under a headless Service
    Given I have applied:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: default-subdomain
      spec:
        selector:
          name: busybox
        clusterIP: None
        ports:
        - name: foo # Actually, no port is needed.
          port: 1234
          targetPort: 1234
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: busybox1
        labels:
          name: busybox
      spec:
        hostname: busybox-1
        subdomain: default-subdomain
        containers:
        - image: busybox:1.28
          command:
            - sleep
            - "3600"
          name: busybox
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: busybox2
        labels:
          name: busybox
      spec:
        hostname: busybox-2
        subdomain: default-subdomain
        containers:
        - image: busybox:1.28
          command:
            - sleep
            - "3600"
          name: busybox
      """
    And within 1 minute pod "busybox1" should be "Running"
    And within 1 minute pod "busybox2" should be "Running"
    Then "kubectl exec busybox1 -- hostname" should print "busybox-1"
    And "kubectl exec busybox1 -- hostname -f" should print "busybox-1.default-subdomain.default.svc.cluster.local"
    When pod "client" looks up "busybox-2.default-subdomain.default.svc.cluster.local"
    Then the lookup should return the IP of pod "busybox2"
    When pod "client" looks up "default-subdomain"
    Then the lookup should return the IPs of the pods labelled "name=busybox"
    # busybox 1.28's nslookup prints every address getaddrinfo returns, each with its PTR name.
    When I run "kubectl exec busybox1 -- nslookup default-subdomain"
    Then the output should contain "Address 1: "
    And the output should contain " busybox-1.default-subdomain.default.svc.cluster.local"
    And the output should contain "Address 2: "
    And the output should contain " busybox-2.default-subdomain.default.svc.cluster.local"

  Scenario: A hostNetwork pod with ClusterFirstWithHostNet has the node's hostname and the cluster resolver
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: busybox
        namespace: default
      spec:
        containers:
        - image: busybox:1.28
          command:
            - sleep
            - "3600"
          imagePullPolicy: IfNotPresent
          name: busybox
        restartPolicy: Always
        hostNetwork: true
        dnsPolicy: ClusterFirstWithHostNet
      """
    And I wait up to 1 minute until "kubectl get pod busybox -o jsonpath={.status.phase}" prints "Running"
    When I run "kubectl exec busybox -- cat /etc/resolv.conf"
    Then the output should be:
      """
      search default.svc.cluster.local svc.cluster.local cluster.local
      nameserver 10.96.0.10
      options ndots:5
      """
    # It shares the node's UTS namespace: its hostname is the node's, not the pod's name.
    When I run "kubectl exec busybox -- hostname"
    Then the output should contain "node-"
    And the output should not contain "busybox"

  Scenario: The DNS page's dnsConfig example writes its own resolv.conf, options included
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        namespace: default
        name: dns-example
      spec:
        containers:
          - name: test
            image: nginx
        dnsPolicy: "None"
        dnsConfig:
          nameservers:
            - 192.0.2.1
          searches:
            - ns1.svc.cluster-domain.example
            - my.dns.search.suffix
          options:
            - name: ndots
              value: "2"
            - name: edns0
      """
    And I wait up to 1 minute until "kubectl get pod dns-example -o jsonpath={.status.phase}" prints "Running"
    When I run "kubectl exec -it dns-example -- cat /etc/resolv.conf"
    Then the output should be:
      """
      search ns1.svc.cluster-domain.example my.dns.search.suffix
      nameserver 192.0.2.1
      options ndots:2 edns0
      """

  Scenario: Debugging DNS resolution from the docs' dnsutils pod (BIND's nslookup)
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: dnsutils
        namespace: default
      spec:
        containers:
        - name: dnsutils
          image: registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3
          command:
            - sleep
            - "infinity"
          imagePullPolicy: IfNotPresent
        restartPolicy: Always
      """
    And I wait up to 1 minute until "kubectl get pod dnsutils -o jsonpath={.status.phase}" prints "Running"
    When I run "kubectl exec -i -t dnsutils -- nslookup kubernetes.default"
    Then the output should be:
      """
      Server:		10.96.0.10
      Address:	10.96.0.10#53

      Name:	kubernetes.default.svc.cluster.local
      Address: 10.96.0.1
      """
    When I run "kubectl exec -ti dnsutils -- cat /etc/resolv.conf"
    Then the output should be:
      """
      search default.svc.cluster.local svc.cluster.local cluster.local
      nameserver 10.96.0.10
      options ndots:5
      """
    When I run "kubectl exec -ti dnsutils -- nslookup no-such-service"
    Then the command should fail with "command terminated with exit code 1"
    And the output should contain "** server can't find no-such-service: NXDOMAIN"
    When I run "kubectl create namespace prod"
    And I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: my-service
        namespace: prod
      spec:
        type: ExternalName
        externalName: my.database.example.com
      """
    And I run "kubectl exec dnsutils -- nslookup my-service.prod"
    Then the output should contain "my-service.prod.svc.cluster.local	canonical name = my.database.example.com."
