package id.matagaruda.access.internal;

import id.matagaruda.access.Role;
import id.matagaruda.access.UserAccounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo accounts of the README, created on first start of {@code ./matagaruda demo} only. */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-garuda";

    private final UserAccounts users;

    DemoAccounts(UserAccounts users) {
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        users.createDemoAccountIfMissing("pusat.admin", "Admin Ditjen Polpum", PASSWORD, Role.ADMIN_PUSAT, "00");
        users.createDemoAccountIfMissing("pusat.analis", "Analis Ditjen Polpum", PASSWORD, Role.ANALIS_PUSAT, "00");
        users.createDemoAccountIfMissing("pusat.pimpinan", "Pimpinan Ditjen Polpum", PASSWORD, Role.PIMPINAN, "00");
        users.createDemoAccountIfMissing("pusat.verifikator", "Verifikator Ditjen Polpum", PASSWORD, Role.VERIFIKATOR, "00");
        users.createDemoAccountIfMissing("jabar.verifikator", "Verifikator Kesbangpol Jawa Barat", PASSWORD,
                Role.VERIFIKATOR, "32");
        users.createDemoAccountIfMissing("jabar.operator", "Operator Kesbangpol Jawa Barat", PASSWORD, Role.OPERATOR, "32");
        users.createDemoAccountIfMissing("bandung.operator", "Operator Kesbangpol Kota Bandung", PASSWORD,
                Role.OPERATOR, "32.73");
        users.createDemoAccountIfMissing("papua.operator", "Operator Kesbangpol Papua", PASSWORD, Role.OPERATOR, "91");
    }
}
