Feature: Pulling images
  The kubelet pulls a container's image according to its imagePullPolicy (Always for `latest` or no tag,
  IfNotPresent otherwise). A pull that fails shows ErrImagePull, then ImagePullBackOff while the kubelet
  waits 10s, 20s, 40s… (at most 5 minutes) before trying again; the pod stays Pending. A private registry
  needs credentials from an imagePullSecret.

  Background:
    Given a cluster with 1 node

  Scenario: An image tag that does not exist
    Given the image "nginx:9.99" does not exist
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx:9.99
      """
    Then within 5 seconds pod "web" should be "ErrImagePull"
    And within 5 seconds pod "web" should be "ImagePullBackOff"
    And "kubectl get pod web -o jsonpath={.status.phase}" should print "Pending"
    When I run "kubectl get events --field-selector involvedObject.name=web -o custom-columns=TYPE:.type,REASON:.reason,MESSAGE:.message"
    Then the output should contain 'Warning   Failed      Failed to pull image "nginx:9.99": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:9.99": failed to resolve reference "docker.io/library/nginx:9.99": docker.io/library/nginx:9.99: not found'
    And the output should contain "Warning   Failed      Error: ErrImagePull"
    And the output should contain 'Normal    BackOff     Back-off pulling image "nginx:9.99"'
    And the output should contain "Warning   Failed      Error: ImagePullBackOff"
    When I run "kubectl logs web"
    Then the command should fail with 'Error from server (BadRequest): container "web" in pod "web" is waiting to start: trying and failing to pull image'
    When I run "kubectl get pod web -o jsonpath={.status.containerStatuses[0].state.waiting.message}"
    Then the output should contain 'Back-off pulling image "nginx:9.99": ErrImagePull: rpc error: code = NotFound'

  Scenario: The kubelet retries a failed pull with a growing back-off
    Given the image "example/missing" does not exist
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        containers:
        - name: app
          image: example/missing
      """
    And 10 minutes pass
    Then pod "app" should be "ImagePullBackOff"
    When I run "kubectl get events --field-selector reason=Pulling -o jsonpath={.items[0].count}"
    Then the output should be:
      """
      4
      """
    When I run "kubectl get events --field-selector reason=Failed -o custom-columns=MESSAGE:.message"
    Then the output should contain "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"

  Scenario: A private registry needs an imagePullSecret
    Given the registry "registry.example.com" requires the username "dev" and password "s3cret"
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: private
      spec:
        containers:
        - name: app
          image: registry.example.com/team/app:1.0
      """
    Then within 5 seconds pod "private" should be "ErrImagePull"
    When I run "kubectl get events --field-selector reason=Failed -o custom-columns=MESSAGE:.message"
    Then the output should contain "401 Unauthorized"
    When I run "kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=dev --docker-password=s3cret"
    And I run "kubectl delete pod private"
    And I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: private
      spec:
        imagePullSecrets:
        - name: regcred
        containers:
        - name: app
          image: registry.example.com/team/app:1.0
          ports:
          - containerPort: 8080
      """
    Then within 10 seconds pod "private" should be "Running"

  Scenario: A missing pull secret is reported, and the pull is still attempted
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        imagePullSecrets:
        - name: nowhere
        containers:
        - name: web
          image: nginx:1.27
      """
    Then within 10 seconds pod "web" should be "Running"
    When I run "kubectl get events --field-selector reason=FailedToRetrieveImagePullSecret -o custom-columns=MESSAGE:.message"
    Then the output should contain "Unable to retrieve some image pull secrets (nowhere); attempting to pull the image may not succeed."

  Scenario: imagePullPolicy Never with an image that is not on the node
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: local
      spec:
        containers:
        - name: app
          image: my-local-build:dev
          imagePullPolicy: Never
      """
    Then within 5 seconds pod "local" should be "ErrImageNeverPull"
    When I run "kubectl get events --field-selector reason=ErrImageNeverPull -o custom-columns=MESSAGE:.message"
    Then the output should contain 'Container image "my-local-build:dev" is not present with pull policy of Never'

  Scenario: A pod whose second container cannot be pulled stays Pending with its first container running
    Given the image "busybox:0.0" does not exist
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: pair
      spec:
        containers:
        - name: web
          image: nginx:1.27
        - name: helper
          image: busybox:0.0
      """
    And 30 seconds pass
    When I run "kubectl get pod pair"
    Then the output should contain "pair   1/2     ImagePullBackOff   0"
    And "kubectl get pod pair -o jsonpath={.status.phase}" should print "Pending"
