package org.redengine.people;

import org.redengine.admin.GroupSettingsApi;
import org.redengine.admin.InvitesApi;
import org.redengine.admin.RolesApi;
import org.redengine.conversation.CommandRegistry;
import org.redengine.core.Module;
import org.redengine.server.Routes;
import org.redengine.storage.Database;

import java.time.Clock;

/**
 * People, groups and roles: who has been seen where, who organizes which group, invitations to a role, and each
 * group's time zone. Commands 设为组织者 / 取消组织者; admin routes for roles, groups, invitations and time zones.
 */
public final class PeopleModule implements Module {

    public static final String MIGRATIONS = "classpath:db/migration/core";

    private final PeopleStore people;
    private final RoleStore roles;
    private final GroupZones zones;
    private final Invites invites;
    private final Clock clock;

    public PeopleModule(Database db, Clock clock) {
        this.clock = clock;
        this.people = new PeopleStore(db);
        this.roles = new RoleStore(db, clock);
        this.zones = new GroupZones(db, clock);
        this.invites = new Invites(db, roles, clock);
    }

    public PeopleStore people() {
        return people;
    }

    public RoleStore roles() {
        return roles;
    }

    public GroupZones zones() {
        return zones;
    }

    public Invites invites() {
        return invites;
    }

    @Override
    public void commands(CommandRegistry commands) {
        commands.register(new AppointOrganizerCommand(true, people, roles))
                .register(new AppointOrganizerCommand(false, people, roles));
    }

    @Override
    public void routes(Routes routes) {
        RolesApi rolesApi = new RolesApi(roles, people, zones);
        GroupSettingsApi groups = new GroupSettingsApi(zones, people, clock);
        InvitesApi invitesApi = new InvitesApi(invites);
        routes.admin("POST", "/roles", rolesApi::grant)
                .admin("DELETE", "/roles", rolesApi::revoke)
                .organizer("GET", "/groups", rolesApi::groups)
                .organizer("POST", "/group-zone", org.redengine.admin.GroupAccess.ofGroup(groups::setZone))
                .organizer("POST", "/group-settings", org.redengine.admin.GroupAccess.ofGroup(groups::update))
                .admin("POST", "/invites", invitesApi::create);
    }
}
