Feature: Bad Services get Kubernetes' errors and leak no address or port
  The service registry allocates a Service's ClusterIP and node ports before it validates the rest;
  when anything rejects the Service, whatever was allocated for it is given back.

  Background:
    Given a cluster with 1 node
    And I have applied:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        type: NodePort
        clusterIP: 10.96.0.50
        selector:
          app: web
        ports:
          - port: 80
            nodePort: 30080
      """

  Scenario: A node port outside 30000-32767
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: high
      spec:
        type: NodePort
        ports:
          - port: 80
            nodePort: 40000
      """
    Then the command should fail with 'The Service "high" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767'
    And "service/high" should not exist

  Scenario: A node port another Service holds
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: copy
      spec:
        type: NodePort
        ports:
          - port: 80
            nodePort: 30080
      """
    Then the command should fail with 'The Service "copy" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated'

  Scenario: A ClusterIP another Service holds
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: copy
      spec:
        clusterIP: 10.96.0.50
        ports:
          - port: 80
      """
    Then the command should fail with 'The Service "copy" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.50"}: failed to allocate IP 10.96.0.50: provided IP is already allocated'

  Scenario: The cluster DNS address is taken from the start
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: dns
      spec:
        clusterIP: 10.96.0.10
        ports:
          - port: 53
      """
    Then the command should fail with 'failed to allocate IP 10.96.0.10: provided IP is already allocated'

  Scenario: A ClusterIP outside the service range
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: outside
      spec:
        clusterIP: 192.168.0.10
        ports:
          - port: 80
      """
    Then the command should fail with 'The Service "outside" is invalid: spec.clusterIPs: Invalid value: []string{"192.168.0.10"}: failed to allocate IP 192.168.0.10: the provided IP (192.168.0.10) is not in the valid range. The range of valid IPs is 10.96.0.0/12'

  Scenario: An ExternalName Service with a ClusterIP
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: ext
      spec:
        type: ExternalName
        externalName: db.example.com
        clusterIP: 10.96.0.60
      """
    Then the command should fail with 'The Service "ext" is invalid: spec.clusterIPs: Forbidden: may not be set for ExternalName services'

  Scenario: A rejected Service keeps neither the ClusterIP nor the node port it was given
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: half
      spec:
        type: NodePort
        clusterIP: 10.96.0.70
        ports:
          - name: a
            port: 80
            nodePort: 30090
          - name: b
            port: 81
            nodePort: 30080
      """
    Then the command should fail with "spec.ports[1].nodePort: Invalid value: 30080: provided port is already allocated"
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: whole
      spec:
        type: NodePort
        clusterIP: 10.96.0.70
        ports:
          - port: 80
            nodePort: 30090
      """
    Then the command should succeed

  Scenario: A dry run allocates nothing
    When I run "kubectl create service nodeport trial --tcp=80 --node-port=30100 --dry-run=server"
    Then the command should succeed
    When I run "kubectl create service nodeport real --tcp=80 --node-port=30100"
    Then the command should succeed

  Scenario: A Service without a selector has no endpoints until someone writes them
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: manual
      spec:
        ports:
          - port: 80
      """
    Then the command should succeed
    When I run "kubectl get endpoints manual"
    Then the command should fail with 'Error from server (NotFound): endpoints "manual" not found'
