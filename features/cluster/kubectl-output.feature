Feature: kubectl prints what kubectl v1.32 prints
  Details of kubectl's output that users and graders compare byte for byte: apply's unchanged,
  empty manifests, replace --force, --record, custom columns and JSONPath, and describe for kinds
  with and without a describer of their own.

  Background:
    Given a cluster with 1 node

  Scenario: Re-applying an unchanged Deployment reports unchanged despite the defaults added to its list items
    Given a file "web.yaml" containing:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: nginx
              image: nginx:1.27
              ports:
              - containerPort: 80
              env:
              - name: MODE
                value: prod
              volumeMounts:
              - name: cache
                mountPath: /cache
            volumes:
            - name: cache
              emptyDir: {}
      """
    And I apply the file "web.yaml"
    When 10 seconds pass
    And I run "kubectl apply -f web.yaml"
    Then the output should be:
      """
      deployment.apps/web unchanged
      """
    When I run "kubectl scale deployment web --replicas=3"
    And I run "kubectl apply -f web.yaml"
    Then the output should be:
      """
      deployment.apps/web configured
      """
    And "kubectl get deployment web -o jsonpath={.spec.replicas}" should print "2"
    And "kubectl get deployment web -o jsonpath={.spec.template.spec.containers[0].ports[0].protocol}" should print "TCP"

  Scenario: The last-applied configuration is encoded as kubectl encodes it
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: game
      data:
        script: "a && b"
      """
    When I run "kubectl get configmap game -o jsonpath='{.metadata.annotations.kubectl\.kubernetes\.io/last-applied-configuration}'"
    Then the output should be:
      """
      {"apiVersion":"v1","data":{"script":"a \u0026\u0026 b"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"game","namespace":"default"}}
      """

  Scenario: Create and apply refuse a manifest without objects
    Given a file "empty.yaml" containing:
      """
      # nothing here yet
      """
    When I run "kubectl create -f empty.yaml"
    Then the command should fail with "error: no objects passed to create"
    When I run "kubectl apply -f empty.yaml"
    Then the command should fail with "error: no objects passed to apply"

  Scenario: replace --force deletes, waits until the object is gone, then re-creates it
    Given a file "game.yaml" containing:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: game
      data:
        lives: "3"
      """
    And I run "kubectl create -f game.yaml"
    When I run "kubectl replace --force -f game.yaml"
    Then the output should be:
      """
      configmap "game" deleted
      configmap/game replaced
      """
    When I run "kubectl replace --grace-period=5 -f game.yaml"
    Then the command should fail with "error: --grace-period must have --force specified"

  Scenario: --record writes the command with its flags in the order they were typed
    Given I have applied:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: nginx
              image: nginx:1.27
      """
    When I run "kubectl set image deployment/web nginx=nginx:1.28 --record -n default"
    Then "deployment/web" should match:
      """
      metadata:
        annotations:
          kubernetes.io/change-cause: kubectl set image deployment/web nginx=nginx:1.28 --record=true --namespace=default
      """

  Scenario: --record lists every occurrence of a repeated flag where it was typed
    Given a file "a.yaml" containing:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: a
      """
    And a file "b.yaml" containing:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: b
      """
    When I run "kubectl apply -f a.yaml --record -f b.yaml"
    Then the command should succeed
    And "configmap/b" should match:
      """
      metadata:
        annotations:
          kubernetes.io/change-cause: kubectl apply --filename=a.yaml --record=true --filename=b.yaml
      """

  Scenario: Custom columns without headers and JSONPath with escaped dots
    Given I run "kubectl run web --image=nginx --labels=app.kubernetes.io/name=web"
    When I run "kubectl get pods -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image --no-headers"
    Then the output should be:
      """
      web   nginx
      """
    And "kubectl get pod web -o jsonpath='{.metadata.labels.app\.kubernetes\.io/name}'" should print "web"

  Scenario: --sort-by sorts tables and lists as kubectl does: missing first, quantities by value, escaped dots
    Given I run "kubectl create configmap b --from-literal=size=10"
    And I run "kubectl create configmap a --from-literal=size=9"
    And I run "kubectl create configmap c --from-literal=size=100m"
    And I run "kubectl create configmap d --from-literal=size=x"
    And I run "kubectl label configmap d app.kubernetes.io/tier=a"
    When I run "kubectl get configmaps --sort-by=.data.size"
    Then the output should be:
      """
      NAME               DATA   AGE
      kube-root-ca.crt   1      0s
      c                  1      0s
      a                  1      0s
      b                  1      0s
      d                  1      0s
      """
    When I run "kubectl get configmaps --sort-by={.data.size} -o name"
    Then the output should be:
      """
      configmap/kube-root-ca.crt
      configmap/c
      configmap/a
      configmap/b
      configmap/d
      """
    # A row without the field is "less" than every row, another such row included: insertion sort (≤ 12 rows)
    # moves each one to the front, so they come out reversed.
    When I run "kubectl get configmaps -o name --sort-by='.metadata.labels.app\.kubernetes\.io/tier'"
    Then the output should be:
      """
      configmap/kube-root-ca.crt
      configmap/c
      configmap/b
      configmap/a
      configmap/d
      """
    When I run "kubectl get configmaps --sort-by=.metadata.nothing"
    Then the command should fail with "error: couldn't find any field with path \"{.metadata.nothing}\" in the list of objects"
    When I run "kubectl get configmap a --sort-by=.metadata.nothing"
    Then the command should fail with "error: couldn't find any field with path \"{.metadata.nothing}\" in the list of objects"
    When I run "kubectl get configmap a --sort-by=.metadata.nothing -o name"
    Then the output should be:
      """
      configmap/a
      """

  Scenario: describe for Endpoints, and the generic description of a ControllerRevision
    Given I have applied:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector:
          app: web
        ports:
        - name: http
          port: 80
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        labels:
          app: web
      spec:
        containers:
        - name: nginx
          image: nginx
      ---
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
              image: busybox
              command: ["sleep", "3600"]
      """
    And within 10 seconds pod "web" should be "Running"
    When I run "kubectl describe endpoints web"
    Then the command should succeed
    And the output should contain "Addresses:          10.244.0.2"
    And the output should contain "NotReadyAddresses:  <none>"
    And the output should contain "http  80    TCP"
    When I run "kubectl describe controllerrevisions"
    Then the command should succeed
    And the output should contain "API Version:  apps/v1"
    And the output should contain "Revision:"

  Scenario: A mistyped command gets cobra's "Did you mean this?" with the commands within two edits
    When I run "kubectl lable nodes node-1 disktype=ssd"
    Then the command should fail with 'error: unknown command "lable" for "kubectl"'
    And the command should fail with "Did you mean this?"

  Scenario: The cheat sheet's JSONPath and custom-columns forms over nodes
    When I run "kubectl get nodes -o jsonpath='{range .items[*]}{@.metadata.name}:{range @.status.conditions[*]}{@.type}={@.status};{end}{end}'"
    Then the output should be:
      """
      node-1:MemoryPressure=False;DiskPressure=False;PIDPressure=False;Ready=True;
      """
    When I run "kubectl get node -o custom-columns='NODE_NAME:.metadata.name,STATUS:.status.conditions[?(@.type==\"Ready\")].status'"
    Then the output should be:
      """
      NODE_NAME   STATUS
      node-1      True
      """
    And "kubectl get nodes -o jsonpath='{.items[*].status.addresses[?(@.type==\"ExternalIP\")].address}'" should print ""

  Scenario: A JSONPath template that does not parse is an error, whatever is listed
    Given I run "kubectl run web --image=nginx"
    When I run "kubectl get pods -o jsonpath='{.items['"
    Then the command should fail with "error: error parsing jsonpath {.items[, unterminated array"
    When I run "kubectl run other --image=nginx --dry-run=client -o jsonpath='{[\"data\"]}'"
    Then the command should fail with 'error: error parsing jsonpath {["data"]}, invalid array index "data"'

  Scenario: A kubectl command kubespec does not simulate is refused as such
    When I run "kubectl explain pods"
    Then the command should fail with 'error: "kubectl explain" is a kubectl command that kubespec does not simulate'
    When I run "kubectl edit svc/kubernetes"
    Then the command should fail with 'error: "kubectl edit" is a kubectl command that kubespec does not simulate'

  Scenario: An empty listing prints an empty List in the generic output formats
    When I run "kubectl get pods -o yaml"
    Then the output should be:
      """
      apiVersion: v1
      items: []
      kind: List
      metadata:
        resourceVersion: ""
      """
    And "kubectl get pods -o jsonpath={.items}" should print "[]"
    And "kubectl get pods -o json --ignore-not-found" should print ""
