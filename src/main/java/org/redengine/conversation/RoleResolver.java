package org.redengine.conversation;

/** Tells the role of the person who sent a message (everyone is a member until storage knows better). */
@FunctionalInterface
public interface RoleResolver {

    RoleResolver EVERYONE_MEMBER = message -> Role.MEMBER;

    Role roleOf(Incoming message);
}
