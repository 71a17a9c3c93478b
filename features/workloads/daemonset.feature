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
