/**
 * The apimachinery types with custom JSON forms, which the generated schemas reference by name.
 * Each accepts exactly what its Go `UnmarshalJSON` accepts.
 */
import { z } from 'zod';

/**
 * `resource.Quantity` (k8s.io/apimachinery/pkg/api/resource/quantity.go): a string such as `500m` or `1Gi`,
 * and also a bare JSON number (`cpu: 1`, `memory: 1024`), which UnmarshalJSON takes as its decimal text.
 * The output is always the string form; the apiserver's canonical form (`0.5` → `500m`) is written by the strict
 * decoder (go-json-decode.ts) for the manifests it decodes (`kubectl apply`/`create -f`); patched quantities are not
 * canonicalised yet.
 */
export const Quantity = z.union([z.string(), z.number()]).transform((value) => String(value));
export type Quantity = z.infer<typeof Quantity>;

/** `intstr.IntOrString` (k8s.io/apimachinery/pkg/util/intstr): a JSON int32 or a string (`8080`, `http`, `25%`). */
export const IntOrString = z.union([z.int32(), z.string()]);
export type IntOrString = z.infer<typeof IntOrString>;

/** `metav1.Time` / `metav1.MicroTime`: RFC 3339 text (`2025-01-01T00:00:00Z`). */
export const Time = z.string();
export type Time = z.infer<typeof Time>;
