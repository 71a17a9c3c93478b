Feature: Job 和 CronJob — run-to-completion pods and scheduled Jobs
  A Job runs pods until enough succeed, retrying failures with a growing back-off. A CronJob creates a
  Job named `<cronjob>-<scheduled time in minutes since the epoch>` at each scheduled time.

  Background:
    Given a cluster with 1 node

  Scenario: A Job creates its pod with the generated selector labels and the tracking finalizer
    When I apply:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: pi
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
              - name: pi
                image: perl
                command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(200)"]
      """
    Then there should be 1 pods labelled "job-name=pi"
    And "job/pi" should match:
      """
      spec:
        completions: 1
        parallelism: 1
        backoffLimit: 6
      status:
        active: 1
        ready: 0
        terminating: 0
        startTime: "2025-01-01T00:00:00Z"
        uncountedTerminatedPods: {}
      """
    When I run "kubectl get pods -l job-name=pi -o jsonpath={.items[0].metadata.finalizers[0]}"
    Then the output should be:
      """
      batch.kubernetes.io/job-tracking
      """
    # A Job created without labels is read back with its template's generated labels (SetDefaults_Job runs again
    # when the apiserver reads the stored object), as the Jobs page's `kubectl describe job pi` shows.
    When I run "kubectl get job pi -o jsonpath='{.metadata.labels.batch\.kubernetes\.io/job-name}/{.metadata.labels.job-name}'"
    Then the output should be:
      """
      pi/pi
      """

  Scenario: parallelism caps the pods running at once
    When I apply:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: work
      spec:
        completions: 5
        parallelism: 2
        template:
          spec:
            restartPolicy: OnFailure
            containers:
              - name: work
                image: busybox
                command: ["sh", "-c", "sleep 3600"]
      """
    Then there should be 2 pods labelled "job-name=work"

  Scenario: An Indexed Job gives each pod its index and a stable hostname
    When I apply:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: indexed
      spec:
        completions: 3
        parallelism: 3
        completionMode: Indexed
        template:
          spec:
            restartPolicy: Never
            containers:
              - name: work
                image: busybox
                command: ["sh", "-c", "sleep 3600"]
      """
    Then there should be 1 pods labelled "batch.kubernetes.io/job-completion-index=2"
    When I run "kubectl get pods -l batch.kubernetes.io/job-completion-index=2 -o jsonpath={.items[0].spec.hostname}"
    Then the output should be:
      """
      indexed-2
      """

  Scenario: activeDeadlineSeconds fails the Job and removes its pods
    When I apply:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: slow
      spec:
        activeDeadlineSeconds: 30
        template:
          spec:
            restartPolicy: Never
            containers:
              - name: slow
                image: busybox
                command: ["sh", "-c", "sleep 3600"]
      """
    And 31 seconds pass
    Then "job/slow" should match:
      """
      status:
        conditions:
          - type: FailureTarget
            status: "True"
            reason: DeadlineExceeded
            message: Job was active longer than specified deadline
      """

  Scenario: A CronJob creates a Job named after the scheduled minute
    When I apply:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: hello
      spec:
        schedule: "*/1 * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: hello
                    image: busybox
                    command: ["sh", "-c", "date; echo Hello; sleep 30"]
      """
    And 61 seconds pass
    Then "job/hello-28928161" should exist
    And "job/hello-28928161" should match:
      """
      metadata:
        annotations:
          batch.kubernetes.io/cronjob-scheduled-timestamp: "2025-01-01T00:01:00Z"
        ownerReferences:
          - kind: CronJob
            name: hello
      """
    And "cronjob/hello" should match:
      """
      status:
        lastScheduleTime: "2025-01-01T00:01:00Z"
        active:
          - kind: Job
            name: hello-28928161
      """

  Scenario: A suspended CronJob creates no Jobs
    When I apply:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: hello
      spec:
        schedule: "@hourly"
        suspend: true
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: hello
                    image: busybox
      """
    And 2 hours pass
    Then there should be 0 jobs labelled "app!=none"

  Scenario: Forbid skips a run while the previous Job is still active; Replace deletes it
    When I apply:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: forbid
      spec:
        schedule: "*/1 * * * *"
        concurrencyPolicy: Forbid
        jobTemplate:
          metadata:
            labels:
              policy: forbid
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: sleep
                    image: busybox
                    command: ["sh", "-c", "sleep 3600"]
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: replace
      spec:
        schedule: "*/1 * * * *"
        concurrencyPolicy: Replace
        jobTemplate:
          metadata:
            labels:
              policy: replace
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: sleep
                    image: busybox
                    command: ["sh", "-c", "sleep 3600"]
      """
    And 121 seconds pass
    Then there should be 1 jobs labelled "policy=forbid"
    And "job/forbid-28928161" should exist
    And there should be 1 jobs labelled "policy=replace"
    And "job/replace-28928162" should exist
    When I run "kubectl get events"
    Then the output should contain "Not starting job because prior execution is running and concurrency policy is Forbid"
    And the output should contain "Deleted job replace-28928161"

  Scenario: kubectl create job --from=cronjob runs the template now, marked as manual
    When I apply:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: hello
      spec:
        schedule: "@daily"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: hello
                    image: busybox
      """
    And I run "kubectl create job hello-now --from=cronjob/hello"
    Then the output should be:
      """
      job.batch/hello-now created
      """
    And "job/hello-now" should match:
      """
      metadata:
        annotations:
          cronjob.kubernetes.io/instantiate: manual
        ownerReferences:
          - kind: CronJob
            name: hello
      """
    When I run "kubectl get events"
    Then the output should contain "Saw a job that the controller did not create or forgot: hello-now"

  Scenario: A Job completes with SuccessCriteriaMet and Complete
    When I run "kubectl create job hello --image=busybox -- echo hi"
    And I run "kubectl wait --for=condition=Complete job/hello --timeout=60s"
    Then "job/hello" should match:
      """
      status:
        succeeded: 1
        conditions:
          - type: SuccessCriteriaMet
            reason: CompletionsReached
          - type: Complete
            reason: CompletionsReached
            message: Reached expected number of succeeded pods
      """

  Scenario: A failing Job backs off 10s, 20s, 40s and fails past backoffLimit
    When I apply:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: fails
      spec:
        backoffLimit: 2
        template:
          spec:
            restartPolicy: Never
            containers:
              - name: fail
                image: busybox
                command: ["sh", "-c", "exit 1"]
      """
    And 2 minutes pass
    Then "job/fails" should match:
      """
      status:
        failed: 3
        conditions:
          - type: FailureTarget
            reason: BackoffLimitExceeded
          - type: Failed
            reason: BackoffLimitExceeded
            message: Job has reached the specified backoff limit
      """

  Scenario: The docs' pi Job computes π to 2000 digits and completes
    When I apply:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: pi
      spec:
        template:
          spec:
            containers:
            - name: pi
              image: perl:5.34.0
              command: ["perl",  "-Mbignum=bpi", "-wle", "print bpi(2000)"]
            restartPolicy: Never
        backoffLimit: 4
      """
    And I run "kubectl wait --for=condition=complete job/pi --timeout=300s"
    Then the output should be:
      """
      job.batch/pi condition met
      """
    When I run "kubectl logs job/pi"
    Then the output should contain "3.14159265358979323846264338327950288419716939937510582097494459230781640628"
    # The 2000th significant digit, rounded up from …27590099: a longer print would not end in …275901.
    And the output should contain "5739624138908658326459958133904780275901"
    And the output should not contain "047802759010"

  Scenario: The docs' pod failure policy fails the Job on exit code 42 without using up backoffLimit
    When I apply:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: job-pod-failure-policy-example
      spec:
        completions: 12
        parallelism: 3
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: main
              image: docker.io/library/bash:5
              command: ["bash"]
              args:
              - -c
              - echo "Hello world!" && sleep 5 && exit 42
        backoffLimit: 6
        podFailurePolicy:
          rules:
          - action: FailJob
            onExitCodes:
              containerName: main
              operator: In
              values: [42]
          - action: Ignore
            onPodConditions:
            - type: DisruptionTarget
              status: "True"
      """
    And 30 seconds pass
    When I run "kubectl get jobs"
    Then the output should be:
      """
      NAME                             STATUS   COMPLETIONS   DURATION   AGE
      job-pod-failure-policy-example   Failed   0/12          30s        30s
      """
    When I run "kubectl get job job-pod-failure-policy-example -o jsonpath={.status.conditions[*].reason}"
    Then the output should be:
      """
      PodFailurePolicy PodFailurePolicy
      """
    When I run "kubectl get job job-pod-failure-policy-example -o jsonpath={.status.conditions[1].message}"
    Then the output should contain "failed with exit code 42 matching FailJob rule at index 0"
    When I run "kubectl get events --field-selector reason=PodFailurePolicy"
    Then the output should contain "Warning   PodFailurePolicy   job/job-pod-failure-policy-example   Container main for pod default/job-pod-failure-policy-example-"

  Scenario: Suspending a Job deletes its pod; resuming creates a new one, as the Jobs page's events show
    When I apply:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: myjob
      spec:
        parallelism: 1
        completions: 5
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: work
              image: busybox
              command: ["sh", "-c", "sleep 30"]
      """
    And 10 seconds pass
    When I run "kubectl patch job/myjob --type=strategic --patch '{\"spec\":{\"suspend\":true}}'"
    Then the output should be:
      """
      job.batch/myjob patched
      """
    And 60 seconds pass
    When I run "kubectl get jobs"
    Then the output should be:
      """
      NAME    STATUS      COMPLETIONS   DURATION   AGE
      myjob   Suspended   0/5           70s        70s
      """
    When I run "kubectl get job myjob -o jsonpath={.status.conditions[0].type}={.status.conditions[0].status}"
    Then the output should be:
      """
      Suspended=True
      """
    When I run "kubectl patch job/myjob --type=strategic --patch '{\"spec\":{\"suspend\":false}}'"
    And 3 seconds pass
    When I run "kubectl get events --field-selector involvedObject.kind=Job -o custom-columns=REASON:.reason,MESSAGE:.message"
    Then the output should contain "Suspended          Job suspended"
    And the output should contain "Resumed            Job resumed"
    When I run "kubectl get jobs"
    Then the output should be:
      """
      NAME    STATUS    COMPLETIONS   DURATION   AGE
      myjob   Running   0/5           3s         73s
      """

  Scenario: The docs' Indexed Job reads its completion index from a downward API file and reverses it
    When I apply:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: indexed-job
      spec:
        completions: 5
        parallelism: 3
        completionMode: Indexed
        template:
          spec:
            restartPolicy: Never
            containers:
            - name: worker
              image: docker.io/library/busybox
              command: ["rev", "/input/data.txt"]
              volumeMounts:
              - mountPath: /input
                name: input
            volumes:
            - name: input
              downwardAPI:
                items:
                - path: data.txt
                  fieldRef:
                    fieldPath: metadata.annotations['batch.kubernetes.io/job-completion-index']
      """
    And I run "kubectl wait --for=condition=complete job/indexed-job --timeout=120s"
    When I run "kubectl get job indexed-job -o jsonpath={.status.completedIndexes}"
    Then the output should be:
      """
      0-4
      """
    When I run "kubectl get pods -l batch.kubernetes.io/job-completion-index=3 -o jsonpath={.items[0].metadata.generateName}"
    Then the output should be:
      """
      indexed-job-3-
      """
    When I run "kubectl logs -l batch.kubernetes.io/job-completion-index=3"
    Then the output should be:
      """
      3
      """

  Scenario: The docs' Indexed Job picks its item from a bash array by JOB_COMPLETION_INDEX
    # kubernetes.io tasks/job/indexed-parallel-processing-static, indexed-job.yaml as published (JSON-style YAML).
    When I apply:
      """
      {
        apiVersion: "batch/v1",
        kind: "Job",
        metadata: {
          name: "indexed-job",
        },
        spec: {
          completions: 5,
          parallelism: 3,
          completionMode: "Indexed",
          template: {
            spec: {
              restartPolicy: "Never",
              initContainers: [{
                name: "input",
                image: "docker.io/library/bash",
                command: [
                  "bash",
                  "-c",
                  "\
                     items=(foo bar baz qux xyz)\n\
                     echo ${items[$JOB_COMPLETION_INDEX]} > /input/data.txt\n\
                    ",
                ],
                volumeMounts: [{
                  mountPath: "/input",
                  name: "input",
                }],
              }],
              containers: [{
                name: "worker",
                image: "docker.io/library/busybox",
                command: [
                  "rev",
                  "/input/data.txt",
                ],
                volumeMounts: [{
                  mountPath: "/input",
                  name: "input",
                }],
              }],
              volumes: [{
                name: "input",
                emptyDir: {},
              }],
            },
          },
        },
      }
      """
    And I run "kubectl wait --for=condition=complete job/indexed-job --timeout=120s"
    When I run "kubectl get job indexed-job -o jsonpath={.status.completedIndexes}"
    Then the output should be:
      """
      0-4
      """
    When I run "kubectl logs -l batch.kubernetes.io/job-completion-index=0"
    Then the output should be:
      """
      oof
      """
    When I run "kubectl logs -l batch.kubernetes.io/job-completion-index=4"
    Then the output should be:
      """
      zyx
      """

  Scenario: concurrencyPolicy Allow lets the docs' runs overlap, one Job per minute
    When I apply:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: hello
      spec:
        schedule: "* * * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: hello
                    image: busybox:1.28
                    command: ["/bin/sh", "-c", "date; echo Hello from the Kubernetes cluster; sleep 150"]
      """
    And 190 seconds pass
    When I run "kubectl get jobs"
    Then the output should be:
      """
      NAME             STATUS    COMPLETIONS   DURATION   AGE
      hello-28928161   Running   0/1           2m10s      2m10s
      hello-28928162   Running   0/1           70s        70s
      hello-28928163   Running   0/1           10s        10s
      """
    When I run "kubectl get cronjob hello"
    Then the output should be:
      """
      NAME    SCHEDULE    TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
      hello   * * * * *   <none>     False     3        10s             3m10s
      """

  Scenario: failedJobsHistoryLimit keeps the two newest failed Jobs and deletes the older ones
    When I apply:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: fail
      spec:
        schedule: "* * * * *"
        failedJobsHistoryLimit: 2
        jobTemplate:
          spec:
            backoffLimit: 0
            template:
              spec:
                restartPolicy: Never
                containers:
                  - name: fail
                    image: busybox:1.28
                    command: ["/bin/sh", "-c", "exit 1"]
      """
    And 301 seconds pass
    When I run "kubectl get jobs -o name"
    Then the output should be:
      """
      job.batch/fail-28928164
      job.batch/fail-28928165
      """
    When I run "kubectl get events --field-selector reason=SuccessfulDelete,involvedObject.kind=CronJob"
    Then the output should contain "Deleted job fail-28928163"
    And the output should contain "Deleted job fail-28928161"
    When I run "kubectl get events --field-selector reason=SawCompletedJob"
    Then the output should contain "Saw completed job: fail-28928165, status: Failed"

  Scenario: timeZone Asia/Shanghai runs "0 9 * * *" at 01:00 UTC and stamps the Job in that zone
    When I apply:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: morning
      spec:
        schedule: "0 9 * * *"
        timeZone: Asia/Shanghai
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: date
                    image: busybox:1.28
                    command: ["/bin/sh", "-c", "date"]
      """
    And 3599 seconds pass
    Then there should be 0 jobs labelled "app!=none"
    When 2 seconds pass
    And I run "kubectl get jobs -o jsonpath={.items[*].metadata.annotations}"
    Then the output should be:
      """
      {"batch.kubernetes.io/cronjob-scheduled-timestamp":"2025-01-01T09:00:00+08:00"}
      """
    When I run "kubectl get cronjob morning -o wide"
    Then the output should contain "morning   0 9 * * *   Asia/Shanghai   False     0        1s"

  Scenario: Resuming after more than 100 missed minutes warns TooManyMissedTimes and runs only the latest
    When I apply:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: hello
      spec:
        schedule: "* * * * *"
        suspend: true
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: hello
                    image: busybox:1.28
                    command: ["/bin/sh", "-c", "date"]
      """
    And 2 hours pass
    When I run "kubectl patch cronjob hello -p '{\"spec\":{\"suspend\":false}}'"
    And 5 seconds pass
    When I run "kubectl get jobs -o name"
    Then the output should be:
      """
      job.batch/hello-28928280
      """
    When I run "kubectl get events --field-selector involvedObject.kind=CronJob"
    Then the output should be:
      """
      LAST SEEN   TYPE      REASON               OBJECT          MESSAGE
      5s          Warning   TooManyMissedTimes   cronjob/hello   too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew
      5s          Normal    SuccessfulCreate     cronjob/hello   Created job hello-28928280
      5s          Normal    SawCompletedJob      cronjob/hello   Saw completed job: hello-28928280, status: Complete
      """

  Scenario: With startingDeadlineSeconds only the missed times inside the deadline count: no warning on resume
    When I apply:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: hello
      spec:
        schedule: "* * * * *"
        startingDeadlineSeconds: 200
        suspend: true
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: hello
                    image: busybox:1.28
                    command: ["/bin/sh", "-c", "date"]
      """
    And 2 hours pass
    When I run "kubectl patch cronjob hello -p '{\"spec\":{\"suspend\":false}}'"
    And 5 seconds pass
    When I run "kubectl get jobs -o name"
    Then the output should be:
      """
      job.batch/hello-28928280
      """
    When I run "kubectl get events --field-selector involvedObject.kind=CronJob"
    Then the output should not contain "TooManyMissedTimes"

  Scenario: The docs' Indexed Job pods ping each other as <hostname>.<headless service> and complete
    When I apply:
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: headless-svc
      spec:
        clusterIP: None
        selector:
          job-name: example-job
      ---
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: example-job
      spec:
        completions: 3
        parallelism: 3
        completionMode: Indexed
        template:
          spec:
            subdomain: headless-svc
            restartPolicy: Never
            containers:
            - name: example-workload
              image: bash:latest
              command:
              - bash
              - -c
              - |
                for i in 0 1 2
                do
                  gotStatus="-1"
                  wantStatus="0"
                  while [ $gotStatus -ne $wantStatus ]
                  do
                    ping -c 1 example-job-${i}.headless-svc > /dev/null 2>&1
                    gotStatus=$?
                    if [ $gotStatus -ne $wantStatus ]; then
                      echo "Failed to ping pod example-job-${i}.headless-svc, retrying in 1 second..."
                      sleep 1
                    fi
                  done
                  echo "Successfully pinged pod: example-job-${i}.headless-svc"
                done
      """
    And I run "kubectl wait --for=condition=complete job/example-job --timeout=60s"
    When I run "kubectl get job example-job"
    Then the output should contain "example-job   Complete   3/3"
    When I run "kubectl logs -l batch.kubernetes.io/job-completion-index=2"
    Then the output should contain "Successfully pinged pod: example-job-0.headless-svc"
    And the output should contain "Successfully pinged pod: example-job-1.headless-svc"
    And the output should contain "Successfully pinged pod: example-job-2.headless-svc"
