package id.matagaruda.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Test
    void acceptsTheFourKemendagriFormats() {
        assertThat(RegionCode.of("32").level()).isEqualTo(RegionLevel.PROVINSI);
        assertThat(RegionCode.of("32.73").level()).isEqualTo(RegionLevel.KABKOTA);
        assertThat(RegionCode.of("32.73.01").level()).isEqualTo(RegionLevel.KECAMATAN);
        assertThat(RegionCode.of("32.73.01.1001").level()).isEqualTo(RegionLevel.DESA);
        assertThat(RegionCode.of("91.03.01.3007").level()).isEqualTo(RegionLevel.DESA);
        assertThat(RegionCode.of("00").isNational()).isTrue();
    }

    @Test
    void rejectsMalformedCodesNamingTheRule() {
        assertThat(RegionCode.problem("3273")).contains("region.code.format");
        assertThat(RegionCode.problem("32.7")).contains("region.code.format");
        assertThat(RegionCode.problem("32.73.01.0001")).contains("region.code.format");
        assertThat(RegionCode.problem("05")).contains("region.code.province");
        assertThat(RegionCode.problem("32.70")).contains("region.code.kabkota");
        assertThat(RegionCode.problem("32.00")).contains("region.code.kabkota");
        assertThat(RegionCode.problem("32.73.00")).contains("region.code.kecamatan");
        assertThat(RegionCode.problem(" ")).contains("region.code.empty");
        assertThatThrownBy(() -> RegionCode.of("32;drop")).isInstanceOf(InvalidRegionCodeException.class);
    }

    @Test
    void tellsKabupatenFromKota() {
        assertThat(RegionCode.of("32.73").isKota()).isTrue();
        assertThat(RegionCode.of("32.01").isKota()).isFalse();
    }

    @Test
    void scopeCoversTheRegionAndItsDescendantsOnly() {
        assertThat(RegionCode.of("32.73.01").isWithin(RegionCode.of("32.73"))).isTrue();
        assertThat(RegionCode.of("32.73").isWithin(RegionCode.of("32.73"))).isTrue();
        assertThat(RegionCode.of("32.01").isWithin(RegionCode.of("32.73"))).isFalse();
        // "32.7" is no prefix match for "32.73": segments are compared whole.
        assertThat(RegionCode.of("33.01").isWithin(RegionCode.of("32"))).isFalse();
        assertThat(RegionCode.of("91.01").isWithin(RegionCode.NASIONAL)).isTrue();
    }

    @Property
    void everyCodeLiesWithinAllItsAncestors(@ForAll("codes") String code) {
        RegionCode c = RegionCode.of(code);
        var up = c.parent();
        while (up.isPresent()) {
            assertThat(c.isWithin(up.get())).isTrue();
            assertThat(up.get().isWithin(c)).isFalse();
            up = up.get().parent();
        }
        assertThat(c.level().ordinal()).isBetween(1, 4);
    }

    @Provide
    Arbitrary<String> codes() {
        Arbitrary<String> prov = Arbitraries.integers().between(11, 99).map(i -> String.format("%02d", i));
        Arbitrary<String> kab = Arbitraries.oneOf(Arbitraries.integers().between(1, 69), Arbitraries.integers()
                .between(71, 99)).map(i -> String.format("%02d", i));
        Arbitrary<String> kec = Arbitraries.integers().between(1, 99).map(i -> String.format("%02d", i));
        Arbitrary<String> desa = Arbitraries.integers().between(1000, 3999).map(String::valueOf);
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 4);
        return Combinators.combine(prov, kab, kec, desa, depth).as((p, k, c, d, n) -> switch (n) {
            case 1 -> p;
            case 2 -> p + "." + k;
            case 3 -> p + "." + k + "." + c;
            default -> p + "." + k + "." + c + "." + d;
        });
    }
}
