package org.advocacy.security.internal;

import static org.advocacy.jooq.Tables.API_TOKEN;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.advocacy.security.AccountPeople;
import org.advocacy.security.ApiClient;
import org.advocacy.security.ApiScope;
import org.advocacy.security.ApiTokenListItem;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** jOOQ access to api_token. */
@Repository
public class ApiTokenRepository {

    /** A usable token and when it was last used. */
    public record ActiveToken(ApiClient client, LocalDateTime lastUsedAt) {
    }

    private final DSLContext dsl;
    private final AccountPeople people;

    ApiTokenRepository(DSLContext dsl, AccountPeople people) {
        this.dsl = dsl;
        this.people = people;
    }

    public long insert(String name, String hash, String prefix, Collection<ApiScope> scopes, Long branchId,
            String createdBy, LocalDateTime now) {
        return dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, hash)
                .set(API_TOKEN.TOKEN_PREFIX, prefix)
                .set(API_TOKEN.SCOPES, scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(" ")))
                .set(API_TOKEN.BRANCH_ID, branchId)
                .set(API_TOKEN.CREATED_BY, createdBy)
                .set(API_TOKEN.CREATED_AT, now)
                .returningResult(API_TOKEN.ID).fetchOne(API_TOKEN.ID);
    }

    public Optional<ActiveToken> findActive(String hash) {
        return dsl.select(API_TOKEN.ID, API_TOKEN.NAME, API_TOKEN.SCOPES, API_TOKEN.BRANCH_ID, API_TOKEN.LAST_USED_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.TOKEN_HASH.eq(hash)).and(API_TOKEN.REVOKED_AT.isNull())
                .fetchOptional(r -> new ActiveToken(new ApiClient(r.value1(), r.value2(), scopes(r.value3()), r.value4()),
                        r.value5()));
    }

    public Optional<Boolean> isRevoked(String hash) {
        return dsl.select(API_TOKEN.REVOKED_AT).from(API_TOKEN).where(API_TOKEN.TOKEN_HASH.eq(hash))
                .fetchOptional(r -> r.value1() != null);
    }

    public Optional<String> name(long id) {
        return dsl.select(API_TOKEN.NAME).from(API_TOKEN).where(API_TOKEN.ID.eq(id)).fetchOptional(API_TOKEN.NAME);
    }

    public void touch(long id, LocalDateTime now) {
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now).where(API_TOKEN.ID.eq(id)).execute();
    }

    public int revoke(long id, LocalDateTime now) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, now)
                .where(API_TOKEN.ID.eq(id)).and(API_TOKEN.REVOKED_AT.isNull()).execute();
    }

    /** Every token, usable ones first, newest first; the branch codes asked from {@link AccountPeople} at once. */
    public List<ApiTokenListItem> list() {
        var rows = dsl.select(API_TOKEN.ID, API_TOKEN.NAME, API_TOKEN.TOKEN_PREFIX, API_TOKEN.SCOPES, API_TOKEN.BRANCH_ID,
                        API_TOKEN.CREATED_BY, API_TOKEN.CREATED_AT, API_TOKEN.LAST_USED_AT, API_TOKEN.REVOKED_AT)
                .from(API_TOKEN)
                .orderBy(API_TOKEN.REVOKED_AT.isNull().desc(), API_TOKEN.CREATED_AT.desc())
                .fetch();
        Map<Long, String> codes = people.branchCodes(rows.stream().map(r -> r.value5()).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.map(r -> new ApiTokenListItem(r.value1(), r.value2(), r.value3(), scopes(r.value4()),
                r.value5() == null ? null : codes.get(r.value5()), r.value6(), r.value7(), r.value8(), r.value9()));
    }

    private static Set<ApiScope> scopes(String s) {
        Set<ApiScope> set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(s.split(" ")).map(ApiScope::ofCode).flatMap(Optional::stream).forEach(set::add);
        return set;
    }
}
