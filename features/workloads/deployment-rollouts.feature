Feature: The Deployments page, walked through — nginx-deployment from its first rollout to a rollback
  kubernetes.io's Deployments concept page (docs/concepts/workloads/controllers/deployment.md) creates
  controllers/nginx-deployment.yaml, updates it with `kubectl set image`, stalls a rollout with a typo in the
  image tag, rolls back, scales in the middle of a rollout and pauses one. ReplicaSet names carry a template
  hash, so the tables below select columns without them.

  Background:
    Given a cluster with 3 nodes
    And a file "nginx-deployment.yaml" containing:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: nginx-deployment
        labels:
          app: nginx
      spec:
        replicas: 3
        selector:
          matchLabels:
            app: nginx
        template:
          metadata:
            labels:
              app: nginx
          spec:
            containers:
            - name: nginx
              image: nginx:1.14.2
              ports:
              - containerPort: 80
      """
    When I run "kubectl apply -f nginx-deployment.yaml"
    Then the output should be:
      """
      deployment.apps/nginx-deployment created
      """
    And 18 seconds pass

  Scenario: The rollout brings up three pods; set image rolls them to nginx:1.16.1 one surge pod at a time
    When I run "kubectl get deployments"
    Then the output should be:
      """
      NAME               READY   UP-TO-DATE   AVAILABLE   AGE
      nginx-deployment   3/3     3            3           18s
      """
    When I run "kubectl set image deployment.v1.apps/nginx-deployment nginx=nginx:1.16.1"
    Then the output should be:
      """
      deployment.apps/nginx-deployment image updated
      """
    When I run "kubectl rollout status deployment/nginx-deployment"
    Then the output should contain "Waiting for deployment \"nginx-deployment\" rollout to finish: 2 out of 3 new replicas have been updated..."
    And the output should contain "deployment \"nginx-deployment\" successfully rolled out"
    When I run "kubectl get rs -o custom-columns=IMAGE:.spec.template.spec.containers[0].image,DESIRED:.spec.replicas,CURRENT:.status.replicas,READY:.status.readyReplicas --sort-by=.spec.replicas"
    Then the output should be:
      """
      IMAGE          DESIRED   CURRENT   READY
      nginx:1.14.2   0         0         <none>
      nginx:1.16.1   3         3         3
      """
    When I run "kubectl describe deployments"
    Then the output should contain "Annotations:            deployment.kubernetes.io/revision: 2"
    And the output should contain "Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable"
    And the output should contain "Progressing    True    NewReplicaSetAvailable"
    And the output should contain "deployment-controller  Scaled down replica set nginx-deployment-"

  Scenario: A typo in the image tag stalls the rollout at one new pod, past the progress deadline, until it is undone
    Given the image "nginx:1.161" does not exist
    When I run "kubectl set image deployment/nginx-deployment nginx=nginx:1.161"
    And 6 seconds pass
    And I run "kubectl rollout status deployment/nginx-deployment --timeout=5s"
    Then the command should fail with "error: timed out waiting for the condition"
    And the output should contain "Waiting for deployment \"nginx-deployment\" rollout to finish: 1 out of 3 new replicas have been updated..."
    When I run "kubectl get pods -o custom-columns=IMAGE:.spec.containers[0].image,WAITING:.status.containerStatuses[0].state.waiting.reason --sort-by=.spec.containers[0].image"
    Then the output should be:
      """
      IMAGE          WAITING
      nginx:1.14.2   <none>
      nginx:1.14.2   <none>
      nginx:1.14.2   <none>
      nginx:1.161    ImagePullBackOff
      """
    When I run "kubectl describe deployment"
    Then the output should contain "Replicas:               3 desired | 1 updated | 4 total | 3 available | 1 unavailable"
    And the output should contain "Progressing    True    ReplicaSetUpdated"
    When 10 minutes pass
    And I run "kubectl rollout status deployment/nginx-deployment"
    Then the command should fail with "error: deployment \"nginx-deployment\" exceeded its progress deadline"
    When I run "kubectl annotate deployment/nginx-deployment kubernetes.io/change-cause=\"image updated to 1.161\""
    And I run "kubectl rollout history deployment/nginx-deployment"
    Then the output should be:
      """
      deployment.apps/nginx-deployment
      REVISION  CHANGE-CAUSE
      1         <none>
      2         image updated to 1.161
      """
    When I run "kubectl rollout undo deployment/nginx-deployment"
    Then the output should be:
      """
      deployment.apps/nginx-deployment rolled back
      """
    When I run "kubectl rollout status deployment/nginx-deployment"
    Then the output should contain "successfully rolled out"
    And "kubectl get deployment nginx-deployment -o jsonpath='{.metadata.annotations.deployment\.kubernetes\.io/revision}/{.spec.template.spec.containers[0].image}/{.status.conditions[?(@.type==\"Progressing\")].reason}'" should print "3/nginx:1.14.2/NewReplicaSetAvailable"

  Scenario: Scaling in the middle of a stalled rollout spreads the new replicas over both ReplicaSets
    Given the image "nginx:sometag" does not exist
    When I run "kubectl patch deployment nginx-deployment -p '{\"spec\":{\"replicas\":10,\"strategy\":{\"rollingUpdate\":{\"maxSurge\":3,\"maxUnavailable\":2}}}}'"
    And 30 seconds pass
    And I run "kubectl set image deployment/nginx-deployment nginx=nginx:sometag"
    And 9 seconds pass
    And I run "kubectl get rs -o custom-columns=IMAGE:.spec.template.spec.containers[0].image,DESIRED:.spec.replicas,CURRENT:.status.replicas,READY:.status.readyReplicas --sort-by=.spec.replicas"
    Then the output should be:
      """
      IMAGE           DESIRED   CURRENT   READY
      nginx:sometag   5         5         <none>
      nginx:1.14.2    8         8         8
      """
    When I run "kubectl scale deployment/nginx-deployment --replicas=15"
    And 5 seconds pass
    And I run "kubectl get deploy"
    Then the output should be:
      """
      NAME               READY   UP-TO-DATE   AVAILABLE   AGE
      nginx-deployment   11/15   7            11          62s
      """
    When I run "kubectl get rs -o custom-columns=IMAGE:.spec.template.spec.containers[0].image,DESIRED:.spec.replicas,CURRENT:.status.replicas,READY:.status.readyReplicas --sort-by=.spec.replicas"
    Then the output should be:
      """
      IMAGE           DESIRED   CURRENT   READY
      nginx:sometag   7         7         <none>
      nginx:1.14.2    11        11        11
      """

  Scenario: A paused Deployment collects set image and set resources, and rolls both out as one revision on resume
    When I run "kubectl rollout pause deployment/nginx-deployment"
    Then the output should be:
      """
      deployment.apps/nginx-deployment paused
      """
    When I run "kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1"
    And I run "kubectl rollout history deployment/nginx-deployment"
    Then the output should be:
      """
      deployment.apps/nginx-deployment
      REVISION  CHANGE-CAUSE
      1         <none>
      """
    When I run "kubectl set resources deployment/nginx-deployment -c=nginx --limits=cpu=200m,memory=512Mi"
    Then the output should be:
      """
      deployment.apps/nginx-deployment resource requirements updated
      """
    And there should be 1 replicasets labelled "app=nginx"
    When I run "kubectl rollout resume deployment/nginx-deployment"
    Then the output should be:
      """
      deployment.apps/nginx-deployment resumed
      """
    When I run "kubectl rollout status deployment/nginx-deployment"
    Then the output should contain "successfully rolled out"
    When I run "kubectl get rs -o custom-columns=IMAGE:.spec.template.spec.containers[0].image,LIMITS:.spec.template.spec.containers[0].resources.limits,DESIRED:.spec.replicas --sort-by=.spec.replicas"
    Then the output should be:
      """
      IMAGE          LIMITS                       DESIRED
      nginx:1.14.2   <none>                       0
      nginx:1.16.1   map[cpu:200m memory:512Mi]   3
      """
