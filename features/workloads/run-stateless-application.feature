Feature: Run a Stateless Application Using a Deployment, walked through
  kubernetes.io's task page (docs/tasks/run-application/run-stateless-application-deployment.md) applies
  application/deployment.yaml (two nginx:1.14.2 pods), describes it, updates the image to 1.16.1 and then the
  replica count to 4 by applying edited copies of the file, and deletes the Deployment. Pod and ReplicaSet
  names carry hashes, so the tables select columns without them.

  Background:
    Given a cluster with 2 nodes
    And a file "deployment.yaml" containing:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: nginx-deployment
      spec:
        selector:
          matchLabels:
            app: nginx
        replicas: 2 # tells deployment to run 2 pods matching the template
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
    And a file "deployment-update.yaml" containing:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: nginx-deployment
      spec:
        selector:
          matchLabels:
            app: nginx
        replicas: 2
        template:
          metadata:
            labels:
              app: nginx
          spec:
            containers:
            - name: nginx
              image: nginx:1.16.1 # Update the version of nginx from 1.14.2 to 1.16.1
              ports:
              - containerPort: 80
      """
    And a file "deployment-scale.yaml" containing:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: nginx-deployment
      spec:
        selector:
          matchLabels:
            app: nginx
        replicas: 4 # Update the replicas from 2 to 4
        template:
          metadata:
            labels:
              app: nginx
          spec:
            containers:
            - name: nginx
              image: nginx:1.16.1
              ports:
              - containerPort: 80
      """
    When I run "kubectl apply -f deployment.yaml"
    Then the output should be:
      """
      deployment.apps/nginx-deployment created
      """
    And 20 seconds pass

  Scenario: describe deployment shows kubectl 1.32's layout: no labels (the manifest has none), 25% surge and unavailable
    When I run "kubectl describe deployment nginx-deployment"
    Then the output should contain "Labels:                 <none>"
    And the output should contain "Annotations:            deployment.kubernetes.io/revision: 1"
    And the output should contain "Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable"
    And the output should contain "RollingUpdateStrategy:  25% max unavailable, 25% max surge"
    And the output should contain "    Image:         nginx:1.14.2"
    And the output should contain "  Available      True    MinimumReplicasAvailable"
    And the output should contain "  Progressing    True    NewReplicaSetAvailable"
    And the output should contain "OldReplicaSets:  <none>"
    When I run "kubectl get pods -l app=nginx -o custom-columns=IMAGE:.spec.containers[0].image,STATUS:.status.phase"
    Then the output should be:
      """
      IMAGE          STATUS
      nginx:1.14.2   Running
      nginx:1.14.2   Running
      """

  Scenario: Applying the updated file rolls the pods to nginx:1.16.1; applying the scaled one adds two more
    When I run "kubectl apply -f deployment-update.yaml"
    Then the output should be:
      """
      deployment.apps/nginx-deployment configured
      """
    When I run "kubectl rollout status deployment/nginx-deployment --timeout=2m"
    Then the output should contain "successfully rolled out"
    # The old pods are still shutting down when rollout status returns; nginx stops on SIGQUIT within seconds.
    And 10 seconds pass
    When I run "kubectl get pods -l app=nginx -o custom-columns=IMAGE:.spec.containers[0].image,STATUS:.status.phase"
    Then the output should be:
      """
      IMAGE          STATUS
      nginx:1.16.1   Running
      nginx:1.16.1   Running
      """
    When I run "kubectl apply -f deployment-scale.yaml"
    Then the output should be:
      """
      deployment.apps/nginx-deployment configured
      """
    And 20 seconds pass
    When I run "kubectl get deployment nginx-deployment"
    Then the output should be:
      """
      NAME               READY   UP-TO-DATE   AVAILABLE   AGE
      nginx-deployment   4/4     4            4           55s
      """
    And "kubectl get deployment nginx-deployment -o jsonpath='{.metadata.annotations.deployment\.kubernetes\.io/revision}'" should print "2"
    When I run "kubectl delete deployment nginx-deployment"
    Then the output should be:
      """
      deployment.apps "nginx-deployment" deleted
      """
    And 40 seconds pass
    And "kubectl get pods -l app=nginx -o name" should print ""
