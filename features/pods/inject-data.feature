Feature: Injecting data into an application (kubernetes.io "Inject Data Into Applications" tasks)
  A container's command and args replace the image's entrypoint and cmd; `env` adds variables, which may
  reference earlier ones as `$(VAR)`; the Downward API exposes pod and container fields as variables
  (fieldRef, resourceFieldRef) and as files of a downwardAPI volume, which the kubelet rewrites when the
  pod's labels or annotations change. The manifests are the pages' own.

  Background:
    Given a cluster with 1 node

  Scenario: command and args override the image (pods/commands.yaml)
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: command-demo
        labels:
          purpose: demonstrate-command
      spec:
        containers:
        - name: command-demo-container
          image: debian
          command: ["printenv"]
          args: ["HOSTNAME", "KUBERNETES_PORT"]
        restartPolicy: OnFailure
      """
    Then within 10 seconds pod "command-demo" should be "Completed"
    When I run "kubectl logs command-demo"
    Then the output should be:
      """
      command-demo
      tcp://10.96.0.1:443
      """

  Scenario: env sets variables beside the image's own (pods/inject/envars.yaml)
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: envar-demo
        labels:
          purpose: demonstrate-envars
      spec:
        containers:
        - name: envar-demo-container
          image: gcr.io/google-samples/hello-app:2.0
          env:
          - name: DEMO_GREETING
            value: "Hello from the environment"
          - name: DEMO_FAREWELL
            value: "Such a sweet sorrow"
      """
    And 10 seconds pass
    When I run "kubectl get pods -l purpose=demonstrate-envars"
    Then the output should be:
      """
      NAME         READY   STATUS    RESTARTS   AGE
      envar-demo   1/1     Running   0          10s
      """
    # containerd's order: PATH, HOSTNAME, the image's ENV, the container's env, the service variables, then HOME.
    When I run "kubectl exec envar-demo -- printenv"
    Then the output should be:
      """
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
      HOSTNAME=envar-demo
      PORT=8080
      DEMO_GREETING=Hello from the environment
      DEMO_FAREWELL=Such a sweet sorrow
      KUBERNETES_SERVICE_HOST=10.96.0.1
      KUBERNETES_SERVICE_PORT=443
      KUBERNETES_SERVICE_PORT_HTTPS=443
      KUBERNETES_PORT=tcp://10.96.0.1:443
      KUBERNETES_PORT_443_TCP=tcp://10.96.0.1:443
      KUBERNETES_PORT_443_TCP_PROTO=tcp
      KUBERNETES_PORT_443_TCP_PORT=443
      KUBERNETES_PORT_443_TCP_ADDR=10.96.0.1
      HOME=/root
      """

  Scenario: a variable built from earlier ones becomes an argument (the page's print-greeting)
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: print-greeting
      spec:
        containers:
        - name: env-print-demo
          image: bash
          env:
          - name: GREETING
            value: "Warm greetings to"
          - name: HONORIFIC
            value: "The Most Honorable"
          - name: NAME
            value: "Kubernetes"
          - name: MESSAGE
            value: "$(GREETING) $(HONORIFIC) $(NAME)"
          command: ["echo"]
          args: ["$(MESSAGE)"]
      """
    And 5 seconds pass
    Then "kubectl logs print-greeting" should print "Warm greetings to The Most Honorable Kubernetes"

  Scenario: pod and container fields as environment variables (dapi-envars-pod.yaml, dapi-envars-container.yaml)
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: dapi-envars-fieldref
      spec:
        containers:
          - name: test-container
            image: registry.k8s.io/busybox:1.27.2
            command: [ "sh", "-c"]
            args:
            - while true; do
                echo -en '\n';
                printenv MY_NODE_NAME MY_POD_NAME MY_POD_NAMESPACE;
                printenv MY_POD_IP MY_POD_SERVICE_ACCOUNT;
                sleep 10;
              done;
            env:
              - name: MY_NODE_NAME
                valueFrom:
                  fieldRef:
                    fieldPath: spec.nodeName
              - name: MY_POD_NAME
                valueFrom:
                  fieldRef:
                    fieldPath: metadata.name
              - name: MY_POD_NAMESPACE
                valueFrom:
                  fieldRef:
                    fieldPath: metadata.namespace
              - name: MY_POD_IP
                valueFrom:
                  fieldRef:
                    fieldPath: status.podIP
              - name: MY_POD_SERVICE_ACCOUNT
                valueFrom:
                  fieldRef:
                    fieldPath: spec.serviceAccountName
        restartPolicy: Never
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: dapi-envars-resourcefieldref
      spec:
        containers:
          - name: test-container
            image: registry.k8s.io/busybox:1.27.2
            command: [ "sh", "-c"]
            args:
            - while true; do
                echo -en '\n';
                printenv MY_CPU_REQUEST MY_CPU_LIMIT;
                printenv MY_MEM_REQUEST MY_MEM_LIMIT;
                sleep 10;
              done;
            resources:
              requests:
                memory: "32Mi"
                cpu: "125m"
              limits:
                memory: "64Mi"
                cpu: "250m"
            env:
              - name: MY_CPU_REQUEST
                valueFrom:
                  resourceFieldRef:
                    containerName: test-container
                    resource: requests.cpu
              - name: MY_CPU_LIMIT
                valueFrom:
                  resourceFieldRef:
                    containerName: test-container
                    resource: limits.cpu
              - name: MY_MEM_REQUEST
                valueFrom:
                  resourceFieldRef:
                    containerName: test-container
                    resource: requests.memory
              - name: MY_MEM_LIMIT
                valueFrom:
                  resourceFieldRef:
                    containerName: test-container
                    resource: limits.memory
        restartPolicy: Never
      """
    And 5 seconds pass
    # The loop's `echo -en '\n'` opens each round with an empty line; CPU rounds up to whole cores (divisor 1).
    When I run "kubectl logs dapi-envars-fieldref"
    Then the output should be:
      """

      node-1
      dapi-envars-fieldref
      default
      10.244.0.2
      default
      """
    When I run "kubectl logs dapi-envars-resourcefieldref"
    Then the output should be:
      """

      1
      1
      33554432
      67108864
      """

  Scenario: a downwardAPI volume holds the labels and annotations, and follows their changes (dapi-volume.yaml)
    # `kubectl create`, as the page once did: `apply` would add its last-applied-configuration annotation to the file.
    Given a file "dapi-volume.yaml" containing:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubernetes-downwardapi-volume-example
        labels:
          zone: us-est-coast
          cluster: test-cluster1
          rack: rack-22
        annotations:
          build: two
          builder: john-doe
      spec:
        containers:
          - name: client-container
            image: registry.k8s.io/busybox:1.27.2
            command: ["sh", "-c"]
            args:
            - while true; do
                if [[ -e /etc/podinfo/labels ]]; then
                  echo -en '\n\n'; cat /etc/podinfo/labels; fi;
                if [[ -e /etc/podinfo/annotations ]]; then
                  echo -en '\n\n'; cat /etc/podinfo/annotations; fi;
                sleep 5;
              done;
            volumeMounts:
              - name: podinfo
                mountPath: /etc/podinfo
        volumes:
          - name: podinfo
            downwardAPI:
              items:
                - path: "labels"
                  fieldRef:
                    fieldPath: metadata.labels
                - path: "annotations"
                  fieldRef:
                    fieldPath: metadata.annotations
      """
    When I run "kubectl create -f dapi-volume.yaml"
    And 3 seconds pass
    # busybox ash's `[[` is its test builtin. Each file is `key="value"` lines without a final newline.
    When I run "kubectl logs kubernetes-downwardapi-volume-example"
    Then the output should be:
      """


      cluster="test-cluster1"
      rack="rack-22"
      zone="us-est-coast"

      build="two"
      builder="john-doe"
      """
    When I run "kubectl label pod kubernetes-downwardapi-volume-example tier=frontend"
    And I run "kubectl annotate pod kubernetes-downwardapi-volume-example builder=jane-doe --overwrite"
    # The kubelet rewrites the volume on its next periodic sync of the pod (within 60-90 s).
    And 90 seconds pass
    When I run "kubectl exec kubernetes-downwardapi-volume-example -- cat /etc/podinfo/labels"
    Then the output should be:
      """
      cluster="test-cluster1"
      rack="rack-22"
      tier="frontend"
      zone="us-est-coast"
      """
    When I run "kubectl exec kubernetes-downwardapi-volume-example -- cat /etc/podinfo/annotations"
    Then the output should be:
      """
      build="two"
      builder="jane-doe"
      """

  Scenario: container resources as files, in the divisor's units (dapi-volume-resources.yaml)
    When I apply:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: kubernetes-downwardapi-volume-example-2
      spec:
        containers:
          - name: client-container
            image: registry.k8s.io/busybox:1.27.2
            command: ["sh", "-c"]
            args:
            - while true; do
                echo -en '\n';
                if [[ -e /etc/podinfo/cpu_limit ]]; then
                  echo -en '\n'; cat /etc/podinfo/cpu_limit; fi;
                if [[ -e /etc/podinfo/cpu_request ]]; then
                  echo -en '\n'; cat /etc/podinfo/cpu_request; fi;
                if [[ -e /etc/podinfo/mem_limit ]]; then
                  echo -en '\n'; cat /etc/podinfo/mem_limit; fi;
                if [[ -e /etc/podinfo/mem_request ]]; then
                  echo -en '\n'; cat /etc/podinfo/mem_request; fi;
                sleep 5;
              done;
            resources:
              requests:
                memory: "32Mi"
                cpu: "125m"
              limits:
                memory: "64Mi"
                cpu: "250m"
            volumeMounts:
              - name: podinfo
                mountPath: /etc/podinfo
        volumes:
          - name: podinfo
            downwardAPI:
              items:
                - path: "cpu_limit"
                  resourceFieldRef:
                    containerName: client-container
                    resource: limits.cpu
                    divisor: 1m
                - path: "cpu_request"
                  resourceFieldRef:
                    containerName: client-container
                    resource: requests.cpu
                    divisor: 1m
                - path: "mem_limit"
                  resourceFieldRef:
                    containerName: client-container
                    resource: limits.memory
                    divisor: 1Mi
                - path: "mem_request"
                  resourceFieldRef:
                    containerName: client-container
                    resource: requests.memory
                    divisor: 1Mi
      """
    And 3 seconds pass
    Then "kubectl exec kubernetes-downwardapi-volume-example-2 -- cat /etc/podinfo/cpu_limit" should print "250"
    When I run "kubectl logs kubernetes-downwardapi-volume-example-2"
    Then the output should be:
      """


      250
      125
      64
      32
      """
