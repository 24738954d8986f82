package id.matagaruda.access;

import id.matagaruda.access.internal.Account;
import id.matagaruda.access.internal.AccountRepository;
import id.matagaruda.shared.ConflictException;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and listing accounts, including the first administrator of a production installation. */
@Service
public class UserAccounts {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final KnownRegions regions;
    private final AccessPolicy access;
    private final AuditTrail audit;

    UserAccounts(AccountRepository accounts, PasswordEncoder encoder, KnownRegions regions, AccessPolicy access,
            AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
    }

    /** Creates an ADMIN_PUSAT bound to the nation. Used by {@code ./matagaruda users create-admin}. */
    @Transactional
    public UserAccount createAdmin(String username, String fullName, char[] password) {
        try {
            return insert(new NewAccount(username, fullName == null || fullName.isBlank() ? username : fullName,
                    new String(password), Role.ADMIN_PUSAT.name(), "00"), false);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Creates an account on behalf of the signed-in administrator. */
    @Transactional
    public UserAccount create(NewAccount account) {
        CurrentUser admin = access.requireUser();
        if (admin.role() != Role.ADMIN_PUSAT) {
            throw new org.springframework.security.access.AccessDeniedException("only ADMIN_PUSAT creates accounts");
        }
        return insert(account, false);
    }

    /** Demo accounts exist only on a demo installation; {@code serve} refuses to start while any exists. */
    @Transactional
    public void createDemoAccountIfMissing(String username, String fullName, String password, Role role, String region) {
        if (accounts.findByUsername(username).isEmpty()) {
            insert(new NewAccount(username, fullName, password, role.name(), region), true);
        }
    }

    /** Accounts within the signed-in user's region scope. */
    public List<UserAccount> visible() {
        CurrentUser user = access.requireUser();
        return accounts.all().stream().filter(a -> access.inScope(user, a.regionKode())).map(UserAccounts::view)
                .toList();
    }

    public boolean hasProductionAdmin() {
        return accounts.anyEnabledWithRole(Role.ADMIN_PUSAT);
    }

    public long demoAccountCount() {
        return accounts.countDemo();
    }

    private UserAccount insert(NewAccount a, boolean demo) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = a.username() == null ? "" : a.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(FieldProblem.of("username", "access.username.format"));
        }
        String fullName = a.fullName() == null ? "" : a.fullName().trim();
        if (fullName.isEmpty()) {
            problems.add(FieldProblem.of("fullName", "validation.NotBlank"));
        } else if (fullName.length() > 200) {
            problems.add(FieldProblem.of("fullName", "validation.maxLength", 200));
        }
        String password = a.password() == null ? "" : a.password();
        // The demo accounts' password is published in the README; real accounts get the length rule.
        if (!demo && password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(FieldProblem.of("password", "access.password.short", MIN_PASSWORD_LENGTH));
        } else if (password.length() > 72) {
            // bcrypt reads at most 72 bytes; a longer secret would silently be cut.
            problems.add(FieldProblem.of("password", "validation.maxLength", 72));
        }
        Role role = null;
        try {
            role = Role.valueOf(a.role() == null ? "" : a.role().trim());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("role", "access.role.invalid", Arrays.toString(Role.values())));
        }
        String region = a.regionKode() == null ? "" : a.regionKode().trim();
        if (!region.equals("00") && !regions.exists(region)) {
            problems.add(FieldProblem.of("regionKode", "access.region.unknown", region));
        } else if (role != null && (role == Role.ADMIN_PUSAT || role == Role.ANALIS_PUSAT) && !region.equals("00")) {
            problems.add(FieldProblem.of("regionKode", "access.region.national", role.name()));
        } else if (role == Role.OPERATOR && region.equals("00")) {
            problems.add(FieldProblem.of("regionKode", "access.region.regional", role.name()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new ConflictException("access.username.taken", username);
        }
        long id = accounts.insert(username, fullName, encoder.encode(password), role, region, demo);
        UserAccount created = view(accounts.findById(id).orElseThrow());
        audit.record("BUAT", "akun", username, region, null, created);
        return created;
    }

    private static UserAccount view(Account a) {
        boolean locked = a.lockedUntil() != null && a.lockedUntil().isAfter(OffsetDateTime.now());
        return new UserAccount(a.id(), a.username(), a.fullName(), a.role(), a.regionKode(), a.enabled(), a.demo(),
                locked, a.createdAt(), a.version());
    }
}
