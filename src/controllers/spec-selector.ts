/**
 * The label selector of a workload's `spec.selector` (metav1.LabelSelectorAsSelector). The generated
 * schema types mark every field optional; validation guarantees the shape a selector needs.
 *
 * Selectors are immutable, and a stored (frozen) selector or label map never changes, so each is compiled
 * once and remembered weakly on it: the replica managers and the Deployment controller compile the same
 * selector on every reconcile, several times per pod.
 */
import { selectorFromMap, selectorFromObject, type KubeObject, type LabelSelectorObject, type Selector } from '../api';

const COMPILED = new WeakMap<object, Selector>();
const MAP_COMPILED = new WeakMap<object, Selector>();

export function specSelector(obj: KubeObject): Selector | undefined {
  const selector = (obj.spec as { selector?: LabelSelectorObject } | undefined)?.selector;
  if (!selector || !Object.isFrozen(selector)) return selectorFromObject(selector);
  let compiled = COMPILED.get(selector);
  if (!compiled) COMPILED.set(selector, (compiled = selectorFromObject(selector)!));
  return compiled;
}

/** selectorFromMap, remembered for a frozen map (a ReplicaSet's template labels: fullyLabeledReplicas). */
export function mapSelector(labels: Readonly<Record<string, string>> | undefined): Selector {
  if (!labels || !Object.isFrozen(labels)) return selectorFromMap(labels ?? {});
  let compiled = MAP_COMPILED.get(labels);
  if (!compiled) MAP_COMPILED.set(labels, (compiled = selectorFromMap(labels)));
  return compiled;
}
