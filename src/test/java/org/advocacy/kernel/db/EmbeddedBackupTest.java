package org.advocacy.kernel.db;

import static org.advocacy.jooq.Tables.BRANCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.advocacy.kernel.db.EmbeddedDatabaseConfig.EmbeddedMariaDb;
import org.advocacy.test.TestFolders;
import org.advocacy.test.UniqueCodes;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The README's backup commands (issue 13) on an embedded MariaDB of its own with the portal's schema: deploy/backup.sh
 * finds the running server and its generated credentials, writes an owner-only compressed dump and keeps only the
 * newest BACKUP_KEEP; after changes, deploy/restore.sh brings back exactly the state of the backup (and saves the
 * state it replaces first).
 */
class EmbeddedBackupTest {

    @Test
    void backupChangeRestoreGivesBackTheBackedUpStateAndOldBackupsAreDeleted() throws Exception {
        EmbeddedDatabaseConfig config = new EmbeddedDatabaseConfig();
        String base = System.getProperty("user.home") + "/.advocacy-portal/mariadb/base";
        Path data = TestFolders.databaseFolder("backup");
        Path backups = Path.of("target", "backups-" + UniqueCodes.nextLower()).toAbsolutePath();
        EmbeddedMariaDb db = config.embeddedMariaDb(base, data.toString(), 0, false);
        HikariDataSource ds = (HikariDataSource) config.dataSource(db);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            DSLContext dsl = DSL.using(ds, SQLDialect.MARIADB);
            addBranch(dsl, "BK01", "Sen Spa Hội An");

            String first = run(base, data, backups, "2", "backup.sh").strip();
            Path dump = Path.of(first.substring(0, first.indexOf(" (")));
            assertThat(dump).exists().hasParent(backups);
            assertThat(Files.getPosixFilePermissions(dump)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

            // changes after the backup: one branch renamed, one deleted, one added
            addBranch(dsl, "BK02", "Sen Spa Đà Lạt");
            dsl.update(BRANCH).set(BRANCH.NAME, "đổi tên").where(BRANCH.CODE.eq("BK02")).execute();
            dsl.deleteFrom(BRANCH).where(BRANCH.CODE.eq("BK01")).execute();

            String restored = run(base, data, backups, "2", "restore.sh", dump.toString());
            assertThat(restored).contains("Restored");
            // the portal is restarted after a restore; here the pool's connections (to the replaced schema) are renewed
            ds.getHikariPoolMXBean().softEvictConnections();
            assertThat(dsl.select(BRANCH.CODE, BRANCH.NAME).from(BRANCH).where(BRANCH.CODE.startsWith("BK"))
                    .fetch(r -> r.value1() + " " + r.value2())).containsExactly("BK01 Sen Spa Hội An");
            assertThat(Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().info().pending())
                    .as("the schema history came back with the tables").isEmpty();
            assertThat(list(backups, "pre-restore-")).hasSize(1);

            // retention: BACKUP_KEEP=2 keeps the newest two
            run(base, data, backups, "2", "backup.sh");
            run(base, data, backups, "2", "backup.sh");
            String newest = run(base, data, backups, "2", "backup.sh").strip();
            List<Path> kept = list(backups, "advocacy-");
            assertThat(kept).hasSize(2).contains(Path.of(newest.substring(0, newest.indexOf(" ("))));
            assertThat(kept).doesNotContain(dump);
        } finally {
            ds.close();
            db.destroy();
            FileSystemUtils.deleteRecursively(data.toFile());
            FileSystemUtils.deleteRecursively(new File(data + "-tmp"));
            FileSystemUtils.deleteRecursively(backups.toFile());
        }
    }

    private static void addBranch(DSLContext dsl, String code, String name) {
        LocalDateTime now = LocalDateTime.now();
        dsl.insertInto(BRANCH, BRANCH.CODE, BRANCH.NAME, BRANCH.CITY, BRANCH.REGION, BRANCH.CREATED_AT, BRANCH.UPDATED_AT)
                .values(code, name, "Quảng Nam", "Miền Trung", now, now).execute();
    }

    private static List<Path> list(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    /** Runs a script of deploy/ as the README says, with the test's folders; fails on a non-zero exit. */
    private static String run(String base, Path data, Path backups, String keep, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of("bash", "deploy/" + command[0]),
                Stream.of(command).skip(1)).toList()).redirectErrorStream(true);
        pb.environment().put("EMBEDDED_DB_BASE_DIR", base);
        pb.environment().put("EMBEDDED_DB_DATA_DIR", data.toString());
        pb.environment().put("BACKUP_DIR", backups.toString());
        pb.environment().put("BACKUP_KEEP", keep);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
