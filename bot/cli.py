"""The command line: ``python -m bot <command>``.

Every failure a user can cause ends in one line on stderr and a non-zero exit,
never a traceback.  ``extract --json`` is a public interface: extend it, do not
change it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from .config import paths
from .shape import DataError
from .terminal import guarded, json_text, notice, shown

if TYPE_CHECKING:  # extraction is imported by the commands that extract, not by the bot's start
    from .extract import ArticleResult
    from .gazetteer import Gazetteer

KIND_LABELS = {"in_person": "gặp trực tiếp", "online": "trực tuyến", "phone": "điện đàm", "roundtable": "tọa đàm"}
SERIES_LABELS = {"in_person": "vòng đàm phán", "ministerial": "phiên cấp Bộ trưởng", "online": "phiên trực tuyến"}


def _err(message: str) -> None:
    notice("lỗi", message)


def extract_files(files: Sequence[Path], gaz: Gazetteer) -> tuple[list[ArticleResult], int]:
    """Extract every readable file; unreadable ones are reported and counted, the rest go on."""
    from .extract import extract_article
    from .extract.reading import ArticleError, read_article
    from .intake import IntakeError
    from .intake.page import saved_page

    results, failed = [], 0
    for path in files:
        try:
            text, note = read_article(path)
            page = saved_page(text, str(path))
        except (ArticleError, IntakeError) as exc:
            _err(str(exc))
            failed += 1
            continue
        if page is not None:  # a page saved from the outlet: its report and headline, as `add` takes them
            text = page.text
        result = extract_article(text, path.stem, gaz, _relative(path))
        if page is not None and page.title:
            result.title = page.title
        if note:
            result.warnings.append(f"đọc theo {note}")
            notice("chú ý", f"{path}: đọc theo {note}")
        results.append(result)
    return results, failed


def _relative(path: Path) -> str:
    """The file as data records it: an article of ``seeds/`` as ``seeds/…``, never one machine's absolute path;
    any other file as it was named (it is not one of the articles the data is built from)."""
    resolved = path.resolve()
    seeds = paths().seeds.resolve()
    if resolved.is_relative_to(seeds):
        return "seeds/" + resolved.relative_to(seeds).as_posix()
    return str(path)


def format_article(result: ArticleResult) -> str:
    """The extraction of one article for a person to read."""
    from .render import format_date

    lines = [f"== {result.file} — {result.title}"]
    if not result.meetings:
        lines.append("  (không tìm thấy cuộc gặp nào)")
    for m in result.meetings:
        when = m.date.text or "không rõ ngày"
        if m.date.iso and not m.date.year_known:
            when += " (chưa rõ năm)"
        elif m.date.iso and m.date.iso[:4] not in when:
            when += f" → {format_date(m.date.iso)}"  # the year from the publication date or the article
        lines.append(f"  • {when} — {KIND_LABELS.get(m.kind, m.kind)}" + (f" — {m.place}" if m.place else ""))
        for side, label in (("vn", "Việt Nam"), ("us", "Đối tác"), ("other", "Khác")):
            who = [f"{p.title + ' ' if p.title and p.name else ''}{p.name or p.title}" for p in m.people if p.side == side]
            who += [o.name for o in m.organizations if o.side == side]
            if who:
                lines.append(f"    {label}: {'; '.join(who)}")
        if m.round:
            lines.append(f"    Vòng: {SERIES_LABELS.get(m.round_series or '', '')} {m.round} ({m.round_basis})")
        if m.topics:
            lines.append(f"    Chủ đề: {', '.join(m.topics)}")
        lines.append(f"    Tóm tắt: {m.summary}")
        lines.append(f"    Dẫn chứng: câu {', '.join(str(e.sentence) for e in m.evidence)}")
    for r in result.rounds:
        dates = f"{r.start.iso}…{r.end.iso}" if r.start.iso else "chưa rõ ngày"
        lines.append(f"  ◆ {SERIES_LABELS.get(r.series, r.series)} {r.number}: {dates}" + (f" — {r.place}" if r.place else ""))
        if r.leaders:
            lines.append(f"    Dẫn đầu: {'; '.join(p.name for p in r.leaders)}")
        if r.areas:
            lines.append(f"    Tiến triển: {', '.join(r.areas)}")
    for p in result.new_people:
        lines.append(f"  + người mới (chưa có trong danh bạ): {p.name} — {p.title or 'không rõ chức danh'}")
    return "\n".join(lines)


def cmd_extract(args: argparse.Namespace) -> int:
    from .corrections import apply, load_corrections, load_metadata
    from .gazetteer import load_gazetteer

    where = paths()
    gaz = load_gazetteer(where.data)
    files = [Path(f) for f in args.files] or sorted(where.seeds.glob("*.txt"))
    if not files:
        _err("không có tệp nào để trích xuất")
        return 2
    results, failed = extract_files(files, gaz)
    payload = {"articles": [r.to_json() for r in results]}
    if args.write:
        out = where.extracted
        tmp = out.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        tmp.replace(out)
        applied = apply(payload["articles"], load_corrections(where.corrections), load_metadata(where.metadata))
        for line in applied.unapplied:
            notice("chú ý", f"sửa chữa không còn áp dụng: {line}")
        print(f"đã ghi {out} ({len(results)} bài, {sum(len(r.meetings) for r in results)} cuộc gặp)", file=sys.stderr)
    if args.json:
        print(json_text(payload))
    elif not args.write:
        print("\n\n".join(format_article(r) for r in results))
    return 1 if failed else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .config import PROJECT_ROOT
    from .evaluate.run import evaluate, report
    from .extract.reading import ArticleError
    from .gazetteer import load_gazetteer

    golds = [Path(g) for g in args.gold] or sorted((PROJECT_ROOT / "tests" / "corpus").rglob("*.toml"))
    if not golds:
        _err("không có tệp gold nào (tests/corpus/**/*.toml); hãy chỉ ra bằng --gold")
        return 2
    only = {Path(f).resolve() for f in args.files} or None
    gaz = load_gazetteer(paths().data)
    try:
        groups = evaluate(golds, gaz, only)
    except ArticleError as exc:
        _err(str(exc))
        return 1
    except DataError as exc:
        _err(f"gold: {exc}")
        return 2
    if not groups:
        _err("không tệp nào trong số đã cho có trong gold")
        return 2
    print("\n".join(report(groups)))
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    import asyncio

    from .console import ask

    return asyncio.run(ask(paths(), args.command_line, args.json))


def cmd_briefing(args: argparse.Namespace) -> int:
    import asyncio

    from .briefings import preview_since, utc_now
    from .console import preview_briefing
    from .handlers import iso_date

    if not args.preview:
        _err("briefing: hãy thêm --preview (bản tin chỉ được gửi từ bot, bằng /briefing trên Discord)")
        return 2
    if args.since is None:
        since = preview_since(utc_now())
    else:
        since = iso_date(args.since) or ""
        if not since:
            _err(f"--since: ngày “{args.since[:40]}” không hợp lệ; hãy viết YYYY-MM-DD hoặc DD/MM/YYYY")
            return 2
    return asyncio.run(preview_briefing(paths(), since, args.json))


def _settings():
    from .config import load_settings
    from .logs import setup_logging

    settings = load_settings()
    setup_logging(settings.log_level, [settings.token or ""])
    return settings


def cmd_run(args: argparse.Namespace) -> int:
    """The main job: the bot when DISCORD_TOKEN is set; without it, the console on the bundled articles."""
    import asyncio

    from .console import ask

    settings = _settings()
    if not settings.token:
        print("Chưa có DISCORD_TOKEN: mở bảng điều khiển ngoại tuyến. (Tạo ứng dụng và lấy token bot tại"
              " https://discord.com/developers/applications → Bot → Reset Token, rồi đặt biến môi trường"
              " DISCORD_TOKEN hoặc ghi nó vào tệp .env.)")
        return asyncio.run(ask(paths(), None, False))
    from .discord_app.client import run_bot

    return asyncio.run(run_bot(settings, paths()))


def cmd_sync(args: argparse.Namespace) -> int:
    from .discord_app.client import sync_now

    settings = _settings()
    if not settings.token:
        _err("cần DISCORD_TOKEN để gửi lệnh lên Discord")
        return 2
    return sync_now(settings, paths())


def cmd_ingest(args: argparse.Namespace) -> int:
    from .config import database_path
    from .ingest import IngestError, build

    where = paths()
    target = database_path(where)
    try:
        report = build(where, target)
    except IngestError as exc:
        _err(f"{exc} (cơ sở dữ liệu cũ vẫn được giữ nguyên)")
        return 1
    _print_report(report)
    return 0


def _print_report(report) -> None:
    for line in report.warnings:
        notice("chú ý", line)
    print(
        f"đã xây {report.path}: {report.articles} bài, {report.meetings} cuộc gặp"
        f" ({report.merged} bản tin trùng đã gộp), {report.rounds} vòng, {report.people} người"
    )


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def cmd_add(args: argparse.Namespace) -> int:
    """``add FILE`` or ``add URL``: an argument written as an address (scheme://…) is fetched, anything else is a file."""
    import asyncio

    from .articles import AddError, add_article
    from .extract.reading import ArticleError
    from .ingest import IngestError
    from .intake import IntakeError

    where = paths()
    by_address = bool(_SCHEME.match(args.file))
    try:
        if by_address:
            from .intake.pipeline import add_url

            if args.url:
                raise AddError("--url chỉ dùng với tệp; với một địa chỉ, địa chỉ của bài là địa chỉ trang")
            page, added = asyncio.run(add_url(where, args.file, args.published or ""))
        else:
            added = add_article(where, Path(args.file), args.url or "", args.published or "")
    except (AddError, ArticleError, IntakeError) as exc:
        _err(f"{exc}" + (" (không thêm gì)" if by_address else ""))
        return 1
    except IngestError as exc:
        _err(f"{exc} (không thêm gì: seeds/, data/ và cơ sở dữ liệu vẫn như cũ)")
        return 1
    if added.duplicate_of:
        same = "cùng nội dung sau chuẩn hóa" if added.similarity >= 1 else f"bản đăng lại, giống {added.similarity:.0%}"
        recorded = " Địa chỉ mới được ghi thêm cho bài đó." if added.url_recorded else ""
        print(f"Bài này đã có: {added.duplicate_of} ({same}); không thêm lần nữa.{recorded}")
        return 0
    if by_address:
        print(f"Trang: {page.title} — {page.site}, đăng {page.published or 'không rõ ngày'}\nĐịa chỉ: {page.url}")
    print(format_article(added.result))
    _print_report(added.report)
    return 0


def _round_arg(value: str | None) -> int | None | str:
    """``--round``: a number from 1 to 99, or the ``lỗi:`` text saying why not."""
    if value is None:
        return None
    if not value.strip().isascii() or not value.strip().isdigit() or not 1 <= int(value.strip()) <= 99:
        return f"--round: “{value[:40]}” không phải số vòng; số vòng từ 1 đến 99"
    return int(value.strip())


def _write(data: bytes, out: str | None) -> None:
    """To the file (in one step: a failed write leaves no half file), else to stdout as it is."""
    if out is None:  # the bytes as they are (a CSV's BOM included): exports hold no control character
        sys.stdout.flush()
        raw = getattr(sys.stdout, "buffer", None)
        if raw is None:  # a text-only stream (a test's StringIO)
            sys.stdout.write(data.decode("utf-8"))
        else:
            raw.write(data)
            raw.flush()
        return
    target = Path(out)
    if target.exists() and not target.is_file():  # /dev/stdout, a pipe: written in place
        target.write_bytes(data)
        return
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(target)
    except OSError as exc:  # named by the file asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(target)) from None
    finally:
        tmp.unlink(missing_ok=True)


async def _export(args: argparse.Namespace, round_number: int | None) -> int:
    from . import export, handlers
    from .console import _open

    store = await _open(paths())
    if store is None:
        return 1
    try:
        reply = await handlers.export(store, args.person, round_number, args.date_from, args.date_to)
    finally:
        await store.close()
    if not reply.ok:
        _err(reply.message)
        return 2
    if args.format == "csv":
        data = export.csv_bytes(reply.meetings)
    elif args.format == "ics":
        data = export.ics_bytes(reply.meetings)
    else:
        data = export.json_bytes(reply.to_json())
    _write(data, args.out)
    left = export.left_out(m["date"] for m in reply.meetings)
    if not reply.meetings:
        notice("chú ý", reply.message)
    elif args.format == "ics" and left:
        notice("chú ý", f"{sum(left.values())} cuộc gặp không có ngày đầy đủ nên không có trong lịch ({export.describe(left)})")
    if args.out is not None:
        print(f"đã ghi {args.out}: {len(reply.meetings)} cuộc gặp ({args.format})", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    import asyncio

    if args.format not in ("csv", "ics", "json"):
        _err(f"--format: “{args.format[:40]}” không dùng được; hãy chọn csv, ics hoặc json")
        return 2
    round_number = _round_arg(args.round)
    if isinstance(round_number, str):
        _err(round_number)
        return 2
    return asyncio.run(_export(args, round_number))


async def _chart(args: argparse.Namespace) -> int:
    from . import handlers
    from .console import _open

    store = await _open(paths())
    if store is None:
        return 1
    try:
        made = await handlers.chart(store, person=args.person, by=args.by)
    finally:
        await store.close()
    if not isinstance(made, tuple):
        _err(made.message)
        return 2
    png, shown = made
    _write(png, args.out)
    print(f"đã ghi {args.out}: {shown.caption}")
    return 0


def cmd_chart(args: argparse.Namespace) -> int:
    import asyncio

    if not args.out.strip():
        _err("--out: hãy nhập tên tệp PNG, ví dụ: --out dong-thoi-gian.png")
        return 2
    return asyncio.run(_chart(args))
def cmd_feeds(args: argparse.Namespace) -> int:
    import asyncio

    from .ingest import IngestError
    from .intake import IntakeError
    from .intake.feeds import accepts_feed, parse_feed
    from .intake.fetch import Fetcher, check_url
    from .intake.pipeline import poll
    from .state import State

    where = paths()

    async def run() -> int:
        from datetime import UTC, datetime

        from .config import database_path, state_path

        state = await State.open(state_path(database_path(where)))
        try:
            if args.action == "list":
                feeds = await state.feeds()
                if not feeds:
                    print("Chưa theo dõi nguồn tin nào; thêm bằng: python -m bot feeds add URL")
                for f in feeds:
                    print(feed_line(f))
                return 0
            if args.action == "poll":
                only = None
                if args.due:  # what the bot runs every BRIEFBOT_FEED_MINUTES: the feeds whose turn it is
                    from .config import load_settings
                    from .intake.pipeline import due

                    only = [f.url for f in due(await state.feeds(), datetime.now(UTC), load_settings().feed_minutes)]
                    if not only:
                        return 0
                report = await poll(where, state, only=only, progress=_progress())
                for feed, why in report.failed:
                    notice("lỗi", f"nguồn tin {feed}: {why}")
                print(report.summary())
                if report.meetings and report.outcomes:
                    print(f"đã xây lại cơ sở dữ liệu một lần cho {report.count('added')} bài mới")
                return 1 if report.failed else 0
            if not args.url:
                _err(f"feeds {args.action}: cần địa chỉ nguồn tin (URL)")
                return 2
            url = check_url(args.url)
            if args.action == "remove":
                if await state.remove_feed(url):
                    print(f"Đã bỏ theo dõi {url}")
                    return 0
                _err(f"không theo dõi nguồn tin {url}")
                return 1
            async with Fetcher() as fetcher:  # a feed that cannot be read now is refused now
                resp = await fetcher.get(url, accept=accepts_feed, what="nguồn tin")
                parsed = await asyncio.to_thread(parse_feed, resp.body, resp.url)
            added = await state.add_feed(url, datetime.now(UTC).isoformat(), args.by or "console", parsed.title)
            print(("Đã theo dõi" if added else "Đã theo dõi từ trước") + f" {url}: {parsed.title or 'không tên'},"
                  f" {len(parsed.entries)} mục hiện có.\n(lấy tin ngay: python -m bot feeds poll)")
            return 0
        except IntakeError as exc:
            _err(str(exc))
            return 1
        finally:
            await state.close()

    try:
        return asyncio.run(run())
    except IngestError as exc:
        _err(f"{exc} (không thêm gì: seeds/, data/ và cơ sở dữ liệu vẫn như cũ)")
        return 1


def cmd_page(args: argparse.Namespace) -> int:
    """``page URL``: the article a page holds, as ``add URL`` would add it.  The bot runs it for ``/admin add``,
    so the page is read in a process of its own and the bot never loads trafilatura."""
    import asyncio

    from .intake import IntakeError
    from .intake.fetch import Fetcher
    from .intake.pipeline import fetch_page

    async def run():
        async with Fetcher() as fetcher:
            return await fetch_page(fetcher, args.url)
    try:
        page = asyncio.run(run())
    except IntakeError as exc:
        _err(str(exc))
        return 1
    if args.json:
        print(json_text({"url": page.url, "title": page.title, "published": page.published, "site": page.site,
                         "text": page.text}))
    else:
        print(f"{page.title}\n{page.site}, đăng {page.published or 'không rõ ngày'}\n{page.url}\n\n{page.text}")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    """``review``: what extraction was unsure of; ``review accept|reject|fix KEY``: a decision on one item."""
    import getpass

    from .ingest import IngestError
    from .review import KINDS, ReviewError, decide, pending

    where = paths()
    if args.action == "list":
        items = pending(where)
        if args.json:
            print(json_text([item.__dict__ | {"fixable": list(item.fixable)} for item in items]))
            return 0
        if not items:
            print("Không còn gì chờ xem xét.")
        for item in items:
            who = f"{item.title} {item.name}".strip()
            print(f"{item.key}\n  {KINDS[item.kind]}" + (f": {who}" if who else "") + f" — bài {item.article}"
                  + (f", cuộc gặp {item.meeting}" if item.meeting else "")
                  + (f"\n  «{item.evidence[:300]}»" if item.evidence else "")
                  + f"\n  sửa được: {', '.join(item.fixable)}")
        return 0
    if not args.key:
        _err(f"review {args.action}: cần mã của mục (python -m bot review để xem)")
        return 2
    fix = {k: getattr(args, k) for k in ("name", "title", "side", "date") if getattr(args, k)}
    if fix and args.action != "fix":
        _err("--name, --title, --side, --date chỉ dùng với fix")
        return 2
    try:
        done = decide(where, args.key, args.action, args.by or f"console:{getpass.getuser()}", fix)
    except ReviewError as exc:
        _err(str(exc))
        return 1
    except IngestError as exc:
        _err(f"{exc} (không ghi gì: data/ và cơ sở dữ liệu vẫn như cũ)")
        return 1
    print(done)
    return 0


def feed_line(f) -> str:
    """One followed feed for a person to read: its counts, and why it fails when it does."""
    from .intake.pipeline import SKIP_REASONS

    skipped = {k.split(":", 1)[1]: n for k, n in f.counts.items() if k.startswith("skipped:")}
    why = ", ".join(f"{SKIP_REASONS.get(r, r)} {n}" for r, n in sorted(skipped.items()))
    line = (f"{f.url} — {f.title or 'không tên'}: thêm {f.counts.get('added', 0)} bài, {f.counts.get('copy', 0)} bản đăng"
            f" lại, bỏ qua {sum(skipped.values())}" + (f" ({why})" if why else "")
            + (f", chờ thử lại {f.counts['retry']}" if f.counts.get("retry") else ""))
    line += f"; lần lấy gần nhất: {f.last_polled[:16].replace('T', ' ')} UTC" if f.last_polled else "; chưa lấy lần nào"
    if f.failing:
        line += f"\n  ⚠ đang lỗi ({f.failures} lần): {f.failing}"
    return line


def _progress():
    """Progress of a poll: one line redrawn on a terminal, one line per article otherwise (logs, cron)."""
    out = sys.stdout
    raw = getattr(out, "stream", out)
    tty = bool(getattr(raw, "isatty", lambda: False)())

    def show(done: int, total: int, line: str) -> None:
        if tty:
            width = 100
            bar = f"[{done}/{total}] {line}"
            raw.write("\r" + shown(bar)[:width].ljust(width))
            raw.flush()
            if done == total:
                raw.write("\n")
        else:
            print(f"[{done}/{total}] {line}", flush=True)
    return show


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import bench_extract, bench_query

    if args.what == "extract":
        return bench_extract(args.articles or 5000)
    if args.what == "query":
        return bench_query(args.articles or 10000)
    if args.what == "discord":
        from .bench_discord import bench_discord

        return bench_discord(args.articles or 10000, args.interactions or 300, args.repeats or 5)
    if args.what == "chart":
        from .bench import bench_chart

        return bench_chart(args.articles or 10000)
    _err(f"không có benchmark '{args.what}'")
    return 2


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one ``lỗi:`` line (and exit code 2), like every other failure."""

    def error(self, message: str) -> NoReturn:
        _err(f"{self.prog}: {message} (xem {self.prog} --help)")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="python -m bot",
        description="briefbot: ai đã gặp ai trong đàm phán thương mại Việt Nam – Hoa Kỳ.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    p = sub.add_parser("extract", help="trích xuất cuộc gặp, vòng đàm phán từ bài báo",
                       description="Trích xuất cuộc gặp, vòng đàm phán, người mới từ các tệp bài báo.")
    p.add_argument("files", nargs="*", metavar="FILE", help="tệp bài báo (mặc định: mọi tệp trong seeds/)")
    p.add_argument("--json", action="store_true", help="in JSON: {\"articles\": [...]}")
    p.add_argument("--write", action="store_true", help="ghi kết quả vào data/extracted.json (tệp mà kho dữ liệu nạp)")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("eval", help="chấm trích xuất theo gold do người đọc (tests/corpus)",
                       description="Chấm trích xuất theo các tệp gold: đối tác, người đứng đầu phía Việt Nam, ngày, địa"
                                   " điểm, hình thức, vòng của từng cuộc gặp, các vòng đã diễn ra và tóm tắt; mỗi chỗ"
                                   " sai một dòng, rồi bảng tổng theo từng thư mục (seeds, dev, test).")
    p.add_argument("files", nargs="*", metavar="FILE", help="chỉ chấm các bài này (mặc định: mọi bài trong gold)")
    p.add_argument("--gold", action="append", default=[], metavar="FILE",
                   help="tệp gold (lặp lại được; mặc định: mọi tests/corpus/**/*.toml)")
    p.set_defaults(func=cmd_eval)
    p = sub.add_parser("ingest", help="xây cơ sở dữ liệu SQLite từ data/ và seeds/",
                       description="Xây cơ sở dữ liệu từ data/ và seeds/ vào tệp tạm, kiểm tra, rồi thay tệp cũ trong một bước.")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("add", help="thêm một bài báo (tệp hoặc địa chỉ web): trích xuất, gộp, xây lại cơ sở dữ liệu",
                       description="Thêm một bài báo vào seeds/ cùng siêu dữ liệu, trích xuất, gộp vào data/ và xây lại"
                                   " cơ sở dữ liệu. Một địa chỉ http(s):// được tải về và lấy phần nội dung chính.")
    p.add_argument("file", metavar="FILE|URL", help="tệp bài báo (UTF-8, UTF-16 hoặc Windows-1258) hoặc địa chỉ trang")
    p.add_argument("--url", help="địa chỉ bài gốc (khi thêm từ tệp)")
    p.add_argument("--published", help="ngày đăng, YYYY-MM-DD (cho năm của những ngày bài viết không ghi năm)")
    p.set_defaults(func=cmd_add)
    p = sub.add_parser("feeds", help="nguồn tin RSS/Atom: add, list, remove, poll",
                       description="Theo dõi nguồn tin RSS hoặc Atom. poll: lấy tin mới của mọi nguồn ngay bây giờ"
                                   " (mỗi bài mới được tải, lọc theo chủ đề, rồi thêm; cơ sở dữ liệu xây lại một lần).")
    p.add_argument("action", choices=["add", "list", "remove", "poll"], help="việc cần làm")
    p.add_argument("url", nargs="?", metavar="URL", help="địa chỉ nguồn tin (cho add và remove)")
    p.add_argument("--due", action="store_true", help="poll: chỉ các nguồn đến lượt (mỗi BRIEFBOT_FEED_MINUTES phút,"
                                                      " nguồn lỗi khi hết thời gian chờ); bot chạy lệnh này")
    p.add_argument("--by", help=argparse.SUPPRESS)  # who added the feed, when the bot runs `feeds add` for an admin
    p.set_defaults(func=cmd_feeds)
    p = sub.add_parser("review", help="xem và quyết những gì trích xuất chưa chắc chắn",
                       description="Những gì trích xuất chưa chắc chắn (người chưa có trong danh bạ, cuộc gặp chưa rõ"
                                   " ngày hoặc không rõ bên, đối tác chỉ có chức danh). Không có việc: liệt kê. accept,"
                                   " reject, fix KEY: ghi quyết định vào data/ (ai, lúc nào), trích xuất lại và xây lại"
                                   " cơ sở dữ liệu.")
    p.add_argument("action", nargs="?", default="list", choices=["list", "accept", "reject", "fix"], help="việc cần làm")
    p.add_argument("key", nargs="?", metavar="KEY", help="mã của mục, như review in ra")
    p.add_argument("--name", help="fix: tên đúng")
    p.add_argument("--title", help="fix: chức danh đúng")
    p.add_argument("--side", choices=["vn", "us", "other"], help="fix: bên (vn, us, other)")
    p.add_argument("--date", help="fix: ngày, YYYY-MM-DD")
    p.add_argument("--by", help="ai quyết (mặc định: console:<tên người dùng>)")
    p.add_argument("--json", action="store_true", help="list: in JSON")
    p.set_defaults(func=cmd_review)
    p = sub.add_parser("page", help="tải một trang và in phần nội dung chính (không thêm gì)",
                       description="Tải một trang báo và in tiêu đề, ngày đăng, địa chỉ gốc và nội dung chính, như"
                                   " 'add URL' sẽ thêm; không thay đổi gì.")
    p.add_argument("url", metavar="URL", help="địa chỉ trang, http(s)://")
    p.add_argument("--json", action="store_true", help="in JSON: {url, title, published, site, text}")
    p.set_defaults(func=cmd_page)
    p = sub.add_parser("ask", help="hỏi như trên Discord, ví dụ: ask \"/meetings helberg\"",
                       description="Chạy một lệnh như người dùng gõ trên Discord và in câu trả lời; không có lệnh thì mở dấu nhắc.")
    p.add_argument("command_line", nargs="?", metavar="COMMAND", help="ví dụ: \"/round 5\"")
    p.add_argument("--json", action="store_true", help="in JSON: {command, ok, message, meetings, round, total, page}")
    p.set_defaults(func=cmd_ask)
    p = sub.add_parser("run", help="việc chính (mặc định khi không có lệnh)",
                       description="Chạy việc chính: bảng điều khiển ngoại tuyến khi chưa có DISCORD_TOKEN.")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("sync", help="gửi định nghĩa lệnh lên Discord ngay (cần DISCORD_TOKEN)",
                       description="Gửi định nghĩa các lệnh lên Discord, kể cả khi chúng không đổi; tới BRIEFBOT_GUILD"
                                   " khi biến này được đặt, toàn cục nếu không.")
    p.set_defaults(func=cmd_sync)
    p = sub.add_parser("briefing", help="xem trước bản tin như bot sẽ gửi vào kênh",
                       description="Xem trước bản tin: các vòng đàm phán rồi các cuộc gặp có ngày từ --since trở đi.")
    p.add_argument("--preview", action="store_true", help="in bản tin ra màn hình (không gửi đi đâu)")
    p.add_argument("--since", metavar="DATE", help="từ ngày này (YYYY-MM-DD hoặc DD/MM/YYYY; mặc định: 7 ngày trước)")
    p.add_argument("--json", action="store_true", help="in JSON: {since, rounds, meetings, text}")
    p.set_defaults(func=cmd_briefing)
    p = sub.add_parser("export", help="xuất các cuộc gặp ra CSV, iCalendar hoặc JSON",
                       description="Xuất các cuộc gặp (mới nhất trước), lọc như /meetings: CSV (UTF-8 có BOM, mở"
                                   " được bằng Excel), iCalendar (mỗi cuộc gặp có ngày đầy đủ là một sự kiện cả ngày)"
                                   " hoặc JSON (như ask --json). Không có --person: mọi cuộc gặp.")
    p.add_argument("--format", required=True, metavar="csv|ics|json", help="định dạng tệp")
    p.add_argument("--person", metavar="NAME", help="chỉ các cuộc gặp của người hoặc tổ chức này (tên gần đúng được)")
    p.add_argument("--round", metavar="N", help="chỉ các cuộc gặp thuộc vòng này (1–99)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="từ ngày (YYYY-MM-DD hoặc DD/MM/YYYY)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="đến ngày (YYYY-MM-DD hoặc DD/MM/YYYY)")
    p.add_argument("--out", metavar="FILE", help="ghi vào tệp này (mặc định: ra màn hình, stdout)")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("chart", help="vẽ biểu đồ dòng thời gian các cuộc gặp (PNG)",
                       description="Vẽ các cuộc gặp theo thời gian, mỗi hàng một đối tác (hoặc một người phía Việt Nam),"
                                   " các vòng đàm phán tô nền; cuộc gặp không có ngày đầy đủ không vẽ và được đếm"
                                   " ở chú thích.")
    p.add_argument("--out", required=True, metavar="FILE", help="tệp PNG cần ghi")
    p.add_argument("--person", metavar="NAME", help="chỉ các cuộc gặp của người hoặc tổ chức này")
    p.add_argument("--by", metavar="counterpart|principal",
                   help="mỗi hàng một đối tác (counterpart, mặc định) hay một người phía Việt Nam (principal)")
    p.set_defaults(func=cmd_chart)
    p = sub.add_parser("bench", help="đo tốc độ và bộ nhớ", description="Đo tốc độ và bộ nhớ, in số liệu.")
    p.add_argument("what", choices=["extract", "query", "discord", "chart"], help="phần cần đo")
    p.add_argument("--articles", type=int, default=0,
                   help="số bài (mặc định: 5000 cho extract, 10000 cho query, discord và chart)")
    p.add_argument("--repeats", type=int, default=0,
                   help="discord: số lần lặp, mỗi lần hai bot mới chạy song song (mặc định: 5)")
    p.add_argument("--interactions", type=int, default=0,
                   help="discord: số tương tác mỗi bot mỗi lần lặp, không kể 20 lần khởi động (mặc định: 300)")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = guarded(sys.stdout), guarded(sys.stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = streams


def _main(argv: Sequence[str] | None) -> int:
    from .config import ConfigError, load_dotenv

    load_dotenv()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args = parser.parse_args(["run"])
    try:
        return int(args.func(args) or 0)
    except DataError as exc:
        _err(f"dữ liệu tham chiếu: {exc}")
        return 2
    except ConfigError as exc:
        _err(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        _err(f"{exc.filename or ''}: {exc.strerror or exc}")
        return 1

