package org.advocacy.settings.internal;

import static org.advocacy.jooq.Tables.APP_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** jOOQ access to the portal's key-value settings ({@code app_setting}). */
@Repository
public class AppSettingRepository {

    private final DSLContext dsl;

    AppSettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> find(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public boolean exists(String key) {
        return dsl.fetchExists(APP_SETTING, APP_SETTING.SETTING_KEY.eq(key));
    }

    public void put(String key, String value) {
        dsl.insertInto(APP_SETTING).set(APP_SETTING.SETTING_KEY, key).set(APP_SETTING.SETTING_VALUE, value)
                .onDuplicateKeyUpdate().set(APP_SETTING.SETTING_VALUE, value).execute();
    }

    public void putIfAbsent(String key, String value) {
        dsl.insertInto(APP_SETTING).set(APP_SETTING.SETTING_KEY, key).set(APP_SETTING.SETTING_VALUE, value)
                .onDuplicateKeyIgnore().execute();
    }
}
