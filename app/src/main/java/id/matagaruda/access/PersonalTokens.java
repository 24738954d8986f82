package id.matagaruda.access;

import id.matagaruda.access.internal.TokenRepository;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and revokes the signed-in user's personal access tokens. */
@Service
public class PersonalTokens {

    public static final int MAX_DAYS = 365;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenRepository tokens;
    private final AccessPolicy access;
    private final AuditTrail audit;

    PersonalTokens(TokenRepository tokens, AccessPolicy access, AuditTrail audit) {
        this.tokens = tokens;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public PersonalToken create(String name, Integer expiresInDays) {
        CurrentUser user = access.requireUser();
        List<FieldProblem> problems = new ArrayList<>();
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            problems.add(FieldProblem.of("name", "validation.NotBlank"));
        } else if (n.length() > 100) {
            problems.add(FieldProblem.of("name", "validation.maxLength", 100));
        }
        int days = expiresInDays == null ? 90 : expiresInDays;
        if (days < 1 || days > MAX_DAYS) {
            problems.add(FieldProblem.of("expiresInDays", "validation.range", 1, MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "mg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long id = tokens.insert(user.id(), n, TokenRepository.sha256(token), token.substring(0, 8), now, now.plusDays(days));
        PersonalToken created = new PersonalToken(id, n, token.substring(0, 8), now, now.plusDays(days), null, null, token);
        audit.record("BUAT", "token_akses", String.valueOf(id), user.regionKode(), null,
                new PersonalToken(id, n, created.prefix(), now, created.expiresAt(), null, null, null));
        return created;
    }

    public List<PersonalToken> mine() {
        return tokens.ofUser(access.requireUser().id());
    }

    @Transactional
    public void revoke(long id) {
        CurrentUser user = access.requireUser();
        PersonalToken token = tokens.ofUser(user.id()).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("access.token.notfound", id));
        if (token.revokedAt() == null) {
            tokens.revoke(id, OffsetDateTime.now(ZoneOffset.UTC));
            audit.record("CABUT", "token_akses", String.valueOf(id), user.regionKode(), token, null);
        }
    }
}
