package id.matagaruda.shared;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * The one reader of numbers typed or sent by people: the data-entry grid, the REST API, CSV/XLSX imports and the
 * offline workbook all come through here, so a value means the same whatever door it came in by.
 *
 * <p>The reader is strict and exact. It never guesses and never rounds: it returns the very {@link BigDecimal} that
 * was written (its scale included) or refuses the text, naming what was read. Text is read in one {@link Style}:
 * <ul>
 *   <li>{@link Style#INDONESIAN} (the default, and every user whose language is Bahasa Indonesia): decimal comma,
 *   point for thousands: {@code 12,5}, {@code 1.234,5}, {@code 1.234.567}. A point is read from the digits after it:
 *   followed by exactly three digits it groups thousands ({@code 1.234} is one thousand two hundred and thirty-four,
 *   as Indonesian Excel writes it), followed by any other number of digits it is a decimal point, so a plain
 *   {@code 72.5} or {@code 0.75} pasted from an English source still reads as written. A point before exactly three
 *   digits that cannot be grouping ({@code 0.500}, {@code 1234.567}) is refused rather than guessed.</li>
 *   <li>{@link Style#ENGLISH} (users whose language is English, or a column that says so): decimal point, comma for
 *   thousands: {@code 1,234.5}; {@code 1.234} is one point two three four.</li>
 *   <li>{@link Style#PLAIN} (machine columns documented as such, e.g. index inputs): {@code -?digits[.digits]}.</li>
 * </ul>
 * Refused in every style: two decimal separators ({@code 12,5.3}, {@code 1.2.3} unless it is valid grouping),
 * misplaced grouping ({@code 1,2,3}), signs other than one leading minus ({@code --5}, {@code +5}), exponents
 * ({@code 1e5}), units or words ({@code 5%}, {@code lima}), NaN, Infinity, blank text, and any magnitude of
 * {@link #LIMIT} or more. JSON numbers are exact too (Jackson reads floats as BigDecimal, see
 * {@code shared.web.JsonNumbers}); a number with an extreme exponent ({@code 1e400}, {@code 1e-400}) is out of range.
 */
public final class NumberReader {

    /** Every value the platform stores is below this in magnitude (the columns are NUMERIC(19,4)). */
    public static final BigDecimal LIMIT = new BigDecimal("1e15");

    /** Decimals a realisation or target may carry when the indicator says nothing else (the stored scale). */
    public static final int DEFAULT_DECIMALS = 4;

    /** Longer text is no number a person typed; refusing it early keeps the regular expressions cheap. */
    static final int MAX_LENGTH = 40;

    /** A JSON number further from 1 than this (in powers of ten) is out of range before any arithmetic is done. */
    private static final int MAX_EXPONENT = 40;

    private static final Locale INDONESIAN_LOCALE = Locale.forLanguageTag("id");

    /** How separators are written: the user's language decides, or a column that documents its format. */
    public enum Style {
        INDONESIAN("1.234,5"), ENGLISH("1,234.5"), PLAIN("1234.5");

        private final String example;

        Style(String example) {
            this.example = example;
        }

        /** An example of a valid number in this style, for error messages. */
        public String example() {
            return example;
        }

        /** English for a user whose language is English; Indonesian for everyone else. */
        public static Style of(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
        }
    }

    /** Why a text or JSON value is no acceptable number: a message key of the web bundles and its arguments. */
    public record Refusal(String messageKey, List<Object> args) {

        public FieldProblem problem(String field) {
            return new FieldProblem(field, messageKey, args);
        }

        /** The message in {@code locale}, for importers whose problem lists carry text rather than keys. */
        public String text(Locale locale) {
            return message(locale, messageKey, args.toArray());
        }
    }

    /** The value read, or why nothing was. */
    public record Reading(BigDecimal value, Refusal refusal) {

        public boolean ok() {
            return refusal == null;
        }

        /** The value, or a 400 naming {@code field} and what was read. */
        public BigDecimal orThrow(String field) {
            if (refusal != null) {
                throw new InvalidInputException(refusal.problem(field));
            }
            return value;
        }
    }

    private static final String DIGITS = "[0-9]+";
    private static final Pattern ID_GROUPED = Pattern.compile("-?[1-9][0-9]{0,2}(\\.[0-9]{3})+(,[0-9]+)?");
    private static final Pattern ID_COMMA = Pattern.compile("-?" + DIGITS + "(," + DIGITS + ")?");
    private static final Pattern ID_POINT = Pattern.compile("-?" + DIGITS + "\\.([0-9]{1,2}|[0-9]{4,})");
    private static final Pattern EN_GROUPED = Pattern.compile("-?[1-9][0-9]{0,2}(,[0-9]{3})+(\\.[0-9]+)?");
    private static final Pattern POINT = Pattern.compile("-?" + DIGITS + "(\\." + DIGITS + ")?");

    private NumberReader() {}

    /** Reads {@code text} in {@code style}; never throws. */
    public static Reading read(String text, Style style) {
        String t = text == null ? "" : strip(text);
        if (t.isEmpty()) {
            return refused("number.empty");
        }
        if (t.length() > MAX_LENGTH) {
            return refused("number.range", shorten(t));
        }
        String canonical = switch (style) {
            case INDONESIAN -> ID_GROUPED.matcher(t).matches() || ID_COMMA.matcher(t).matches()
                    ? t.replace(".", "").replace(',', '.')
                    : ID_POINT.matcher(t).matches() ? t : null;
            case ENGLISH -> EN_GROUPED.matcher(t).matches() ? t.replace(",", "")
                    : POINT.matcher(t).matches() ? t : null;
            case PLAIN -> POINT.matcher(t).matches() ? t : null;
        };
        if (canonical == null) {
            return refused("number.malformed", t, style.example());
        }
        BigDecimal v = new BigDecimal(canonical);
        if (v.abs().compareTo(LIMIT) >= 0) {
            return refused("number.range", t);
        }
        return new Reading(v, null);
    }

    /** Reads {@code text} in the style of the current user's language; a 400 naming {@code field} if refused. */
    public static BigDecimal read(String text, String field) {
        return read(text, Style.of(userLocale())).orThrow(field);
    }

    /**
     * A JSON value in a number field: a JSON number (read exactly) or a text as the user types it (in the style of
     * the user's language); null when missing or null. Anything else, or a number out of range, is a 400 naming
     * {@code field}.
     */
    public static BigDecimal of(JsonNode value, String field) {
        return of(value, field, Style.of(userLocale()));
    }

    /** As {@link #of(JsonNode, String)}, with text read in {@code style}. */
    public static BigDecimal of(JsonNode value, String field, Style style) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isNumber()) {
            Reading r = check(value.decimalValue());
            return r.orThrow(field);
        }
        if (value.isString()) {
            return read(value.asString(), style).orThrow(field);
        }
        String kind = value.isObject() ? "number.json.object" : value.isArray() ? "number.json.array"
                : value.isBoolean() ? "number.json.boolean" : "number.json.other";
        throw new InvalidInputException(FieldProblem.of(field, kind));
    }

    /**
     * A number already parsed elsewhere (JSON, a spreadsheet cell), held to the same range as typed text: magnitude
     * below {@link #LIMIT}, and no exponent so extreme that it is surely a mistake ({@code 1e-400}).
     */
    public static Reading check(BigDecimal v) {
        if (v == null) {
            return refused("number.empty");
        }
        int exponent = v.precision() - v.scale() - 1;
        if (v.signum() != 0 && (exponent < -MAX_EXPONENT || v.scale() > 2 * MAX_EXPONENT)) {
            return refused("number.range", v.toString());
        }
        if (v.signum() != 0 && (exponent >= MAX_EXPONENT || v.abs().compareTo(LIMIT) >= 0)) {
            return refused("number.range", v.toString());
        }
        return new Reading(v, null);
    }

    /**
     * The decimals {@code value} really carries: {@code 72.50} carries one, {@code 100} none. Trailing zeros are no
     * precision, so they never make a value too precise.
     */
    public static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** Empty when {@code value} has at most {@code allowed} decimals; otherwise the problem naming the precision. */
    public static Optional<FieldProblem> scaleProblem(BigDecimal value, int allowed, String field) {
        return scaleRefusal(value, allowed).map(r -> r.problem(field));
    }

    /** As {@link #scaleProblem}, for importers that report in text. */
    public static Optional<Refusal> scaleRefusal(BigDecimal value, int allowed) {
        if (value == null || decimals(value) <= allowed) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("number.scale", List.of(shown(value), decimals(value), allowed)));
    }

    /**
     * The value unchanged when it has at most {@code allowed} decimals; otherwise a 400 naming {@code field} and the
     * allowed precision ("paling banyak 2 angka di belakang koma"). Never rounds: a value is refused, not altered.
     */
    public static BigDecimal requireScale(BigDecimal value, int allowed, String field) {
        scaleProblem(value, allowed, field).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        return value;
    }

    /** The language of the current request; Bahasa Indonesia outside a request (CLI, jobs). */
    public static Locale userLocale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale == null ? INDONESIAN_LOCALE : locale;
    }

    /** A message of the web bundles in {@code locale}, for code that reports in text rather than keys. */
    static String message(Locale locale, String key, Object... args) {
        Locale l = locale == null ? INDONESIAN_LOCALE : locale;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/web", "en".equals(l.getLanguage())
                    ? Locale.ENGLISH : INDONESIAN_LOCALE, ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), l).format(args);
        } catch (MissingResourceException e) {
            return key + " " + List.of(args);
        }
    }

    private static String shown(BigDecimal v) {
        return Math.abs(v.scale()) > 2 * MAX_EXPONENT ? v.toString() : v.toPlainString();
    }

    private static String shorten(String t) {
        return t.substring(0, 20) + "…";
    }

    // Outer spaces are forgiven (a pasted cell often carries them, non-breaking ones included); inner ones are not.
    private static String strip(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }

    private static Reading refused(String key, Object... args) {
        return new Reading(null, new Refusal(key, List.of(args)));
    }
}
