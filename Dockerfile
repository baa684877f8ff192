# Builds the portal from this repository (the committed frontend bundle means no Node is needed) and runs it
# against the MariaDB given in DB_URL / DB_USER / DB_PASSWORD (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY db db
COPY frontend frontend
COPY src src
RUN ./mvnw -B -q package -DskipTests && cp target/advocacy-portal-*.jar /portal.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --home-dir /app portal && mkdir -p /app && chown portal /app
USER portal
WORKDIR /app
COPY --from=build /portal.jar /app/portal.jar
EXPOSE 8080
# no curl in the image: ask /actuator/health over bash's /dev/tcp
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health HTTP/1.0\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
