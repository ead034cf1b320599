package org.cxcadence.cli;

/** Exit codes of CONTRACT.md; scripts depend on them. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE = 2;
    public static final int INVALID_INPUT = 3;
    public static final int WORKSPACE_UNUSABLE = 4;

    private ExitCodes() {
    }
}
