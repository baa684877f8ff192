package org.advocacy.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.advocacy.kernel.ClientAddress;
import org.advocacy.kernel.RateLimits;
import org.advocacy.kernel.ValidationException;
import org.advocacy.kernel.db.DatabaseOutage;
import org.advocacy.kernel.db.DatabaseTimeLimit;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.feedback.FeedbackData;
import org.advocacy.feedback.FeedbackOrigin;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.KioskDevice;
import org.advocacy.feedback.KioskService;
import org.advocacy.feedback.PublicBranch;
import org.advocacy.feedback.StaffChoice;
import org.advocacy.kernel.stats.NetScore;
import org.advocacy.org.EmployeePhoto;
import org.advocacy.settings.PublicAddressService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customers' feedback pages, server-rendered and stateless: GET renders the form with a fresh submission id,
 * POST stores the answer (once per submission id) and redirects to the thank-you page only after the commit
 * (post/redirect/get). /f/{branch} is the branch's link and QR code ({@code ?e=} preselects an employee);
 * /k/{token} is a kiosk's device link.
 */
@Controller
class PublicFeedbackController {

    private static final Logger log = LoggerFactory.getLogger(PublicFeedbackController.class);
    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final FeedbackService feedback;
    private final KioskService kiosks;
    private final PublicRateLimiter limiter;
    private final Translations translations;
    private final PublicAddressService address;
    private final int retentionDays;
    private final int kioskIdleSeconds;

    PublicFeedbackController(FeedbackService feedback, KioskService kiosks, PublicRateLimiter limiter,
            Translations translations, PublicAddressService address,
            @Value("${app.feedback.contact-retention-days:180}") int retentionDays,
            @Value("${app.feedback.kiosk-idle-seconds:60}") int kioskIdleSeconds) {
        this.kioskIdleSeconds = kioskIdleSeconds;
        this.feedback = feedback;
        this.kiosks = kiosks;
        this.limiter = limiter;
        this.translations = translations;
        this.address = address;
        this.retentionDays = retentionDays;
    }

    // --- branch link ---

    @GetMapping("/f/{branch}")
    ResponseEntity<String> form(@PathVariable String branch, @RequestParam(name = "e", required = false) String employee,
            @RequestParam(required = false) String lang, HttpServletRequest request) {
        Locale locale = locale(lang, request);
        Optional<PublicBranch> b = feedback.publicBranch(branch);
        if (b.isEmpty()) {
            return notFound(locale);
        }
        Map<String, String> values = new HashMap<>();
        values.put("submissionId", UUID.randomUUID().toString());
        // a badge token of an offered person preselects them; any other value is ignored alike
        Optional<StaffChoice> chosen = employee == null ? Optional.empty() : feedback.staffByToken(b.get().id(), employee);
        chosen.ifPresent(c -> values.put("employee", c.token()));
        return html(HttpStatus.OK, page(locale).form(form(b.get(), "/f/" + b.get().code(), locale, values, Map.of(), false,
                switchHref("/f/" + b.get().code(), locale, chosen.map(StaffChoice::token).orElse(null)))));
    }

    @PostMapping("/f/{branch}")
    ResponseEntity<String> submit(@PathVariable String branch, @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request) {
        Locale locale = locale(form.getFirst("lang"), request);
        Optional<PublicBranch> b = feedback.publicBranch(branch);
        if (b.isEmpty()) {
            return notFound(locale);
        }
        if (!isForm(request)) {
            return badRequest(locale);
        }
        if (form.containsKey("find")) {
            return find(b.get(), form, "/f/" + b.get().code(), locale, false);
        }
        String client = ClientAddress.of(request);
        RateLimits.Decision allowed = limiter.tryWeb(client, b.get().id());
        if (!allowed.granted()) {
            return rateLimited(locale, allowed);
        }
        return store(b.get(), form, FeedbackOrigin.web(client), "/f/" + b.get().code(), locale, false);
    }

    /** The thank-you page; {@code review=1} (set after a promoter's praise of someone) offers the review page. */
    @GetMapping("/f/{branch}/thanks")
    ResponseEntity<String> thanks(@PathVariable String branch, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String review, HttpServletRequest request) {
        Locale locale = locale(lang, request);
        Optional<PublicBranch> b = feedback.publicBranch(branch);
        if (b.isEmpty()) {
            return notFound(locale);
        }
        String reviewUrl = "1".equals(review) ? feedback.reviewUrl(b.get().id()).orElse(null) : null;
        return html(HttpStatus.OK, page(locale).thanks(feedback.brand(),
                "/f/" + b.get().code() + "?lang=" + locale.getLanguage(), false, reviewUrl));
    }

    /**
     * A customer-facing person's photo for the form, named by their per-branch token (never an internal id); 404 for
     * anybody else, people without a photo and malformed tokens alike. The address carries the photo's version.
     */
    @GetMapping("/f/{branch}/photo/{token}")
    ResponseEntity<?> photo(@PathVariable String branch, @PathVariable String token, HttpServletRequest request) {
        Optional<PublicBranch> b = feedback.publicBranch(branch);
        Optional<EmployeePhoto> p = b.flatMap(x -> feedback.staffPhoto(x.id(), token));
        if (p.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .cacheControl(CacheControl.noStore()).body("");
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic()).body(p.get().jpeg());
    }

    /** The QR code of the branch link, or of one employee's badge link with {@code ?e=}. */
    @GetMapping("/f/{branch}/qr.png")
    ResponseEntity<?> qr(@PathVariable String branch, @RequestParam(name = "e", required = false) String employee,
            @RequestParam(name = "size", defaultValue = "320") int size, HttpServletRequest request) {
        Locale locale = locale(request.getParameter("lang"), request);
        Optional<PublicBranch> b = feedback.publicBranch(branch);
        if (b.isEmpty()) {
            return notFound(locale);
        }
        Optional<StaffChoice> person = employee == null ? Optional.empty() : feedback.staffByToken(b.get().id(), employee);
        if (employee != null && person.isEmpty()) {
            return badRequest(locale);
        }
        String url = address.url() + "/f/" + b.get().code() + person.map(p -> "?e=" + p.token()).orElse("");
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache())
                .body(QrCodes.png(url, Math.max(120, Math.min(size, 1200))));
    }

    /** A printable A4 poster of the branch link. */
    @GetMapping("/f/{branch}/poster.pdf")
    ResponseEntity<?> poster(@PathVariable String branch, @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Locale locale = locale(lang, request);
        Optional<PublicBranch> b = feedback.publicBranch(branch);
        if (b.isEmpty()) {
            return notFound(locale);
        }
        byte[] pdf = QrCodes.poster(feedback.brand(), b.get().name(), translations.get("feedback.poster.scan", locale),
                address.url() + "/f/" + b.get().code());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"poster-" + b.get().code() + ".pdf\"").body(pdf);
    }

    // --- kiosk ---

    @GetMapping("/k/{token}")
    ResponseEntity<String> kioskForm(@PathVariable String token, @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Locale locale = locale(lang, request);
        Optional<KioskDevice> k = kiosks.byToken(token);
        Optional<PublicBranch> b = k.flatMap(d -> feedback.publicBranch(d.branchCode()));
        if (b.isEmpty()) {
            return notFound(locale);
        }
        Map<String, String> values = new HashMap<>();
        values.put("submissionId", UUID.randomUUID().toString());
        return html(HttpStatus.OK, page(locale).form(form(b.get(), "/k/" + token, locale, values, Map.of(), true,
                switchHref("/k/" + token, locale, null))));
    }

    @PostMapping("/k/{token}")
    ResponseEntity<String> kioskSubmit(@PathVariable String token, @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request) {
        Locale locale = locale(form.getFirst("lang"), request);
        Optional<KioskDevice> k = kiosks.byToken(token);
        Optional<PublicBranch> b = k.flatMap(d -> feedback.publicBranch(d.branchCode()));
        if (b.isEmpty()) {
            return notFound(locale);
        }
        if (!isForm(request)) {
            return badRequest(locale);
        }
        if (form.containsKey("find")) {
            return find(b.get(), form, "/k/" + token, locale, true);
        }
        RateLimits.Decision allowed = limiter.tryKiosk(k.get().id());
        if (!allowed.granted()) {
            return rateLimited(locale, allowed);
        }
        return store(b.get(), form, FeedbackOrigin.kiosk(ClientAddress.of(request), k.get().id()), "/k/" + token, locale,
                true);
    }

    @GetMapping("/k/{token}/thanks")
    ResponseEntity<String> kioskThanks(@PathVariable String token, @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Locale locale = locale(lang, request);
        if (kiosks.byToken(token).isEmpty()) {
            return notFound(locale);
        }
        return html(HttpStatus.OK, page(locale).thanks(feedback.brand(), "/k/" + token + "?lang=" + locale.getLanguage(), true));
    }

    // --- shared ---

    private ResponseEntity<String> store(PublicBranch branch, MultiValueMap<String, String> form, FeedbackOrigin origin,
            String action, Locale locale, boolean kiosk) {
        boolean consent = "true".equals(form.getFirst("consent"));
        // the kiosk's contact fields are only there behind "I would like to be contacted": unticked, they are dropped
        boolean contact = !kiosk || consent;
        FeedbackData data = FeedbackData.ofForm(branch.code(), number(form.getFirst("nps")),
                kiosk ? null : number(form.getFirst("csat")), kiosk ? null : number(form.getFirst("ces")),
                kiosk ? null : form.getFirst("touchpoint"), form.getFirst("employee"), form.getFirst("praise"),
                kiosk ? null : form.getFirst("comment"), contact ? form.getFirst("contactName") : null,
                contact ? form.getFirst("contactPhone") : null, contact ? form.getFirst("contactEmail") : null, consent,
                form.getFirst("submissionId"), form.getFirst("website"));
        try {
            feedback.submitPublic(data, origin);
        } catch (ValidationException e) {
            Map<String, String> values = new HashMap<>(form.toSingleValueMap());
            if (!values.containsKey("submissionId") || "feedback.error.submissionId".equals(e.messageKey())) {
                values.put("submissionId", UUID.randomUUID().toString());
            }
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put(e.field() == null ? "" : e.field(), translations.get(e.messageKey(), locale, e.args()));
            return html(HttpStatus.BAD_REQUEST, page(locale).form(form(branch, action, locale, values, errors, kiosk,
                    switchHref(action, locale, null))));
        }
        // stored and committed: now the thank-you page (303 so that reloading it does not post again). A promoter who
        // praised someone by name may be offered the branch's review page (not on a shared kiosk tablet).
        boolean offerReview = !kiosk && data.nps() != null && NetScore.isPromoter(data.nps()) && present(data.praise())
                && present(data.employee()) && feedback.reviewUrl(branch.id()).isPresent();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(action + "/thanks?lang=" + locale.getLanguage() + (offerReview ? "&review=1" : "")))
                .build();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** The "Find" button of the staff search without script: the same form again, filtered, nothing stored. */
    private ResponseEntity<String> find(PublicBranch branch, MultiValueMap<String, String> form, String action,
            Locale locale, boolean kiosk) {
        Map<String, String> values = new HashMap<>(form.toSingleValueMap());
        values.remove("find");
        if (!values.containsKey("submissionId")) {
            values.put("submissionId", UUID.randomUUID().toString());
        }
        return html(HttpStatus.OK, page(locale).form(form(branch, action, locale, values, Map.of(), kiosk,
                switchHref(action, locale, null))));
    }

    private FeedbackPage.Form form(PublicBranch b, String action, Locale locale, Map<String, String> values,
            Map<String, String> errors, boolean kiosk, String switchHref) {
        return new FeedbackPage.Form(action, switchHref, b, feedback.brand(), feedback.staffOf(b.id()), feedback.touchpoints(),
                feedback.csatEnabled(), feedback.cesEnabled(), retentionDays, values, errors, kiosk,
                kiosk ? kioskIdleSeconds : 0);
    }

    private static String switchHref(String path, Locale locale, String employeeToken) {
        String other = "vi".equals(locale.getLanguage()) ? "en" : "vi";
        return path + "?lang=" + other + (employeeToken != null ? "&e=" + employeeToken : "");
    }

    private ResponseEntity<String> notFound(Locale locale) {
        return html(HttpStatus.NOT_FOUND, page(locale).message("feedback.thanks.title", "feedback.page.notFound"));
    }

    private ResponseEntity<String> badRequest(Locale locale) {
        return html(HttpStatus.BAD_REQUEST, page(locale).message("feedback.page.badRequestTitle", "feedback.page.badRequest"));
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }

    // --- anything else under /f/ and /k/: a page in the customer's language, never the sign-in page ---

    /** Addresses and methods no handler above takes: 404 for an unknown address, 400 for a wrong method. */
    @RequestMapping({"/f/**", "/k/**"})
    ResponseEntity<String> unknown(HttpServletRequest request) {
        Locale locale = locale(request.getParameter("lang"), request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean known = path.matches("^/f/[^/]+(/thanks|/qr\\.png|/poster\\.pdf|/photo/[^/]+)?/?$") || path.matches("^/k/[^/]+(/thanks)?/?$");
        return known ? badRequest(locale) : notFound(locale);
    }

    /** A parameter of the wrong type (qr.png?size=abc), a body that is not a form, a missing part. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, ServletRequestBindingException.class,
            HttpMessageNotReadableException.class, HttpMediaTypeException.class,
            org.springframework.web.multipart.MultipartException.class})
    ResponseEntity<String> malformed(Exception e, HttpServletRequest request) {
        log.debug("Bad public request {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return badRequest(locale(request.getParameter("lang"), request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception e, HttpServletRequest request) {
        if (DatabaseOutage.isOutage(e) || DatabaseTimeLimit.isTimeout(e)) {
            return unavailable(e, request);
        }
        log.error("Public page {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return html(HttpStatus.INTERNAL_SERVER_ERROR, page(locale(request.getParameter("lang"), request))
                .message("feedback.page.errorTitle", "feedback.page.error"));
    }

    /**
     * The database is away (issue 13): 503 with Retry-After. A sent form comes back as a page that keeps everything
     * the customer typed, under the same submission id, with a "Try again" button; other pages say to come back soon.
     */
    private ResponseEntity<String> unavailable(Exception e, HttpServletRequest request) {
        log.warn("Public page {} {} found the database unavailable: {}", request.getMethod(), request.getRequestURI(),
                e.toString());
        Locale locale = locale(request.getParameter("lang"), request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String body;
        if ("POST".equals(request.getMethod()) && path.matches("^/(f|k)/[^/]+$")) {
            Map<String, String> values = new HashMap<>();
            for (String field : FeedbackPage.FIELDS) {
                String v = request.getParameter(field);
                if (v != null) {
                    values.put(field, v);
                }
            }
            body = page(locale).retry(path, values, path.startsWith("/k/"));
        } else {
            body = page(locale).message("feedback.page.rateLimitedTitle", "feedback.page.unavailableForm");
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                .contentType(HTML).cacheControl(CacheControl.noStore()).body(body);
    }

    private ResponseEntity<String> rateLimited(Locale locale, RateLimits.Decision refused) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, refused.retryAfterSeconds())
                .contentType(HTML).cacheControl(CacheControl.noStore())
                .body(page(locale).message("feedback.page.rateLimitedTitle", "feedback.error.rateLimited"));
    }

    private FeedbackPage page(Locale locale) {
        return new FeedbackPage(translations, locale);
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore()).body(body);
    }

    /** A number field: empty is "not answered"; anything that is not a small integer is out of every range. */
    static Integer number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.matches("^-?[0-9]{1,3}$") ? Integer.valueOf(t) : -1;
    }

    /** ?lang= wins (the switch link), then the browser's Accept-Language; Vietnamese when neither says. */
    static Locale locale(String lang, HttpServletRequest request) {
        if ("en".equals(lang)) {
            return Translations.ENGLISH;
        }
        if ("vi".equals(lang)) {
            return Translations.VIETNAMESE;
        }
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), Translations.LOCALES);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header: fall back to Vietnamese
            }
        }
        return Translations.VIETNAMESE;
    }
}
