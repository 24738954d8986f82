/**
 * The small shared kernel every module may use: input errors that name the field and the rule, not-found and
 * conflict errors, and their rendering as RFC 9457 problem details in the user's language.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bersama", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.matagaruda.shared;
