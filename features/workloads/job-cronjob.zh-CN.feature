# language: zh-CN
功能: Job 和 CronJob
  Job 运行到完成为止；CronJob 按计划创建名为 `<cronjob>-<计划时间的分钟数>` 的 Job。

  背景:
    假如 一个包含 1 个节点的集群

  场景: Job 运行一个 Pod 直到成功
    当 我运行 "kubectl create job hello --image=busybox -- echo hi"
    那么 输出应该是
      """
      job.batch/hello created
      """
    当 我运行 "kubectl wait --for=condition=Complete job/hello --timeout=60s"
    那么 输出应该是
      """
      job.batch/hello condition met
      """
    而且 "job/hello" 应该匹配
      """
      status:
        succeeded: 1
        conditions:
          - type: Complete
            status: "True"
            reason: CompletionsReached
      """

  场景: restartPolicy 为 Always 的 Job 会被拒绝
    当 我应用以下清单
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: bad
      spec:
        template:
          spec:
            restartPolicy: Always
            containers:
              - name: bad
                image: busybox
      """
    那么 命令应该失败并提示 "The Job \"bad\" is invalid: spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\""

  场景: CronJob 每分钟创建一个 Job
    当 我应用以下清单
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
                    command: ["sh", "-c", "date; echo Hello"]
      """
    而且 过了 121 seconds
    那么 "job/hello-28928161" 应该存在
    而且 "job/hello-28928162" 应该存在
