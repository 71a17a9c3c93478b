/**
 * The label selector of a workload's `spec.selector` (metav1.LabelSelectorAsSelector). The generated
 * schema types mark every field optional; validation guarantees the shape a selector needs.
 */
import { selectorFromObject, type KubeObject, type LabelSelectorObject, type Selector } from '../api';

export function specSelector(obj: KubeObject): Selector | undefined {
  return selectorFromObject((obj.spec as { selector?: LabelSelectorObject } | undefined)?.selector);
}
