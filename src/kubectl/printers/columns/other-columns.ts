/**
 * Tables of EndpointSlice, Event and the RBAC kinds (kubernetes pkg/printers/internalversion/printers.go, v1.32).
 * Role and ClusterRole have no printer there: the apiserver's default table convertor
 * (apiserver pkg/registry/rest/table.go) shows NAME and CREATED AT (RFC 3339, UTC).
 */
import { arr, num, obj, path, str, strs, timeOf } from '../object-fields';
import { toRFC3339 } from '../../../clock';
import { AGE, NAME, age, nameOf, since, wide, type ColumnSet } from './column-set';

export const ENDPOINTSLICE_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'AddressType' }, { name: 'Ports' }, { name: 'Endpoints' }, AGE],
  row(slice, now) {
    const o = obj(slice);
    const ports = arr(o.ports).map((p) => (p.port !== undefined && p.port !== null ? String(num(p.port)) : p.name !== undefined && p.name !== null ? str(p.name) : '*'));
    const addresses = arr(o.endpoints).flatMap((e) => strs(e.addresses));
    return [nameOf(slice), str(o.addressType), listWithMore(ports), listWithMore(addresses), age(slice, now)];
  },
};

/** `listWithMoreString`: at most three items, then ` + N more...`; `<unset>` when empty. */
function listWithMore(items: readonly string[]): string {
  if (items.length > 3) return `${items.slice(0, 3).join(',')} + ${items.length - 3} more...`;
  return items.join(',') || '<unset>';
}

export const EVENT_COLUMNS: ColumnSet = {
  columns: [
    { name: 'Last Seen' }, { name: 'Type' }, { name: 'Reason' }, { name: 'Object' }, wide('Subobject'), wide('Source'), { name: 'Message' },
    wide('First Seen'), wide('Count'), { name: 'Name', priority: 1, isName: true },
  ],
  row(ev, now) {
    const e = obj(ev);
    const first = e.firstTimestamp ? since(e.firstTimestamp, now) : since(e.eventTime, now);
    let last = e.lastTimestamp ? since(e.lastTimestamp, now) : first;
    let count = num(e.count);
    if (e.series) {
      last = since(path(e, 'series.lastObservedTime'), now);
      count = num(path(e, 'series.count'));
    } else if (count === 0) count = 1;
    const involved = obj(e.involvedObject);
    const target = str(involved.name) ? `${str(involved.kind).toLowerCase()}/${str(involved.name)}` : str(involved.kind).toLowerCase();
    const source = eventSource(e);
    return [last, str(e.type), str(e.reason), target, str(involved.fieldPath), source, str(e.message).trim(), first, count, nameOf(ev)];
  },
};

/** `formatEventSource`: `component, host`, falling back to reportingController/reportingInstance. */
function eventSource(e: Record<string, unknown>): string {
  const component = str(path(e, 'source.component')) || str(e.reportingController);
  const host = str(path(e, 'source.host')) || str(e.reportingInstance);
  return host ? `${component}, ${host}` : component;
}

const CREATED_AT = { name: 'Created At' };

export const ROLE_COLUMNS: ColumnSet = {
  columns: [NAME, CREATED_AT],
  row: (role) => [nameOf(role), createdAt(role)],
};

function createdAt(object: unknown): string {
  const ms = timeOf(path(object, 'metadata.creationTimestamp'));
  return ms === undefined ? '0001-01-01T00:00:00Z' : toRFC3339(ms);
}

export const ROLEBINDING_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Role' }, AGE, wide('Users'), wide('Groups'), wide('ServiceAccounts')],
  row(binding, now) {
    const roleRef = obj(obj(binding).roleRef);
    const subjects = arr(obj(binding).subjects);
    const of = (kind: string) => subjects.filter((s) => str(s.kind) === kind);
    return [
      nameOf(binding), `${str(roleRef.kind)}/${str(roleRef.name)}`, age(binding, now),
      of('User').map((s) => str(s.name)).join(', '),
      of('Group').map((s) => str(s.name)).join(', '),
      of('ServiceAccount').map((s) => `${str(s.namespace)}/${str(s.name)}`).join(', '),
    ];
  },
};
