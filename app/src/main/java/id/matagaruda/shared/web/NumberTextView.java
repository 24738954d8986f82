package id.matagaruda.shared.web;

import id.matagaruda.shared.NumberText;
import java.math.BigDecimal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@link NumberText} for page templates, in the language of the request: {@code ${@num.format(x)}},
 * {@code ${@num.input(x)}} for an entry cell (read back unchanged by the number reader), {@code ${@num.fixed(x, 2)}}.
 */
@Component("num")
public class NumberTextView {

    public String format(BigDecimal value) {
        return NumberText.format(value, LocaleContextHolder.getLocale());
    }

    public String format(BigDecimal value, int maxDecimals) {
        return NumberText.format(value, LocaleContextHolder.getLocale(), maxDecimals);
    }

    public String fixed(BigDecimal value, int decimals) {
        return NumberText.fixed(value, LocaleContextHolder.getLocale(), decimals);
    }

    public String input(BigDecimal value) {
        return NumberText.input(value, LocaleContextHolder.getLocale());
    }
}
