Feature: Sharding a kubespec suite with an Indexed Job
  docs/sharding.md runs a large suite (or a course's grading batch) as a Kubernetes Indexed Job: four pods,
  each told its completion index in JOB_COMPLETION_INDEX, each running `kubespec run --shard INDEX+1/4`.
  These scenarios check that manifest on kubespec's own simulated cluster.

  Background:
    Given a cluster with 2 nodes

  Scenario: The Job from docs/sharding.md starts four pods, one per completion index, each told its index
    When I apply:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: kubespec-suite
      spec:
        completionMode: Indexed
        completions: 4
        parallelism: 4
        backoffLimit: 0
        template:
          spec:
            restartPolicy: Never
            containers:
              - name: kubespec
                image: registry.example.com/course/kubespec-suite:1.0
                command: ["sh", "-c", "npx kubespec run features --shard $((JOB_COMPLETION_INDEX + 1))/4 --format junit:reports/shard-$JOB_COMPLETION_INDEX.xml"]
                resources:
                  requests:
                    cpu: "1"
                    memory: 1Gi
      """
    Then there should be 4 pods labelled "job-name=kubespec-suite"
    And there should be 1 pods labelled "batch.kubernetes.io/job-completion-index=0"
    And there should be 1 pods labelled "batch.kubernetes.io/job-completion-index=1"
    And there should be 1 pods labelled "batch.kubernetes.io/job-completion-index=2"
    And there should be 1 pods labelled "batch.kubernetes.io/job-completion-index=3"
    When I run "kubectl get pods -l batch.kubernetes.io/job-completion-index=3 -o jsonpath={.items[0].spec.containers[0].env[0]}"
    Then the output should be:
      """
      {"name":"JOB_COMPLETION_INDEX","valueFrom":{"fieldRef":{"apiVersion":"v1","fieldPath":"metadata.annotations['batch.kubernetes.io/job-completion-index']"}}}
      """
    When I wait up to 2 minutes until "kubectl get job kubespec-suite -o jsonpath={.status.active}" prints "4"

  Scenario: Each index computes its own shard argument, 1/4 to 4/4
    When I apply:
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: shard-args
      spec:
        completionMode: Indexed
        completions: 4
        parallelism: 4
        template:
          spec:
            restartPolicy: Never
            containers:
              - name: kubespec
                image: busybox
                command: ["sh", "-c", "echo kubespec run features --shard $((JOB_COMPLETION_INDEX + 1))/4"]
      """
    And I wait up to 2 minutes until "kubectl get job shard-args -o jsonpath={.status.succeeded}" prints "4"
    Then "kubectl logs -l batch.kubernetes.io/job-completion-index=0" should print "kubespec run features --shard 1/4"
    And "kubectl logs -l batch.kubernetes.io/job-completion-index=3" should print "kubespec run features --shard 4/4"
    And "kubectl get job shard-args -o jsonpath={.status.completedIndexes}" should print "0-3"
