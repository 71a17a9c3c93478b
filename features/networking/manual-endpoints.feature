Feature: A Service without a selector uses the Endpoints you write
  Kubernetes manages endpoints only for Services with a selector. For the others you write an
  Endpoints object of the same name, and the EndpointSlice mirroring controller copies it into an
  EndpointSlice, which is what kube-proxy and DNS read.

  Background:
    Given a cluster with 1 node
    And I have applied:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: external-db
      spec:
        ports:
          - port: 5432
            targetPort: 5432
      ---
      apiVersion: v1
      kind: Endpoints
      metadata:
        name: external-db
      subsets:
        - addresses:
            - ip: 192.168.10.20
          ports:
            - port: 5432
      """

  Scenario: The Endpoints are listed and mirrored into an EndpointSlice
    When I run "kubectl get endpoints external-db"
    Then the output should be:
      """
      NAME          ENDPOINTS            AGE
      external-db   192.168.10.20:5432   0s
      """
    When I run "kubectl get endpointslices -l kubernetes.io/service-name=external-db -o yaml"
    Then the output should contain "endpointslice.kubernetes.io/managed-by: endpointslicemirroring-controller.k8s.io"
    And the output should contain "- 192.168.10.20"
    And the output should contain "kind: Endpoints"

  Scenario: Deleting the Service deletes its Endpoints and the mirrored slice
    When I run "kubectl delete service external-db"
    Then "endpoints/external-db" should not exist
    When I run "kubectl get endpointslices -l kubernetes.io/service-name=external-db"
    Then the output should not contain "external-db"
