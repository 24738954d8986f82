/**
 * Composite indices (IPM, IDI, IKUB, IHaI, IKP, IKN, IAP and any new one) computed from their indicators by a methodology
 * held as versioned YAML data; with provenance, roll-up, statistical audit and rank uncertainty.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indeks")
package id.matagaruda.index;
