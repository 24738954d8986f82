package id.matagaruda.access.internal;

import id.matagaruda.access.Role;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain for pages and API. Pages: form login with CSRF. API: HTTP Basic or a personal access token, or the
 * browser session (then CSRF applies to its writes); anonymous API calls get 401 JSON, never a login redirect.
 */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, TokenRepository tokens, AccountRepository accounts)
            throws Exception {
        AuthenticationEntryPoint apiEntryPoint = (request, response, e) -> {
            response.setStatus(401);
            // No Basic challenge: a browser would prompt, remember the password and send it with every later request,
            // cross-site forms included. Scripts send Basic credentials unasked (curl -u) or use a Bearer token.
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Mata Garuda\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String language = request.getHeader("Accept-Language");
            boolean english = language != null && language.trim().toLowerCase(java.util.Locale.ROOT).startsWith("en");
            String detail = english ? "Sign in first: HTTP Basic or Authorization: Bearer <personal access token>."
                    : "Masuk terlebih dahulu: HTTP Basic atau Authorization: Bearer <token akses pribadi>.";
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + (english ? "Unauthorized" : "Belum masuk")
                    + "\",\"status\":401,\"detail\":\"" + detail + "\",\"instance\":\"" + request.getRequestURI()
                    .replace("\"", "") + "\"}");
        };
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        // Only API calls that carry their own credentials skip CSRF; page forms always need the token.
        RequestMatcher carriesCredentials = request -> api.matches(request) && request.getHeader("Authorization") != null;

        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/error",
                                "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/api/v1/audit/**").hasRole(Role.ADMIN_PUSAT.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/users/**").hasRole(Role.ADMIN_PUSAT.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?keluar"))
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
                .csrf(csrf -> csrf.ignoringRequestMatchers(carriesCredentials))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(apiEntryPoint, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> !api.matches(request)))
                .addFilterBefore(new PersonalTokenFilter(tokens, accounts, apiEntryPoint), BasicAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; object-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
