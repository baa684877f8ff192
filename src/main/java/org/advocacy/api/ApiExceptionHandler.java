package org.advocacy.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.db.DatabaseOutage;
import org.advocacy.kernel.db.DatabaseTimeLimit;
import org.advocacy.kernel.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Turns every failure of an API controller into the API's JSON error shape {"error", "message"[, "field"]}:
 * never an HTML page, never a stack trace. Messages are English unless the caller asks for Vietnamese.
 */
@RestControllerAdvice(basePackages = "org.advocacy.api")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private static final String RETRY_AFTER_SECONDS = "30";

    private final Translations translations;

    ApiExceptionHandler(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, Object>> invalid(ValidationException e, HttpServletRequest request) {
        Map<String, Object> body = body("invalid", translations.get(e.messageKey(), locale(request), e.args()));
        if (e.field() != null) {
            body.put("field", e.field());
        }
        return respond(HttpStatus.BAD_REQUEST, body);
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> api(ApiException e, HttpServletRequest request) {
        return respond(HttpStatus.valueOf(e.status()),
                body(e.code(), translations.get(e.messageKey(), locale(request), e.args())));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Map<String, Object>> forbidden(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.FORBIDDEN, body("forbidden", translations.get("api.error.forbidden", locale(request))));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<Map<String, Object>> notFound(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, body("not_found", translations.get("api.error.notFound", locale(request))));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, ServletRequestBindingException.class,
            MissingServletRequestParameterException.class, HttpMessageNotReadableException.class})
    ResponseEntity<Map<String, Object>> badRequest(Exception e, HttpServletRequest request) {
        log.debug("Bad API request {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return respond(HttpStatus.BAD_REQUEST, body("bad_request", translations.get("api.error.badRequest", locale(request))));
    }

    @ExceptionHandler(DataIntegrityViolationException.class) // DuplicateKeyException is one of these
    ResponseEntity<Map<String, Object>> conflict(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("API request {} {} conflicts with stored data: {}", request.getMethod(), request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        return respond(HttpStatus.CONFLICT, body("conflict", translations.get("api.error.conflict", locale(request))));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> methodNotAllowed(HttpRequestMethodNotSupportedException e,
            HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).contentType(MediaType.APPLICATION_JSON)
                .body(body("method_not_allowed", translations.get("api.error.methodNotAllowed", locale(request), e.getMethod())));
    }

    @ExceptionHandler({HttpMediaTypeNotAcceptableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Map<String, Object>> mediaType(Exception e, HttpServletRequest request) {
        HttpStatus status = e instanceof HttpMediaTypeNotAcceptableException ? HttpStatus.NOT_ACCEPTABLE
                : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        return respond(status, body("bad_request", translations.get("api.error.mediaType", locale(request))));
    }

    /** Database work over its time limit (issue 14): 503 with Retry-After, the client may try again later. */
    @ExceptionHandler(QueryTimeoutException.class)
    ResponseEntity<Map<String, Object>> timeout(Exception e, HttpServletRequest request) {
        log.warn("API request {} {} ran over its database time limit: {}", request.getMethod(), request.getRequestURI(),
                e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body("timeout", translations.get("api.error.timeout", locale(request))));
    }

    /**
     * The database cannot be reached (issue 13): the work did not happen or was rolled back, so 503 with Retry-After;
     * a client that retries with the same {@code externalId} stores the answer exactly once.
     */
    ResponseEntity<Map<String, Object>> unavailable(Exception e, HttpServletRequest request) {
        log.warn("API request {} {} found the database unavailable: {}", request.getMethod(), request.getRequestURI(),
                e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).contentType(MediaType.APPLICATION_JSON)
                .body(body("unavailable", translations.get("api.error.unavailable", locale(request))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> internal(Exception e, HttpServletRequest request) {
        if (DatabaseTimeLimit.isTimeout(e)) {
            return timeout(e, request);
        }
        if (DatabaseOutage.isOutage(e)) {
            return unavailable(e, request);
        }
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, body("internal", translations.get("api.error.internal", locale(request))));
    }

    /** English by default (integrations rarely send a language); Vietnamese when Accept-Language asks for it. */
    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Translations.ENGLISH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), Translations.LOCALES);
            return best == null ? Translations.ENGLISH : best;
        } catch (IllegalArgumentException e) {
            return Translations.ENGLISH;
        }
    }

    static Map<String, Object> body(String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return body;
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
