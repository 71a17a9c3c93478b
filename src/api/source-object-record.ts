/**
 * A record of the EventCorrelator's about what one source says of one object: the fields client-go's
 * getSpamKey joins (tools/record/events_cache.go), which EventAggregatorByReasonFunc's key extends with the
 * type and reason. The spam filter's and the aggregator's records keep them as their own fields, compared on
 * lookup and refilled when a reclaimed record is reused (the involved object's apiVersion follows from its
 * kind and uid).
 */
import { LruEntry } from './grouped-lru';

export interface SourceObjectIdentity {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly uid: string;
  readonly component: string;
  readonly host: string;
}

export abstract class SourceObjectRecord<Probe extends SourceObjectIdentity> extends LruEntry<Probe> {
  kind = '';
  namespace = '';
  name = '';
  uid = '';
  component = '';
  host = '';

  /** The same source and object: the uid, which tells most records apart, first. */
  protected sameSourceObject(id: SourceObjectIdentity): boolean {
    return this.uid === id.uid && this.component === id.component && this.host === id.host && this.name === id.name && this.kind === id.kind && this.namespace === id.namespace;
  }

  protected fillSourceObject(id: SourceObjectIdentity): void {
    this.kind = id.kind;
    this.namespace = id.namespace;
    this.name = id.name;
    this.uid = id.uid;
    this.component = id.component;
    this.host = id.host;
  }
}
