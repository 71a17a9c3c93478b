/**
 * Cluster options, validated at construction (fail fast with the field path, as kwok's Config.validate).
 */
import { z } from 'zod';

export const NodeOptions = z
  .object({
    name: z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'node names are DNS subdomains'),
    cpu: z.string().default('4'),
    memory: z.string().default('8Gi'),
    pods: z.number().int().positive().default(110),
    labels: z.record(z.string(), z.string()).default({}),
    taints: z.array(z.object({ key: z.string(), value: z.string().optional(), effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']) })).default([]),
  })
  .strict();
export type NodeOptions = z.infer<typeof NodeOptions>;

export const ClusterOptions = z
  .object({
    /** A node count (kind-style names node-1..node-N) or explicit nodes. */
    nodes: z.union([z.number().int().min(0).max(10_000), z.array(NodeOptions)]).default(1),
    seed: z.number().int().default(1),
    /** Virtual start instant, ms since epoch. */
    startTime: z.number().int().default(Date.UTC(2025, 0, 1)),
    features: z
      .object({
        /** Before Kubernetes 1.12 (`ScheduleDaemonSetPods` off), the DaemonSet controller placed pods itself. */
        legacyDaemonSetScheduling: z.boolean().default(false),
        /** A cloud load-balancer simulation that assigns LoadBalancer Services an external address. */
        cloudLoadBalancer: z.boolean().default(false),
      })
      .strict()
      .default({ legacyDaemonSetScheduling: false, cloudLoadBalancer: false }),
    /** Caps that turn a runaway simulation into a clear failure. */
    limits: z
      .object({
        maxEventsPerWait: z.number().int().positive().default(2_000_000),
        /** Total virtual time a cluster may live (e.g. one scenario under grading); unlimited when absent. */
        maxVirtualTimeMs: z.number().int().positive().optional(),
        /** Clock events a cluster may run in its whole life (run-budget.ts). */
        maxEvents: z.number().int().positive().default(10_000_000),
        /** Clock events at one virtual instant before time counts as stuck (run-budget.ts). */
        maxEventsPerInstant: z.number().int().positive().default(500_000),
      })
      .strict()
      .default({ maxEventsPerWait: 2_000_000, maxEvents: 10_000_000, maxEventsPerInstant: 500_000 }),
  })
  .strict();
export type ClusterOptions = z.infer<typeof ClusterOptions>;
export type ClusterOptionsInput = z.input<typeof ClusterOptions>;
