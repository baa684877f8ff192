package org.advocacy.audit.internal;

import static org.advocacy.jooq.Tables.AUDIT_EVENT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.advocacy.audit.AuditEvent;
import org.advocacy.audit.AuditFilter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** jOOQ access to the audit_event table. */
@Repository
public class AuditEventRepository {

    private final DSLContext dsl;

    AuditEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(LocalDateTime at, String actor, String action, String target, String detail, String clientIp) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.TARGET, target)
                .set(AUDIT_EVENT.DETAIL, detail)
                .set(AUDIT_EVENT.CLIENT_IP, clientIp)
                .execute();
    }

    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        return dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTION,
                        AUDIT_EVENT.TARGET, AUDIT_EVENT.DETAIL, AUDIT_EVENT.CLIENT_IP)
                .from(AUDIT_EVENT)
                .where(conditions(filter))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .offset(offset).limit(limit)
                .fetch(Records.mapping(AuditEvent::new));
    }

    public int count(AuditFilter filter) {
        return dsl.fetchCount(AUDIT_EVENT, conditions(filter));
    }

    private static List<Condition> conditions(AuditFilter f) {
        List<Condition> c = new ArrayList<>();
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().trim() + "%";
            c.add(AUDIT_EVENT.ACTOR.like(like).or(AUDIT_EVENT.TARGET.like(like)).or(AUDIT_EVENT.DETAIL.like(like)));
        }
        if (f.kind() != null) {
            var signIns = org.advocacy.audit.AuditAction.of(org.advocacy.audit.AuditFilter.Kind.SIGN_INS).stream()
                    .map(Enum::name).toList();
            c.add(f.kind() == org.advocacy.audit.AuditFilter.Kind.SIGN_INS ? AUDIT_EVENT.ACTION.in(signIns)
                    : AUDIT_EVENT.ACTION.notIn(signIns));
        }
        if (f.action() != null) {
            c.add(AUDIT_EVENT.ACTION.eq(f.action().name()));
        }
        if (f.from() != null) {
            c.add(AUDIT_EVENT.OCCURRED_AT.ge(f.from()));
        }
        if (f.to() != null) {
            c.add(AUDIT_EVENT.OCCURRED_AT.lt(f.to()));
        }
        return c.isEmpty() ? List.of(DSL.noCondition()) : c;
    }
}
