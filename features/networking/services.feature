Feature: Services of every type get their addresses and ports
  A Service gets a ClusterIP from the service range 10.96.0.0/12 (NodePort and LoadBalancer Services
  also get a node port from 30000-32767), a headless Service gets none, and an ExternalName Service
  is only a DNS alias. A fresh cluster already has the `kubernetes` and `kube-dns` Services.

  Background:
    Given a cluster with 2 nodes

  Scenario: A fresh cluster has the kubernetes and kube-dns Services at their well-known IPs
    When I run "kubectl get services -A"
    Then the output should be:
      """
      NAMESPACE     NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE
      default       kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP                  0s
      kube-system   kube-dns     ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   0s
      """

  Scenario: The kubernetes Service points at the API server on port 6443
    When I run "kubectl get endpoints kubernetes"
    Then the output should be:
      """
      NAME         ENDPOINTS         AGE
      kubernetes   172.18.0.2:6443   0s
      """
    And "service/kubernetes" should match:
      """
      spec:
        clusterIP: 10.96.0.1
        ports:
          - name: https
            port: 443
            protocol: TCP
            targetPort: 6443
      """

  Scenario: A ClusterIP Service gets an address from the service range
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector:
          app: web
        ports:
          - port: 80
            targetPort: 8080
      """
    Then the command should succeed
    And service "web" should have a ClusterIP in "10.96.0.0/12"
    And "service/web" should match:
      """
      spec:
        type: ClusterIP
        sessionAffinity: None
        ipFamilies: [IPv4]
        ipFamilyPolicy: SingleStack
        ports:
          - port: 80
            protocol: TCP
            targetPort: 8080
      """

  Scenario: A requested ClusterIP is honoured
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: fixed
      spec:
        clusterIP: 10.96.100.100
        ports:
          - port: 80
      """
    Then "kubectl get svc fixed -o jsonpath={.spec.clusterIPs[0]}" should print "10.96.100.100"

  Scenario: A NodePort Service keeps the node port it asks for
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        type: NodePort
        selector:
          app: web
        ports:
          - port: 80
            targetPort: 8080
            nodePort: 30080
      """
    Then "kubectl get svc web -o jsonpath={.spec.ports[0].nodePort}" should print "30080"
    And service "web" should have a ClusterIP in "10.96.0.0/12"
    When I run "kubectl get svc web"
    Then the output should contain "80:30080/TCP"
    And the output should contain "NodePort"

  Scenario: A NodePort Service without a node port gets one above the static band
    When I run "kubectl create service nodeport web --tcp=80:8080"
    Then the command should succeed
    And "service/web" should match:
      """
      spec:
        type: NodePort
        externalTrafficPolicy: Cluster
      """
    When I run "kubectl get svc web -o jsonpath={.spec.ports[0].nodePort}"
    Then the output should contain "3"

  Scenario: A headless Service has no ClusterIP
    When I apply:
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
          - port: 5432
      """
    Then "kubectl get svc db -o jsonpath={.spec.clusterIP}" should print "None"
    And "kubectl get endpoints db -o jsonpath={.metadata.labels}" should print '{"service.kubernetes.io/headless":""}'

  Scenario: An ExternalName Service is an alias with no ClusterIP and no endpoints
    When I run "kubectl create service externalname db --external-name db.example.com"
    Then the command should succeed
    When I run "kubectl get svc db"
    Then the output should be:
      """
      NAME   TYPE           CLUSTER-IP   EXTERNAL-IP      PORT(S)   AGE
      db     ExternalName   <none>       db.example.com   <none>    0s
      """
    And "endpoints/db" should not exist

  Scenario: A LoadBalancer Service waits for an external IP when there is no cloud
    When I run "kubectl create service loadbalancer web --tcp=80:8080"
    Then the command should succeed
    When 1 minute passes
    And I run "kubectl get svc web"
    Then the output should contain "<pending>"
    And the output should contain "LoadBalancer"

  Scenario: Deleting a Service gives its node port back
    Given I have applied:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: first
      spec:
        type: NodePort
        ports:
          - port: 80
            nodePort: 30080
      """
    When I run "kubectl delete service first"
    And I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: second
      spec:
        type: NodePort
        ports:
          - port: 80
            nodePort: 30080
      """
    Then the command should succeed

  Scenario: The Service page's targetPort names the pod's port, and nginx:stable is nginx's stable line
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: nginx
        labels:
          app.kubernetes.io/name: proxy
      spec:
        containers:
        - name: nginx
          image: nginx:stable
          ports:
            - containerPort: 80
              name: http-web-svc

      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: nginx-service
      spec:
        selector:
          app.kubernetes.io/name: proxy
        ports:
        - name: name-of-service-port
          protocol: TCP
          port: 80
          targetPort: http-web-svc
      """
    And within 1 minute pod "nginx" should be ready
    When I run "kubectl describe service nginx-service"
    Then the output should contain "Port:                     name-of-service-port  80/TCP"
    And the output should contain "TargetPort:               http-web-svc/TCP"
    And "kubectl get endpointslices -l kubernetes.io/service-name=nginx-service -o jsonpath={.items[0].ports[0].port}" should print "80"
    And "kubectl exec nginx -- printenv NGINX_VERSION" should print "1.26.2"

  Scenario: The Service page's multi-port Service lists each named port with its own target
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: my-service
      spec:
        selector:
          app.kubernetes.io/name: MyApp
        ports:
          - name: http
            protocol: TCP
            port: 80
            targetPort: 9376
          - name: https
            protocol: TCP
            port: 443
            targetPort: 9377
      """
    Then "kubectl get svc my-service -o jsonpath={.spec.ports[*].name}" should print "http https"
    When I run "kubectl describe svc my-service"
    Then the output should contain "Port:                     http  80/TCP"
    And the output should contain "TargetPort:               9376/TCP"
    And the output should contain "Port:                     https  443/TCP"
    And the output should contain "TargetPort:               9377/TCP"

  Scenario: The Service page's Service without a selector takes the EndpointSlice written for it
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: my-service
      spec:
        ports:
          - protocol: TCP
            port: 80
            targetPort: 9376
      ---
      apiVersion: discovery.k8s.io/v1
      kind: EndpointSlice
      metadata:
        name: my-service-1 # by convention, use the name of the Service
                           # as a prefix for the name of the EndpointSlice
        labels:
          # You should set the "kubernetes.io/service-name" label.
          # Set its value to match the name of the Service
          kubernetes.io/service-name: my-service
      addressType: IPv4
      ports:
        - name: '' # empty because port 9376 is not assigned as a well-known
                   # port (by IANA)
          appProtocol: http
          protocol: TCP
          port: 9376
      endpoints:
        - addresses:
            - "10.4.5.6"
        - addresses:
            - "10.1.2.3"
      """
    Then the output should be:
      """
      service/my-service created
      endpointslice.discovery.k8s.io/my-service-1 created
      """
    When I run "kubectl get endpointslices -l kubernetes.io/service-name=my-service"
    Then the output should be:
      """
      NAME           ADDRESSTYPE   PORTS   ENDPOINTS           AGE
      my-service-1   IPv4          9376    10.4.5.6,10.1.2.3   0s
      """
    When I run "kubectl describe svc my-service"
    Then the output should contain "Endpoints:                10.4.5.6:9376,10.1.2.3:9376"
    And "endpoints/my-service" should not exist

  Scenario: The Service page's ExternalName Service in namespace prod
    Given I run "kubectl create namespace prod"
    When I apply:
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
    And I run "kubectl get svc -n prod"
    Then the output should be:
      """
      NAME         TYPE           CLUSTER-IP   EXTERNAL-IP               PORT(S)   AGE
      my-service   ExternalName   <none>       my.database.example.com   <none>    0s
      """
