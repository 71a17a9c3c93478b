/**
 * Identity and configuration in a cluster: the RBAC authorizer (every kubectl request is authorized), the
 * default ClusterRoles and bindings, escalation prevention, the ServiceAccount admission plugin, Secret
 * `stringData` merging, the clusterrole-aggregation and root-ca-cert-publisher controllers, and the volume
 * plugin for configMap, secret, downwardAPI and projected volumes. Install it after storage.
 */
import { serviceAccountAdmission } from '../api/admission/service-account';
import { secretStringData } from '../api/admission/secret-string-data';
import { bootstrapClusterRoleBindings, bootstrapClusterRoles, rbacAuthorizer, rbacEscalationAdmission } from '../auth';
import { clusterRoleAggregationController, rootCACertPublisher } from '../controllers';
import type { MountSource } from '../runtime';
import { VOLUMES_SERVICE, type VolumeHost } from '../storage';
import { configVolumePlugin } from '../storage/config';
import type { Component } from './component';

export const authComponent: Component = {
  name: 'auth-and-config',
  install({ api, runner, clock, services }) {
    api.setAuthorizer(rbacAuthorizer(api.store));
    api.registerAdmission(secretStringData);
    api.registerAdmission(serviceAccountAdmission(api.store));
    api.registerAdmission(rbacEscalationAdmission(api.store));
    runner.register(clusterRoleAggregationController);
    runner.register(rootCACertPublisher);
    // ConfigMap, Secret, downward API and projected volumes join the kubelet's volume host, when storage runs.
    const volumes = services.get(VOLUMES_SERVICE) as VolumeHost<MountSource> | undefined;
    volumes?.registerPlugin(configVolumePlugin(api.store, volumes.data.newDirectory, clock));
  },
  start({ api }) {
    for (const object of [...bootstrapClusterRoles(), ...bootstrapClusterRoleBindings()]) api.create(object);
  },
};
