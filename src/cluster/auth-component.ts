/**
 * Identity and configuration in a cluster: the RBAC authorizer (every kubectl request is authorized), the
 * default ClusterRoles and bindings, escalation prevention, the ServiceAccount admission plugin, Secret
 * `stringData` merging, and the clusterrole-aggregation and root-ca-cert-publisher controllers.
 */
import { serviceAccountAdmission } from '../api/admission/service-account';
import { secretStringData } from '../api/admission/secret-string-data';
import { bootstrapClusterRoleBindings, bootstrapClusterRoles, rbacAuthorizer, rbacEscalationAdmission } from '../auth';
import { clusterRoleAggregationController, rootCACertPublisher } from '../controllers';
import type { Component } from './component';

export const authComponent: Component = {
  name: 'rbac',
  install({ api, runner }) {
    api.setAuthorizer(rbacAuthorizer(api.store));
    api.registerAdmission(secretStringData);
    api.registerAdmission(serviceAccountAdmission(api.store));
    api.registerAdmission(rbacEscalationAdmission(api.store));
    runner.register(clusterRoleAggregationController);
    runner.register(rootCACertPublisher);
  },
  start({ api }) {
    for (const object of [...bootstrapClusterRoles(), ...bootstrapClusterRoleBindings()]) api.create(object);
  },
};
