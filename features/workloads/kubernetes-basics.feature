Feature: The Kubernetes Basics tutorial, walked through — kubernetes-bootcamp from create deployment to rollout undo
  kubernetes.io's beginner path (docs/tutorials/kubernetes-basics/): deploy-intro creates the bootcamp Deployment,
  explore-intro reads its pod's logs and runs commands in it, expose-intro puts a NodePort Service in front and
  labels the pod, scale-intro scales to four, update-intro rolls to jocatalin/kubernetes-bootcamp:v2, then to the
  missing tag v10, and undoes it. The tutorial's `kubectl proxy` steps are left out (kubespec has no proxy), and
  its `$POD_NAME` (listed with the page's go-template) is `deploy/kubernetes-bootcamp` here. Pod names carry random suffixes, so tables select columns.

  Background:
    Given a cluster with 1 node
    When I run "kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1"
    Then the output should be:
      """
      deployment.apps/kubernetes-bootcamp created
      """
    When 30 seconds pass

  Scenario: The app runs as the tutorial shows: its deployment, its log, its environment, its source, its answer
    # explore-intro's POD_NAME: the page lists the pod names with a go-template.
    When I run "kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{\"\n\"}}{{end}}'"
    Then the output should contain "kubernetes-bootcamp-"
    When I run "kubectl get deployments"
    Then the output should be:
      """
      NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
      kubernetes-bootcamp   1/1     1            1           30s
      """
    When I run "kubectl describe pods"
    Then the output should contain "    Image:          gcr.io/google-samples/kubernetes-bootcamp:v1"
    And the output should contain "    Port:           <none>"
    And the output should contain "  Normal  Started    29s   kubelet            Started container kubernetes-bootcamp"
    When I run "kubectl exec deploy/kubernetes-bootcamp -- env"
    Then the output should contain "NPM_CONFIG_LOGLEVEL=info"
    And the output should contain "NODE_VERSION=6.3.1"
    And the output should contain "KUBERNETES_SERVICE_HOST=10.96.0.1"
    And the output should contain "HOME=/root"
    When I run "kubectl exec deploy/kubernetes-bootcamp -- cat server.js"
    Then the output should contain "  response.end(\" | v=1"
    When I run "kubectl exec deploy/kubernetes-bootcamp -- curl -s http://localhost:8080"
    Then the output should contain "Hello Kubernetes bootcamp! | Running on: kubernetes-bootcamp-"
    And the output should contain " | v=1"
    When 5 seconds pass
    And I run "kubectl exec deploy/kubernetes-bootcamp -- curl -s http://localhost:8080"
    And I run "kubectl logs deploy/kubernetes-bootcamp"
    Then the output should contain "Kubernetes Bootcamp App Started At: 2025-01-01T00:00:01.463Z | Running On:  kubernetes-bootcamp-"
    And the output should contain " | Total Requests: 1 | App Uptime: 28.537 seconds | Log Time: 2025-01-01T00:00:30.000Z"
    And the output should contain " | Total Requests: 2 | App Uptime: 33.537 seconds | Log Time: 2025-01-01T00:00:35.000Z"

  Scenario: A NodePort Service exposes the app; labels select its pod and its Service
    When I run "kubectl expose deployment/kubernetes-bootcamp --type=\"NodePort\" --port 8080"
    Then the output should be:
      """
      service/kubernetes-bootcamp exposed
      """
    When I run "kubectl get services -o custom-columns=NAME:.metadata.name,TYPE:.spec.type,PORT:.spec.ports[0].port"
    Then the output should be:
      """
      NAME                  TYPE        PORT
      kubernetes            ClusterIP   443
      kubernetes-bootcamp   NodePort    8080
      """
    # The page's NODE_PORT: the port the service allocator picked from 30000-32767.
    When I run "kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}'"
    Then the output should be:
      """
      30279
      """
    When I run "kubectl describe services/kubernetes-bootcamp"
    Then the output should contain "Selector:                 app=kubernetes-bootcamp"
    And the output should contain "TargetPort:               8080/TCP"
    And the output should contain "Endpoints:                10.244.0.2:8080"
    When I run "kubectl label pods -l app=kubernetes-bootcamp version=v1"
    Then the output should contain " labeled"
    When I run "kubectl get pods -l version=v1 -o custom-columns=READY:.status.containerStatuses[0].ready,LABELS:.metadata.labels.version"
    Then the output should be:
      """
      READY   LABELS
      true    v1
      """
    When I run "kubectl delete service -l app=kubernetes-bootcamp"
    Then the output should be:
      """
      service "kubernetes-bootcamp" deleted
      """
    When I run "kubectl exec deploy/kubernetes-bootcamp -- curl -s http://localhost:8080"
    Then the output should contain " | v=1"

  Scenario: Scaling to four pods and back to two
    When I run "kubectl scale deployments/kubernetes-bootcamp --replicas=4"
    Then the output should be:
      """
      deployment.apps/kubernetes-bootcamp scaled
      """
    When 10 seconds pass
    And I run "kubectl get deployments"
    Then the output should be:
      """
      NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
      kubernetes-bootcamp   4/4     4            4           40s
      """
    When I run "kubectl get rs -o custom-columns=DESIRED:.spec.replicas,CURRENT:.status.replicas,READY:.status.readyReplicas"
    Then the output should be:
      """
      DESIRED   CURRENT   READY
      4         4         4
      """
    When I run "kubectl scale deployments/kubernetes-bootcamp --replicas=2"
    And 40 seconds pass
    Then there should be 2 pods labelled "app=kubernetes-bootcamp"

  Scenario: The update to v2 rolls out; v10 does not exist and stalls in ImagePullBackOff until undone
    When I run "kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=docker.io/jocatalin/kubernetes-bootcamp:v2"
    Then the output should be:
      """
      deployment.apps/kubernetes-bootcamp image updated
      """
    # The old pods ignore SIGTERM (sh is PID 1) and go at the grace period's SIGKILL, 30 s after replacement.
    When 60 seconds pass
    And I run "kubectl rollout status deployments/kubernetes-bootcamp"
    Then the output should be:
      """
      deployment "kubernetes-bootcamp" successfully rolled out
      """
    When I run "kubectl exec deploy/kubernetes-bootcamp -- curl -s http://localhost:8080"
    Then the output should contain " | v=2"
    When I run "kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10"
    And 30 seconds pass
    And I run "kubectl get pods -o custom-columns=IMAGE:.spec.containers[0].image,REASON:.status.containerStatuses[0].state.waiting.reason"
    Then the output should be:
      """
      IMAGE                                           REASON
      docker.io/jocatalin/kubernetes-bootcamp:v2      <none>
      gcr.io/google-samples/kubernetes-bootcamp:v10   ImagePullBackOff
      """
    When I run "kubectl describe pods"
    Then the output should contain "Failed to pull image \"gcr.io/google-samples/kubernetes-bootcamp:v10\": rpc error: code = NotFound desc = failed to pull and unpack image \"gcr.io/google-samples/kubernetes-bootcamp:v10\": failed to resolve reference \"gcr.io/google-samples/kubernetes-bootcamp:v10\": gcr.io/google-samples/kubernetes-bootcamp:v10: not found"
    When I run "kubectl rollout undo deployments/kubernetes-bootcamp"
    Then the output should be:
      """
      deployment.apps/kubernetes-bootcamp rolled back
      """
    When 30 seconds pass
    And I run "kubectl get pods -o custom-columns=IMAGE:.spec.containers[0].image,READY:.status.containerStatuses[0].ready"
    Then the output should be:
      """
      IMAGE                                        READY
      docker.io/jocatalin/kubernetes-bootcamp:v2   true
      """
