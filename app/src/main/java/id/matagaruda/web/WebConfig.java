package id.matagaruda.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bahasa Indonesia is the default language; English is chosen with {@code ?lang=en} (remembered in a cookie) or, for
 * API clients, with {@code Accept-Language: en}.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(INDONESIAN);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("mg_lang");
        resolver.setDefaultLocaleFunction(WebConfig::fromHeader);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                return "en".equalsIgnoreCase(value) ? Locale.ENGLISH : INDONESIAN;
            }
        };
        change.setParamName("lang");
        registry.addInterceptor(change);
    }

    // Pages open in Bahasa Indonesia whatever the browser says (the switch is one click away); API clients that ask
    // for English first get English problem details and read English numbers. A page's own calls to the API carry the
    // browser's header but no credentials of their own (the session signs them): they follow the page's language,
    // or a value typed as 81,5 on an Indonesian grid would be read as English.
    private static Locale fromHeader(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getHeader("Authorization") != null;
        return api && header != null && header.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : INDONESIAN;
    }
}
