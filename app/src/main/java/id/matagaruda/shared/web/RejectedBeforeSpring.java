package id.matagaruda.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.filter.FormContentFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * API requests refused before Spring MVC sees them still get a problem detail in the caller's language: a URL the
 * security firewall rejects (".." segments, encoded slashes) and a request Tomcat itself refuses (an encoded NUL or
 * an unparseable URI), which otherwise answer with Tomcat's HTML page or Spring Boot's bare error JSON.
 */
@Configuration
class RejectedBeforeSpring {

    @Bean
    RequestRejectedHandler problemDetailForRejectedRequests() {
        return (request, response, e) -> {
            response.setStatus(400);
            write(request.getRequestURI(), request.getHeader("Accept-Language"), response, "error.url.detail");
        };
    }

    /** Boot's form filter, except that a form body with broken escapes (PUT/PATCH/DELETE) is a 400, not a 500. */
    @Bean
    FormContentFilter formContentFilter() {
        return new ProblemFormContentFilter();
    }

    static class ProblemFormContentFilter extends FormContentFilter implements Ordered {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                super.doFilterInternal(request, response, chain);
            } catch (HttpMessageNotReadableException e) {
                // Downstream errors are answered by the dispatcher's advices; only the filter's own parse gets here.
                if (response.isCommitted()) {
                    throw e;
                }
                response.setStatus(400);
                write(request.getRequestURI(), request.getHeader("Accept-Language"), response, "error.form.detail");
            }
        }

        @Override
        public int getOrder() {
            return -9900;
        }
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemDetailForTomcatErrors() {
        return factory -> factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            if (host instanceof StandardHost h) {
                h.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            }
        });
    }

    /** Tomcat's own error page, replaced by a problem detail for API paths; pages keep Tomcat's default. */
    public static class ApiErrorReportValve extends ErrorReportValve {

        public ApiErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String uri = request.getRequestURI();
            int status = response.getStatus();
            if (uri == null || !uri.startsWith("/api/") || status < 400 || response.isCommitted()
                    || response.getContentWritten() > 0) {
                super.report(request, response, throwable);
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body(uri, request.getHeader("Accept-Language"), status, "error.url.detail"));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone; nothing more can be said
            }
        }
    }

    static void write(String uri, String acceptLanguage, HttpServletResponse response, String detailKey)
            throws IOException {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer w = response.getWriter();
        w.write(body(uri, acceptLanguage, response.getStatus(), detailKey));
        w.flush();
    }

    static String body(String uri, String acceptLanguage, int status, String detailKey) {
        boolean english = acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en");
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle("i18n/web", english ? Locale.ENGLISH : Locale.forLanguageTag("id"));
        } catch (MissingResourceException e) {
            bundle = null;
        }
        String title = text(bundle, status == 400 ? "error.invalid.title" : "error.request.title",
                english ? "Invalid input" : "Isian tidak valid");
        String detail = text(bundle, detailKey, english ? "The request is not valid." : "Permintaan ini tidak valid.");
        return "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(uri == null ? "" : uri) + "\"}";
    }

    private static String text(ResourceBundle bundle, String key, String fallback) {
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

}
