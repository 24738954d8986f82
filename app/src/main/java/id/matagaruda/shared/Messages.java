package id.matagaruda.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages of the bundles in {@code i18n/} outside a web request (CLI, jobs, tests), formatted the way Spring's
 * MessageSource formats them: a message without arguments is returned as written, one with arguments through
 * {@link MessageFormat}. Bahasa Indonesia unless the locale is English.
 */
public final class Messages {

    /** The bundles searched in order; the same list as {@code spring.messages.basename}. */
    static final List<String> BUNDLES = List.of("i18n/web", "i18n/region", "i18n/access", "i18n/reporting", "i18n/nlp",
            "i18n/events", "i18n/participation", "i18n/forecast", "i18n/indicator", "i18n/index");

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, l, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, l).format(args);
                }
            } catch (MissingResourceException e) {
                // a bundle not present in this build: try the next one
            }
        }
        return key + (args == null || args.length == 0 ? "" : " " + List.of(args));
    }
}
