"""Pages and feeds in the shape of Vietnamese outlets' pages, for the intake tests.

Real news pages carry far more than the article: a menu, a breadcrumb, share buttons, photo captions,
ads, "related articles" lists, reader comments and a footer.  These builders put each of them
around the body, so the tests can check that only the body comes through.
"""

from __future__ import annotations

from html import escape
from xml.sax.saxutils import escape as xml_escape

MENU = ["Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Công nghệ", "Video"]
RELATED = [
    "Giá vàng hôm nay tăng mạnh, vượt mốc 90 triệu đồng mỗi lượng",
    "Đội tuyển bóng đá Việt Nam chốt danh sách dự giải Đông Nam Á",
    "Thời tiết Hà Nội cuối tuần: rét đậm, có mưa phùn vào sáng sớm",
    "Xuất khẩu cà phê lập kỷ lục mới nhờ giá tăng cao",
]
COMMENTS = [
    ("Nguyễn Văn Bình", "Mong hai bên sớm đạt thỏa thuận, doanh nghiệp xuất khẩu đang rất chờ đợi tin này."),
    ("Trần Thị Lan", "Bài viết rất hay, cảm ơn tòa soạn đã cập nhật nhanh."),
]
BOILERPLATE = [*MENU[1:], *RELATED, *(c for _, c in COMMENTS), "Quảng cáo", "Đăng ký nhận bản tin",
               "Bản quyền thuộc về", "Chia sẻ bài viết", "Ảnh minh họa: TTXVN"]


def article_page(title: str, paragraphs: list[str], *, published: str = "2026-02-05T09:30:00+07:00",
                 canonical: str | None = None, site: str = "Báo Kinh tế Mẫu", byline: str = "Minh Anh",
                 charset: str | None = "utf-8", caption: str = "Ảnh minh họa: TTXVN") -> str:
    """An article page as Vietnamese outlets lay them out."""
    menu = "".join(f'<li><a href="/{i}">{escape(m)}</a></li>' for i, m in enumerate(MENU))
    related = "".join(f'<li><a href="/lien-quan-{i}.html">{escape(r)}</a></li>' for i, r in enumerate(RELATED))
    comments = "".join(f'<div class="comment-item"><b class="user">{escape(u)}</b><p>{escape(c)}</p></div>'
                       for u, c in COMMENTS)
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs[:1])
    body += ('<figure class="image"><img src="/anh.jpg" alt="ảnh"><figcaption>' + escape(caption)
             + "</figcaption></figure>")
    body += "".join(f"<p>{escape(p)}</p>" for p in paragraphs[1:])
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head>{meta_charset}
<title>{escape(title)} | {escape(site)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(site)}">
<meta property="article:published_time" content="{published}">
{link}
</head><body>
<header><div class="logo">{escape(site)}</div><nav class="menu"><ul>{menu}</ul></nav>
<div class="ads top">Quảng cáo</div></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/kinh-te">Kinh tế</a></div>
<main><article class="detail">
<h1 class="title">{escape(title)}</h1>
<div class="meta"><span class="author">{escape(byline)}</span> <time datetime="{published}">{published[:10]}</time></div>
<div class="share">Chia sẻ bài viết <a href="#">Facebook</a> <a href="#">Zalo</a></div>
<div class="content">{body}</div>
<div class="ads inline">Quảng cáo</div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>{related}</ul></section>
<section class="comments"><h3>Bình luận (2)</h3>{comments}</section>
</main>
<aside class="sidebar"><h3>Đọc nhiều</h3><ul>{related}</ul><div class="ads">Quảng cáo</div>
<form>Đăng ký nhận bản tin <input name="email"></form></aside>
<footer>Bản quyền thuộc về {escape(site)}. Giấy phép số 123/GP-BTTTT. Liên hệ quảng cáo: 0900 000 000.</footer>
</body></html>"""


def rss(title: str, items: list[tuple[str, str, str]], *, link: str = "http://example.invalid/") -> str:
    """An RSS 2.0 feed; items are (guid, link, title)."""
    entries = "".join(f"<item><title>{xml_escape(t)}</title><link>{xml_escape(u)}</link>"
                      f"<guid isPermaLink=\"false\">{xml_escape(g)}</guid>"
                      f"<pubDate>Thu, 05 Feb 2026 02:30:00 GMT</pubDate></item>" for g, u, t in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{xml_escape(title)}</title>'
            f"<link>{xml_escape(link)}</link><description>Tin mới</description>{entries}</channel></rss>")


def atom(title: str, items: list[tuple[str, str, str]]) -> str:
    """An Atom 1.0 feed; items are (id, link, title)."""
    entries = "".join(f'<entry><id>{xml_escape(g)}</id><title>{xml_escape(t)}</title><link href="{xml_escape(u)}"/>'
                      f"<updated>2026-02-05T02:30:00Z</updated></entry>" for g, u, t in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{xml_escape(title)}</title><id>urn:feed</id><updated>2026-02-05T02:30:00Z</updated>{entries}</feed>")


# -- articles the tests publish --------------------------------------------------------------------

GREER = [
    ("Ngày 3/2, tại Washington D.C., Quyền Bộ trưởng Bộ Công Thương Lê Mạnh Hùng đã có buổi làm việc với Trưởng Đại "
     "diện Thương mại Hoa Kỳ Jamieson Greer về tiến trình đàm phán Hiệp định Thương mại đối ứng."),
    ("Tại buổi làm việc, hai bên đã trao đổi thẳng thắn về các nội dung còn khác biệt, trong đó có quy tắc xuất xứ, "
     "hàng rào phi thuế quan và thương mại số, đồng thời nhất trí giao các nhóm kỹ thuật tiếp tục làm việc."),
    ("Quyền Bộ trưởng Lê Mạnh Hùng khẳng định Việt Nam mong muốn sớm kết thúc đàm phán theo hướng công bằng, cân bằng "
     "và cùng có lợi, góp phần đưa quan hệ kinh tế thương mại song phương phát triển ổn định."),
]

OFF_TOPIC = [
    ("Sáng nay, giá vàng miếng trong nước tiếp tục tăng mạnh, có thời điểm vượt mốc 90 triệu đồng mỗi lượng, cao nhất "
     "từ trước tới nay, trong khi giá vàng nhẫn cũng tăng theo."),
    ("Theo các chuyên gia, nhu cầu mua vàng tích trữ dịp cuối năm cùng với biến động của thị trường thế giới khiến giá "
     "vàng liên tục lập đỉnh mới trong những ngày qua."),
    ("Người dân được khuyến cáo cân nhắc kỹ trước khi mua vào, tránh chạy theo tâm lý đám đông khi giá biến động mạnh "
     "và chênh lệch giữa giá mua và giá bán còn lớn."),
]

ENGLISH = [
    ("Vietnam's Minister of Industry and Trade met the United States Trade Representative in Washington on "
     "Tuesday to discuss the reciprocal trade agreement and outstanding issues on tariffs."),
    ("Both sides agreed that technical teams would continue working on rules of origin, non-tariff barriers and "
     "digital trade, officials said after the meeting."),
    ("The talks are the latest in a series of rounds that began last year, as the two countries seek to conclude "
     "an agreement that both describe as fair and balanced."),
]


def greer_variant(n: int) -> list[str]:
    """A different meeting with each n: another day, another place in the text, so no two are copies."""
    day, month = 1 + n % 28, 1 + n // 28 % 12
    return [GREER[0].replace("Ngày 3/2", f"Ngày {day}/{month}").replace("Washington D.C.", "Hà Nội"),
            f"Đây là phiên làm việc số {n} trong chuỗi hoạt động của đoàn đàm phán, với nội dung riêng về nhóm vấn đề "
            f"thứ {n}: " + " ".join(f"điểm {n}-{k} đã được hai bên rà soát kỹ" for k in range(6)) + ".",
            GREER[2]]
