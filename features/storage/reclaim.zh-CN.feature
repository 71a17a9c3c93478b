# language: zh-CN
功能: 回收策略决定申领删除后卷的去向
  Retain（保留）：PV 变为 Released，保留 claimRef 和数据，管理员清除 spec.claimRef 之前不会再次绑定。
  Recycle（回收，已弃用）：只支持 NFS 和 HostPath 卷，清空数据后 PV 重新变为 Available；其他类型的卷变为 Failed。

  背景:
    假如 一个包含 1 个节点的集群

  场景: Retain 策略下删除申领后 PV 变为 Released，数据仍在
    假如 节点 "node-1" 上有文件 "/mnt/data/index.html" 内容为 "hello"
    而且 我已应用以下清单
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: task-pv
      spec:
        storageClassName: manual
        persistentVolumeReclaimPolicy: Retain
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        hostPath:
          path: /mnt/data
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: task-pvc
      spec:
        storageClassName: manual
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    当 我运行 "kubectl delete pvc task-pvc"
    那么 "kubectl get pv task-pv -o jsonpath={.status.phase}" 应该输出 "Released"
    而且 "kubectl get pv task-pv -o jsonpath={.spec.claimRef.name}" 应该输出 "task-pvc"
    而且 节点 "node-1" 上应该有路径 "/mnt/data/index.html"
    当 我运行 "kubectl patch pv task-pv -p '{\"spec\":{\"claimRef\":null}}'"
    那么 "kubectl get pv task-pv -o jsonpath={.status.phase}" 应该输出 "Available"

  场景: Recycle 策略只支持 NFS 和 HostPath
    假如 我已应用以下清单
      """
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: nfs-pv
      spec:
        persistentVolumeReclaimPolicy: Recycle
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteMany]
        nfs:
          server: nfs.example.com
          path: /exports/share
      ---
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: csi-pv
      spec:
        persistentVolumeReclaimPolicy: Recycle
        capacity:
          storage: 1Gi
        accessModes: [ReadWriteOnce]
        csi:
          driver: ebs.csi.aws.com
          volumeHandle: vol-0123
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: shared
      spec:
        storageClassName: ""
        accessModes: [ReadWriteMany]
        resources:
          requests:
            storage: 1Gi
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: disk
      spec:
        storageClassName: ""
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """
    而且 NFS 服务器 "nfs.example.com" 上有文件 "/exports/share/old.txt" 内容为 "旧数据"
    当 我运行 "kubectl delete pvc shared disk"
    那么 "pv/csi-pv" 应该匹配
      """
      status:
        phase: Failed
        message: No recycler plugin found for the volume!
      """
    当 我最多等待 30 秒 直到 "kubectl get pv nfs-pv -o jsonpath={.status.phase}" 输出 "Available"
    那么 目录 "/exports/share" 在 NFS 服务器 "nfs.example.com" 上应该为空
