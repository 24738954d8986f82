package id.matagaruda.forecast;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The backtest's skill in one plain sentence for leaders ("Ramalan ini 29% lebih tepat daripada menebak dari ..."),
 * without the names of scores or models: the Brier skill against the best baseline as a percentage, the baseline in
 * everyday words, and the test periods.
 */
public final class SkillSentence {

    private SkillSentence() {
    }

    public static String of(Backtest b, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/forecast", locale);
        String noun = bundle.getString("risk.plain.periods." + b.settings().period().code());
        String baseline = MessageFormat.format(bundle.getString("risk.plain.baseline." + b.bestBaseline()), noun);
        String from = b.testPeriods().get(0);
        String to = b.testPeriods().get(b.testPeriods().size() - 1);
        if (!b.beatsBestBaseline()) {
            return MessageFormat.format(bundle.getString("risk.plain.fallback"), baseline, from, to);
        }
        long percent = Math.round(100 * b.brierSkillVsBestBaseline());
        return MessageFormat.format(bundle.getString("risk.plain.beats"), Long.toString(percent), baseline, from, to);
    }

    public static String indonesian(Backtest b) {
        return of(b, Locale.forLanguageTag("id"));
    }

    public static String english(Backtest b) {
        return of(b, Locale.ENGLISH);
    }
}
