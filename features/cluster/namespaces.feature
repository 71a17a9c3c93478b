Feature: Namespaces
  Deleting a namespace deletes everything in it; kubectl waits until the namespace is gone.

  Background:
    Given a cluster with 1 node

  Scenario: Deleting a namespace deletes its contents
    Given I have applied:
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
      """
    When I run "kubectl delete namespace shop"
    Then the output should be:
      """
      namespace "shop" deleted
      """
    And "namespace/shop" should not exist
    And "configmap/settings -n shop" should not exist

  Scenario: Objects are separated by namespace
    Given I have applied:
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
      """
    When I run "kubectl get configmap settings"
    Then the command should fail with 'configmaps "settings" not found'
    When I run "kubectl get configmap settings -n shop -o name"
    Then the output should be:
      """
      configmap/settings
      """
