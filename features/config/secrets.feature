Feature: Secrets
  A Secret holds base64-encoded bytes (encoding, not encryption). `stringData` is plain text merged into
  `data` on write; typed Secrets must carry their keys; `immutable: true` freezes the data.

  Background:
    Given a cluster with 1 node

  Scenario: kubectl create secret generic stores base64 that anyone allowed to read can decode
    When I run "kubectl create secret generic db-pass --from-literal=username=admin --from-literal=password=s3cr3t"
    Then the output should be:
      """
      secret/db-pass created
      """
    And "secret/db-pass" should match:
      """
      type: Opaque
      data:
        username: YWRtaW4=
        password: czNjcjN0
      """
    When I run "kubectl get secrets"
    Then the output should be:
      """
      NAME      TYPE     DATA   AGE
      db-pass   Opaque   2      0s
      """

  Scenario: stringData is merged into data and never stored itself
    Given I have applied:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: app
      type: Opaque
      data:
        user: YWRtaW4=
        mode: b2xk
      stringData:
        mode: new
        token: abc123
      """
    Then "kubectl get secret app -o jsonpath={.data.mode}" should print "bmV3"
    And "kubectl get secret app -o jsonpath={.data.token}" should print "YWJjMTIz"
    And "kubectl get secret app -o jsonpath={.stringData}" should print ""

  Scenario: kubectl create secret docker-registry writes a dockerconfigjson
    When I run "kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=bob --docker-password=pw"
    Then "secret/regcred" should match:
      """
      type: kubernetes.io/dockerconfigjson
      data:
        .dockerconfigjson: eyJhdXRocyI6eyJyZWdpc3RyeS5leGFtcGxlLmNvbSI6eyJ1c2VybmFtZSI6ImJvYiIsInBhc3N3b3JkIjoicHciLCJhdXRoIjoiWW05aU9uQjMifX19
      """

  Scenario: kubectl create secret tls checks the key pair
    When I run "kubectl create secret tls web-tls --cert=tls/web.crt --key=tls/web.key"
    Then the output should be:
      """
      secret/web-tls created
      """
    And "kubectl get secret web-tls -o jsonpath={.type}" should print "kubernetes.io/tls"
    When I run "kubectl create secret tls half --cert=tls/web.crt"
    Then the command should fail with "error: key and cert must be specified"

  Scenario Outline: Typed Secrets need their keys: <type>
    When I apply:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: typed
      type: <type>
      data:
        other: eA==
      """
    Then the command should fail with '<error>'
    And "secret/typed" should not exist

    Examples:
      | type                                | error                                                                    |
      | kubernetes.io/dockerconfigjson      | The Secret "typed" is invalid: data[.dockerconfigjson]: Required value   |
      | kubernetes.io/tls                   | * data[tls.key]: Required value                                          |
      | kubernetes.io/basic-auth            | data[username]: Required value                                           |
      | kubernetes.io/ssh-auth              | data[ssh-privatekey]: Required value                                     |
      | kubernetes.io/service-account-token | metadata.annotations[kubernetes.io/service-account.name]: Required value |

  Scenario: A dockerconfigjson Secret must hold valid JSON
    When I apply:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: regcred
      type: kubernetes.io/dockerconfigjson
      stringData:
        .dockerconfigjson: "{not json"
      """
    Then the command should fail with 'The Secret "regcred" is invalid: data[.dockerconfigjson]: Invalid value: "<secret contents redacted>"'

  Scenario: An immutable Secret cannot change, but can be deleted
    Given I have applied:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: frozen
      immutable: true
      stringData:
        key: one
      """
    When I apply:
      """
      apiVersion: v1
      kind: Secret
      metadata:
        name: frozen
      immutable: true
      stringData:
        key: two
      """
    Then the command should fail with 'The Secret "frozen" is invalid: data: Forbidden: field is immutable when `immutable` is set'
    And "kubectl get secret frozen -o jsonpath={.data.key}" should print "b25l"
    When I run "kubectl delete secret frozen"
    Then the command should succeed

  # docs: tasks/configmap-secret/managing-secret-using-kubectl
  Scenario: Special characters in single quotes, keys from file names, and decoding with jsonpath
    When I run "kubectl create secret generic db-user-pass --from-literal=username=devuser --from-literal=password='S!B\*d$zDsb='"
    Then the output should be:
      """
      secret/db-user-pass created
      """
    When I run "kubectl describe secrets/db-user-pass"
    Then the output should be:
      """
      Name:         db-user-pass
      Namespace:    default
      Labels:       <none>
      Annotations:  <none>

      Type:  Opaque

      Data
      ====
      password:  12 bytes
      username:  7 bytes
      """
    When I run "kubectl get secret db-user-pass -o jsonpath='{.data}'"
    Then the output should be:
      """
      {"password":"UyFCXCpkJHpEc2I9","username":"ZGV2dXNlcg=="}
      """
    When I run "kubectl delete secret db-user-pass"
    Then the output should be:
      """
      secret "db-user-pass" deleted
      """
    Given a file "username.txt" containing:
      """
      admin
      """
    When I run "kubectl create secret generic db-user-pass --from-file=./username.txt --from-file=password=./username.txt"
    Then "secret/db-user-pass" should match:
      """
      data:
        username.txt: YWRtaW4K
        password: YWRtaW4K
      """
