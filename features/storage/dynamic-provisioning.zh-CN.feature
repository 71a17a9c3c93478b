# language: zh-CN
功能: 默认 StorageClass 按需创建卷
  kind 的默认存储类 standard 使用 rancher.io/local-path，绑定模式为 WaitForFirstConsumer：
  申领先保持 Pending，等到使用它的 Pod 被调度后，才在该 Pod 所在的节点上创建名为 pvc-<UID> 的卷。

  场景: 申领等待第一个使用者，然后在 Pod 的节点上创建卷
    假如 一个包含 2 个节点的集群
    当 我应用以下清单
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    那么 "kubectl get pvc data -o jsonpath={.status.phase}" 应该输出 "Pending"
    而且 "kubectl get pvc data -o jsonpath={.spec.storageClassName}" 应该输出 "standard"
    当 我应用以下清单
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        nodeSelector:
          kubernetes.io/hostname: node-2
        containers:
        - name: web
          image: nginx
          volumeMounts:
          - name: data
            mountPath: /usr/share/nginx/html
        volumes:
        - name: data
          persistentVolumeClaim:
            claimName: data
      """
    而且 我最多等待 10 秒 直到 "kubectl get pvc data -o jsonpath={.status.phase}" 输出 "Bound"
    那么 申领 "data" 应该绑定到卷 pvc-<它的 UID>
    而且 申领 "data" 绑定的卷应该匹配
      """
      spec:
        persistentVolumeReclaimPolicy: Delete
        nodeAffinity:
          required:
            nodeSelectorTerms:
            - matchExpressions:
              - key: kubernetes.io/hostname
                operator: In
                values: [node-2]
      """
    而且 在 30 秒 内 Pod "web" 的状态应该变为 "Running"
