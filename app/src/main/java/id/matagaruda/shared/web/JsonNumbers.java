package id.matagaruda.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;

/**
 * JSON numbers are read exactly: a float becomes a BigDecimal, never a double, so {@code 99.99999999999999999} stays
 * what was sent (and is refused for its precision) instead of arriving as 100, and {@code 1e-400} is not silently 0.
 * Trailing zeros are kept as sent; {@code id.matagaruda.shared.NumberReader} decides what is acceptable.
 */
@Configuration(proxyBeanMethods = false)
class JsonNumbers {

    @Bean
    JsonMapperBuilderCustomizer exactJsonNumbers() {
        return builder -> builder
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }
}
