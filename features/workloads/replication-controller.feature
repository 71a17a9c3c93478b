Feature: ReplicationController 更新 — replicas, adoption, scaling and the legacy rolling-update
  A ReplicationController keeps `replicas` pods matching its selector: it adopts matching orphans,
  releases pods whose labels stop matching, and replaces pods that go away. `kubectl rolling-update`
  (kubectl ≤ 1.17, removed in 1.18) replaced an RC by a new one, one pod at a time.

  Background:
    Given a cluster with 1 node
    And I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: stray
        labels:
          app: nginx
      spec:
        containers:
          - name: nginx
            image: nginx:1.14
      ---
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: nginx
      spec:
        replicas: 3
        template:
          metadata:
            labels:
              app: nginx
          spec:
            containers:
              - name: nginx
                image: nginx:1.14
      """

  Scenario: The RC adopts a matching orphan and creates only the missing pods
    Then there should be 3 pods labelled "app=nginx"
    And "pod/stray" should match:
      """
      metadata:
        ownerReferences:
          - kind: ReplicationController
            name: nginx
            controller: true
      """
    And "replicationcontroller/nginx" should match:
      """
      metadata:
        labels:
          app: nginx
      spec:
        selector:
          app: nginx
      status:
        replicas: 3
        fullyLabeledReplicas: 3
        observedGeneration: 1
      """
    When I run "kubectl get events"
    Then the output should contain "Created pod: nginx-"

  Scenario: A pod whose labels stop matching is released and replaced
    When I run "kubectl label pod stray app=debug --overwrite"
    Then there should be 3 pods labelled "app=nginx"
    And there should be 1 pods labelled "app=debug"
    And "pod/stray" should match:
      """
      metadata:
        labels:
          app: debug
      """

  Scenario: Scaling the RC down deletes pods, scaling up creates them
    When I run "kubectl scale rc nginx --replicas=1"
    Then the output should be:
      """
      replicationcontroller/nginx scaled
      """
    And there should be 1 pods labelled "app=nginx"
    When I run "kubectl scale rc nginx --replicas=4"
    Then there should be 4 pods labelled "app=nginx"

  Scenario: kubectl rolling-update --dry-run names the old and the new controller
    When I run "kubectl rolling-update nginx nginx-v2 --image=nginx:1.16 --dry-run=client"
    Then the output should be:
      """
      Rolling from:
      nginx
      To:
      nginx-v2
      """

  Scenario: rolling-update refuses the image the RC already runs
    When I run "kubectl rolling-update nginx --image=nginx:1.14"
    Then the command should fail with "error: --image-pull-policy (Always|Never|IfNotPresent) must be provided when --image is the same as existing container image"
    And "replicationcontroller/nginx" should match:
      """
      spec:
        replicas: 3
      """

  Scenario: rolling-update --rollback needs an update to roll back
    When I run "kubectl rolling-update nginx nginx-v2 --rollback"
    Then the command should fail with "error: Could not find nginx-v2 to rollback."

  Scenario: rolling-update replaces the pods one at a time and keeps the old name
    When I run "kubectl rolling-update nginx --image=nginx:1.16 --update-period=10s"
    Then the output should contain "Scaling up nginx-"
    And the output should contain "from 0 to 3, scaling down nginx from 3 to 0 (keep 3 pods available, don't exceed 4 pods)"
    And the output should contain "Update succeeded. Deleting old controller: nginx"
    And the output should contain "replicationcontroller/nginx rolling updated"
    And "replicationcontroller/nginx" should match:
      """
      spec:
        template:
          spec:
            containers:
              - name: nginx
                image: nginx:1.16
      """
