package org.advocacy.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.advocacy.kernel.db.EmbeddedDatabaseConfig.EmbeddedMariaDb;
import org.advocacy.test.TestFolders;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded MariaDB keeps its data in its folder: what was stored is there after a restart, also when the project
 * lies under the temp folder (the test databases then live outside it, see {@link TestFolders}).
 */
class EmbeddedDatabaseTest {

    @Test
    void dataSurvivesARestart() throws Exception {
        EmbeddedDatabaseConfig config = new EmbeddedDatabaseConfig();
        String base = System.getProperty("user.home") + "/.advocacy-portal/mariadb/base";
        Path data = TestFolders.databaseFolder("restart");
        try {
            EmbeddedMariaDb first = config.embeddedMariaDb(base, data.toString(), 0, false);
            try (Connection c = ((com.zaxxer.hikari.HikariDataSource) config.dataSource(first)).getConnection();
                    Statement st = c.createStatement()) {
                st.execute("CREATE TABLE kept (name VARCHAR(40)) CHARACTER SET utf8mb4");
                st.execute("INSERT INTO kept VALUES ('Nguyễn Thị Ánh')");
            } finally {
                first.destroy();
            }
            EmbeddedMariaDb second = config.embeddedMariaDb(base, data.toString(), 0, false);
            DataSource ds = config.dataSource(second);
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT name FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Nguyễn Thị Ánh");
            } finally {
                ((com.zaxxer.hikari.HikariDataSource) ds).close();
                second.destroy();
            }
        } finally {
            FileSystemUtils.deleteRecursively(data.toFile());
            FileSystemUtils.deleteRecursively(new File(data + "-tmp"));
        }
    }

    /** Issue 8: grant checks on, a generated password kept owner-only in the data folder; nobody gets in without it. */
    @Test
    void connectingWithoutTheGeneratedCredentialsFails() throws Exception {
        EmbeddedDatabaseConfig config = new EmbeddedDatabaseConfig();
        String base = System.getProperty("user.home") + "/.advocacy-portal/mariadb/base";
        Path data = TestFolders.databaseFolder("grants");
        try {
            EmbeddedMariaDb db = config.embeddedMariaDb(base, data.toString(), 0, false);
            try {
                Path file = data.resolve(EmbeddedDatabaseConfig.Credentials.FILE);
                assertThat(java.nio.file.Files.getPosixFilePermissions(file))
                        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                EmbeddedDatabaseConfig.Credentials creds = EmbeddedDatabaseConfig.Credentials.read(data);
                assertThat(creds.appPassword()).hasSizeGreaterThanOrEqualTo(30).isNotEqualTo(creds.rootPassword());
                String url = "jdbc:mariadb://127.0.0.1:" + db.port() + "/advocacy";
                for (String[] attempt : new String[][] {{"root", ""}, {"advocacy", ""}, {"advocacy", "wrong"},
                        {"someone", ""}, {"", ""}}) {
                    assertThatThrownBy(() -> DriverManager.getConnection(url, attempt[0], attempt[1]).close())
                            .as("%s without the generated password", attempt[0]).isInstanceOf(SQLException.class);
                }
                try (Connection c = DriverManager.getConnection(url, "advocacy", creds.appPassword());
                        Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE t (x INT)");
                    // the application's account has rights on its own schema only
                    assertThatThrownBy(() -> st.executeQuery("SELECT * FROM mysql.user")).isInstanceOf(SQLException.class);
                }
            } finally {
                db.destroy();
            }
            EmbeddedMariaDb again = config.embeddedMariaDb(base, data.toString(), 0, false); // restart reads the file
            try (Connection c = config.dataSource(again).getConnection()) {
                assertThat(c.isValid(2)).isTrue();
            } finally {
                again.destroy();
            }
        } finally {
            FileSystemUtils.deleteRecursively(data.toFile());
            FileSystemUtils.deleteRecursively(new File(data + "-tmp"));
        }
    }
}
