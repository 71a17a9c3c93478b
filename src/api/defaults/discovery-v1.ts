/** Defaults of discovery.k8s.io/v1 (pkg/apis/discovery/v1/defaults.go SetDefaults_EndpointPort). */
import type { EndpointSlice } from '../schemas';

export function defaultEndpointSlice(slice: EndpointSlice): void {
  for (const port of slice.ports ?? []) {
    port.name ??= '';
    port.protocol ??= 'TCP';
  }
}
