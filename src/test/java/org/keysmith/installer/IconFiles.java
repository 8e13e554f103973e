package org.keysmith.installer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads which image sizes a Windows .ico and a macOS .icns hold, checking their structure on the way. */
final class IconFiles {
    /** icns element types and the pixel size they hold (Apple's icns format; masks and TOC left out). */
    private static final Map<String, Integer> ICNS_TYPES = Map.ofEntries(Map.entry("is32", 16), Map.entry("icp4", 16),
            Map.entry("il32", 32), Map.entry("icp5", 32), Map.entry("ih32", 48), Map.entry("icp6", 64),
            Map.entry("it32", 128), Map.entry("ic07", 128), Map.entry("ic08", 256), Map.entry("ic09", 512),
            Map.entry("ic10", 1024));

    private IconFiles() {
    }

    /** Widths of the images in an .ico (ICONDIR + ICONDIRENTRYs); each image must lie inside the file. */
    static Set<Integer> icoSizes(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        check(b.getShort(0) == 0 && b.getShort(2) == 1, file + " is not an .ico");
        Set<Integer> sizes = new TreeSet<>();
        for (int i = 0; i < b.getShort(4); i++) {
            int entry = 6 + 16 * i;
            int width = Byte.toUnsignedInt(b.get(entry));
            long length = Integer.toUnsignedLong(b.getInt(entry + 8));
            long offset = Integer.toUnsignedLong(b.getInt(entry + 12));
            check(length > 0 && offset + length <= b.capacity(), file + ": image " + i + " lies outside the file");
            sizes.add(width == 0 ? 256 : width);
        }
        return sizes;
    }

    /** Pixel sizes of the images in an .icns (big-endian length-prefixed elements that must add up to the file). */
    static Set<Integer> icnsSizes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        check(type(bytes, 0).equals("icns") && b.getInt(4) == bytes.length, file + " is not an .icns");
        Set<Integer> sizes = new TreeSet<>();
        int at = 8;
        while (at < bytes.length) {
            int length = b.getInt(at + 4);
            check(length > 8 && at + length <= bytes.length, file + ": element at " + at + " lies outside the file");
            Integer size = ICNS_TYPES.get(type(bytes, at));
            if (size != null) {
                sizes.add(size);
            }
            at += length;
        }
        return sizes;
    }

    private static String type(byte[] bytes, int at) {
        return new String(bytes, at, 4, StandardCharsets.US_ASCII);
    }

    private static void check(boolean ok, String problem) {
        if (!ok) {
            throw new AssertionError(problem);
        }
    }
}
