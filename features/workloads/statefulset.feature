Feature: StatefulSet — stable names, ordered start, per-pod storage
  StatefulSet pods are `<name>-<ordinal>` with a stable hostname and subdomain. OrderedReady starts each
  pod only when the previous one is Running and Ready, and scales down from the highest ordinal. Each
  volumeClaimTemplate gives a claim `<template>-<name>-<ordinal>` that outlives its pod.

  Rule: Ordered pods, stable identities and per-pod claims

    Background:
      Given a cluster with 2 nodes
      And I have applied:
        """
        apiVersion: v1
        kind: Service
        metadata:
          name: nginx
        spec:
          clusterIP: None
          selector:
            app: nginx
          ports:
            - port: 80
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: web
        spec:
          serviceName: nginx
          replicas: 3
          selector:
            matchLabels:
              app: nginx
          template:
            metadata:
              labels:
                app: nginx
            spec:
              containers:
                - name: nginx
                  image: nginx:1.14
                  volumeMounts:
                    - name: www
                      mountPath: /usr/share/nginx/html
          volumeClaimTemplates:
            - metadata:
                name: www
              spec:
                accessModes: ["ReadWriteOnce"]
                resources:
                  requests:
                    storage: 1Gi
        """

    Scenario: Pods start one at a time in ordinal order, each with a stable identity and claim
      Then "pod/web-0" should exist
      And "pod/web-1" should not exist
      And "pod/web-0" should match:
        """
        metadata:
          labels:
            statefulset.kubernetes.io/pod-name: web-0
            apps.kubernetes.io/pod-index: "0"
        spec:
          hostname: web-0
          subdomain: nginx
        """
      And "persistentvolumeclaim/www-web-0" should exist
      When I run "kubectl rollout status statefulset/web"
      Then the output should contain "Waiting for 3 pods to be ready..."
      And the output should contain "partitioned roll out complete: 3 new pods have been updated..."
      And "pod/web-2" should exist
      And "persistentvolumeclaim/www-web-2" should exist
      When I run "kubectl get events"
      Then the output should contain "create Claim www-web-0 Pod web-0 in StatefulSet web success"
      And the output should contain "create Pod web-0 in StatefulSet web successful"

    Scenario: Scaling down removes the highest ordinals and keeps their claims; scaling up reuses them
      When I run "kubectl rollout status statefulset/web"
      And I run "kubectl scale statefulset web --replicas=1"
      Then the output should be:
        """
        statefulset.apps/web scaled
        """
      When I wait up to 2 minutes until "kubectl get pods -l app=nginx -o name" prints "pod/web-0"
      Then "persistentvolumeclaim/www-web-2" should exist
      When I run "kubectl scale statefulset web --replicas=3"
      And I run "kubectl rollout status statefulset/web"
      Then "pod/web-2" should match:
        """
        spec:
          volumes:
            - name: www
              persistentVolumeClaim:
                claimName: www-web-2
        """

    Scenario: A partitioned rolling update only replaces the ordinals at or above the partition
      When I run "kubectl rollout status statefulset/web"
      And I run "kubectl patch statefulset web -p '{\"spec\":{\"updateStrategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"partition\":2}}}}'"
      And I run "kubectl set image statefulset/web nginx=nginx:1.16"
      And I run "kubectl rollout status statefulset/web"
      Then the output should contain "partitioned roll out complete: 1 new pods have been updated..."
      And "pod/web-2" should match:
        """
        spec:
          containers:
            - name: nginx
              image: nginx:1.16
        """
      And "pod/web-1" should match:
        """
        spec:
          containers:
            - name: nginx
              image: nginx:1.14
        """

  Rule: The StatefulSet Basics tutorial (kubernetes.io) works as written with its web.yaml

    Background:
      Given a cluster with 2 nodes
      And a file "web.yaml" containing:
        """
        apiVersion: v1
        kind: Service
        metadata:
          name: nginx
          labels:
            app: nginx
        spec:
          ports:
          - port: 80
            name: web
          clusterIP: None
          selector:
            app: nginx
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: web
        spec:
          serviceName: "nginx"
          replicas: 2
          selector:
            matchLabels:
              app: nginx
          template:
            metadata:
              labels:
                app: nginx
            spec:
              containers:
              - name: nginx
                image: registry.k8s.io/nginx-slim:0.21
                ports:
                - containerPort: 80
                  name: web
                volumeMounts:
                - name: www
                  mountPath: /usr/share/nginx/html
          volumeClaimTemplates:
          - metadata:
              name: www
            spec:
              accessModes: [ "ReadWriteOnce" ]
              resources:
                requests:
                  storage: 1Gi
        """
      And I apply the file "web.yaml"

    Scenario: Each pod serves the hostname written to its claim, before and after the pods are replaced
      When I run "kubectl rollout status statefulset/web"
      And I run "kubectl exec web-1 -- sh -c 'hostname'"
      Then the output should be:
        """
        web-1
        """
      # The claim's volume starts empty and hides the image's welcome page: nginx has no index to serve.
      When I run "kubectl exec web-0 -- curl -s http://localhost/"
      Then the output should contain "<title>403 Forbidden</title>"
      And the output should contain "<center>nginx/1.13.3</center>"
      When I run "kubectl exec \"web-0\" -- sh -c 'echo \"$(hostname)\" > /usr/share/nginx/html/index.html'"
      And I run "kubectl exec \"web-1\" -- sh -c 'echo \"$(hostname)\" > /usr/share/nginx/html/index.html'"
      And I run "kubectl exec -i -t \"web-0\" -- curl http://localhost/"
      Then the output should contain "web-0"
      When I run "kubectl exec web-0 -- curl -s http://web-1.nginx/"
      Then the output should be:
        """
        web-1
        """
      When I run "kubectl delete pod -l app=nginx"
      Then the output should be:
        """
        pod "web-0" deleted
        pod "web-1" deleted
        """
      When I run "kubectl rollout status statefulset/web"
      And I run "kubectl exec web-0 -- cat /usr/share/nginx/html/index.html"
      Then the output should be:
        """
        web-0
        """
      When I run "kubectl exec web-1 -- curl -s http://localhost/"
      Then the output should be:
        """
        web-1
        """

    Scenario: A rolling update goes from the highest ordinal down; a partition stages it, then rolls out a canary and the rest
      When I run "kubectl scale sts web --replicas=3"
      And I run "kubectl rollout status sts/web"
      And I run "kubectl patch statefulset web --type='json' -p='[{\"op\": \"replace\", \"path\": \"/spec/template/spec/containers/0/image\", \"value\":\"registry.k8s.io/nginx-slim:0.24\"}]'"
      Then the output should be:
        """
        statefulset.apps/web patched
        """
      When I run "kubectl get pods -l app=nginx"
      Then the output should contain "web-2   1/1     Terminating"
      When I run "kubectl rollout status sts/web"
      Then the output should contain "partitioned roll out complete: 3 new pods have been updated..."
      When I run "kubectl get events --field-selector reason=SuccessfulDelete -o custom-columns=MESSAGE:.message"
      Then the output should be:
        """
        MESSAGE
        delete Pod web-2 in StatefulSet web successful
        delete Pod web-1 in StatefulSet web successful
        delete Pod web-0 in StatefulSet web successful
        """
      # Staging: with the partition at 3 no pod is updated, and a deleted pod comes back at its old image.
      When I run "kubectl patch statefulset web -p '{\"spec\":{\"updateStrategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"partition\":3}}}}'"
      And I run "kubectl patch statefulset web --type='json' -p='[{\"op\": \"replace\", \"path\": \"/spec/template/spec/containers/0/image\", \"value\":\"registry.k8s.io/nginx-slim:0.21\"}]'"
      And I run "kubectl delete pod web-2"
      And I run "kubectl rollout status sts/web"
      Then "kubectl get pod web-2 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'" should print "registry.k8s.io/nginx-slim:0.24"
      # Canary: partition 2 updates web-2 alone; web-1, deleted, is restored at the old image.
      When I run "kubectl patch statefulset web -p '{\"spec\":{\"updateStrategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"partition\":2}}}}'"
      And I run "kubectl rollout status sts/web"
      Then the output should contain "partitioned roll out complete: 1 new pods have been updated..."
      And "kubectl get pod web-2 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'" should print "registry.k8s.io/nginx-slim:0.21"
      When I run "kubectl delete pod web-1"
      And I run "kubectl rollout status sts/web"
      Then "kubectl get pod web-1 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'" should print "registry.k8s.io/nginx-slim:0.24"
      # Phased roll out: partition 0 lets the update reach every pod.
      When I run "kubectl patch statefulset web -p '{\"spec\":{\"updateStrategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"partition\":0}}}}'"
      And I run "kubectl rollout status sts/web"
      Then the output should contain "partitioned roll out complete: 3 new pods have been updated..."
      When I run "kubectl get pod -l app=nginx -o go-template --template '{{range $i, $e := .items}}{{range $j, $c := $e.spec.containers}}{{ $c.image }}{{\"\n\"}}{{end}}{{end}}'"
      Then the output should be:
        """
        registry.k8s.io/nginx-slim:0.21
        registry.k8s.io/nginx-slim:0.21
        registry.k8s.io/nginx-slim:0.21
        """

    Scenario: OnDelete leaves running pods at the old template until they are deleted
      When I run "kubectl rollout status sts/web"
      And I run "kubectl patch statefulset web -p '{\"spec\":{\"updateStrategy\":{\"type\":\"OnDelete\", \"rollingUpdate\": null}}}'"
      And I run "kubectl patch statefulset web --type='json' -p='[{\"op\": \"replace\", \"path\": \"/spec/template/spec/containers/0/image\", \"value\":\"registry.k8s.io/nginx-slim:0.24\"}]'"
      And 1 minute passes
      Then "kubectl get pods -l app=nginx -o jsonpath={.items[*].spec.containers[0].image}" should print "registry.k8s.io/nginx-slim:0.21 registry.k8s.io/nginx-slim:0.21"
      When I run "kubectl rollout status sts/web"
      Then the command should fail with "error: rollout status is only available for RollingUpdate strategy type"
      When I run "kubectl delete pod web-1"
      And I wait up to 1 minute until "kubectl get pod web-1 -o jsonpath={.status.phase}" prints "Running"
      Then "kubectl get pod web-1 -o jsonpath={.spec.containers[0].image}" should print "registry.k8s.io/nginx-slim:0.24"

    Scenario: A StatefulSet deleted with --cascade=orphan and created again adopts its pods and terminates the extra one
      When I run "kubectl scale sts web --replicas=3"
      And I run "kubectl rollout status sts/web"
      And I run "kubectl exec web-0 -- sh -c 'echo $(hostname) > /usr/share/nginx/html/index.html'"
      And I run "kubectl delete statefulset web --cascade=orphan"
      Then the output should be:
        """
        statefulset.apps "web" deleted
        """
      And there should be 3 pods labelled "app=nginx"
      When I run "kubectl delete pod web-0"
      And I run "kubectl get pods -l app=nginx -o name"
      Then the output should be:
        """
        pod/web-1
        pod/web-2
        """
      When I run "kubectl apply -f web.yaml"
      Then the output should be:
        """
        service/nginx unchanged
        statefulset.apps/web created
        """
      When I wait up to 2 minutes until "kubectl get pods -l app=nginx -o jsonpath={.items[*].metadata.name}" prints "web-0 web-1"
      Then "kubectl get pod web-1 -o jsonpath={.metadata.ownerReferences[0].name}" should print "web"
      And "kubectl get controllerrevisions -o name" should print "controllerrevision.apps/web-6d559df7cf"
      When I run "kubectl exec -i -t web-0 -- curl localhost"
      Then the output should be:
        """
        web-0
        """
      # A cascading delete takes the adopted pods too; the claims stay.
      When I run "kubectl delete statefulset web"
      And I wait up to 2 minutes until "kubectl get pods -l app=nginx -o name" prints ""
      Then "persistentvolumeclaim/www-web-2" should exist

  Rule: Parallel pod management and the claim retention policy

    Background:
      Given a cluster with 2 nodes

    Scenario: Parallel launches and terminates every pod at once
      When I apply:
        """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: web
        spec:
          serviceName: "nginx"
          podManagementPolicy: "Parallel"
          replicas: 2
          selector:
            matchLabels:
              app: nginx
          template:
            metadata:
              labels:
                app: nginx
            spec:
              containers:
              - name: nginx
                image: registry.k8s.io/nginx-slim:0.24
        """
      And I run "kubectl get pods -l app=nginx"
      Then the output should be:
        """
        NAME    READY   STATUS    RESTARTS   AGE
        web-0   0/1     Pending   0          0s
        web-1   0/1     Pending   0          0s
        """
      When I run "kubectl scale statefulset/web --replicas=4"
      And I run "kubectl get pods -l app=nginx -o name"
      Then the output should contain "pod/web-3"
      When I run "kubectl rollout status sts/web"
      And I run "kubectl delete sts web"
      And I run "kubectl get pods -l app=nginx -o custom-columns=NAME:.metadata.name,DELETING:.metadata.deletionTimestamp"
      Then the output should not contain "<none>"

    Scenario: whenScaled and whenDeleted Delete remove the claims of scaled-down pods and of a deleted set
      When I apply:
        """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: web
        spec:
          serviceName: nginx
          replicas: 2
          minReadySeconds: 10
          persistentVolumeClaimRetentionPolicy:
            whenDeleted: Delete
            whenScaled: Delete
          selector:
            matchLabels:
              app: nginx
          template:
            metadata:
              labels:
                app: nginx
            spec:
              containers:
              - name: nginx
                image: registry.k8s.io/nginx-slim:0.24
                volumeMounts:
                - name: www
                  mountPath: /usr/share/nginx/html
          volumeClaimTemplates:
          - metadata:
              name: www
            spec:
              accessModes: [ "ReadWriteOnce" ]
              resources:
                requests:
                  storage: 1Gi
        """
      And I run "kubectl rollout status sts/web"
      And I run "kubectl scale sts web --replicas=1"
      And I wait up to 2 minutes until "kubectl get pvc -o name" prints "persistentvolumeclaim/www-web-0"
      And I run "kubectl delete sts web"
      And I wait up to 2 minutes until "kubectl get pvc -o name" prints ""
