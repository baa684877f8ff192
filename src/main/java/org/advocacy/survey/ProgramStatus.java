package org.advocacy.survey;

/** A program opens rounds only while ACTIVE; ENDED is final. */
public enum ProgramStatus { ACTIVE, PAUSED, ENDED }
