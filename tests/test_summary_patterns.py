"""Summaries on patterns of real Vietnamese reporting, each in a short text of our own words: what was
discussed, asked for or agreed, not the protocol around it."""

from bot.extract import extract_article


def summary(text, gaz):
    (m,) = extract_article(text, "t", gaz).meetings
    return m.summary


def test_an_ask_outweighs_praise_of_the_relations(gaz):
    text = ("Ngày 3/5, tại Hà Nội, Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Hoa Kỳ Marc Knapper.\n\n"
            "Phó Thủ tướng khẳng định Việt Nam mong muốn làm sâu sắc quan hệ Đối tác chiến lược toàn diện, "
            "nhân dịp hai nước kỷ niệm 30 năm bình thường hóa quan hệ, trên các lĩnh vực năng lượng, giáo dục.\n\n"
            "Phó Thủ tướng đề nghị phía Hoa Kỳ sớm công nhận quy chế kinh tế thị trường của Việt Nam.")
    assert "quy chế kinh tế thị trường" in summary(text, gaz)


def test_a_caption_is_never_in_a_summary(gaz):
    text = ("Chiều 9/6, Bộ trưởng Nguyễn Hồng Diên điện đàm với ông Jamieson Greer.\n\n"
            "Hai bộ trưởng trong cuộc điện đàm về thuế quan và nông sản. Ảnh: TTXVN\n\n"
            "Hai bên nhất trí giao các nhóm kỹ thuật rà soát danh mục hàng nông sản.")
    s = summary(text, gaz)
    assert "Ảnh" not in s and "rà soát danh mục hàng nông sản" in s


def test_what_the_meeting_was_for_in_its_own_report(gaz):
    text = "Sáng 12/11, Thứ trưởng Nguyễn Sinh Nhật Tân làm việc với ông Rick Switzer nhằm khởi động vòng đàm phán kỹ thuật."
    assert summary(text, gaz).startswith("…nhằm khởi động vòng đàm phán kỹ thuật")


def test_an_excerpt_cut_off_mid_sentence_leaves_its_last_clause_out(gaz):
    text = ("Chiều 5/3, Bộ trưởng Nguyễn Hồng Diên tiếp ông Jamieson Greer.\n\n"
            "Hai bên nhất trí đẩy nhanh đàm phán về quy tắc xuất xứ. Bộ trưởng đề nghị phía Hoa Kỳ xem xét giảm "
            "thuế đối với cà phê, đồng thời mở rộng hợp tác trong lĩnh vực nông ngh")
    assert "nông ngh" not in summary(text, gaz)
