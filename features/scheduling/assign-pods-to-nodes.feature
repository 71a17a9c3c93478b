Feature: Assigning pods to a labelled node (kubernetes.io "Assign Pods to Nodes" and "... using Node Affinity")
  The pages label one node `disktype=ssd`, check it with `kubectl get nodes --show-labels`, and place an
  nginx pod there through a nodeSelector, a required node affinity, then a preferred one.

  Background:
    Given a cluster with 3 nodes
    When I run "kubectl label nodes node-2 disktype=ssd"
    Then the output should be:
      """
      node/node-2 labeled
      """

  Scenario: the label shows among the node's labels, in key order
    When I run "kubectl get nodes --show-labels"
    Then the output should be:
      """
      NAME     STATUS   ROLES    AGE   VERSION   LABELS
      node-1   Ready    <none>   0s    v1.32.0   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=node-1,kubernetes.io/os=linux
      node-2   Ready    <none>   0s    v1.32.0   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,disktype=ssd,kubernetes.io/arch=amd64,kubernetes.io/hostname=node-2,kubernetes.io/os=linux
      node-3   Ready    <none>   0s    v1.32.0   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=node-3,kubernetes.io/os=linux
      """
    # cmd/label warns of a key it cannot remove.
    When I run "kubectl label nodes node-2 disktype-"
    And I run "kubectl label nodes node-2 disktype-"
    Then the output should be:
      """
      label "disktype" not found.
      node/node-2 not labeled
      """

  Scenario: a nodeSelector pod runs on the chosen node (pods/pod-nginx.yaml)
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: nginx
        labels:
          env: test
      spec:
        containers:
        - name: nginx
          image: nginx
          imagePullPolicy: IfNotPresent
        nodeSelector:
          disktype: ssd
      """
    And 13 seconds pass
    When I run "kubectl get pods --output=wide"
    Then the output should be:
      """
      NAME    READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
      nginx   1/1     Running   0          13s   10.244.1.2   node-2   <none>           <none>
      """

  Scenario Outline: required and preferred node affinity both choose the labelled node (pods/pod-nginx-<kind>-affinity.yaml)
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: nginx
      spec:
        affinity:
          nodeAffinity:
            <affinity>
        containers:
        - name: nginx
          image: nginx
          imagePullPolicy: IfNotPresent
      """
    Then within 15 seconds pod "nginx" should be "Running"
    And "kubectl get pod nginx -o jsonpath={.spec.nodeName}" should print "node-2"

    Examples:
      | kind      | affinity                                                                                                                                       |
      | required  | requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: disktype, operator: In, values: [ssd]}]}]}      |
      | preferred | preferredDuringSchedulingIgnoredDuringExecution: [{weight: 1, preference: {matchExpressions: [{key: disktype, operator: In, values: [ssd]}]}}] |
