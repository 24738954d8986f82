package id.matagaruda.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, needed by the web server and by the CLI's create-admin alike. */
@Configuration
class PasswordConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt (adaptive) by default, with the {id} prefix so the hash can be upgraded later without a reset.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
