package org.keysmith.json;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import java.util.Arrays;

/**
 * Jackson's working buffers for JSON that holds secrets (exports, OKX requests and answers, the vault's payload):
 * each buffer is wiped when the parser or generator releases it, and none is pooled for reuse by other JSON code.
 */
public final class WipingBuffers extends RecyclerPool.NonRecyclingPoolBase<BufferRecycler> {
    private static final long serialVersionUID = 1L;

    @Override
    public BufferRecycler acquirePooled() {
        return new Wiping();
    }

    /** A recycler whose released buffers are zeroed first. */
    public static final class Wiping extends BufferRecycler {
        @Override
        public void releaseCharBuffer(int ix, char[] buffer) {
            if (buffer != null) {
                Arrays.fill(buffer, '\0');
            }
            super.releaseCharBuffer(ix, buffer);
        }

        @Override
        public void releaseByteBuffer(int ix, byte[] buffer) {
            if (buffer != null) {
                Arrays.fill(buffer, (byte) 0);
            }
            super.releaseByteBuffer(ix, buffer);
        }
    }
}
