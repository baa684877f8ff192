package org.advocacy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacy.kernel.i18n.Translations;
import org.advocacy.feedback.BatchItemError;
import org.advocacy.feedback.BatchResult;
import org.advocacy.feedback.BatchValidationException;
import org.advocacy.feedback.FeedbackData;
import org.advocacy.feedback.FeedbackService;
import org.advocacy.feedback.SubmitResult;
import org.advocacy.security.ApiClient;
import org.advocacy.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/feedback and /api/v1/feedback/batch: customer feedback from tills, booking systems, survey tools. */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Customer feedback")
class FeedbackApi {

    /** Contact details, stored only when {@code consent} is true. */
    record ContactJson(String name, String phone, String email, Boolean consent) {
    }

    /** One customer answer. {@code employee} is the staff member's e-mail; {@code externalId} makes re-sends safe. */
    record FeedbackJson(String branch, Integer nps, Integer csat, Integer ces, String touchpoint, String employee,
            String praise, String comment, ContactJson contact, OffsetDateTime submittedAt, String externalId) {

        FeedbackData data() {
            ContactJson c = contact == null ? new ContactJson(null, null, null, false) : contact;
            return new FeedbackData(branch, nps, csat, ces, touchpoint, employee, praise, comment, c.name(), c.phone(),
                    c.email(), Boolean.TRUE.equals(c.consent()), submittedAt, externalId, null, null);
        }
    }

    record IdJson(long id) {
    }

    record BatchJson(int created, int alreadyStored) {
    }

    private final FeedbackService feedback;
    private final Translations translations;

    FeedbackApi(FeedbackService feedback, Translations translations) {
        this.feedback = feedback;
        this.translations = translations;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ApiPermissions.FEEDBACK_WRITE_TOKEN)
    @Operation(summary = "Store one customer answer",
            description = "201 with the new id; the same externalId again for the same branch answers 200 with the stored id "
                    + "and stores nothing (external ids are unique per branch, never matched across branches). Items are "
                    + "deduplicated by externalId only, never by their text. A token bound to a branch may only write for "
                    + "that branch. Scope: feedback:write.")
    public ResponseEntity<IdJson> create(@RequestBody FeedbackJson body) {
        if (body == null) {
            throw new ApiException(400, "bad_request", "api.error.badRequest");
        }
        SubmitResult r = feedback.submitApi(body.data(), client());
        return ResponseEntity.status(r.created() ? HttpStatus.CREATED : HttpStatus.OK).body(new IdJson(r.id()));
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ApiPermissions.FEEDBACK_WRITE_TOKEN)
    @Operation(summary = "Store up to 1000 customer answers in one transaction",
            description = "All or nothing: any invalid item rejects the whole batch with 400, listing each bad item's "
                    + "index and message. Items whose externalId is already stored for their branch are skipped. "
                    + "Scope: feedback:write.")
    public ResponseEntity<BatchJson> batch(@RequestBody List<FeedbackJson> items) {
        List<FeedbackData> data = new ArrayList<>();
        if (items != null) {
            for (FeedbackJson item : items) {
                data.add(item == null ? null : item.data());
            }
        }
        BatchResult r = feedback.submitBatch(data, client());
        return ResponseEntity.status(r.created() > 0 ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new BatchJson(r.created(), r.alreadyStored()));
    }

    @ExceptionHandler(BatchValidationException.class)
    ResponseEntity<Map<String, Object>> invalidBatch(BatchValidationException e, HttpServletRequest request) {
        var locale = ApiExceptionHandler.locale(request);
        Map<String, Object> body = ApiExceptionHandler.body("invalid",
                translations.get("feedback.error.batchInvalid", locale, e.errors().size()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (BatchItemError err : e.errors()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("index", err.index());
            if (err.field() != null) {
                item.put("field", err.field());
            }
            item.put("message", translations.get(err.messageKey(), locale, err.args()));
            items.add(item);
        }
        body.put("items", items);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** The token, for duplicate detection (only a salted hash is stored). */
    private static String client() {
        Object principal = SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        return principal instanceof ApiClient c ? "token:" + c.tokenId() : "api";
    }
}
