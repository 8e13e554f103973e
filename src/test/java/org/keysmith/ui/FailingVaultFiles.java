package org.keysmith.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.keysmith.files.AtomicFiles;

/** The vault's writes, failing like a full disk while {@link #fail} is set (the seam AtomicFiles offers). */
public final class FailingVaultFiles extends AtomicFiles {
    private final AtomicInteger writesBeforeFailing = new AtomicInteger(-1);

    /** From now on every write fails with "No space left on device", until {@link #work()}. */
    public void fail() {
        writesBeforeFailing.set(0);
    }

    /** The next {@code writes} writes work, and every one after them fails (until {@link #work()}). */
    public void failAfter(int writes) {
        writesBeforeFailing.set(writes);
    }

    public void work() {
        writesBeforeFailing.set(-1);
    }

    @Override
    protected void writeAndSync(Path file, Content content) throws IOException {
        if (writesBeforeFailing.getAndUpdate(n -> n > 0 ? n - 1 : n) == 0) {
            throw new IOException("No space left on device");
        }
        super.writeAndSync(file, content);
    }
}
