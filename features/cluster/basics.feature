Feature: A fresh simulated cluster looks like a kind cluster
  kubespec starts every scenario with a new cluster that follows kind's conventions:
  nodes node-1..node-N, the four standard namespaces and the default StorageClass.

  Scenario: Default namespaces exist
    Given a cluster with 1 node
    When I run "kubectl get namespaces"
    Then the output should contain "default"
    And the output should contain "kube-system"
    And the output should contain "kube-public"
    And the output should contain "kube-node-lease"

  Scenario: Nodes are named node-1 to node-3 and have kind's addresses
    Given a cluster with 3 nodes
    When I run "kubectl get nodes -o name"
    Then the output should be:
      """
      node/node-1
      node/node-2
      node/node-3
      """
    And "node/node-2" should match:
      """
      spec:
        podCIDR: 10.244.1.0/24
      status:
        addresses:
          - type: InternalIP
            address: 172.18.0.3
        capacity:
          cpu: "4"
          memory: 8Gi
          pods: "110"
      """

  Scenario: Every namespace gets a default ServiceAccount
    Given a cluster with 1 node
    When I run "kubectl create namespace shop"
    Then "serviceaccount/default -n shop" should exist
    And "serviceaccount/default -n kube-system" should exist

  Scenario: The default StorageClass is standard
    Given a cluster with 1 node
    Then "storageclass/standard" should match:
      """
      metadata:
        annotations:
          storageclass.kubernetes.io/is-default-class: "true"
      provisioner: rancher.io/local-path
      reclaimPolicy: Delete
      volumeBindingMode: WaitForFirstConsumer
      """

  Scenario: Nodes can be described from a table
    Given a cluster with nodes:
      | name   | cpu | memory | labels              | taints                |
      | big    | 16  | 64Gi   | disktype=ssd,zone=a |                       |
      | tainted| 2   | 4Gi    |                     | dedicated=gpu:NoSchedule |
    Then "node/big" should match:
      """
      metadata:
        labels:
          disktype: ssd
          zone: a
      status:
        capacity:
          cpu: "16"
          memory: 64Gi
      """
    And "node/tainted" should match:
      """
      spec:
        taints:
          - key: dedicated
            value: gpu
            effect: NoSchedule
      """
