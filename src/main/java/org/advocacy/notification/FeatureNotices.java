package org.advocacy.notification;

import org.advocacy.kernel.id.AccountId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advocacy.feedback.CustomerFeedbackStored;
import org.advocacy.feedback.PraiseApproved;
import org.advocacy.feedback.ui.FollowUpListView;
import org.advocacy.feedback.ui.MyPraiseView;
import org.advocacy.feedback.ui.PraiseModerationView;
import org.advocacy.org.Employee;
import org.advocacy.org.EmployeeDeactivated;
import org.advocacy.org.OrgDirectory;
import org.advocacy.recognition.RecognitionGiven;
import org.advocacy.recognition.ui.RecognitionGapsView;
import org.advocacy.recognition.ui.RecognitionProfileView;
import org.advocacy.security.AccountDirectory;
import org.advocacy.security.Role;
import org.advocacy.survey.PulseAnswerSubmitted;
import org.advocacy.survey.PulseRoundClosing;
import org.advocacy.survey.PulseRoundOpened;
import org.advocacy.survey.ui.MyPulseView;
import org.advocacy.survey.ui.PulseResultsView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the features' events mean for people's bells and mailboxes: the features say what happened, this decides who
 * is told what, and where the notice leads (decision 0050). Each listener runs right after the publishing transaction
 * committed, in the same thread (so the notice is there when the request returns, as before) and in its own
 * transaction, through Spring Modulith's JDBC publication registry: a listener that failed, or a node that stopped
 * before it ran, leaves the publication incomplete, and it is delivered again (at the next start, or by
 * {@code EventRedelivery} after a few minutes).
 */
@Component
class FeatureNotices {

    static final String FOLLOW_UP_OPENED = "feedback.followUp.opened";
    static final String PRAISE_PENDING = "feedback.praise.pending";
    static final String PRAISE_APPROVED = "feedback.praise.approved";
    static final String RECOGNITION_RECEIVED = "recognition.received";
    static final String PULSE_REMINDER = "survey.reminder";
    static final String EMPLOYEE_DEACTIVATED = "org.employee.deactivated";
    static final String PULSE_RESULTS_READY = "survey.resultsReady";

    private final NotificationService notifications;
    private final AccountDirectory accounts;
    private final OrgDirectory org;

    FeatureNotices(NotificationService notifications, AccountDirectory accounts, OrgDirectory org) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.org = org;
    }

    /**
     * Each follow-up case opened tells the branch's managers (and mails them); pending praise, once per branch. Most
     * answers do neither: the condition keeps their events from storing a publication for this listener at all (the
     * registry evaluates it before storing), which spares each plain answer a registry row, a transaction and its
     * completion.
     */
    @TransactionalEventListener(condition = "#event.tellsManagers()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CustomerFeedbackStored event) {
        Map<Long, int[]> branches = new LinkedHashMap<>(); // branch: follow-ups opened, answers with pending praise
        for (CustomerFeedbackStored.Answer a : event.answers()) {
            if (a.followUpOpened() || a.praiseAwaitsModeration()) {
                int[] counts = branches.computeIfAbsent(a.branchId(), b -> new int[2]);
                counts[0] += a.followUpOpened() ? 1 : 0;
                counts[1] += a.praiseAwaitsModeration() ? 1 : 0;
            }
        }
        branches.forEach((branch, counts) -> {
            List<AccountId> managers = accounts.managersOf(branch);
            for (int i = 0; i < counts[0]; i++) {
                for (AccountId manager : managers) {
                    notifications.notify(manager, FOLLOW_UP_OPENED, "feedback.notice.followUpOpened", List.of(),
                            RouteLinks.of(FollowUpListView.class), true);
                }
            }
            if (counts[1] > 0) {
                for (AccountId manager : managers) {
                    notifications.notify(manager, PRAISE_PENDING, "feedback.notice.praisePending", List.of(),
                            RouteLinks.of(PraiseModerationView.class), false);
                }
            }
        });
    }

    /** Approved praise reaches the praised employee's account. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PraiseApproved event) {
        if (event.employeeId() == null) {
            return; // stored by a version that still told the employee itself
        }
        accounts.accountOf(event.employeeId()).ifPresent(user -> notifications.notify(user, PRAISE_APPROVED,
                "feedback.notice.praiseApproved", List.of(event.excerpt()), RouteLinks.of(MyPraiseView.class), true));
    }

    /** Every recipient with an enabled account hears who recognised them. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RecognitionGiven event) {
        for (AccountId user : accounts.enabledAccountsOf(event.recipientEmployeeIds()).values()) {
            notifications.notify(user, RECOGNITION_RECEIVED, "recognition.notice.received",
                    List.of(event.giverName(), event.excerpt()), RouteLinks.of(RecognitionProfileView.class), true);
        }
    }

    /** A round opened: its audience is invited, until the close day. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PulseRoundOpened event) {
        notifications.notifyAll(event.audienceUserIds(), PULSE_REMINDER, "survey.notice.opened",
                List.of(event.closesOn().toString()), RouteLinks.of(MyPulseView.class), true);
    }

    /** A round closes in two days: who has not answered is reminded. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PulseRoundClosing event) {
        notifications.notifyAll(event.notAnsweredUserIds(), PULSE_REMINDER, "survey.notice.closing",
                List.of(event.closesOn().toString()), RouteLinks.of(MyPulseView.class), true);
    }

    /** An employee was deactivated: the managers of their branch see it in the bell (no mail). */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(EmployeeDeactivated event) {
        long id = event.employeeId().value();
        Employee employee = org.employees(List.of(id)).get(id);
        if (employee == null) {
            return;
        }
        notifications.notifyAll(accounts.managersOf(event.branchId()), EMPLOYEE_DEACTIVATED,
                "employee.notice.deactivated", List.of(employee.fullName()), RouteLinks.of(RecognitionGapsView.class),
                false);
    }

    /**
     * The answer that brought a round to the minimum group tells HR that its company result can be shown. Other
     * answers tell no one (a notice per answer would only time-stamp who answered when), and the condition keeps
     * their events from storing a publication or running this listener at all: under a morning's rush an answer
     * then needs one connection, not a second one for a listener's own transaction.
     */
    @TransactionalEventListener(condition = "#event.minimumGroupReached()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PulseAnswerSubmitted event) {
        notifications.notifyAll(accounts.enabledWithRole(Role.HR), PULSE_RESULTS_READY, "survey.notice.resultsReady",
                List.of(event.programName(), event.closesOn().toString()), RouteLinks.of(PulseResultsView.class), false);
    }
}
