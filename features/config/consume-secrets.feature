Feature: Consuming Secrets and the ServiceAccount token in pods
  Secret values reach containers decoded, as environment variables or as files; every pod that
  automounts its ServiceAccount sees its token, the cluster CA and its namespace.

  Background:
    Given a cluster with 1 node
    And I run "kubectl create secret generic db-pass --from-literal=username=admin --from-literal=password=s3cr3t"

  Scenario: Secret keys as environment variables and as files (decoded)
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        containers:
        - name: app
          image: busybox
          command: ["sleep", "3600"]
          env:
          - name: DB_PASSWORD
            valueFrom:
              secretKeyRef:
                name: db-pass
                key: password
          volumeMounts:
          - name: creds
            mountPath: /etc/creds
            readOnly: true
        volumes:
        - name: creds
          secret:
            secretName: db-pass
      """
    When I wait up to 1 minute until "kubectl get pod app -o jsonpath={.status.phase}" prints "Running"
    Then "kubectl exec app -- printenv DB_PASSWORD" should print "s3cr3t"
    And "kubectl exec app -- cat /etc/creds/username" should print "admin"

  Scenario: A missing Secret blocks the container
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        containers:
        - name: app
          image: busybox
          command: ["sleep", "3600"]
          envFrom:
          - secretRef:
              name: api-keys
      """
    When I wait up to 30 seconds until "kubectl get pod app -o jsonpath={.status.containerStatuses[0].state.waiting.message}" prints 'secret "api-keys" not found'
    Then pod "app" should be "CreateContainerConfigError"

  Scenario: The ServiceAccount token, CA and namespace are mounted
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: app
      spec:
        containers:
        - name: app
          image: busybox
          command: ["sleep", "3600"]
      """
    When I wait up to 1 minute until "kubectl get pod app -o jsonpath={.status.phase}" prints "Running"
    And I run "kubectl exec app -- ls /var/run/secrets/kubernetes.io/serviceaccount"
    Then the output should be:
      """
      ca.crt
      namespace
      token
      """
    And "kubectl exec app -- cat /var/run/secrets/kubernetes.io/serviceaccount/namespace" should print "default"
    When I run "kubectl exec app -- head -1 /var/run/secrets/kubernetes.io/serviceaccount/ca.crt"
    Then the output should contain "-----BEGIN CERTIFICATE-----"

  # docs: tasks/inject-data-application/distribute-credentials-secure (the interactive shell run as exec commands)
  Scenario: The docs' test-secret as files in nginx, and envFrom with sh's echo
    Given I have applied:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: test-secret
      data:
        username: bXktYXBw
        password: Mzk1MjgkdmRnN0pi
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: secret-test-pod
      spec:
        containers:
          - name: test-container
            image: nginx
            volumeMounts:
              - name: secret-volume
                mountPath: /etc/secret-volume
                readOnly: true
        volumes:
          - name: secret-volume
            secret:
              secretName: test-secret
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: envfrom-secret
      spec:
        containers:
        - name: envars-test-container
          image: nginx
          envFrom:
          - secretRef:
              name: test-secret
      """
    When I run "kubectl describe secret test-secret"
    Then the output should be:
      """
      Name:         test-secret
      Namespace:    default
      Labels:       <none>
      Annotations:  <none>

      Type:  Opaque

      Data
      ====
      password:  12 bytes
      username:  6 bytes
      """
    When I wait up to 1 minute until "kubectl get pod secret-test-pod -o jsonpath={.status.phase}" prints "Running"
    And I run "kubectl exec secret-test-pod -- /bin/bash -c 'cd /etc/secret-volume && ls && cat username; echo; cat password; echo'"
    Then the output should be:
      """
      password
      username
      my-app
      39528$vdg7Jb
      """
    # nginx's sh is Debian's dash, whose echo turns \n into a newline.
    When I wait up to 1 minute until "kubectl get pod envfrom-secret -o jsonpath={.status.phase}" prints "Running"
    And I run "kubectl exec envfrom-secret -- /bin/sh -c 'echo \"username: $username\npassword: $password\"'"
    Then the output should be:
      """
      username: my-app
      password: 39528$vdg7Jb
      """
