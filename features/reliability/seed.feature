Feature: Seeds — the same seed replays a scenario exactly
  Every choice Kubernetes leaves to chance comes from the scenario's seed: generated name suffixes, UIDs,
  which node wins a scheduling tie, which pod a scale-down removes among equals, the random faults. The
  seed is the scenario's `@seed:N` tag, else the run's (`kubespec run --seed N`, or the world parameter
  `seed`), else 1. A failing scenario's report says `seed: N`, so its failure can be replayed exactly;
  everything the template decides (the `pod-template-hash`) stays the same under every seed.

  @seed:42
  Scenario: a tagged scenario draws its names from its own seed
    Given a cluster with 1 node
    When I run "kubectl create deployment web --image=nginx"
    Then "kubectl get pods -o name" should print "pod/web-6dc5cd68db-74pg6"
    And "kubectl get pods -o jsonpath={.items[0].metadata.uid}" should print "8692a6b8-d722-470d-a4fe-58a17339efd0"

  Scenario: an untagged scenario uses the run's seed, 1 unless the run names another
    Given a cluster with 1 node
    When I run "kubectl create deployment web --image=nginx"
    Then "kubectl get pods -o name" should print "pod/web-6dc5cd68db-7stwf"
