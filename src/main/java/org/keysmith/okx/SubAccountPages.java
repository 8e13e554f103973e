package org.keysmith.okx;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keysmith.okx.dto.SubAccountInfo;

/**
 * Walks {@code /users/subaccount/list}: pages of up to 100, newest first; the next page asks for accounts
 * created before the oldest one seen. Stops at a short page, a page with nothing new, or 1 000 pages. OKX does not
 * document the order within a page; a full page that is not newest first, or that brings nothing older, is
 * logged as a warning, since the list may then be incomplete (docs/decisions/0022).
 */
final class SubAccountPages {
    static final int PAGE = 100;
    private static final System.Logger LOG = System.getLogger(SubAccountPages.class.getName());
    private static final int MAX_PAGES = 1000;

    /** Fetches the page of sub-accounts created before {@code after} (null for the first page). */
    @FunctionalInterface
    interface Fetch {
        List<SubAccountInfo> page(String after) throws OkxException;
    }

    private final Fetch fetch;

    SubAccountPages(Fetch fetch) {
        this.fetch = fetch;
    }

    List<SubAccountInfo> all() throws OkxException {
        Map<String, SubAccountInfo> byName = new LinkedHashMap<>();
        String after = null;
        for (int i = 0; i < MAX_PAGES; i++) {
            List<SubAccountInfo> page = fetch.page(after);
            int before = byName.size();
            page.forEach(s -> byName.putIfAbsent(s.subAcct(), s));
            String oldest = oldestTs(page);
            if (page.size() == PAGE && !newestFirst(page)) {
                LOG.log(Level.WARNING, "OKX sent a page of sub-accounts that is not newest first; paging assumes "
                        + "it is, so sub-accounts beyond the first {0} may be missing (docs/decisions/0022)", PAGE);
            }
            if (page.size() < PAGE || byName.size() == before || oldest == null || oldest.equals(after)) {
                if (page.size() == PAGE && (byName.size() == before || oldest == null || oldest.equals(after))) {
                    LOG.log(Level.WARNING, "A full page of sub-accounts brought nothing older; the list may be "
                            + "incomplete (docs/decisions/0022)");
                }
                break;
            }
            after = oldest;
        }
        return new ArrayList<>(byName.values());
    }

    /** True when the rows' creation times never increase down the page. */
    private static boolean newestFirst(List<SubAccountInfo> page) {
        for (int i = 1; i < page.size(); i++) {
            String a = page.get(i - 1).ts();
            String b = page.get(i).ts();
            if (a != null && b != null && compare(a, b) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String oldestTs(List<SubAccountInfo> page) {
        String oldest = null;
        for (SubAccountInfo s : page) {
            if (s.ts() != null && (oldest == null || compare(s.ts(), oldest) < 0)) {
                oldest = s.ts();
            }
        }
        return oldest;
    }

    private static int compare(String a, String b) {
        try {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
