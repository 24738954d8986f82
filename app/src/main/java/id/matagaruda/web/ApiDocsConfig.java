package id.matagaruda.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API documentation at /api-docs: both ways a script signs in, so "Try it out" works with either. */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "Mata Garuda API", version = "v1",
                description = "Pemantauan terintegrasi urusan politik dan pemerintahan umum. Semua data dibatasi cakupan "
                        + "wilayah akun. Galat berupa problem details (RFC 9457) dalam Bahasa Indonesia; kirim "
                        + "Accept-Language: en untuk bahasa Inggris."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Token akses pribadi dari POST /api/v1/me/tokens")
class ApiDocsConfig {}
