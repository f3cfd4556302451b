"""The command line: ``python -m bot <command>``.

Every failure a user can cause ends in one line on stderr and a non-zero exit,
never a traceback.  ``extract --json`` is a public interface: extend it, do not
change it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .config import paths
from .shape import DataError
from .terminal import guarded, json_text, notice

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

    results, failed = [], 0
    for path in files:
        try:
            text, note = read_article(path)
        except ArticleError as exc:
            _err(str(exc))
            failed += 1
            continue
        result = extract_article(text, path.stem, gaz, str(path))
        if note:
            result.warnings.append(f"đọc theo {note}")
            notice("chú ý", f"{path}: đọc theo {note}")
        results.append(result)
    return results, failed


def format_article(result: ArticleResult) -> str:
    """The extraction of one article for a person to read."""
    lines = [f"== {result.file} — {result.title}"]
    if not result.meetings:
        lines.append("  (không tìm thấy cuộc gặp nào)")
    for m in result.meetings:
        when = m.date.text or "không rõ ngày"
        if m.date.iso and not m.date.year_known:
            when += " (chưa rõ năm)"
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
    for line in report.warnings:
        notice("chú ý", line)
    print(
        f"đã xây {report.path}: {report.articles} bài, {report.meetings} cuộc gặp"
        f" ({report.merged} bản tin trùng đã gộp), {report.rounds} vòng, {report.people} người"
    )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from .articles import AddError, add_article
    from .extract.reading import ArticleError

    where = paths()
    try:
        added = add_article(where, Path(args.file), args.url or "", args.published or "")
    except (AddError, ArticleError) as exc:
        _err(str(exc))
        return 1
    if added.duplicate_of:
        print(f"Bài này đã có: {added.duplicate_of} (cùng nội dung sau chuẩn hóa); không thêm lần nữa.")
        return 0
    print(format_article(added.result))
    return cmd_ingest(args)


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import bench_extract, bench_query

    if args.what == "extract":
        return bench_extract(args.articles or 5000)
    if args.what == "query":
        return bench_query(args.articles or 10000)
    if args.what == "discord":
        from .bench_discord import bench_discord

        return bench_discord(args.articles or 10000)
    _err(f"không có benchmark '{args.what}'")
    return 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="briefbot: ai đã gặp ai trong đàm phán thương mại Việt Nam – Hoa Kỳ.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("extract", help="trích xuất cuộc gặp, vòng đàm phán từ bài báo",
                       description="Trích xuất cuộc gặp, vòng đàm phán, người mới từ các tệp bài báo.")
    p.add_argument("files", nargs="*", metavar="FILE", help="tệp bài báo (mặc định: mọi tệp trong seeds/)")
    p.add_argument("--json", action="store_true", help="in JSON: {\"articles\": [...]}")
    p.add_argument("--write", action="store_true", help="ghi kết quả vào data/extracted.json (tệp mà kho dữ liệu nạp)")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("ingest", help="xây cơ sở dữ liệu SQLite từ data/ và seeds/",
                       description="Xây cơ sở dữ liệu từ data/ và seeds/ vào tệp tạm, kiểm tra, rồi thay tệp cũ trong một bước.")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("add", help="thêm một bài báo: chép vào seeds/, trích xuất, gộp, xây lại cơ sở dữ liệu",
                       description="Thêm một bài báo vào seeds/ cùng siêu dữ liệu, trích xuất, gộp vào data/ và xây lại cơ sở dữ liệu.")
    p.add_argument("file", metavar="FILE", help="tệp bài báo (UTF-8, UTF-16 hoặc Windows-1258)")
    p.add_argument("--url", help="địa chỉ bài gốc")
    p.add_argument("--published", help="ngày đăng, YYYY-MM-DD")
    p.set_defaults(func=cmd_add)
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
    p = sub.add_parser("bench", help="đo tốc độ và bộ nhớ", description="Đo tốc độ và bộ nhớ, in số liệu.")
    p.add_argument("what", choices=["extract", "query", "discord"], help="phần cần đo")
    p.add_argument("--articles", type=int, default=0, help="số bài (mặc định: 5000 cho extract, 10000 cho query và discord)")
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

