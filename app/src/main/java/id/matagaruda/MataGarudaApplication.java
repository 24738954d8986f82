package id.matagaruda;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Mata Garuda: one Spring Boot application made of Spring Modulith modules. It is started through the CLI verbs
 * ({@link id.matagaruda.cli.Main}), which choose the profile and database.
 */
@SpringBootApplication
public class MataGarudaApplication {}
