package org.redengine.core;

import java.util.Set;

/**
 * Who is calling the admin API: the admin (with the admin token, or in a console session it opened) or an
 * organizer signed in to their own console account, who manages only their groups.
 *
 * @param account the organizer's account name; null for the admin
 * @param groups  the groups an organizer manages, as {@code channel:groupId}
 * @param viaToken whether the call carried the admin token itself (automation) rather than a console session
 */
public record ConsoleUser(String account, Set<String> groups, boolean viaToken) {

    public static final ConsoleUser ADMIN_TOKEN = new ConsoleUser(null, Set.of(), true);
    public static final ConsoleUser ADMIN_CONSOLE = new ConsoleUser(null, Set.of(), false);

    public ConsoleUser {
        groups = Set.copyOf(groups);
    }

    public static ConsoleUser organizer(String account, Set<String> groups) {
        return new ConsoleUser(account, groups, false);
    }

    public boolean admin() {
        return account == null;
    }

    /** Whether this user may manage the group: the admin any, an organizer their own. */
    public boolean manages(String channel, String groupId) {
        return admin() || (channel != null && groupId != null && groups.contains(channel + ":" + groupId));
    }

    /** Whether this user may manage the group a {@code channel:groupId} scope names. */
    public boolean managesScope(String scope) {
        return admin() || (scope != null && groups.contains(scope));
    }

    /** How edit histories name this user. */
    public String who() {
        return viaToken ? "admin-api" : admin() ? "console" : "organizer:" + account;
    }
}
