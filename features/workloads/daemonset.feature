Feature: DaemonSet — one pod on every eligible node
  Since Kubernetes 1.12 the DaemonSet controller aims each pod at its node with required node affinity
  on `metadata.name` and lets the scheduler bind it, so with the scheduler stopped the pods wait in
  Pending. The course note describes the older behaviour, where the controller set `nodeName` itself;
  kubespec offers it as a cluster option.

  Scenario: One pod per node, placed by the scheduler
    Given a cluster with 3 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: fluentd
      spec:
        selector:
          matchLabels:
            app: fluentd
        template:
          metadata:
            labels:
              app: fluentd
          spec:
            containers:
              - name: fluentd
                image: nginx:1.14
      """
    Then there should be 3 pods labelled "app=fluentd"
    And the pods labelled "app=fluentd" should run on 3 different nodes
    And "daemonset/fluentd" should match:
      """
      status:
        desiredNumberScheduled: 3
        currentNumberScheduled: 3
        numberMisscheduled: 0
      """
    When I run "kubectl get pods -l app=fluentd -o jsonpath={.items[0].spec.tolerations[5].key}"
    Then the output should be:
      """
      node.kubernetes.io/unschedulable
      """

  Scenario: The DaemonSet page's fluentd-elasticsearch runs on every node of kube-system's cluster
    Given a cluster with 3 nodes
    When I apply:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: fluentd-elasticsearch
        namespace: kube-system
        labels:
          k8s-app: fluentd-logging
      spec:
        selector:
          matchLabels:
            name: fluentd-elasticsearch
        template:
          metadata:
            labels:
              name: fluentd-elasticsearch
          spec:
            tolerations:
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoSchedule
            - key: node-role.kubernetes.io/master
              operator: Exists
              effect: NoSchedule
            containers:
            - name: fluentd-elasticsearch
              image: quay.io/fluentd_elasticsearch/fluentd:v2.5.2
              resources:
                limits:
                  memory: 200Mi
                requests:
                  cpu: 100m
                  memory: 200Mi
              volumeMounts:
              - name: varlog
                mountPath: /var/log
            terminationGracePeriodSeconds: 30
            volumes:
            - name: varlog
              hostPath:
                path: /var/log
      """
    And 30 seconds pass
    And I run "kubectl get ds -n kube-system"
    Then the output should be:
      """
      NAME                    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
      fluentd-elasticsearch   3         3         3       3            3           <none>          30s
      """
    # apps/v1 shows the server's template generation as an annotation: 1 at creation, one more per template change.
    When I run "kubectl describe ds fluentd-elasticsearch -n kube-system"
    Then the output should contain "Annotations:    deprecated.daemonset.template.generation: 1"
    And the output should contain "Pods Status:  3 Running / 0 Waiting / 0 Succeeded / 0 Failed"
    When I run "kubectl patch ds fluentd-elasticsearch -n kube-system -p '{\"spec\":{\"minReadySeconds\":5}}'"
    And I run "kubectl set image ds/fluentd-elasticsearch -n kube-system fluentd-elasticsearch=quay.io/fluentd_elasticsearch/fluentd:v2.6.0"
    Then "kubectl get ds fluentd-elasticsearch -n kube-system -o jsonpath='{.metadata.generation}/{.metadata.annotations.deprecated\.daemonset\.template\.generation}'" should print "3/2"

  Scenario: With the scheduler stopped, DaemonSet pods wait in Pending (v1.32)
    Given a cluster with 2 nodes
    When the scheduler stops
    And I apply:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        selector:
          matchLabels:
            app: agent
        template:
          metadata:
            labels:
              app: agent
          spec:
            containers:
              - name: agent
                image: nginx:1.14
      """
    And 30 seconds pass
    Then there should be 2 pods labelled "app=agent"
    And node "node-1" should run 0 of the pods labelled "app=agent"
    When I run "kubectl get pods -l app=agent -o jsonpath={.items[0].spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].key}"
    Then the output should be:
      """
      metadata.name
      """
    When the scheduler starts
    Then node "node-1" should run 1 of the pods labelled "app=agent"

  Scenario: Before Kubernetes 1.12 the controller placed DaemonSet pods itself, without a scheduler
    Given a cluster with 2 nodes where DaemonSet pods bypass the scheduler
    When the scheduler stops
    And I apply:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        selector:
          matchLabels:
            app: agent
        template:
          metadata:
            labels:
              app: agent
          spec:
            containers:
              - name: agent
                image: nginx:1.14
      """
    Then node "node-1" should run 1 of the pods labelled "app=agent"
    And node "node-2" should run 1 of the pods labelled "app=agent"

  Scenario: A node that joins gets a pod; nodeSelector limits the nodes
    Given a cluster with nodes:
      | name   | labels    |
      | ssd-1  | disk=ssd  |
      | hdd-1  | disk=hdd  |
    When I apply:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: ssd-monitor
      spec:
        selector:
          matchLabels:
            app: ssd-monitor
        template:
          metadata:
            labels:
              app: ssd-monitor
          spec:
            nodeSelector:
              disk: ssd
            containers:
              - name: main
                image: nginx:1.14
      """
    Then there should be 1 pods labelled "app=ssd-monitor"
    And node "ssd-1" should run 1 of the pods labelled "app=ssd-monitor"
    When I run "kubectl label node hdd-1 disk=ssd --overwrite"
    Then there should be 2 pods labelled "app=ssd-monitor"
    When I run "kubectl label node hdd-1 disk=hdd --overwrite"
    Then there should be 1 pods labelled "app=ssd-monitor"

  Scenario: A RollingUpdate replaces the pods node by node, with ControllerRevisions for undo
    Given a cluster with 2 nodes
    And I have applied:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        selector:
          matchLabels:
            app: agent
        template:
          metadata:
            labels:
              app: agent
          spec:
            containers:
              - name: agent
                image: nginx:1.14
      """
    When I run "kubectl set image daemonset/agent agent=nginx:1.16"
    And I run "kubectl rollout status daemonset/agent"
    Then the output should contain "daemon set \"agent\" successfully rolled out"
    When I run "kubectl rollout history daemonset/agent"
    Then the output should be:
      """
      daemonset.apps/agent
      REVISION  CHANGE-CAUSE
      1         <none>
      2         <none>
      """
    When I run "kubectl rollout undo daemonset/agent"
    Then the output should be:
      """
      daemonset.apps/agent rolled back
      """
    And "daemonset/agent" should match:
      """
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: nginx:1.14
      """

  # tasks/manage-daemon/update-daemon-set, with the page's own go-template check of the strategy. Its
  # fluentd-daemonset-update.yaml selects `name:` where the first manifest selects `app.kubernetes.io/name:`,
  # and a DaemonSet's selector is immutable, so a real v1.32 cluster refuses that apply; `kubectl set image` is the page's other way to update.
  Scenario: The rolling-update page: a new image replaces the fluentd pods node by node
    Given a cluster with 3 nodes
    And I have applied:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: fluentd-elasticsearch
        namespace: kube-system
      spec:
        selector:
          matchLabels:
            app.kubernetes.io/name: fluentd-elasticsearch
        updateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxUnavailable: 1
        template:
          metadata:
            labels:
              app.kubernetes.io/name: fluentd-elasticsearch
          spec:
            containers:
            - name: fluentd-elasticsearch
              image: quay.io/fluentd_elasticsearch/fluentd:v5.0.1
      """
    When I run "kubectl get ds/fluentd-elasticsearch -o go-template='{{.spec.updateStrategy.type}}{{\"\n\"}}' -n kube-system"
    Then the output should be:
      """
      RollingUpdate
      """
    When 30 seconds pass
    And I apply:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: fluentd-elasticsearch
        namespace: kube-system
      spec:
        selector:
          matchLabels:
            name: fluentd-elasticsearch
        template:
          metadata:
            labels:
              name: fluentd-elasticsearch
          spec:
            containers:
            - name: fluentd-elasticsearch
              image: quay.io/fluentd_elasticsearch/fluentd:v2.5.2
      """
    Then the command should fail with "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"name\":\"fluentd-elasticsearch\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable"
    When I run "kubectl set image ds/fluentd-elasticsearch fluentd-elasticsearch=quay.io/fluentd_elasticsearch/fluentd:v2.6.0 -n kube-system"
    Then the output should be:
      """
      daemonset.apps/fluentd-elasticsearch image updated
      """
    When I run "kubectl rollout status ds/fluentd-elasticsearch -n kube-system"
    Then the output should contain "Waiting for daemon set \"fluentd-elasticsearch\" rollout to finish: 0 out of 3 new pods have been updated..."
    And the output should contain "daemon set \"fluentd-elasticsearch\" successfully rolled out"
    When I run "kubectl get ds fluentd-elasticsearch -n kube-system -o wide"
    Then the output should contain "3         3         3       3            3           <none>"
    And the output should contain "quay.io/fluentd_elasticsearch/fluentd:v2.6.0"

  # The page's troubleshooting: the controller still aims a pod at the full node (it no longer checks
  # resources itself), the scheduler leaves it Pending, and that pod counts as scheduled and updated, so the
  # rollout waits on availability until a non-DaemonSet pod makes room.
  Scenario: A rolling update is stuck while a node has no room for the new pod
    Given a cluster with nodes:
      | name   | cpu | memory |
      | node-1 | 2   | 4Gi    |
      | node-2 | 2   | 4Gi    |
      | node-3 | 2   | 4Gi    |
    And I have applied:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: fluentd-elasticsearch
        namespace: kube-system
      spec:
        selector:
          matchLabels:
            app.kubernetes.io/name: fluentd-elasticsearch
        updateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxUnavailable: 1
        template:
          metadata:
            labels:
              app.kubernetes.io/name: fluentd-elasticsearch
          spec:
            containers:
            - name: fluentd-elasticsearch
              image: quay.io/fluentd_elasticsearch/fluentd:v5.0.1
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: hog
      spec:
        nodeName: node-3
        containers:
        - name: hog
          image: nginx:1.14
          resources:
            requests:
              cpu: 1900m
      """
    When 30 seconds pass
    And I run "kubectl set resources ds/fluentd-elasticsearch -n kube-system --requests=cpu=200m"
    And 60 seconds pass
    And I run "kubectl rollout status ds/fluentd-elasticsearch -n kube-system --timeout=10s"
    Then the command should fail with "error: timed out waiting for the condition"
    And the output should be:
      """
      Waiting for daemon set "fluentd-elasticsearch" rollout to finish: 2 of 3 updated pods are available...
      """
    When I run "kubectl get ds fluentd-elasticsearch -n kube-system"
    Then the output should contain "3         3         2       3            2           <none>"
    When I run "kubectl get pods -l app.kubernetes.io/name=fluentd-elasticsearch -n kube-system --field-selector=status.phase=Pending -o jsonpath={.items[*].status.conditions[0].message}"
    Then the output should be:
      """
      0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't satisfy plugin(s) [NodeAffinity]. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.
      """
    When I run "kubectl delete pod hog"
    And 30 seconds pass
    And I run "kubectl rollout status ds/fluentd-elasticsearch -n kube-system"
    Then the output should be:
      """
      daemon set "fluentd-elasticsearch" successfully rolled out
      """

  # tasks/manage-daemon/rollback-daemon-set. Each ControllerRevision copies the DaemonSet's annotations when it
  # is made, so CHANGE-CAUSE is the annotation at that time; an undo renumbers the old revision (1 becomes 3).
  Scenario: The rollback page: history, one revision's template, ControllerRevisions, undo to a revision
    Given a cluster with 2 nodes
    And I have applied:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: fluentd-elasticsearch
        namespace: kube-system
      spec:
        selector:
          matchLabels:
            app.kubernetes.io/name: fluentd-elasticsearch
        updateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxUnavailable: 1
        template:
          metadata:
            labels:
              app.kubernetes.io/name: fluentd-elasticsearch
          spec:
            containers:
            - name: fluentd-elasticsearch
              image: quay.io/fluentd_elasticsearch/fluentd:v5.0.1
      """
    When 20 seconds pass
    And I run "kubectl annotate ds/fluentd-elasticsearch -n kube-system kubernetes.io/change-cause='image v2.6.0'"
    And I run "kubectl set image ds/fluentd-elasticsearch fluentd-elasticsearch=quay.io/fluentd_elasticsearch/fluentd:v2.6.0 -n kube-system"
    And I run "kubectl rollout status ds/fluentd-elasticsearch -n kube-system"
    And I run "kubectl rollout history daemonset fluentd-elasticsearch -n kube-system"
    Then the output should be:
      """
      daemonset.apps/fluentd-elasticsearch
      REVISION  CHANGE-CAUSE
      1         <none>
      2         image v2.6.0
      """
    When I run "kubectl rollout history daemonset fluentd-elasticsearch -n kube-system --revision=1"
    Then the output should contain "daemonset.apps/fluentd-elasticsearch with revision #1"
    And the output should contain "app.kubernetes.io/name=fluentd-elasticsearch"
    And the output should contain "quay.io/fluentd_elasticsearch/fluentd:v5.0.1"
    When I run "kubectl rollout undo daemonset fluentd-elasticsearch -n kube-system --to-revision=1 --dry-run=client"
    Then the output should contain "daemonset.apps/fluentd-elasticsearch will roll back to Pod Template:"
    When I run "kubectl rollout undo daemonset fluentd-elasticsearch -n kube-system --to-revision=1"
    Then the output should be:
      """
      daemonset.apps/fluentd-elasticsearch rolled back
      """
    When I run "kubectl rollout status ds/fluentd-elasticsearch -n kube-system"
    Then the output should contain "daemon set \"fluentd-elasticsearch\" successfully rolled out"
    When I run "kubectl get controllerrevision -n kube-system -l app.kubernetes.io/name=fluentd-elasticsearch --sort-by=.revision -o custom-columns=CONTROLLER:.metadata.ownerReferences[0].name,REVISION:.revision"
    Then the output should be:
      """
      CONTROLLER              REVISION
      fluentd-elasticsearch   2
      fluentd-elasticsearch   3
      """
    When I run "kubectl get controllerrevision -n kube-system"
    Then the output should contain "CONTROLLER                             REVISION   AGE"
    And the output should contain "daemonset.apps/fluentd-elasticsearch   3"
    When I run "kubectl rollout history daemonset fluentd-elasticsearch -n kube-system"
    Then the output should be:
      """
      daemonset.apps/fluentd-elasticsearch
      REVISION  CHANGE-CAUSE
      2         image v2.6.0
      3         <none>
      """

  Scenario: Deleting the DaemonSet deletes its pods
    Given a cluster with 2 nodes
    And I have applied:
      """
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        selector:
          matchLabels:
            app: agent
        template:
          metadata:
            labels:
              app: agent
          spec:
            containers:
              - name: agent
                image: nginx:1.14
      """
    When I run "kubectl delete daemonset agent"
    Then there should be 0 pods labelled "app=agent"
