package id.matagaruda.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.matagaruda.shared.NumberReader.Reading;
import id.matagaruda.shared.NumberReader.Style;
import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** The one number reader and the one number writer: what they accept, what they refuse, and that they agree. */
class NumberReaderTest {

    static final Locale ID = Locale.forLanguageTag("id");

    private static BigDecimal read(String text, Style style) {
        Reading r = NumberReader.read(text, style);
        assertThat(r.ok()).as("'%s' in %s: %s", text, style, r.refusal()).isTrue();
        return r.value();
    }

    private static void refused(String text, Style style) {
        assertThat(NumberReader.read(text, style).ok()).as("'%s' in %s", text, style).isFalse();
    }

    @Example
    void readsIndonesianNumbersWithDecimalCommaAndThousandsPoints() {
        assertThat(read("12,5", Style.INDONESIAN)).isEqualTo(new BigDecimal("12.5"));
        assertThat(read("1.234,5", Style.INDONESIAN)).isEqualTo(new BigDecimal("1234.5"));
        assertThat(read("1.234.567", Style.INDONESIAN)).isEqualTo(new BigDecimal("1234567"));
        assertThat(read("-1.234,50", Style.INDONESIAN)).isEqualTo(new BigDecimal("-1234.50"));
        assertThat(read(" 552\u00a0", Style.INDONESIAN)).isEqualTo(new BigDecimal("552"));
    }

    @Example
    void aPointBeforeExactlyThreeDigitsIsGroupingInIndonesianAndADecimalPointInEnglish() {
        assertThat(read("1.234", Style.INDONESIAN)).isEqualTo(new BigDecimal("1234"));
        assertThat(read("1.234", Style.ENGLISH)).isEqualTo(new BigDecimal("1.234"));
        // a plain point decimal that cannot be grouping is read as written in both languages
        assertThat(read("72.5", Style.INDONESIAN)).isEqualTo(new BigDecimal("72.5"));
        assertThat(read("72.5", Style.ENGLISH)).isEqualTo(new BigDecimal("72.5"));
        assertThat(read("0.7525", Style.INDONESIAN)).isEqualTo(new BigDecimal("0.7525"));
        // a point before three digits that cannot be grouping is refused, not guessed
        refused("0.500", Style.INDONESIAN);
        refused("1234.567", Style.INDONESIAN);
    }

    @Example
    void readsEnglishNumbersOnlyInEnglish() {
        assertThat(read("1,234.5", Style.ENGLISH)).isEqualTo(new BigDecimal("1234.5"));
        refused("1,234.5", Style.INDONESIAN);
        refused("12,5", Style.ENGLISH);
    }

    @Example
    void refusesWhatIsMalformedOrAmbiguousInEveryStyle() {
        for (Style style : Style.values()) {
            for (String text : new String[] {"12,5.3", "1.2.3", "5%", "lima", "1,2,3", "", "   ", "--5", "+5", "1e5",
                    "1E5", "NaN", "Infinity", "-Infinity", "0x10", "1 000", ".5", "5.", ",5", "1..2", "١٢", "1.000.000.000.000.000"}) {
                refused(text, style);
            }
        }
    }

    @Example
    void aRefusalNamesTheFieldAndWhatWasReadInTheUsersLanguage() {
        Reading r = NumberReader.read("12,5.3", Style.INDONESIAN);
        assertThat(r.refusal().text(ID)).isEqualTo("'12,5.3' bukan angka yang sah (contoh: 1.234,5)");
        assertThat(NumberReader.read("12,5.3", Style.ENGLISH).refusal().text(Locale.ENGLISH))
                .isEqualTo("'12,5.3' is not a valid number (example: 1,234.5)");
        assertThatThrownBy(() -> r.orThrow("nilai")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("nilai");
                    assertThat(p.messageKey()).isEqualTo("number.malformed");
                    assertThat(p.args()).containsExactly("12,5.3", "1.234,5");
                }));
    }

    @Example
    void requireScaleRefusesMoreDecimalsThanAllowedAndNeverRounds() {
        BigDecimal v = new BigDecimal("99.99999999999999999");
        assertThatThrownBy(() -> NumberReader.requireScale(v, 2, "value"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    FieldProblem p = e.problems().get(0);
                    assertThat(p.field()).isEqualTo("value");
                    assertThat(new NumberReader.Refusal(p.messageKey(), p.args()).text(ID))
                            .isEqualTo("'99.99999999999999999' punya 17 angka di belakang koma; paling banyak 2 angka di belakang koma");
                });
        // trailing zeros are no precision
        assertThat(NumberReader.requireScale(new BigDecimal("72.50000"), 1, "value")).isEqualTo(new BigDecimal("72.50000"));
    }

    @Example
    void jsonNumbersAreExactAndOutOfRangeOrWrongKindsAreRefusedNamingTheField() {
        JsonMapper json = JsonMapper.builder()
                .enable(tools.jackson.databind.cfg.JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
        assertThat(NumberReader.of(json.readTree("99.99999999999999999"), "value"))
                .isEqualTo(new BigDecimal("99.99999999999999999"));
        assertThat(NumberReader.of(json.readTree("\"76,5\""), "value")).isEqualTo(new BigDecimal("76.5"));
        assertThat(NumberReader.of(json.readTree("null"), "value")).isNull();
        for (String bad : new String[] {"1e400", "1e-400", "-1e400", "1e15", "123456789012345678901234567890", "{}",
                "{\"a\":1}", "[1]", "true", "\"12,5.3\"", "\"\""}) {
            assertThatThrownBy(() -> NumberReader.of(json.readTree(bad), "value")).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).field()).isEqualTo("value"));
        }
        assertThat(NumberReader.of(JsonNodeFactory.instance.numberNode(new BigDecimal("999999999999999.9999")), "v"))
                .isEqualTo(new BigDecimal("999999999999999.9999"));
    }

    @Example
    void writesNumbersAsEachLanguageReadsThem() {
        assertThat(NumberText.format(new BigDecimal("1234.5"), ID)).isEqualTo("1.234,5");
        assertThat(NumberText.format(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("1,234.5");
        assertThat(NumberText.format(new BigDecimal("-1234567.125"), ID, 2)).isEqualTo("-1.234.567,13");
        assertThat(NumberText.fixed(new BigDecimal("58.2"), ID, 2)).isEqualTo("58,20");
        assertThat(NumberText.fixed(-0.001, ID, 2)).isEqualTo("0,00");
        assertThat(NumberText.format(new BigDecimal("1E+3"), ID)).isEqualTo("1.000");
        assertThat(NumberText.format(null, ID)).isEqualTo("—");
        assertThat(NumberText.plain(new BigDecimal("1.234"))).isEqualTo("1.2340");
        assertThat(NumberText.plain(new BigDecimal("72.50"))).isEqualTo("72.5");
    }

    // ------------------------------------------------------------------------------------------------ properties

    @Provide
    Arbitrary<BigDecimal> storable() {
        return Combinators.combine(Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L),
                Arbitraries.integers().between(0, 12)).as(BigDecimal::valueOf);
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(ID, Locale.ENGLISH);
    }

    @Provide
    Arbitrary<String> numberish() {
        return Arbitraries.strings().withChars("0123456789.,-").ofMinLength(1).ofMaxLength(14);
    }

    @Property
    void formattingAnyValueInALanguageAndReadingItBackGivesTheSameValue(@ForAll("storable") BigDecimal v,
            @ForAll("locales") Locale locale) {
        Style style = Style.of(locale);
        assertThat(read(NumberText.format(v, locale), style)).isEqualByComparingTo(v);
        assertThat(read(NumberText.input(v, locale), style)).isEqualByComparingTo(v);
        for (Style any : Style.values()) {
            assertThat(read(NumberText.plain(v), any)).isEqualByComparingTo(v);
        }
    }

    @Property
    void theReaderNeverReducesTheScaleOfWhatWasWritten(@ForAll("storable") BigDecimal v, @ForAll("locales") Locale locale) {
        Style style = Style.of(locale);
        // written with every decimal it carries, trailing zeros included: read back equal in value and in scale
        assertThat(read(NumberText.write(v, style), style)).isEqualTo(v);
    }

    @Property
    void noTextWithTwoDecimalSeparatorsIsAccepted(@ForAll("numberish") String text) {
        Reading id = NumberReader.read(text, Style.INDONESIAN);
        if (id.ok()) {
            assertThat(text.chars().filter(c -> c == ',').count()).as(text).isLessThanOrEqualTo(1);
            assertThat(text.indexOf(',') < 0 || text.indexOf('.', text.indexOf(',')) < 0).as(text).isTrue();
        }
        Reading en = NumberReader.read(text, Style.ENGLISH);
        if (en.ok()) {
            assertThat(text.chars().filter(c -> c == '.').count()).as(text).isLessThanOrEqualTo(1);
            assertThat(text.indexOf('.') < 0 || text.indexOf(',', text.indexOf('.')) < 0).as(text).isTrue();
        }
        Reading plain = NumberReader.read(text, Style.PLAIN);
        if (plain.ok()) {
            assertThat(text).doesNotContain(",");
        }
    }

    @Property
    void anyAcceptedTextRoundTripsThroughTheWriter(@ForAll("numberish") String text, @ForAll("locales") Locale locale) {
        Style style = Style.of(locale);
        Reading r = NumberReader.read(text, style);
        if (!r.ok()) {
            return;
        }
        BigDecimal v = r.value();
        assertThat(read(NumberText.format(v, locale), style)).isEqualByComparingTo(v);
        assertThat(read(NumberText.write(v, style), style)).isEqualTo(v);
        // every digit typed after the decimal separator is kept
        int separator = text.lastIndexOf(style == Style.ENGLISH ? '.' : ',');
        if (style == Style.INDONESIAN && separator < 0 && text.matches("-?[0-9]+\\.[0-9]+") && !text.matches(".*\\.[0-9]{3}")) {
            separator = text.indexOf('.');
        }
        assertThat(v.scale()).as(text).isEqualTo(separator < 0 ? 0 : text.length() - separator - 1);
    }
}
