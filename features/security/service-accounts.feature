Feature: ServiceAccounts
  Every namespace has a default ServiceAccount and the kube-root-ca.crt ConfigMap. A pod runs as a
  ServiceAccount (default: `default`) and gets its token, the cluster CA and its namespace mounted at
  /var/run/secrets/kubernetes.io/serviceaccount, unless automounting is off.

  Background:
    Given a cluster with 1 node

  Scenario: Every namespace has a default ServiceAccount and kube-root-ca.crt
    Given I have applied:
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: shop
      """
    When I run "kubectl get serviceaccounts -n shop -o name"
    Then the output should be:
      """
      serviceaccount/default
      """
    When I run "kubectl get configmaps -n shop -o name"
    Then the output should be:
      """
      configmap/kube-root-ca.crt
      """
    And "configmap/kube-root-ca.crt -n shop" should match:
      """
      metadata:
        annotations:
          kubernetes.io/description: Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.
      """
    When I run "kubectl delete configmap kube-root-ca.crt -n shop"
    Then "configmap/kube-root-ca.crt -n shop" should exist

  Scenario: A pod gets the default ServiceAccount and a projected API token volume
    When I run "kubectl run web --image=nginx"
    Then "pod/web" should match:
      """
      spec:
        serviceAccountName: default
        serviceAccount: default
        containers:
        - name: web
          volumeMounts:
          - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
            readOnly: true
        volumes:
        - projected:
            defaultMode: 420
            sources:
            - serviceAccountToken:
                expirationSeconds: 3607
                path: token
            - configMap:
                name: kube-root-ca.crt
                items:
                - key: ca.crt
                  path: ca.crt
            - downwardAPI:
                items:
                - path: namespace
                  fieldRef:
                    apiVersion: v1
                    fieldPath: metadata.namespace
      """
    And "kubectl get pod web -o jsonpath={.spec.volumes[0].name}" should print "kube-api-access-97dc4"

  Scenario: A pod naming a missing ServiceAccount is rejected
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        serviceAccountName: robot
        containers:
        - name: web
          image: nginx
      """
    Then the command should fail with 'Error from server (Forbidden): error when creating "STDIN": pods "web" is forbidden: error looking up service account default/robot: serviceaccount "robot" not found'
    And "pod/web" should not exist

  Scenario: Automounting can be turned off by the ServiceAccount, and the pod's setting wins
    Given I have applied:
      """
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: quiet
      automountServiceAccountToken: false
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: no-token
      spec:
        serviceAccountName: quiet
        containers:
        - name: app
          image: nginx
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: with-token
      spec:
        serviceAccountName: quiet
        automountServiceAccountToken: true
        containers:
        - name: app
          image: nginx
      """
    Then "kubectl get pod no-token -o jsonpath={.spec.volumes}" should print ""
    And "kubectl get pod with-token -o jsonpath={.spec.containers[0].volumeMounts[0].mountPath}" should print "/var/run/secrets/kubernetes.io/serviceaccount"

  Scenario: A pod without imagePullSecrets takes the ServiceAccount's
    Given I have applied:
      """
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: builder
      imagePullSecrets:
      - name: registry-creds
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        serviceAccountName: builder
        containers:
        - name: app
          image: registry.example.com/app:1.0
      """
    Then "kubectl get pod app -o jsonpath={.spec.imagePullSecrets[0].name}" should print "registry-creds"

  Scenario: A ServiceAccount's token identifies it to RBAC
    Given I run "kubectl create serviceaccount robot"
    And I run "kubectl create rolebinding robot-view --clusterrole=view --serviceaccount=default:robot"
    Then "kubectl auth can-i list pods --as system:serviceaccount:default:robot" should print "yes"
    And "kubectl auth can-i list secrets --as system:serviceaccount:default:robot" should print "no"
    When I run "kubectl get secrets --as system:serviceaccount:default:robot"
    Then the command should fail with 'Error from server (Forbidden): secrets is forbidden: User "system:serviceaccount:default:robot" cannot list resource "secrets" in API group "" in the namespace "default"'

  Scenario: kubectl create token asks the TokenRequest API for a short-lived token
    # kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/ "Manually create an API token for
    # a ServiceAccount": the token alone is printed; it lasts an hour unless --duration asks otherwise (10m at least).
    Given I run "kubectl create serviceaccount build-robot"
    When I run "kubectl create token build-robot"
    Then the command should succeed
    And the output should contain "eyJhbGciOiJSUzI1NiIsImtpZCI6"
    And the output should not contain "apiVersion"
    When I run "kubectl create token build-robot --duration=48h -o jsonpath={.spec.expirationSeconds}"
    Then the output should be:
      """
      172800
      """
    When I run "kubectl create token build-robot -o yaml"
    Then the output should contain "kind: TokenRequest"
    And the output should contain "  - https://kubernetes.default.svc.cluster.local"
    And the output should contain "  boundObjectRef: null"
    And the output should contain "  expirationSeconds: 3600"
    When I run "kubectl create token build-robot --duration=5m"
    Then the command should fail with 'error: failed to create token: TokenRequest.authentication.k8s.io "" is invalid: spec.expirationSeconds: Invalid value: 300: may not specify a duration less than 10 minutes'
    When I run "kubectl create token build-robot --bound-object-kind=Pod --bound-object-name=builder"
    Then the command should fail with 'error: failed to create token: pods "builder" not found'
    When I run "kubectl create token nobody"
    Then the command should fail with 'error: failed to create token: serviceaccounts "nobody" not found'
    When I run "kubectl create token build-robot --as system:serviceaccount:default:build-robot"
    Then the command should fail with 'error: failed to create token: serviceaccounts "build-robot" is forbidden: User "system:serviceaccount:default:build-robot" cannot create resource "serviceaccounts/token" in API group "" in the namespace "default"'

  Scenario: A long-lived token Secret is filled in by the tokens controller and goes with its ServiceAccount
    # kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/: since v1.24 no token Secret is
    # made for an account; one created by hand is populated, and deleted when its ServiceAccount is.
    When I run "kubectl get serviceaccounts"
    Then the output should be:
      """
      NAME      SECRETS   AGE
      default   0         0s
      """
    Given I have applied:
      """
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: build-robot
      """
    When I run "kubectl get serviceaccounts/build-robot -o jsonpath={.secrets}"
    Then the output should be:
      """
      """
    When I apply:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: build-robot-secret
        annotations:
          kubernetes.io/service-account.name: build-robot
      type: kubernetes.io/service-account-token
      """
    And I run "kubectl describe secrets/build-robot-secret"
    Then the output should contain "Annotations:  kubernetes.io/service-account.name: build-robot"
    And the output should contain "              kubernetes.io/service-account.uid: "
    And the output should contain "Type:  kubernetes.io/service-account-token"
    And the output should contain "ca.crt:     1139 bytes"
    And the output should contain "namespace:  7 bytes"
    And the output should contain "token:      eyJhbGciOiJSUzI1NiIsImtpZCI6"
    When I run "kubectl describe serviceaccount build-robot"
    Then the output should contain "Tokens:              build-robot-secret"
    When I run "kubectl delete serviceaccount/build-robot"
    Then "secret/build-robot-secret" should not exist

  Scenario: A token Secret for a ServiceAccount that does not exist is cleaned up
    When I apply:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: orphan-token
        annotations:
          kubernetes.io/service-account.name: nobody
      type: kubernetes.io/service-account-token
      """
    Then the command should succeed
    And "secret/orphan-token" should not exist
