package id.matagaruda.access.web;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.AuditEntry;
import id.matagaruda.access.AuditLog;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.access.KnownRegions;
import id.matagaruda.access.NewAccount;
import id.matagaruda.access.PersonalToken;
import id.matagaruda.access.PersonalTokens;
import id.matagaruda.access.UserAccount;
import id.matagaruda.access.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Akses", description = "Akun, token akses pribadi, log audit")
class AccessApiController {

    private final AccessPolicy access;
    private final PersonalTokens tokens;
    private final UserAccounts users;
    private final AuditLog audit;
    private final KnownRegions regions;

    AccessApiController(AccessPolicy access, PersonalTokens tokens, UserAccounts users, AuditLog audit,
            KnownRegions regions) {
        this.access = access;
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.regions = regions;
    }

    record Me(String username, String fullName, List<String> roles, String region, String regionName) {}

    record TokenRequest(String name, Integer expiresInDays) {}

    @GetMapping("/api/v1/me")
    @Operation(summary = "Akun yang sedang masuk: nama, peran, wilayah")
    Me me() {
        CurrentUser u = access.requireUser();
        return new Me(u.username(), u.fullName(), List.of(u.role().name()), u.regionKode(),
                u.isNational() ? "Indonesia" : regions.name(u.regionKode()));
    }

    @GetMapping("/api/v1/me/tokens")
    @Operation(summary = "Token akses pribadi milik akun ini (tanpa rahasianya)")
    List<PersonalToken> myTokens() {
        return tokens.mine();
    }

    @PostMapping("/api/v1/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Buat token akses pribadi; rahasia (token) hanya ditampilkan sekali")
    PersonalToken createToken(@RequestBody TokenRequest request) {
        return tokens.create(request.name(), request.expiresInDays());
    }

    @DeleteMapping("/api/v1/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cabut token akses pribadi")
    void revokeToken(@PathVariable long id) {
        tokens.revoke(id);
    }

    @GetMapping("/api/v1/users")
    @Operation(summary = "Akun dalam cakupan wilayah pengguna")
    List<UserAccount> users() {
        return users.visible();
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Buat akun (ADMIN_PUSAT)")
    UserAccount createUser(@RequestBody NewAccount account) {
        return users.create(account);
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Log audit, terbaru dahulu (ADMIN_PUSAT); halaman berikutnya dengan before=id terakhir")
    List<AuditEntry> audit(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String username, @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) Long before) {
        return audit.recent(entityType, username, limit, before);
    }
}
