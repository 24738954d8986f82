package id.matagaruda.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * How an indicator's raw value becomes a comparable score. Goalposts (plain or logarithmic) use the fixed bounds
 * {@code min}/{@code max} of the methodology, clamped to them when {@code cap} is set (BPS caps HLS at 18 and RLS at 15);
 * min-max, z-score and rank use the data of the same year and region level; target scores the distance to {@code target}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Normalisation(Method method, Double min, Double max, Double target, boolean cap) {

    public static final Normalisation NONE = new Normalisation(Method.NONE, null, null, null, false);

    public static Normalisation of(Method method) {
        return new Normalisation(method, null, null, null, false);
    }

    public enum Method {
        NONE("none"),
        MINMAX("minmax"),
        GOALPOST("goalpost"),
        LOG_GOALPOST("log_goalpost"),
        ZSCORE("zscore"),
        TARGET("target"),
        RANK("rank");

        private final String code;

        Method(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }

        public static Optional<Method> fromCode(String code) {
            return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
        }

        /** Scores that are not bounded below by zero cannot enter a geometric or harmonic mean. */
        public boolean mayBeNegative() {
            return this == ZSCORE || this == NONE;
        }
    }
}
