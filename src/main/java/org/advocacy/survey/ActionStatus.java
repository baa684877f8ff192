package org.advocacy.survey;

/** Progress of one action of a plan. */
public enum ActionStatus { PLANNED, IN_PROGRESS, DONE }
