package org.advocacy.feedback;

/** Why one item of a batch was refused: its 0-based index, the field and a translation key with arguments. */
public record BatchItemError(int index, String field, String messageKey, Object[] args) {
}
