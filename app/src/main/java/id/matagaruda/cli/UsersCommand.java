package id.matagaruda.cli;

import id.matagaruda.access.UserAccount;
import id.matagaruda.access.UserAccounts;
import id.matagaruda.shared.ConflictException;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Akun pengguna. / User accounts.",
        subcommands = UsersCommand.CreateAdmin.class)
class UsersCommand {

    @Command(name = "create-admin", mixinStandardHelpOptions = true,
            description = {"Buat akun ADMIN_PUSAT. Kata sandi dibaca dari prompt, atau satu baris dari stdin; tidak pernah dari argumen.",
                "Basis data: SPRING_DATASOURCE_URL bila diisi, selain itu basis data bawaan di --data-dir."})
    static class CreateAdmin implements Callable<Integer> {

        @Option(names = "--username", required = true, description = "nama pengguna, mis. admin.polpum")
        String username;

        @Option(names = "--full-name", description = "nama lengkap")
        String fullName;

        @Option(names = "--data-dir", defaultValue = "${env:MATAGARUDA_DATA_DIR:-data}", description = "Folder data (bawaan ${DEFAULT-VALUE})")
        Path dataDir;

        @Override
        public Integer call() throws IOException {
            char[] password = readPassword();
            if (password == null) {
                return 2;
            }
            try (ConfigurableApplicationContext ctx = MataGarudaCommand.start(null, false, dataDir, Map.of())) {
                try {
                    UserAccount admin = ctx.getBean(UserAccounts.class).createAdmin(username, fullName, password);
                    System.out.println("Akun admin dibuat: " + admin.username() + " (ADMIN_PUSAT, wilayah 00)");
                    return 0;
                } catch (InvalidInputException e) {
                    for (FieldProblem p : e.problems()) {
                        System.err.println("--" + (p.field().equals("username") ? "username" : p.field()) + ": "
                                + MataGarudaCommand.text(ctx, p));
                    }
                    return 2;
                } catch (ConflictException e) {
                    System.err.println(MataGarudaCommand.text(ctx, new FieldProblem("username", e.messageKey(), e.args())));
                    return 2;
                }
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private static char[] readPassword() throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Kata sandi / password: ");
                char[] second = console.readPassword("Ulangi / repeat: ");
                if (first == null || !Arrays.equals(first, second)) {
                    System.err.println("Kata sandi tidak sama. / Passwords differ.");
                    return null;
                }
                Arrays.fill(second, '\0');
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                System.err.println("Kata sandi kosong: kirim lewat stdin atau jalankan di terminal. / No password on stdin.");
                return null;
            }
            return line.toCharArray();
        }
    }
}
