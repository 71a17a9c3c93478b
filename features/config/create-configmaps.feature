Feature: Creating ConfigMaps with kubectl create configmap
  Keys come from literals, files (the key is the file name, or given as key=path), every regular file of a
  directory, or an env file. kubectl checks each key before anything is sent.

  Background:
    Given a cluster with 1 node
    And a file "game.properties" containing:
      """
      enemies=aliens
      lives=3
      """
    And a file "configs/game.properties" containing:
      """
      enemies=aliens
      lives=3
      """
    And a file "configs/ui.properties" containing:
      """
      color.good=purple
      """

  Scenario: From literals (a value may contain "=")
    When I run "kubectl create configmap special --from-literal=special.how=very --from-literal=query=a=b"
    Then the output should be:
      """
      configmap/special created
      """
    And "configmap/special" should match:
      """
      data:
        special.how: very
        query: a=b
      """

  Scenario: From a file: the key is the file name
    When I run "kubectl create configmap game --from-file=game.properties"
    Then the command should succeed
    And "configmap/game" should match:
      """
      data:
        game.properties: |
          enemies=aliens
          lives=3
      """

  Scenario: From a file under a key of my choice
    When I run "kubectl create configmap game --from-file=settings=game.properties"
    Then "configmap/game" should match:
      """
      data:
        settings: |
          enemies=aliens
          lives=3
      """

  Scenario: From a directory: one key per regular file
    When I run "kubectl create configmap game --from-file=configs/"
    Then the command should succeed
    When I run "kubectl get configmaps"
    Then the output should be:
      """
      NAME               DATA   AGE
      game               2      0s
      kube-root-ca.crt   1      0s
      """

  Scenario: From an env file: comments and blank lines are skipped, values taken verbatim
    Given a file "game.env" containing:
      """
      # game settings
      enemies=aliens
      lives=3

      allowed="true"
      """
    When I run "kubectl create configmap game-env --from-env-file=game.env"
    Then "configmap/game-env" should match:
      """
      data:
        enemies: aliens
        lives: "3"
        allowed: '"true"'
      """

  Scenario Outline: kubectl rejects bad sources before sending anything: <case>
    When I run "<command>"
    Then the command should fail with '<error>'
    And "configmap/bad" should not exist

    Examples:
      | case              | command                                                                  | error                                                                                                                |
      | invalid key       | kubectl create configmap bad '--from-literal=bad key=1'                  | error: "bad key" is not a valid key name for a ConfigMap: a valid config key must consist of alphanumeric characters |
      | no value          | kubectl create configmap bad --from-literal=novalue                      | error: invalid literal source novalue, expected key=value                                                            |
      | duplicate key     | kubectl create configmap bad --from-literal=a=1 --from-literal=a=2       | error: cannot add key "a", another key by that name already exists in Data for ConfigMap "bad"                       |
      | key for a folder  | kubectl create configmap bad --from-file=conf=configs                    | error: cannot give a key name for a directory path                                                                   |
      | env file and more | kubectl create configmap bad --from-env-file=game.env --from-literal=a=2 | error: from-env-file cannot be combined with from-file or from-literal                                               |

  Scenario: The apiserver validates keys of applied ConfigMaps too
    When I apply:
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: bad
      data:
        "bad key": "1"
      """
    Then the command should fail with 'The ConfigMap "bad" is invalid: data[bad key]: Invalid value: "bad key": a valid config key must consist of alphanumeric characters'

  # docs: tasks/configure-pod-container/configure-pod-configmap
  Scenario: describe shows each key's value, ending in two blank lines when the file ends in a newline
    When I run "kubectl create configmap game-config --from-file=configs/ --from-literal=special.how=very"
    And I run "kubectl describe configmaps game-config"
    Then the output should be:
      """
      Name:         game-config
      Namespace:    default
      Labels:       <none>
      Annotations:  <none>

      Data
      ====
      game.properties:
      ----
      enemies=aliens
      lives=3


      special.how:
      ----
      very

      ui.properties:
      ----
      color.good=purple



      BinaryData
      ====

      Events:  <none>
      """

  # The page still says only the last --from-env-file counts; kubectl has merged them all since v1.23.
  Scenario: Several env files are merged
    Given a file "game-env-file.properties" containing:
      """
      enemies=aliens
      lives=3
      """
    And a file "ui-env-file.properties" containing:
      """
      color=purple
      textmode=true
      """
    When I run "kubectl create configmap config-multi-env-files --from-env-file=game-env-file.properties --from-env-file=ui-env-file.properties"
    Then "configmap/config-multi-env-files" should match:
      """
      data:
        color: purple
        enemies: aliens
        lives: "3"
        textmode: "true"
      """
