Feature: A pod's life on its node
  The kubelet of the node a pod is bound to creates the pod's sandbox (its IP), pulls the image, creates
  and starts the containers, and reports each step: STATUS goes Pending → ContainerCreating → Running.
  Deleting a pod shows Terminating while the kubelet stops its containers within the grace period, then
  the kubelet's final delete removes it.

  Background:
    Given a cluster with 1 node

  Scenario: An nginx pod starts: sandbox, pull, create, start
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx
      """
    Then pod "web" should be "Pending"
    When 1 second passes
    Then pod "web" should be "ContainerCreating"
    # The kubelet posted its status before the runtime made the sandbox: the IP comes with the next status.
    When I run "kubectl get pod web -o wide"
    Then the output should contain "ContainerCreating   0          1s    <none>   node-1"
    And within 10 seconds pod "web" should be "Running"
    And pod "web" should be ready
    And "pod/web" should match:
      """
      status:
        phase: Running
        hostIP: 172.18.0.2
        podIP: 10.244.0.2
        conditions:
        - type: PodReadyToStartContainers
          status: "True"
        - type: Initialized
          status: "True"
        - type: Ready
          status: "True"
        - type: ContainersReady
          status: "True"
        - type: PodScheduled
          status: "True"
        containerStatuses:
        - name: web
          image: docker.io/library/nginx:latest
          ready: true
          started: true
          restartCount: 0
          state:
            running: {}
      """
    When I run "kubectl get events --field-selector involvedObject.name=web -o custom-columns=REASON:.reason,FROM:.source.component,MESSAGE:.message"
    Then the output should contain "Scheduled   default-scheduler   Successfully assigned default/web to node-1"
    And the output should contain 'Pulling     kubelet             Pulling image "nginx"'
    And the output should contain 'Successfully pulled image "nginx" in '
    And the output should contain "Image size: 72188133 bytes."
    And the output should contain "Created     kubelet             Created container web"
    And the output should contain "Started     kubelet             Started container web"

  Scenario: An image that is already on the node is not pulled again with IfNotPresent
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: first
      spec:
        containers:
        - name: web
          image: nginx:1.25
      """
    And within 10 seconds pod "first" should be "Running"
    And I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: second
      spec:
        containers:
        - name: web
          image: nginx:1.25
      """
    And 10 seconds pass
    When I run "kubectl get events --field-selector reason=Pulled -o custom-columns=MESSAGE:.message"
    Then the output should contain 'Successfully pulled image "nginx:1.25"'
    And the output should contain 'Container image "nginx:1.25" already present on machine'

  Scenario: kubectl logs shows what the container wrote, kubectl exec runs commands in it
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: talker
      spec:
        containers:
        - name: app
          image: busybox
          command: ["sh", "-c", "echo hello; echo oops >&2; touch /tmp/ready; sleep 3600"]
      """
    And I run "kubectl logs talker"
    Then the command should fail with 'Error from server (BadRequest): container "app" in pod "talker" is waiting to start: ContainerCreating'
    When 5 seconds pass
    And I run "kubectl logs talker"
    Then the output should be:
      """
      hello
      oops
      """
    When I run "kubectl logs talker --tail 1"
    Then the output should be:
      """
      oops
      """
    When I run "kubectl exec talker -- ls /tmp"
    Then the output should be:
      """
      ready
      """
    When I run "kubectl exec talker -- sh -c 'echo $HOSTNAME; exit 3'"
    Then the command should fail with "command terminated with exit code 3"
    And the output should contain "talker"
    When I run "kubectl logs talker --previous"
    Then the command should fail with 'Error from server (BadRequest): previous terminated container "app" in pod "talker" not found'
    When I run "kubectl logs talker -c web"
    Then the command should fail with "error: container web is not valid for pod talker out of: app"

  Scenario: exec into a container that is not running yet
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx
      """
    And 1 second passes
    And I run "kubectl exec web -- nginx -v"
    Then the command should fail with 'error: unable to upgrade connection: container not found ("web")'
    When 10 seconds pass
    # The scenario's kubectl has no terminal: -t is dropped with kubectl's warning, and nginx -v's stderr stays stderr.
    And I run "kubectl exec -it web -- nginx -v"
    Then the command should succeed
    And the error output should contain "Unable to use a TTY - input is not a terminal or the right kind of file"
    And the error output should contain "nginx version: nginx/"
    When I run "kubectl exec web ls"
    Then the command should fail with "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead"

  Scenario: A deleted pod is Terminating until its containers stop
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: sleeper
      spec:
        containers:
        - name: app
          image: busybox
          command: ["sleep", "3600"]
      """
    And 10 seconds pass
    When I run "kubectl delete pod sleeper --wait=false"
    Then pod "sleeper" should be "Terminating"
    When 29 seconds pass
    Then pod "sleeper" should be "Terminating"
    When 2 seconds pass
    Then "pod/sleeper" should not exist
    When 1 second passes
    And I run "kubectl get events --field-selector reason=Killing -o custom-columns=MESSAGE:.message"
    Then the output should be:
      """
      MESSAGE
      Stopping container app
      """

  Scenario: A server that exits on SIGTERM is gone at once; kubectl delete waits for it
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
        - name: web
          image: nginx
      """
    And 10 seconds pass
    When I run "kubectl delete pod web"
    Then the output should be:
      """
      pod "web" deleted
      """
    And "pod/web" should not exist
    And "kubectl logs web" should print ""

  Scenario: A force delete removes the pod at once while the node still stops its containers
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: sleeper
      spec:
        terminationGracePeriodSeconds: 10
        containers:
        - name: app
          image: busybox
          command: ["sleep", "3600"]
      """
    And 10 seconds pass
    When I run "kubectl delete pod sleeper --grace-period=0 --force"
    Then the output should be:
      """
      pod "sleeper" force deleted
      """
    And the command should succeed
    And "pod/sleeper" should not exist
    When 1 second passes
    And I run "kubectl get events --field-selector reason=Killing -o custom-columns=MESSAGE:.message"
    Then the output should be:
      """
      MESSAGE
      Stopping container app
      """
