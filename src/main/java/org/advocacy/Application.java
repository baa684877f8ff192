package org.advocacy;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts Advocacy Portal. {@code --demo} fills an empty database with the demo organisation. */
@SpringBootApplication
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (Arrays.asList(args).contains("--demo")) {
            System.setProperty("app.demo.enabled", "true"); // also for spring-boot:run -Dspring-boot.run.arguments=--demo
        }
        SpringApplication.run(Application.class, args);
    }
}
