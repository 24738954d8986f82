package id.matagaruda.access.internal;

import id.matagaruda.access.StartupRefusedException;
import id.matagaruda.access.UserAccounts;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code ./matagaruda serve} refuses to start on a database with demo accounts (their password is public) or without
 * an administrator, and says how to fix it.
 */
@Component
@Profile("prod")
class ProductionGuard implements SmartInitializingSingleton {

    private final UserAccounts users;

    ProductionGuard(UserAccounts users) {
        this.users = users;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long demo = users.demoAccountCount();
        if (demo > 0) {
            throw new StartupRefusedException("Basis data ini berisi " + demo + " akun demo (kata sandinya publik); "
                    + "server produksi tidak dijalankan. Gunakan basis data produksi tersendiri. / "
                    + "This database holds demo accounts; use a separate production database.");
        }
        if (!users.hasProductionAdmin()) {
            throw new StartupRefusedException("Belum ada akun admin. Buat dulu: ./matagaruda users create-admin --username U / "
                    + "No administrator yet. Create one first: ./matagaruda users create-admin --username U");
        }
    }
}
