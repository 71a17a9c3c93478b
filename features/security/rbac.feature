Feature: RBAC authorizes every kubectl command
  Every request is checked against Roles, ClusterRoles and their bindings. Permissions only add up:
  there is no deny rule. A denied request changes nothing and prints the apiserver's Forbidden message.

  Background:
    Given a cluster with 1 node
    And I have applied:
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: dev
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        namespace: dev
      spec:
        containers:
        - name: web
          image: nginx
      """

  Scenario: A new user may do nothing
    Given I am user "alice"
    When I run "kubectl get pods -n dev"
    Then the command should fail with 'Error from server (Forbidden): pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "dev"'
    When I run "kubectl get pod web -n dev"
    Then the command should fail with 'Error from server (Forbidden): pods "web" is forbidden: User "alice" cannot get resource "pods" in API group "" in the namespace "dev"'
    When I run "kubectl get nodes"
    Then the command should fail with 'Error from server (Forbidden): nodes is forbidden: User "alice" cannot list resource "nodes" in API group "" at the cluster scope'
    When I run "kubectl get deployments -A"
    Then the command should fail with 'Error from server (Forbidden): deployments.apps is forbidden: User "alice" cannot list resource "deployments" in API group "apps" at the cluster scope'
    When I run "kubectl delete pod web -n dev"
    Then the command should fail with 'Error from server (Forbidden): pods "web" is forbidden: User "alice" cannot delete resource "pods" in API group "" in the namespace "dev"'
    And "pod/web -n dev" should exist

  Scenario: A Role and a RoleBinding grant access in one namespace only
    Given I run "kubectl create role pod-reader --verb=get,list,watch --resource=pods -n dev"
    And I run "kubectl create rolebinding alice-reads-pods --role=pod-reader --user=alice -n dev"
    When I am user "alice"
    And I run "kubectl get pods -n dev -o name"
    Then the output should be:
      """
      pod/web
      """
    When I run "kubectl get pods -n default"
    Then the command should fail with 'pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "default"'
    When I run "kubectl run other --image=nginx -n dev"
    Then the command should fail with 'Error from server (Forbidden): pods is forbidden: User "alice" cannot create resource "pods" in API group "" in the namespace "dev"'
    And "pod/other -n dev" should not exist

  Scenario: kubectl auth can-i answers yes or no (and exits 1 on no)
    Given I run "kubectl create role pod-reader --verb=get,list --resource=pods -n dev"
    And I run "kubectl create rolebinding alice-reads-pods --role=pod-reader --user=alice -n dev"
    When I am user "alice"
    And I run "kubectl auth can-i list pods -n dev"
    Then the command should succeed
    And the output should be:
      """
      yes
      """
    When I run "kubectl auth can-i delete pods -n dev"
    Then the command should fail
    And the output should be:
      """
      no
      """
    And "kubectl auth can-i get pods/web -n dev" should print "yes"
    And "kubectl auth can-i get pods --subresource=log -n dev" should print "no"
    And "kubectl auth can-i list pods" should print "no"

  Scenario: --as checks another user's rights (the admin may impersonate, others may not)
    Given I run "kubectl create role pod-reader --verb=get,list --resource=pods -n dev"
    And I run "kubectl create rolebinding readers --role=pod-reader --group=qa -n dev"
    Then "kubectl auth can-i list pods -n dev --as bob" should print "no"
    And "kubectl auth can-i list pods -n dev --as bob --as-group qa" should print "yes"
    When I run "kubectl get pods -n dev --as carol --as-group qa -o name"
    Then the output should be:
      """
      pod/web
      """
    When I am user "alice"
    And I run "kubectl get pods -n dev --as bob"
    Then the command should fail with 'Error from server (Forbidden): users "bob" is forbidden: User "alice" cannot impersonate resource "users" in API group "" at the cluster scope'

  Scenario: A ClusterRole bound by a RoleBinding applies only in the binding's namespace
    Given I run "kubectl create clusterrole pod-reader --verb=get,list --resource=pods"
    And I run "kubectl create rolebinding dev-readers --clusterrole=pod-reader --user=alice -n dev"
    Then "kubectl auth can-i list pods -n dev --as alice" should print "yes"
    And "kubectl auth can-i list pods -n default --as alice" should print "no"
    When I run "kubectl create clusterrolebinding all-readers --clusterrole=pod-reader --user=alice"
    Then "kubectl auth can-i list pods -n default --as alice" should print "yes"
    And "kubectl auth can-i list pods -A --as alice" should print "yes"

  Scenario: Group and ServiceAccount subjects
    Given I run "kubectl create serviceaccount robot -n dev"
    And I run "kubectl create rolebinding robot-view --clusterrole=view --serviceaccount=dev:robot -n dev"
    And I run "kubectl create clusterrolebinding auditors --clusterrole=view --group=auditors"
    Then "kubectl auth can-i list pods -n dev --as system:serviceaccount:dev:robot" should print "yes"
    And "kubectl auth can-i list pods -n default --as system:serviceaccount:dev:robot" should print "no"
    And "kubectl auth can-i list deployments.apps -n default --as eve --as-group auditors" should print "yes"
    When I am user "dana" in group "auditors"
    And I run "kubectl get pod web -n dev -o name"
    Then the output should be:
      """
      pod/web
      """

  Scenario: resourceNames limit a rule to named objects, never to list
    Given I run "kubectl create role one-config --verb=get,update --resource=configmaps --resource-name=app-config -n dev"
    And I run "kubectl create rolebinding alice-config --role=one-config --user=alice -n dev"
    Then "kubectl auth can-i get configmaps/app-config -n dev --as alice" should print "yes"
    And "kubectl auth can-i get configmaps/other -n dev --as alice" should print "no"
    And "kubectl auth can-i list configmaps -n dev --as alice" should print "no"

  Scenario: Subresources are separate resources: pods/log and pods/exec
    Given I have applied:
      """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata:
        name: log-reader
        namespace: dev
      rules:
      - apiGroups: [""]
        resources: ["pods", "pods/log"]
        verbs: ["get", "list"]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata:
        name: log-reader
        namespace: dev
      subjects:
      - kind: User
        name: alice
        apiGroup: rbac.authorization.k8s.io
      roleRef:
        kind: Role
        name: log-reader
        apiGroup: rbac.authorization.k8s.io
      """
    Then "kubectl auth can-i get pods --subresource=log -n dev --as alice" should print "yes"
    And "kubectl auth can-i create pods --subresource=exec -n dev --as alice" should print "no"

  Scenario: A binding to a missing role grants nothing and says why
    Given I run "kubectl create rolebinding dangling --role=does-not-exist --user=alice -n dev"
    When I am user "alice"
    And I run "kubectl get pods -n dev"
    Then the command should fail with 'pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "dev": RBAC: role.rbac.authorization.k8s.io "does-not-exist" not found'

  Scenario: view may read logs but not exec into a pod
    Given I run "kubectl create rolebinding viewer --clusterrole=view --user=vic -n dev"
    And I wait up to 1 minute until "kubectl get pod web -n dev -o jsonpath={.status.phase}" prints "Running"
    When I am user "vic"
    And I run "kubectl logs web -n dev"
    Then the command should succeed
    When I run "kubectl exec web -n dev -- ls /"
    Then the command should fail with 'Error from server (Forbidden): pods "web" is forbidden: User "vic" cannot create resource "pods/exec" in API group "" in the namespace "dev"'

  Scenario: The RBAC page's Role, ClusterRole and bindings (jane in default, dave in development, the manager group everywhere)
    Given I have applied:
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: development
      """
    When I apply:
      """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata:
        namespace: default
        name: pod-reader
      rules:
      - apiGroups: [""] # "" indicates the core API group
        resources: ["pods"]
        verbs: ["get", "watch", "list"]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: secret-reader
      rules:
      - apiGroups: [""]
        resources: ["secrets"]
        verbs: ["get", "watch", "list"]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata:
        name: read-pods
        namespace: default
      subjects:
      - kind: User
        name: jane
        apiGroup: rbac.authorization.k8s.io
      roleRef:
        kind: Role
        name: pod-reader
        apiGroup: rbac.authorization.k8s.io
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata:
        name: read-secrets
        namespace: development
      subjects:
      - kind: User
        name: dave
        apiGroup: rbac.authorization.k8s.io
      roleRef:
        kind: ClusterRole
        name: secret-reader
        apiGroup: rbac.authorization.k8s.io
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata:
        name: read-secrets-global
      subjects:
      - kind: Group
        name: manager
        apiGroup: rbac.authorization.k8s.io
      roleRef:
        kind: ClusterRole
        name: secret-reader
        apiGroup: rbac.authorization.k8s.io
      """
    Then the output should be:
      """
      role.rbac.authorization.k8s.io/pod-reader created
      clusterrole.rbac.authorization.k8s.io/secret-reader created
      rolebinding.rbac.authorization.k8s.io/read-pods created
      rolebinding.rbac.authorization.k8s.io/read-secrets created
      clusterrolebinding.rbac.authorization.k8s.io/read-secrets-global created
      """
    And "kubectl auth can-i list pods --as jane" should print "yes"
    And "kubectl auth can-i list pods -n development --as jane" should print "no"
    And "kubectl auth can-i list secrets -n development --as dave" should print "yes"
    And "kubectl auth can-i list secrets -n default --as dave" should print "no"
    And "kubectl auth can-i list secrets -A --as mia --as-group manager" should print "yes"
    When I run "kubectl get rolebindings -o wide"
    Then the output should be:
      """
      NAME        ROLE              AGE   USERS   GROUPS   SERVICEACCOUNTS
      read-pods   Role/pod-reader   0s    jane
      """
    When I apply:
      """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata:
        name: read-pods
        namespace: default
      subjects:
      - kind: User
        name: jane
        apiGroup: rbac.authorization.k8s.io
      roleRef:
        kind: ClusterRole
        name: view
        apiGroup: rbac.authorization.k8s.io
      """
    Then the command should fail with 'The RoleBinding "read-pods" is invalid: roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"view"}: cannot change roleRef'
