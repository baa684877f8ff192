package org.advocacy.survey;

/** A pulse round is open for answers until it closes; only a closed round's figures are released (rule 8). */
public enum RoundStatus { OPEN, CLOSED }
