package id.matagaruda.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * How the children of one node are weighted: explicit weights on the children (with the sum the methodology declares,
 * e.g. 100 or 1, checked when the spec is read), equal weights, or weights from the first principal component of the
 * children's values in the data (squared loadings, which sum to one).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Weighting(Method method, Double declaredSum) {

    public static final Weighting EQUAL = new Weighting(Method.EQUAL, null);

    public enum Method {
        EXPLICIT("explicit"),
        EQUAL("equal"),
        PCA("pca");

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
    }
}
