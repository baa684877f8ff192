package org.advocacy.insights;

/** Recognition received and customers' approved praise of a branch over some months. */
public record RecognitionCounts(int recognitions, int praise) {

    public static final RecognitionCounts ZERO = new RecognitionCounts(0, 0);

    public RecognitionCounts plus(RecognitionCounts o) {
        return new RecognitionCounts(recognitions + o.recognitions, praise + o.praise);
    }

    public int total() {
        return recognitions + praise;
    }
}
