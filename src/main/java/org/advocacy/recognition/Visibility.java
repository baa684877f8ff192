package org.advocacy.recognition;

/** Who sees an act of recognition: the recipients' branches, the whole company, or only the people concerned. */
public enum Visibility {
    BRANCH, COMPANY,
    /** Only the recipients, their managers and the giver; never in a feed. */
    PRIVATE
}
