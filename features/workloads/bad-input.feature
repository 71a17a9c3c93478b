Feature: Workloads reject bad input with Kubernetes' messages and change nothing

  Background:
    Given a cluster with 1 node

  Scenario: A selector that does not match the template labels
    When I apply:
      """
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata:
        name: web
      spec:
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: other
          spec:
            containers:
              - name: nginx
                image: nginx:1.14
      """
    Then the command should fail with "The ReplicaSet \"web\" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"other\"}: `selector` does not match template `labels`"
    And "replicaset/web" should not exist

  Scenario: Negative replicas
    When I apply:
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: -1
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
                image: nginx:1.14
      """
    Then the command should fail with "The Deployment \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0"
    And "deployment/web" should not exist
    When I run "kubectl create deployment web --image=nginx --replicas=2"
    And I run "kubectl scale deployment web --replicas=-1"
    Then the command should fail with "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0"
    And "deployment/web" should match:
      """
      spec:
        replicas: 2
      """

  Scenario: An unparsable cron schedule
    When I apply:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: hello
      spec:
        schedule: "bad"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: hello
                    image: busybox
      """
    Then the command should fail with "The CronJob \"hello\" is invalid: spec.schedule: Invalid value: \"bad\": expected exactly 5 fields, found 1: [bad]"
    And "cronjob/hello" should not exist

  Scenario: A CRON_TZ prefix instead of the timeZone field
    When I apply:
      """
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: hello
      spec:
        schedule: "CRON_TZ=Asia/Shanghai 0 8 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: hello
                    image: busybox
      """
    Then the command should fail with "spec.schedule: Invalid value: \"CRON_TZ=Asia/Shanghai 0 8 * * *\": cannot use TZ or CRON_TZ in schedule, use timeZone field instead"

  Scenario: set image for a container that does not exist
    When I run "kubectl create deployment web --image=nginx:1.14"
    And I run "kubectl set image deployment/web php=php:8"
    Then the command should fail with "error: unable to find container named \"php\""
    And "deployment/web" should match:
      """
      metadata:
        annotations:
          deployment.kubernetes.io/revision: "1"
      """
