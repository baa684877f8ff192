package org.advocacy.settings;

import java.util.Optional;
import org.advocacy.settings.internal.AppSettingRepository;
import org.springframework.stereotype.Component;

/**
 * The portal's key-value settings (the organisation's name, the staff-link key, whether peers may recognise each
 * other, ...): the one way other modules read and write the {@code app_setting} table, which belongs to this module
 * (decision 0047). Plumbing for the calling services, which check the roles and hold the transaction: it runs in
 * theirs.
 */
@Component
public class AppSettings {

    private final AppSettingRepository repository;

    AppSettings(AppSettingRepository repository) {
        this.repository = repository;
    }

    public Optional<String> get(String key) {
        return repository.find(key);
    }

    public boolean exists(String key) {
        return repository.exists(key);
    }

    /** Stores the value, replacing the one before. */
    public void put(String key, String value) {
        repository.put(key, value);
    }

    /** The value of a setting, storing {@code initial} first when there is none yet. */
    public String getOrCreate(String key, String initial) {
        repository.putIfAbsent(key, initial);
        return repository.find(key).orElseThrow();
    }
}
