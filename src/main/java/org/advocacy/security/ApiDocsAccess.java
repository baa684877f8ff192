package org.advocacy.security;

import org.advocacy.kernel.db.EmbeddedDatabaseConfig.EmbeddedMariaDb;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the OpenAPI description ({@code /api/docs}, {@code /api/docs/ui.html}) is open to anybody or only to
 * signed-in administrators. {@code API_DOCS_PUBLIC=true|false}; unset means public with the embedded (demo)
 * database and private with a real one, i.e. off in production.
 */
@Component
public class ApiDocsAccess {

    private volatile boolean open;

    ApiDocsAccess(@Value("${app.api.docs-public:}") String setting, ObjectProvider<EmbeddedMariaDb> embedded) {
        this.open = setting.isBlank() ? embedded.getIfAvailable() != null : Boolean.parseBoolean(setting.trim());
    }

    public boolean isPublic() {
        return open;
    }

    /** For tests of both modes on one application context. */
    void setPublic(boolean open) {
        this.open = open;
    }
}
