package org.advocacy.feedback;

/**
 * Where a submission came from: the channel, the client (IP address or API token; only a salted hash of it is
 * stored, for duplicate detection) and the kiosk device, if any.
 */
public record FeedbackOrigin(FeedbackChannel channel, String client, Long kioskId) {

    public static FeedbackOrigin web(String clientIp) {
        return new FeedbackOrigin(FeedbackChannel.WEB, clientIp, null);
    }

    public static FeedbackOrigin kiosk(String clientIp, long kioskId) {
        return new FeedbackOrigin(FeedbackChannel.KIOSK, clientIp, kioskId);
    }
}
