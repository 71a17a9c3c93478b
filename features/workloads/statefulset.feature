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
      And I have applied:
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
