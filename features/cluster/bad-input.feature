Feature: Bad manifests get kubectl's errors and change nothing

  Background:
    Given a cluster with 1 node

  Scenario: An unknown field is rejected by strict decoding
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            imagee: nginx
      """
    Then the command should fail with 'strict decoding error: unknown field "spec.containers[0].imagee"'
    And "pod/web" should not exist

  Scenario: --validate chooses what the apiserver does with a misspelt field (debug-pods.md, `commnd`)
    Given a file "mypod.yaml" containing:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: mypod
      spec:
        containers:
        - name: busybox
          image: busybox:1.28
          commnd: ["sleep", "3600"]
      """
    When I run "kubectl apply --validate -f mypod.yaml"
    Then the command should fail with 'Error from server (BadRequest): error when creating "mypod.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].commnd"'
    When I run "kubectl apply --validate=bogus -f mypod.yaml"
    Then the command should fail with 'error: invalid - validate option "bogus"; must be one of: strict (or true), warn, ignore (or false)'
    When I run "kubectl apply --validate=warn -f mypod.yaml"
    Then the output should be:
      """
      pod/mypod created
      """
    And the error output should contain 'Warning: unknown field "spec.containers[0].commnd"'
    And "kubectl get pod mypod -o jsonpath={.spec.containers[0].command}" should print ""

  Scenario: An unknown kind
    When I apply:
      """
      apiVersion: v1
      kind: Pizza
      metadata:
        name: margherita
      """
    Then the command should fail with 'no matches for kind "Pizza" in version "v1"'

  Scenario: Malformed YAML names the line and column
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: broken
       data: oops
      """
    Then the command should fail with "line 5"
    And "configmap/broken" should not exist

  Scenario: A valid document is applied even when another one is broken
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: good
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: Bad_Name
      """
    Then the command should fail with 'metadata.name: Invalid value: "Bad_Name"'
    And "configmap/good" should exist

  Scenario: A Deployment whose selector does not match its template
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: x
          spec:
            containers:
              - name: nginx
                image: nginx
      """
    Then the command should fail with 'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`'
    And "deployment/web" should not exist

  Scenario: Creating in a namespace that does not exist
    When I run "kubectl create namespace shop"
    And I run "kubectl delete namespace shop"
    And I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: x
        namespace: shop
      """
    Then the command should fail with 'namespaces "shop" not found'
