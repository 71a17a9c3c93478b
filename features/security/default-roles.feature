Feature: Default ClusterRoles, aggregation and escalation prevention
  The cluster starts with cluster-admin, admin, edit and view. admin, edit and view are aggregated:
  the clusterrole-aggregation controller fills their rules from every ClusterRole carrying the matching
  aggregate-to label. Nobody can grant permissions they do not hold.

  Background:
    Given a cluster with 1 node
    And I have applied:
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: dev
      """

  Scenario: The default user-facing ClusterRoles exist
    When I run "kubectl get clusterroles cluster-admin admin edit view -o name"
    Then the output should be:
      """
      clusterrole.rbac.authorization.k8s.io/cluster-admin
      clusterrole.rbac.authorization.k8s.io/admin
      clusterrole.rbac.authorization.k8s.io/edit
      clusterrole.rbac.authorization.k8s.io/view
      """
    And "clusterrolebinding/cluster-admin" should match:
      """
      roleRef:
        kind: ClusterRole
        name: cluster-admin
      subjects:
      - kind: Group
        name: system:masters
      """

  Scenario: The cluster admin is kind's kubernetes-admin
    When I run "kubectl auth whoami"
    Then the output should be:
      """
      ATTRIBUTE   VALUE
      Username    kubernetes-admin
      Groups      [kubeadm:cluster-admins system:authenticated]
      """
    And "kubectl auth can-i '*' '*'" should print "yes"

  Scenario: view reads most things but never secrets
    Given I run "kubectl create rolebinding viewer --clusterrole=view --user=vic -n dev"
    Then "kubectl auth can-i list pods -n dev --as vic" should print "yes"
    And "kubectl auth can-i get pods --subresource=log -n dev --as vic" should print "yes"
    And "kubectl auth can-i list deployments.apps -n dev --as vic" should print "yes"
    And "kubectl auth can-i get secrets -n dev --as vic" should print "no"
    And "kubectl auth can-i create pods -n dev --as vic" should print "no"
    And "kubectl auth can-i create pods --subresource=exec -n dev --as vic" should print "no"

  Scenario: edit writes workloads and secrets but not roles
    Given I run "kubectl create rolebinding editor --clusterrole=edit --user=eddie -n dev"
    Then "kubectl auth can-i create deployments.apps -n dev --as eddie" should print "yes"
    And "kubectl auth can-i get secrets -n dev --as eddie" should print "yes"
    And "kubectl auth can-i create pods --subresource=exec -n dev --as eddie" should print "yes"
    And "kubectl auth can-i create roles -n dev --as eddie" should print "no"
    And "kubectl auth can-i create rolebindings -n dev --as eddie" should print "no"
    And "kubectl auth can-i delete namespaces --as eddie" should print "no"

  Scenario: admin manages roles and bindings inside a namespace
    Given I run "kubectl create rolebinding owner --clusterrole=admin --user=ada -n dev"
    Then "kubectl auth can-i create roles -n dev --as ada" should print "yes"
    And "kubectl auth can-i create rolebindings -n dev --as ada" should print "yes"
    And "kubectl auth can-i create roles -n default --as ada" should print "no"

  Scenario: A new ClusterRole labelled aggregate-to-view extends view
    Given I have applied:
      """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: view-nodes
        labels:
          rbac.authorization.k8s.io/aggregate-to-view: "true"
      rules:
      - apiGroups: [""]
        resources: ["nodes"]
        verbs: ["get", "list"]
      """
    Then "clusterrole/view" should match:
      """
      rules:
      - apiGroups: [""]
        resources: ["nodes"]
        verbs: ["get", "list"]
      """
    And "clusterrole/edit" should match:
      """
      rules:
      - resources: ["nodes"]
      """

  Scenario: A custom aggregated ClusterRole collects the rules of the roles it selects
    Given I have applied:
      """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: monitoring
      aggregationRule:
        clusterRoleSelectors:
        - matchLabels:
            rbac.example.com/aggregate-to-monitoring: "true"
      rules: []
      """
    # No omitempty on rules, and storage keeps [] as nil: until it selects a role, the aggregate reads back as null.
    When I run "kubectl get clusterrole monitoring -o yaml"
    Then the output should contain "rules: null"
    Given I have applied:
      """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: monitoring-endpoints
        labels:
          rbac.example.com/aggregate-to-monitoring: "true"
      rules:
      - apiGroups: [""]
        resources: ["services", "endpoints", "pods"]
        verbs: ["get", "list", "watch"]
      """
    When I run "kubectl create clusterrolebinding prom --clusterrole=monitoring --user=prom"
    Then "kubectl auth can-i list endpoints -A --as prom" should print "yes"
    When I run "kubectl delete clusterrole monitoring-endpoints"
    Then "kubectl auth can-i list endpoints -A --as prom" should print "no"

  Scenario: A user cannot create a Role granting more than they hold
    Given I run "kubectl create rolebinding owner --clusterrole=admin --user=ada -n dev"
    When I am user "ada"
    And I run "kubectl create role pod-reader --verb=get,list --resource=pods -n dev"
    Then the command should succeed
    When I run "kubectl create role node-reader --verb=get --resource=nodes,pods -n dev"
    Then the command should fail with 'Error from server (Forbidden): roles.rbac.authorization.k8s.io "node-reader" is forbidden: user "ada" (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:'
    And the command should fail with '{APIGroups:[""], Resources:["nodes"], Verbs:["get"]}'
    And "role/node-reader -n dev" should not exist

  Scenario: A user cannot bind a role they do not hold, unless they may bind it
    Given I run "kubectl create rolebinding owner --clusterrole=admin --user=ada -n dev"
    When I am user "ada"
    And I run "kubectl create rolebinding make-me-admin --clusterrole=cluster-admin --user=ada -n dev"
    Then the command should fail with 'rolebindings.rbac.authorization.k8s.io "make-me-admin" is forbidden: user "ada" (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:'
    When I run "kubectl create rolebinding viewers --clusterrole=view --group=qa -n dev"
    Then the command should succeed
    Given I am cluster admin
    And I have applied:
      """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: cluster-admin-binder
      rules:
      - apiGroups: ["rbac.authorization.k8s.io"]
        resources: ["clusterroles"]
        verbs: ["bind"]
        resourceNames: ["cluster-admin"]
      """
    And I run "kubectl create rolebinding ada-binds --clusterrole=cluster-admin-binder --user=ada -n dev"
    When I am user "ada"
    And I run "kubectl create rolebinding ops-admin --clusterrole=cluster-admin --group=ops -n dev"
    Then the command should succeed

  Scenario: kubectl auth can-i --list shows what a user may do
    Given I run "kubectl create role pod-reader --verb=get,list,watch --resource=pods,pods/log -n dev"
    And I run "kubectl create rolebinding alice-reads --role=pod-reader --user=alice -n dev"
    When I run "kubectl auth can-i --list -n dev --as alice"
    Then the output should contain "pods/log                                        []                  []               [get list watch]"
    And the output should contain "selfsubjectaccessreviews.authorization.k8s.io   []                  []               [create]"
    And the output should contain "                                                [/api/*]            []               [get]"
