package org.advocacy.recognition.internal;

import static org.advocacy.jooq.Tables.RECOGNITION;
import static org.advocacy.jooq.Tables.RECOGNITION_APPLAUSE;
import static org.advocacy.jooq.Tables.RECOGNITION_PREFERENCE;
import static org.advocacy.jooq.Tables.RECOGNITION_RECIPIENT;
import static org.advocacy.jooq.Tables.RECOGNITION_VALUE;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.advocacy.recognition.Visibility;
import org.advocacy.settings.AppSettings;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Writes of recognition: entries with their recipients and values, applause, preferences and the peer switch. */
@Repository
public class RecognitionRepository {

    private final DSLContext dsl;
    private final AppSettings settings;

    RecognitionRepository(DSLContext dsl, AppSettings settings) {
        this.dsl = dsl;
        this.settings = settings;
    }

    /** Stores one entry; {@code recipientBranches} maps each recipient's employee id to their branch today. */
    public long insert(long giverUserId, String message, Visibility visibility, Map<Long, Long> recipientBranches,
            Collection<Long> valueIds, LocalDateTime now) {
        long id = dsl.insertInto(RECOGNITION)
                .set(RECOGNITION.GIVER_USER_ID, giverUserId).set(RECOGNITION.MESSAGE, message)
                .set(RECOGNITION.VISIBILITY, visibility).set(RECOGNITION.CREATED_AT, now)
                .returningResult(RECOGNITION.ID).fetchOne(RECOGNITION.ID);
        var recipients = dsl.insertInto(RECOGNITION_RECIPIENT, RECOGNITION_RECIPIENT.RECOGNITION_ID,
                RECOGNITION_RECIPIENT.EMPLOYEE_ID, RECOGNITION_RECIPIENT.BRANCH_ID, RECOGNITION_RECIPIENT.CREATED_AT);
        for (var e : recipientBranches.entrySet()) {
            recipients = recipients.values(id, e.getKey(), e.getValue(), now);
        }
        recipients.execute();
        var values = dsl.insertInto(RECOGNITION_VALUE, RECOGNITION_VALUE.RECOGNITION_ID, RECOGNITION_VALUE.VALUE_ID);
        for (Long v : valueIds) {
            values = values.values(id, v);
        }
        values.execute();
        return id;
    }

    /** One applause per person and entry: the primary key refuses a second one, which is then ignored. */
    public boolean applaud(long recognitionId, long userId, LocalDateTime now) {
        return dsl.insertInto(RECOGNITION_APPLAUSE)
                .set(RECOGNITION_APPLAUSE.RECOGNITION_ID, recognitionId).set(RECOGNITION_APPLAUSE.USER_ID, userId)
                .set(RECOGNITION_APPLAUSE.CREATED_AT, now)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    public Optional<String> setting(String key) {
        return settings.get(key); // the settings module owns app_setting
    }

    public void putSetting(String key, String value) {
        settings.put(key, value);
    }

    public boolean leaderboardOptOut(long employeeId) {
        return dsl.select(RECOGNITION_PREFERENCE.LEADERBOARD_OPT_OUT).from(RECOGNITION_PREFERENCE)
                .where(RECOGNITION_PREFERENCE.EMPLOYEE_ID.eq(employeeId))
                .fetchOptional(RECOGNITION_PREFERENCE.LEADERBOARD_OPT_OUT).orElse(false);
    }

    public void setLeaderboardOptOut(long employeeId, boolean optOut) {
        dsl.insertInto(RECOGNITION_PREFERENCE)
                .set(RECOGNITION_PREFERENCE.EMPLOYEE_ID, employeeId).set(RECOGNITION_PREFERENCE.LEADERBOARD_OPT_OUT, optOut)
                .onDuplicateKeyUpdate().set(RECOGNITION_PREFERENCE.LEADERBOARD_OPT_OUT, optOut).execute();
    }
}
