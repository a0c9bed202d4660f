package org.redengine.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14: a write or read started inside a write fails at once with a clear exception instead of deadlocking. */
class WriteContractTest {

    @TempDir
    Path tmp;

    @Test
    void aNestedWriteFailsFastAndTheOuterWriteIsRolledBackAlone() throws Exception {
        try (Database db = Database.open(null, tmp)) {
            assertThatThrownBy(() -> db.write(c -> db.write(inner -> 1)))
                    .isInstanceOf(StorageException.class)
                    .hasRootCauseInstanceOf(IllegalStateException.class)
                    .rootCause().hasMessageContaining("inside a write");
            assertThatThrownBy(() -> db.write(c -> db.read(r -> 1)))
                    .rootCause().isInstanceOf(IllegalStateException.class).hasMessageContaining("Database.read");
            // the writer is still working
            int inserted = db.write(c -> Sql.update(c, "INSERT INTO users (channel, user_id, name, first_seen, last_seen) VALUES (?, ?, '', 0, 0)",
                    "web", "after"));
            assertThat(inserted).isEqualTo(1);
        }
    }
}
