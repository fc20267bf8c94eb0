package org.imrf.shell;

/** Fixture: a service with nothing in it yet, like roundtable- and sideevent-service. */
public class ShellApplication {}
