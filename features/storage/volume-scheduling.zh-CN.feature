# language: zh-CN
功能: 调度器把 Pod 放到它的卷所在的节点
  WaitForFirstConsumer 的申领由调度器选择节点：只有 node-2 上有合适的本地卷，
  所以卷被预绑定到申领，Pod 在申领绑定之后才被绑定到 node-2。

  场景: 本地卷在 node-2 上，Pod 也被调度到 node-2
    假如 一个包含 3 个节点的集群
    而且 我已应用以下清单
      """
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: local-storage
      provisioner: kubernetes.io/no-provisioner
      volumeBindingMode: WaitForFirstConsumer
      ---
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: local-node-2
      spec:
        storageClassName: local-storage
        capacity:
          storage: 5Gi
        accessModes: [ReadWriteOnce]
        local:
          path: /mnt/disks/vol1
        nodeAffinity:
          required:
            nodeSelectorTerms:
            - matchExpressions:
              - key: kubernetes.io/hostname
                operator: In
                values: [node-2]
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        storageClassName: local-storage
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    而且 节点 "node-2" 上有目录 "/mnt/disks/vol1"
    当 我应用以下清单
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
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
    那么 在 10 秒 内 Pod "web" 的状态应该变为 "Running"
    而且 "kubectl get pod web -o jsonpath={.spec.nodeName}" 应该输出 "node-2"
    而且 "kubectl get pvc data -o jsonpath={.spec.volumeName}" 应该输出 "local-node-2"
