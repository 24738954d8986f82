package id.matagaruda.reporting.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the nightly data-quality run for the server only: one-shot CLI commands start without a web application,
 * and {@code matagaruda.quality.scheduling=false} switches it off where a server must not run it (tests, a replica).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "matagaruda.quality.scheduling", matchIfMissing = true)
class QualityScheduling {}
