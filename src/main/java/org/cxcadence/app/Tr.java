package org.cxcadence.app;
public final class Tr { public static void m(String s) { if (System.getProperty("cx.trace") != null) { System.out.println("cx-trace " + s + " " + System.currentTimeMillis()); System.out.flush(); } } }
