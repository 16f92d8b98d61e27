#!/usr/bin/env python3
"""Grows a Tripwright database for tools/bench_web.sh, each step in one transaction.

  bench_web_data.py DB delegations N [--whole]   copies of SOURCE until there are N delegations
  bench_web_data.py DB notes M                   M notes on SOURCE's events other than EVENT

The copies are SOURCE (kyushu-2025) under ids bench-1, bench-2, …: with --whole every row of
every table that belongs to a delegation (members, places, events, legs, stays, participants,
press, notes…), else the delegation and its members only (a delegation still being planned),
which keeps 60,000 of them to seconds and tens of megabytes. Make whole copies before adding
notes, or the copies carry the notes too. Notes are spread over SOURCE's
events except EVENT (fgn), whose page the benchmark measures: the stamp and the schedule are
what must not grow with them. Every step raises the delegations' change counters as the
store's writes do, so a running server's cache sees the change.
"""
import sqlite3
import sys

SOURCE, EVENT = "kyushu-2025", "fgn"


def tables(cur):
    rows = cur.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                       "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'").fetchall()
    return [r[0] for r in rows]


def copy(cur, target, whole):
    have = cur.execute("SELECT COUNT(*) FROM delegation").fetchone()[0]
    first = cur.execute("SELECT COUNT(*) FROM delegation WHERE id LIKE 'bench-%'").fetchone()[0] + 1
    count = target - have
    if count <= 0:
        return 0
    chosen = tables(cur) if whole else ["delegation", "member"]
    for table in chosen:
        info = cur.execute(f'PRAGMA table_info("{table}")').fetchall()
        names = [r[1] for r in info]
        key = "id" if table == "delegation" else "delegationId" if "delegationId" in names else None
        if key is None:
            continue
        # An INTEGER PRIMARY KEY is the row id: the copies get new ones.
        kept = [r[1] for r in info if not (r[5] == 1 and r[2].upper() == "INTEGER" and sum(x[5] > 0 for x in info) == 1)]
        columns = ", ".join(f'"{c}"' for c in kept)
        values = ", ".join("'bench-' || n.i" if c == key else f't."{c}"' for c in kept)
        cur.execute(f"""
            WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?)
            INSERT INTO "{table}" ({columns}) SELECT {values} FROM "{table}" AS t, n WHERE t."{key}" = ?
            """, (first, first + count - 1, SOURCE))
    return count


def notes(cur, count):
    events = [r[0] for r in cur.execute("SELECT id FROM event WHERE delegationId = ? AND id != ? ORDER BY position",
                                        (SOURCE, EVENT)).fetchall()]
    if not events:
        sys.exit(f"{SOURCE} has no events besides {EVENT}")
    cur.execute("CREATE TEMP TABLE benchEvents (k INTEGER PRIMARY KEY, id TEXT NOT NULL)")
    cur.executemany("INSERT INTO benchEvents (k, id) VALUES (?, ?)", list(enumerate(events)))
    cur.execute("""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
        INSERT INTO note (delegationId, eventId, text, author, createdAt, updatedAt, revision)
        SELECT ?, e.id, '會談紀要 benchmark note ' || n.i, NULL, '2025-09-01 10:00:00.000', '2025-09-01 10:00:00.000', 1
        FROM n JOIN benchEvents AS e ON e.k = n.i % ?
        """, (count, SOURCE, len(events)))
    cur.execute("UPDATE delegation SET changeCount = changeCount + 1 WHERE id = ?", (SOURCE,))
    return count


def main():
    if len(sys.argv) < 4 or sys.argv[2] not in ("delegations", "notes"):
        sys.exit(__doc__)
    db, what, number = sys.argv[1], sys.argv[2], int(sys.argv[3])
    con = sqlite3.connect(db, timeout=30)
    con.isolation_level = None
    cur = con.cursor()
    cur.execute("BEGIN IMMEDIATE")
    try:
        made = copy(cur, number, "--whole" in sys.argv) if what == "delegations" else notes(cur, number)
        cur.execute("COMMIT")
    except BaseException:
        cur.execute("ROLLBACK")
        raise
    total = cur.execute("SELECT COUNT(*) FROM delegation").fetchone()[0]
    notes_total = cur.execute("SELECT COUNT(*) FROM note").fetchone()[0]
    print(f"{what}: {made} added in one transaction; now {total} delegations, {notes_total} notes")


if __name__ == "__main__":
    main()
