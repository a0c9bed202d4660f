package org.redengine.storage;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** The same storage contract on a real PostgreSQL server that the test run starts itself (skipped where absent). */
class PostgresStorageTest extends StorageContractTest {

    private static final AtomicInteger databases = new AtomicInteger();

    @Override
    protected Database open() throws Exception {
        String url = TestPostgres.shared().createDatabase("contract_" + databases.incrementAndGet());
        return Database.open(url, Path.of("unused"));
    }
}
