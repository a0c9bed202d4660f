package org.redengine.conversation;

/** What a person may do: members use the bot, organizers run their group, admins run the service. */
public enum Role {
    MEMBER, ORGANIZER, ADMIN;

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }
}
