Feature: Watching a ReplicationController's pods (kubernetes.io "ReplicationController", controllers/replication.yaml)
  The page creates three nginx replicas, reads their progress in `kubectl describe`, lists the pods by the
  controller's selector with JSONPath, and deletes the controller alone with its pods left running.

  Background:
    Given a cluster with 1 node
    When I apply:
      """
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: nginx
      spec:
        replicas: 3
        selector:
          app: nginx
        template:
          metadata:
            name: nginx
            labels:
              app: nginx
          spec:
            containers:
            - name: nginx
              image: nginx
              ports:
              - containerPort: 80
      """
    Then the output should be:
      """
      replicationcontroller/nginx created
      """

  Scenario: describe shows the pods waiting, then running
    # kubectl 1.32's describe: the pod template prints Host Port, Node-Selectors and Tolerations too.
    When I run "kubectl describe replicationcontrollers/nginx"
    Then the output should be:
      """
      Name:         nginx
      Namespace:    default
      Selector:     app=nginx
      Labels:       app=nginx
      Annotations:  <none>
      Replicas:     3 current / 3 desired
      Pods Status:  0 Running / 3 Waiting / 0 Succeeded / 0 Failed
      Pod Template:
        Labels:  app=nginx
        Containers:
         nginx:
          Image:         nginx
          Port:          80/TCP
          Host Port:     0/TCP
          Environment:   <none>
          Mounts:        <none>
        Volumes:         <none>
        Node-Selectors:  <none>
        Tolerations:     <none>
      Events:
        Type    Reason            Age   From                    Message
        ----    ------            ----  ----                    -------
        Normal  SuccessfulCreate  0s    replication-controller  Created pod: nginx-mmvb7
        Normal  SuccessfulCreate  0s    replication-controller  Created pod: nginx-c4fzk
        Normal  SuccessfulCreate  0s    replication-controller  Created pod: nginx-cdgxc
      """
    When 20 seconds pass
    And I run "kubectl describe rc nginx"
    Then the output should contain "Pods Status:  3 Running / 0 Waiting / 0 Succeeded / 0 Failed"
    When I run "kubectl get rc nginx -o wide"
    Then the output should be:
      """
      NAME    DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES   SELECTOR
      nginx   3         3         3       20s   nginx        nginx    app=nginx
      """

  Scenario: the selector lists the pods, which outlive an orphaning delete
    When I run "kubectl get pods --selector=app=nginx --output=jsonpath={.items..metadata.name}"
    Then the output should be:
      """
      nginx-c4fzk nginx-cdgxc nginx-mmvb7
      """
    # The page's boolean flag still works; kubectl 1.32 warns on stderr that it means --cascade=orphan.
    When I run "kubectl delete rc nginx --cascade=false"
    Then the output should be:
      """
      replicationcontroller "nginx" deleted
      """
    And there should be 3 pods labelled "app=nginx"
    And "kubectl get pods -o jsonpath={.items[*].metadata.ownerReferences}" should print ""
