Feature: Consuming ConfigMaps in pods
  A ConfigMap reaches a container as environment variables (one key, or all keys with envFrom), as `$(VAR)`
  in command and args, or as files in a volume. Environment variables are fixed when the container
  starts; volume files follow the ConfigMap after the kubelet's next sync (about a minute), except files
  mounted with subPath.

  Background:
    Given a cluster with 1 node
    And I have applied:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: special-config
      data:
        special.how: very
        special.type: charm
        log_level: INFO
      """

  Scenario: One key as an environment variable, and $(VAR) in the command
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: env-pod
      spec:
        restartPolicy: Never
        containers:
        - name: test
          image: busybox
          command: ["echo", "$(SPECIAL_LEVEL_KEY)", "$(SPECIAL_TYPE_KEY)", "$(UNDEFINED)", "$$(SPECIAL_TYPE_KEY)"]
          env:
          - name: SPECIAL_LEVEL_KEY
            valueFrom:
              configMapKeyRef:
                name: special-config
                key: special.how
          - name: SPECIAL_TYPE_KEY
            valueFrom:
              configMapKeyRef:
                name: special-config
                key: special.type
      """
    When I wait up to 1 minute until "kubectl get pod env-pod -o jsonpath={.status.phase}" prints "Succeeded"
    Then "kubectl logs env-pod" should print "very charm $(UNDEFINED) $(SPECIAL_TYPE_KEY)"

  Scenario: envFrom imports every key, with a prefix, and env entries win
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: envfrom-pod
      spec:
        containers:
        - name: test
          image: busybox
          command: ["sleep", "3600"]
          envFrom:
          - configMapRef:
              name: special-config
            prefix: CFG_
          env:
          - name: CFG_log_level
            value: DEBUG
      """
    When I wait up to 1 minute until "kubectl get pod envfrom-pod -o jsonpath={.status.phase}" prints "Running"
    And I run "kubectl exec envfrom-pod -- printenv CFG_special.how CFG_log_level"
    Then the output should be:
      """
      very
      DEBUG
      """

  Scenario: envFrom keeps keys that are no valid C identifiers (v1.30+ no longer skips them)
    Given I have applied:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: odd-keys
      data:
        1st: one
        my.key: two
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: odd
      spec:
        containers:
        - name: test
          image: busybox
          command: ["sleep", "3600"]
          envFrom:
          - configMapRef:
              name: odd-keys
      """
    When I wait up to 1 minute until "kubectl get pod odd -o jsonpath={.status.phase}" prints "Running"
    Then "kubectl exec odd -- printenv 1st" should print "one"
    And "kubectl exec odd -- printenv my.key" should print "two"

  Scenario: A missing ConfigMap blocks the container until it is created
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: waiting
      spec:
        containers:
        - name: test
          image: busybox
          command: ["sleep", "3600"]
          env:
          - name: COLOR
            valueFrom:
              configMapKeyRef:
                name: colors
                key: color
      """
    Then within 30 seconds pod "waiting" should be "CreateContainerConfigError"
    And "kubectl get pod waiting -o jsonpath={.status.containerStatuses[0].state.waiting.message}" should print 'configmap "colors" not found'
    When I run "kubectl create configmap colors --from-literal=shade=dark"
    And I wait up to 30 seconds until "kubectl get pod waiting -o jsonpath={.status.containerStatuses[0].state.waiting.message}" prints "couldn't find key color in ConfigMap default/colors"
    Then pod "waiting" should be "CreateContainerConfigError"
    When I run "kubectl delete configmap colors"
    And I run "kubectl create configmap colors --from-literal=color=blue"
    Then within 30 seconds pod "waiting" should be "Running"

  Scenario: An optional reference to a missing ConfigMap is skipped
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: optional
      spec:
        containers:
        - name: test
          image: busybox
          command: ["sleep", "3600"]
          env:
          - name: COLOR
            valueFrom:
              configMapKeyRef:
                name: colors
                key: color
                optional: true
      """
    Then within 30 seconds pod "optional" should be "Running"

  Scenario: A volume shows each key as a file; items choose keys and paths
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: volume-pod
      spec:
        containers:
        - name: test
          image: busybox
          command: ["sleep", "3600"]
          volumeMounts:
          - name: all
            mountPath: /etc/config
          - name: some
            mountPath: /etc/some
        volumes:
        - name: all
          configMap:
            name: special-config
        - name: some
          configMap:
            name: special-config
            items:
            - key: special.how
              path: how/value
      """
    When I wait up to 1 minute until "kubectl get pod volume-pod -o jsonpath={.status.phase}" prints "Running"
    And I run "kubectl exec volume-pod -- ls /etc/config"
    Then the output should be:
      """
      log_level
      special.how
      special.type
      """
    And "kubectl exec volume-pod -- cat /etc/some/how/value" should print "very"

  Scenario: A missing key in items keeps the pod in ContainerCreating
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: bad-items
      spec:
        containers:
        - name: test
          image: busybox
          command: ["sleep", "3600"]
          volumeMounts:
          - name: config
            mountPath: /etc/config
        volumes:
        - name: config
          configMap:
            name: special-config
            items:
            - key: nope
              path: nope
      """
    When 20 seconds pass
    Then pod "bad-items" should be "ContainerCreating"
    When I run "kubectl get events --field-selector reason=FailedMount -o jsonpath={.items[0].message}"
    Then the output should contain 'MountVolume.SetUp failed for volume "config" : configmap references non-existent config key: nope'

  Scenario: A change reaches volume files within about a minute, never env vars or subPath mounts
    Given I have applied:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: watcher
      spec:
        containers:
        - name: test
          image: busybox
          command: ["sleep", "3600"]
          env:
          - name: LEVEL
            valueFrom:
              configMapKeyRef:
                name: special-config
                key: log_level
          volumeMounts:
          - name: config
            mountPath: /etc/config
          - name: config
            mountPath: /etc/level
            subPath: log_level
        volumes:
        - name: config
          configMap:
            name: special-config
      """
    And I wait up to 1 minute until "kubectl get pod watcher -o jsonpath={.status.phase}" prints "Running"
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: special-config
      data:
        special.how: very
        special.type: charm
        log_level: DEBUG
      """
    Then "kubectl exec watcher -- cat /etc/config/log_level" should print "INFO"
    When I wait up to 90 seconds until "kubectl exec watcher -- cat /etc/config/log_level" prints "DEBUG"
    Then "kubectl exec watcher -- printenv LEVEL" should print "INFO"
    And "kubectl exec watcher -- cat /etc/level" should print "INFO"

  Scenario: An immutable ConfigMap cannot change
    Given I have applied:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: frozen
      immutable: true
      data:
        key: one
      """
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: frozen
      immutable: true
      data:
        key: two
      """
    Then the command should fail with 'The ConfigMap "frozen" is invalid: data: Forbidden: field is immutable when `immutable` is set'
