Feature: Deployment 的功能 — a Deployment manages ReplicaSets, revisions and rollouts
  A Deployment owns one ReplicaSet per pod template, named after the template's hash. Changing the
  template starts a new revision; `kubectl rollout` shows, pauses, resumes and undoes them.

  Background:
    Given a cluster with 2 nodes
    And I have applied:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        labels:
          app: web
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
              - name: nginx
                image: nginx:1.14
                ports:
                  - containerPort: 80
      """

  Scenario: The Deployment creates a ReplicaSet named after its pod template hash, and three pods
    Then there should be 3 pods labelled "app=web"
    And "deployment/web" should match:
      """
      metadata:
        annotations:
          deployment.kubernetes.io/revision: "1"
      status:
        replicas: 3
        updatedReplicas: 3
        observedGeneration: 1
      """
    When I run "kubectl get rs -l app=web -o jsonpath={.items[0].metadata.ownerReferences[0].kind}"
    Then the output should be:
      """
      Deployment
      """
    When I run "kubectl describe deployment web"
    Then the output should contain "Scaled up replica set web-"
    And the output should contain "from 0 to 3"

  Scenario: The new ReplicaSet's pods carry the pod-template-hash label
    When I run "kubectl get rs -l app=web -o jsonpath={.items[0].spec.selector.matchLabels.pod-template-hash}"
    Then the command should succeed
    When I run "kubectl get pods -l pod-template-hash --no-headers"
    Then the command should succeed

  Scenario: kubectl set image starts revision 2 and records the change cause with --record
    When I run "kubectl set image deployment/web nginx=nginx:1.16 --record"
    Then the output should be:
      """
      deployment.apps/web image updated
      """
    When I run "kubectl rollout history deployment/web"
    Then the output should be:
      """
      deployment.apps/web
      REVISION  CHANGE-CAUSE
      1         <none>
      2         kubectl set image deployment/web nginx=nginx:1.16 --record=true
      """
    And "deployment/web" should match:
      """
      metadata:
        annotations:
          deployment.kubernetes.io/revision: "2"
          kubernetes.io/change-cause: kubectl set image deployment/web nginx=nginx:1.16 --record=true
      """

  Scenario: rollout history --revision shows that revision's pod template
    When I run "kubectl set image deployment/web nginx=nginx:1.16"
    And I run "kubectl rollout history deployment/web --revision=2"
    Then the output should contain "deployment.apps/web with revision #2"
    And the output should contain "Pod Template:"
    And the output should contain "Image:	nginx:1.16"

  Scenario: Undoing to revision 1 reuses the old ReplicaSet under revision 3
    When I run "kubectl set image deployment/web nginx=nginx:1.16"
    And I run "kubectl rollout undo deployment/web --to-revision=1"
    Then the output should be:
      """
      deployment.apps/web rolled back
      """
    When I run "kubectl rollout history deployment/web"
    Then the output should be:
      """
      deployment.apps/web
      REVISION  CHANGE-CAUSE
      2         <none>
      3         <none>
      """
    And there should be 2 replicasets labelled "app=web"

  Scenario: Undo refuses a revision that does not exist and changes nothing
    When I run "kubectl rollout undo deployment/web --to-revision=7"
    Then the command should fail with "error: unable to find specified revision 7 in history"
    And "deployment/web" should match:
      """
      metadata:
        annotations:
          deployment.kubernetes.io/revision: "1"
      """

  Scenario: Undo to the template already running is skipped
    When I run "kubectl set image deployment/web nginx=nginx:1.16"
    And I run "kubectl rollout undo deployment/web --to-revision=2"
    Then the output should be:
      """
      deployment.apps/web skipped rollback (current template already matches revision 2)
      """

  Scenario: A paused Deployment keeps its template changes until it is resumed
    When I run "kubectl rollout pause deployment/web"
    Then the output should be:
      """
      deployment.apps/web paused
      """
    When I run "kubectl set image deployment/web nginx=nginx:1.16"
    Then there should be 1 replicasets labelled "app=web"
    And "deployment/web" should match:
      """
      status:
        conditions:
          - type: Progressing
            status: Unknown
            reason: DeploymentPaused
            message: Deployment is paused
      """
    When I run "kubectl rollout pause deployment/web"
    Then the command should fail with "error: deployments.apps \"web\" is already paused"
    When I run "kubectl rollout undo deployment/web"
    Then the command should fail with "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again"
    When I run "kubectl rollout resume deployment/web"
    Then the output should be:
      """
      deployment.apps/web resumed
      """
    And "deployment/web" should match:
      """
      metadata:
        annotations:
          deployment.kubernetes.io/revision: "2"
      """

  Scenario: Scaling changes the ReplicaSet's size, not the revision
    When I run "kubectl scale deployment web --replicas=5"
    Then the output should be:
      """
      deployment.apps/web scaled
      """
    And there should be 5 pods labelled "app=web"
    When I run "kubectl scale deployment web --current-replicas=3 --replicas=1"
    Then the command should fail with "error: Expected replicas to be 3, was 5"
    And "deployment/web" should match:
      """
      metadata:
        annotations:
          deployment.kubernetes.io/revision: "1"
      spec:
        replicas: 5
      """

  Scenario: Patching the scale subresource resizes the Deployment and names the Scale (the kubectl cheat sheet)
    When I run "kubectl patch deployment web --subresource='scale' --type='merge' -p '{\"spec\":{\"replicas\":2}}'"
    Then the output should be:
      """
      scale.autoscaling/web patched
      """
    And there should be 2 pods labelled "app=web"
    When I run "kubectl patch deployment web --subresource=scale --type=merge -p '{\"spec\":{\"replicas\":-1}}'"
    Then the command should fail with 'The Scale "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0'
    When I run "kubectl patch deployment web --subresource=replicas -p '{}'"
    Then the command should fail with 'error: invalid subresource value: "replicas". Must be one of [status scale]'

  Scenario: rollout restart stamps the template and starts a new revision
    When I run "kubectl rollout restart deployment/web"
    Then the output should be:
      """
      deployment.apps/web restarted
      """
    And "deployment/web" should match:
      """
      metadata:
        annotations:
          deployment.kubernetes.io/revision: "2"
      spec:
        template:
          metadata:
            annotations:
              kubectl.kubernetes.io/restartedAt: "2025-01-01T00:00:00Z"
      """

  Scenario: Deleting an old ReplicaSet by hand removes its revision from history
    When I run "kubectl patch deployment web -p '{\"spec\":{\"template\":{\"metadata\":{\"labels\":{\"version\":\"v2\"}}}}}'"
    Then there should be 2 replicasets labelled "app=web"
    When I run "kubectl delete rs -l app=web,!version"
    And I run "kubectl rollout history deployment/web"
    Then the output should be:
      """
      deployment.apps/web
      REVISION  CHANGE-CAUSE
      2         <none>
      """

  Scenario: The course note's shorthand forms are not kubectl commands
    When I run "kubectl rollout deploy/web --revision=2"
    Then the command should fail with "Error: unknown flag: --revision"
    And the command should fail with "See 'kubectl rollout --help' for usage."
    When I run "kubectl undo deploy/web"
    Then the command should fail with "error: unknown command \"undo\" for \"kubectl\""
    When I run "kubectl rollout deploy/web"
    Then the command should fail with "error: unknown command \"deploy/web\""

  Scenario: rollout status waits until every replica is updated and available
    When I run "kubectl set image deployment/web nginx=nginx:1.16"
    And I run "kubectl rollout status deployment/web"
    Then the output should contain "Waiting for deployment \"web\" rollout to finish: 1 out of 3 new replicas have been updated..."
    And the output should contain "deployment \"web\" successfully rolled out"
    And there should be 3 pods labelled "app=web"
