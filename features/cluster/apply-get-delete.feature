Feature: kubectl apply, get and delete
  Manifests go through kubectl as on a real cluster: apply creates, configures or leaves objects
  unchanged; get prints kubectl's columns; delete removes objects and waits until they are gone.

  Background:
    Given a cluster with 1 node

  Scenario: Applying a ConfigMap twice reports created, then unchanged, then configured
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: game
      data:
        lives: "3"
      """
    Then the command should succeed
    And the output should be:
      """
      configmap/game created
      """
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: game
      data:
        lives: "3"
      """
    Then the output should be:
      """
      configmap/game unchanged
      """
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: game
      data:
        lives: "5"
      """
    Then the output should be:
      """
      configmap/game configured
      """
    And "configmap/game" should match:
      """
      data:
        lives: "5"
      """

  Scenario: A field removed from the manifest is removed from the object
    Given I have applied:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: game
        labels:
          app: game
          tier: backend
      data:
        lives: "3"
      """
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: game
        labels:
          app: game
      data:
        lives: "3"
      """
    Then the command should succeed
    And "kubectl get configmap game -o jsonpath={.metadata.labels}" should print '{"app":"game"}'

  Scenario: Several documents in one apply
    When I apply:
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: shop
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
        namespace: shop
      data:
        color: blue
      """
    Then the output should be:
      """
      namespace/shop created
      configmap/settings created
      """
    And "configmap/settings -n shop" should exist

  Scenario: Getting an object that does not exist
    When I run "kubectl get configmap nope"
    Then the command should fail with 'Error from server (NotFound): configmaps "nope" not found'

  Scenario: Listing an empty namespace
    When I run "kubectl get secrets -n kube-public"
    Then the command should succeed
    And the output should be:
      """
      """

  Scenario: An unknown resource type
    When I run "kubectl get podz"
    Then the command should fail with "error: the server doesn't have a resource type \"podz\""

  Scenario: Deleting a ConfigMap
    Given I have applied:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: game
      """
    When I run "kubectl delete configmap game"
    Then the output should be:
      """
      configmap "game" deleted
      """
    And "configmap/game" should not exist

  Scenario: Deleting by label
    Given I have applied:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: a
        labels: {app: x}
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: b
        labels: {app: y}
      """
    When I run "kubectl delete cm -l app=x"
    Then the output should be:
      """
      configmap "a" deleted
      """
    And "configmap/b" should exist

  Scenario: A manifest file that does not exist
    When I run "kubectl apply -f missing.yaml"
    Then the command should fail with 'error: the path "missing.yaml" does not exist'

  Scenario: Create refuses an object that already exists
    Given a file "game.yaml" containing:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: game
      """
    When I run "kubectl create -f game.yaml"
    Then the output should be:
      """
      configmap/game created
      """
    When I run "kubectl create -f game.yaml"
    Then the command should fail with 'Error from server (AlreadyExists): error when creating "game.yaml": configmaps "game" already exists'

  Scenario: Files written by a redirection can be applied
    When I run "kubectl get namespace default -o yaml > ns.yaml"
    Then the output should be:
      """
      """
    When I run "kubectl apply -f ns.yaml"
    Then the command should succeed
