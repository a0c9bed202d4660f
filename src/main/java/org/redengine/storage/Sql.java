package org.redengine.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements with their parameters bound in order, so a store says what it runs rather than how to bind it:
 * {@code Sql.update(c, "DELETE FROM roles WHERE user_id = ?", user)}. Parameters are String, Long, Integer, Double,
 * Boolean (stored as 0/1) or null. One small helper rather than a data-access library: every store already writes
 * its SQL (portable between SQLite and PostgreSQL) and needs only the binding and the row loop taken off its hands.
 */
public final class Sql {

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Takes the current row of a result. */
    @FunctionalInterface
    public interface Each {
        void accept(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        List<T> out = new ArrayList<>();
        each(c, sql, rs -> out.add(row.map(rs)), args);
        return out;
    }

    /** The first row's mapping, or null when there is none. */
    public static <T> T one(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? row.map(rs) : null;
            }
        }
    }

    public static void each(Connection c, String sql, Each each, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) each.accept(rs);
            }
        }
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            int n = i + 1;
            switch (a) {
                case null -> ps.setNull(n, Types.OTHER); // the database infers the column's type
                case String s -> ps.setString(n, s);
                case Long l -> ps.setLong(n, l);
                case Integer v -> ps.setInt(n, v);
                case Double d -> ps.setDouble(n, d);
                case Boolean b -> ps.setInt(n, b ? 1 : 0);
                case Enum<?> e -> ps.setString(n, e.name().toLowerCase(java.util.Locale.ROOT));
                default -> throw new IllegalArgumentException("cannot bind a " + a.getClass().getSimpleName());
            }
        }
    }
}
