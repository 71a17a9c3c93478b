Feature: kubectl run with -i, --attach and --rm
  `kubectl run -i` (or `--attach`) does not print `pod/NAME created`: it waits until the pod runs or has already
  finished, shows what the container printed, and with --restart=Never or OnFailure waits for the pod to finish
  and exits with its container's code. `--rm` deletes the pod at the end, whatever happened. A scenario's kubectl
  has no terminal: `-t` warns and runs without one, and the container's stdin is empty.

  Background:
    Given a cluster with 1 node

  Scenario: The docs' DNS check prints the lookup and removes its pod
    When I run "kubectl run -i --tty --rm dns-test --image=busybox:1.28 --restart=Never -- nslookup kubernetes.default"
    Then the output should be:
      """
      Server:    10.96.0.10
      Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local

      Name:      kubernetes.default
      Address 1: 10.96.0.1 kubernetes.default.svc.cluster.local
      pod "dns-test" deleted
      """
    And "pod/dns-test" should not exist

  Scenario: Without a terminal -t is dropped with kubectl's warning
    When I run "kubectl run -i -t hello --image=busybox --restart=Never -- echo hello"
    Then the output should be:
      """
      hello
      """
    And the command should succeed
    And "kubectl get pod hello -o jsonpath={.status.phase}" should print "Succeeded"

  Scenario: A failing container's exit code is kubectl's, and --rm still deletes the pod
    When I run "kubectl run -i --rm fail --image=busybox --restart=Never -- sh -c 'echo about to fail; exit 3'"
    Then the command should fail with "pod default/fail terminated (Error)"
    And the output should be:
      """
      about to fail
      pod "fail" deleted
      """
    When I run "kubectl get pod fail"
    Then the command should fail with 'Error from server (NotFound): pods "fail" not found'

  Scenario: With the default restart policy, Always, kubectl does not wait for an exit code
    When I run "kubectl run -i --rm once --image=busybox -- echo hello"
    Then the command should succeed
    And the output should be:
      """
      hello
      pod "once" deleted
      """

  Scenario: --attach without -i shows the output too, and the pod stays
    When I run "kubectl run --attach greet --image=busybox --restart=Never -- sh -c 'echo hi from greet'"
    Then the output should be:
      """
      hi from greet
      """
    And "kubectl get pod greet -o jsonpath={.status.phase}" should print "Succeeded"

  Scenario: A pod that never runs times out after --pod-running-timeout
    Given the image "busybox:9.99" does not exist
    When I run "kubectl run -i --rm stuck --image=busybox:9.99 --restart=Never --pod-running-timeout=30s -- true"
    Then the command should fail with "error: timed out waiting for the condition"
    And the output should be:
      """
      pod "stuck" deleted
      """

  Scenario: A server keeps running: kubespec ends the attached command after ten virtual minutes
    When I run "kubectl run -i web --image=nginx"
    Then the command should fail with "error: kubespec stopped the attached command after 10m0s of virtual time (pod/web is still running)"
    And "pod/web" should exist

  Scenario: Attaching options and --dry-run do not go together, nor --rm without attaching
    When I run "kubectl run -i web --image=nginx --dry-run=client"
    Then the command should fail with "error: --dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)"
    When I run "kubectl run web --image=nginx --rm"
    Then the command should fail with "error: --rm should only be used for attached containers"
