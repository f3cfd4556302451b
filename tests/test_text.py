import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bot.text import fold, name_key, normalize, split_sentences


def test_fold_matches_what_users_type():
    assert fold("Thượng nghị sỹ") == fold("thuong nghi si") == fold("THƯỢNG NGHỊ SĨ")
    assert fold("Lê Mạnh Hùng") == "le manh hung"
    assert fold("Đại sứ") == "dai su"
    assert fold("hoà") == fold("hòa") and fold("thuỷ") == fold("thủy")
    assert fold("kỹ thuật") == fold("kĩ thuật")
    assert fold("D.C.") == fold("DC")
    assert name_key("Brian Mc Feeters") == name_key("Brian McFeeters")


def test_fold_keeps_distinct_words_distinct():
    assert fold("tay") != fold("tai")  # only a consonant+y syllable folds y to i
    assert fold("Việt Nam") != fold("Việt Nga")


vietnamese = st.text(alphabet=st.sampled_from(list("aăâeêioôơuưyđAĂÂĐOƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ.,-'DCMcsĩỹ")), max_size=60)


@given(vietnamese)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(st.one_of(vietnamese, st.text(max_size=40)))
def test_fold_same_for_nfc_and_nfd(text):
    assert fold(unicodedata.normalize("NFC", text)) == fold(unicodedata.normalize("NFD", text))


def test_normalize_makes_nfc_and_drops_invisible_characters():
    text = unicodedata.normalize("NFD", "Nguyễn\u200b Hồng\u00a0Diên\r\n")
    assert normalize(text) == "Nguyễn Hồng Diên"


def test_sentences_survive_initials_abbreviations_and_wrapped_lines():
    text = (
        "Nội dung nêu tại cuộc làm việc giữa Trưởng đại diện Thương mại Mỹ Jamieson L.\n"
        "Greer với Bộ trưởng Nguyễn Hồng Diên ngày 13/3, tại Washington D.C. Đây là cuộc làm việc đầu tiên.\n"
        "Ông Marc E. Knapper đến TP.HCM. Ông nói: \"Hai bên nhất trí. Sẽ tiếp tục\", rồi rời đi."
    )
    sentences = [s.text for s in split_sentences(normalize(text))]
    assert sentences[0].startswith("Nội dung") and "Jamieson L. Greer" in sentences[0]
    assert sentences[0].endswith("tại Washington D.C. Đây là cuộc làm việc đầu tiên.")
    assert sentences[1] == "Ông Marc E. Knapper đến TP.HCM."
    assert sentences[2].startswith("Ông nói:") and sentences[2].endswith("rồi rời đi.")


def test_photo_caption_keeps_its_credit_and_is_marked():
    text = "Đoạn một.\n\nQuyền Bộ trưởng Lê Mạnh Hùng và Đại sứ Brian Mc Feeters. (Ảnh: BCT/Vietnam+)\n\nĐoạn ba."
    sentences = split_sentences(normalize(text))
    caption = sentences[1]
    assert caption.kind == "caption" and caption.text.endswith("(Ảnh: BCT/Vietnam+)")
    assert [s.kind for s in sentences] == ["text", "caption", "text"]


def test_sentence_offsets_point_into_the_text():
    text = normalize("Câu một. Câu hai!\n\nTiêu đề không dấu chấm\n\nCâu ba?")
    for s in split_sentences(text):
        assert text[s.start : s.end].replace("\n", " ") == s.text
    assert split_sentences(text)[2].kind == "heading"


@given(st.text(alphabet=st.sampled_from(list("ab ồ\n\t\r\u00a0\u200b")), max_size=30))
def test_normalize_is_idempotent_and_its_fast_path_agrees(text):
    once = normalize(text)
    assert normalize(once) == once
    assert unicodedata.is_normalized("NFC", once) and "\r" not in once and "  " not in once


def test_as_written_keeps_tones_but_not_where_they_sit():
    from bot.text import as_written
    assert as_written("Uỷ ban") == as_written("Ủy ban") and as_written("hoà") == as_written("hòa")
    assert as_written("Thị trưởng") != as_written("thị trường")


def test_initials_run_together_do_not_end_a_sentence():
    from bot.text import split_sentences
    texts = [s.text for s in split_sentences("Thủ tướng gặp ông J.D. Vance tại Nhà Trắng. Hai bên trao đổi.")]
    assert texts == ["Thủ tướng gặp ông J.D. Vance tại Nhà Trắng.", "Hai bên trao đổi."]


def test_a_curly_quote_closed_by_a_straight_one_still_ends_its_sentence():
    text = 'Việt Nam duy trì chính sách quốc phòng “bốn không". Hai nước thúc đẩy trao đổi đoàn. Ông nói "rất tốt". Hết.'
    assert [s.text for s in split_sentences(text)] == [
        'Việt Nam duy trì chính sách quốc phòng “bốn không".', "Hai nước thúc đẩy trao đổi đoàn.",
        'Ông nói "rất tốt".', "Hết."]


def test_a_headline_then_on_the_next_line_the_outlets_tag_and_the_lead_are_apart():
    text = "Chủ tịch tỉnh tiếp Thứ trưởng Thương mại Mỹ\n(ABC) - Chiều 8/3, Chủ tịch tỉnh tiếp ông Ray Finch. Hai bên trao đổi."
    sentences = split_sentences(normalize(text))
    assert [(s.kind, s.text) for s in sentences[:2]] == [
        ("heading", "Chủ tịch tỉnh tiếp Thứ trưởng Thương mại Mỹ"),
        ("text", "(ABC) - Chiều 8/3, Chủ tịch tỉnh tiếp ông Ray Finch.")]


def test_sentences_a_page_glued_without_a_space_are_two():
    text = "Thứ trưởng An dẫn đầu phái đoàn Việt Nam.Trợ lý Ngoại trưởng Fannon gặp ông Sơn. Xem www.state.gov/e/enr tại TP.HCM."
    assert [s.text for s in split_sentences(normalize(text))] == [
        "Thứ trưởng An dẫn đầu phái đoàn Việt Nam.", "Trợ lý Ngoại trưởng Fannon gặp ông Sơn.",
        "Xem www.state.gov/e/enr tại TP.HCM."]


def test_a_photo_credit_glued_to_the_next_sentence_ends_at_its_source():
    text = ("Tổng Bí thư Tô Lâm gặp Tổng thống Mỹ Joe Biden. Ảnh: TTXVN Tổng Bí thư cho rằng chuyến thăm của Tổng thống "
            "tới Việt Nam năm 2023 đã tạo động lực cho quan hệ hai nước.")
    caption, after = split_sentences(normalize(text))
    assert (caption.kind, caption.text) == ("caption", "Tổng Bí thư Tô Lâm gặp Tổng thống Mỹ Joe Biden. Ảnh: TTXVN")
    assert after.kind == "text" and after.text.startswith("Tổng Bí thư cho rằng")


def test_a_text_cut_off_mid_sentence_ends_with_body_not_a_heading():
    body = ("Tổng Bí thư Lê Văn Khải đã điện đàm với Tổng thống Mark Ellis tối thứ Sáu, bày tỏ sẵn sàng đàm phán giảm "
            "thuế nhập khẩu hàng Mỹ xuống 0%, đồ")
    (*_, last) = split_sentences("Lãnh đạo hai nước điện đàm\n\nHai bên điện đàm tối qua.\n\n" + body)
    assert last.kind == "text"
    # (but not a row of related links under their label, nor a photo's caption)
    (*_, last) = split_sentences("Hai bên điện đàm tối qua.\n\nTin bài liên quan\nViệt Nam và Hoa Kỳ khép lại vòng đàm "
                                 "phán thứ hai về thương mại đối ứng Doanh nghiệp Mỹ kỳ vọng sớm có thỏa thuận")
    assert last.kind == "heading"
    (*_, last) = split_sentences("Hai bên điện đàm tối qua.\n\nBộ trưởng Lê Văn Khải (thứ hai từ trái sang) và Đại diện "
                                 "Thương mại Hoa Kỳ Mark Ellis tại phiên đàm phán cấp Bộ trưởng ở Washington")
    assert last.kind == "heading"


def test_a_lead_that_opens_with_its_day_is_text_even_without_its_stop():
    lead = ("Tối 21-6 (theo giờ Hà Nội), tại Nhà Trắng ở thủ đô Washington, Thủ tướng Lê Văn Khải đã hội đàm với Tổng "
            "thống Mỹ Mark Ellis")
    sentences = split_sentences("Thủ tướng hội đàm với Tổng thống Mỹ\n\n" + lead + "\n\nHai bên bàn về thương mại.")
    assert [s.kind for s in sentences] == ["heading", "text", "text"]
