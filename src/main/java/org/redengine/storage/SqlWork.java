package org.redengine.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of database work on one connection, inside whatever transaction the caller provides. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
