Feature: Static pods
  A kubelet runs the pods whose manifests are in its node's /etc/kubernetes/manifests directory (and,
  when configured, at a manifest URL), re-reading them every 20 seconds. Each static pod has a read-only
  mirror pod in the API, named after the pod and the node: deleting the mirror only makes the kubelet
  create it again, while the containers keep running. The kubelet itself restarts a static pod's crashed
  containers, and stops the pod when its file goes away.

  Background:
    Given a cluster with 1 node
    And node "node-1" has the static pod file "static-web.yaml":
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: static-web
        labels:
          role: myrole
      spec:
        containers:
          - name: web
            image: nginx
            ports:
              - name: web
                containerPort: 80
                protocol: TCP
      """

  Scenario: The kubelet runs the manifest and shows it as a mirror pod
    Then within 10 seconds pod "static-web-node-1" should be "Running"
    And "pod/static-web-node-1" should match:
      """
      metadata:
        labels:
          role: myrole
        annotations:
          kubernetes.io/config.source: file
        ownerReferences:
        - apiVersion: v1
          kind: Node
          name: node-1
          controller: true
      spec:
        nodeName: node-1
        tolerations:
        - operator: Exists
          effect: NoExecute
      """
    When I run "kubectl get pod static-web-node-1 -o jsonpath={.metadata.annotations}"
    Then the output should contain "kubernetes.io/config.mirror"
    And the output should contain "kubernetes.io/config.hash"
    And the output should contain "kubernetes.io/config.seen"

  Scenario: Deleting the mirror pod does not stop the static pod
    Given within 10 seconds pod "static-web-node-1" should be "Running"
    When 1 minute passes
    And I run "kubectl delete pod static-web-node-1"
    Then the output should be:
      """
      pod "static-web-node-1" deleted
      """
    And pod "static-web-node-1" should be "Running"
    And pod "static-web-node-1" should have 0 restarts
    When I run "kubectl get pod static-web-node-1"
    Then the output should contain "static-web-node-1   1/1     Running   0          0s"
    And "kubectl get pod static-web-node-1 -o jsonpath={.status.containerStatuses[0].state.running.startedAt}" should print "2025-01-01T00:00:02Z"

  Scenario: The kubelet restarts a crashed static pod container
    Given within 10 seconds pod "static-web-node-1" should be "Running"
    When container "web" of pod "static-web-node-1" exits with code 1
    Then within 5 seconds pod "static-web-node-1" should have 1 restart
    And pod "static-web-node-1" should be "Running"

  Scenario: Removing the manifest stops the pod and deletes the mirror
    Given within 10 seconds pod "static-web-node-1" should be "Running"
    When the static pod file "static-web.yaml" is removed from node "node-1"
    And 5 seconds pass
    Then "pod/static-web-node-1" should not exist
    When I run "kubectl get events --field-selector reason=Killing -o custom-columns=MESSAGE:.message"
    Then the output should contain "Stopping container web"

  Scenario: Editing the manifest replaces the pod
    Given within 10 seconds pod "static-web-node-1" should be "Running"
    When node "node-1" has the static pod file "static-web.yaml":
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: static-web
      spec:
        containers:
          - name: web
            image: nginx:1.27
      """
    When I wait up to 15 seconds until "kubectl get pod static-web-node-1 -o jsonpath={.spec.containers[0].image}" prints "nginx:1.27"
    Then within 15 seconds pod "static-web-node-1" should be "Running"

  Scenario: A static pod that references a Secret runs, but has no mirror pod
    Given node "node-1" has the static pod file "with-secret.yaml":
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: secretive
      spec:
        containers:
        - name: app
          image: busybox
          command: ["sleep", "3600"]
          env:
          - name: TOKEN
            valueFrom:
              secretKeyRef:
                name: token
                key: value
                optional: true
      """
    When 30 seconds pass
    Then "pod/secretive-node-1" should not exist
    And "pod/static-web-node-1" should exist
