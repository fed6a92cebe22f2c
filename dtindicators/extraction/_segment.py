"""Segmentation: lines, bullets, headings, sentences and clauses, with their offsets.

A *clause* is the smallest passage that states targets on its own: a sentence, a list item
("- ", "+ ", "a)", "1."), a part of either between semicolons, or a parenthesis that holds a
value ("(tối thiểu 50% các trường học …)"). Commas are not clause breaks: a sentence joins
several targets with commas, and the clause reader splits them around the values.

Text copied from PDFs wraps long list items over several lines; a line that opens with a lower-case
word and no bullet, after a line that does not end a sentence, continues that line
("- Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ" and, on the next line, "đạt 70%;" form one
list item). In a text wrapped at one width, a line the next word would not have fitted on
continues too, whatever that word is, and the page numbers and running headers between the
lines of a paragraph are page furniture (:func:`page_furniture`), cut before the text is read.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from ._fold import fold_aligned

__all__ = ["Clause", "clauses", "lines", "markup", "page_furniture", "soft_breaks"]

_LINE = re.compile(r"[^\n\r]+")
#: A line ending in a word that cannot end a phrase (a preposition, a conjunction, "các"): the
#: next line goes on with it, whatever it opens with.
_DANGLING = re.compile(r"\b(?:trong|cua|ve|va|cac|nhung|voi|cho|tai|theo|tu|den|thuoc)\s*$")
#: A line ending in a word that needs its value ("đạt", "giảm", "tăng", "là", "còn", "khoảng"):
#: a line that opens with a number goes on with it.
_NEEDS_VALUE = re.compile(r"\b(?:dat|giam|tang|la|con|khoang|toi thieu|it nhat)\s*$")
#: A line ending in a word that needs its number ("năm", "giai đoạn", "nhiệm kỳ", "tháng").
_NEEDS_NUMBER = re.compile(r"\b(?:nam|thang|quy|giai doan|nhiem ky)\s*$")
#: The acronym of a measure opening a line ("GRDP", "PCI"), which a wrap may put there (not a
#: body's, "UBND …", which opens a lead after a headline).
_ACRONYM = re.compile(r"(?:GRDP|GDP|FDI|PCI|PAPI|PAR|SIPAS|DTI|CNTT|OCOP|BHYT|BHXH)\b")
#: A dash and a number opening a line: the rest of a range when the line before ends in one.
_RANGE_REST = re.compile(r"[-–—]\s*\d")
_BLANK = re.compile(r"\n[^\S\n]*\n")
_BULLET = re.compile(
    r"\s*(?:[-+•*●▪◦]|\(?[a-zđ]\)|\(?\d{1,2}(?:\.\d{1,2})*[.)](?!\d)|\d{1,2}(?:\.\d{1,2})+(?=\s)"
    r"|[ivx]{1,4}[.)])\s+"
    r"|\s*(?:thu (?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)|phan [ivx\d]+|muc [ivx\d]+)\s*[:.]\s*"
)
_ORDINAL = re.compile(
    r"\s*(?:thu (?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)|phan [ivx\d]+|[ivx]{1,4}[.)])"
)
#: "… đạt 80%. 2. Tỷ lệ B …": a numbered item inside a line.
_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}|[a-zđ])[.)]\s+")
#: "a) Năm 2025", "- Giai đoạn 2026 - 2030", "Đến năm 2030.": a line naming only when.
_PERIOD = re.compile(
    r"\s*(?:[-+•*]|\(?[a-zđ]\)|\(?\d{1,2}(?:\.\d{1,2})*[.)]|[ivx]{1,4}[.)])?\s*"
    r"(?:(?:muc tieu|chi tieu)\s+)?(?:(?:den|trong|vao)\s+)?(?:nam|giai doan)\s+"
    r"\d{4}(?:\s*[-–]\s*\d{4})?\s*[:.]?\s*"
)
_SECTION = re.compile(r"\s*(?:[ivxlc]{1,5}|\d{1,2}(?:\.\d{1,2})*)[.)]?\s")
#: (a full stop glued to the next word, after a word or after a space: "sản phẩm.Xây dựng", "số
#: hóa .Đến năm 2020")
_STOP = re.compile(
    r"(?P<stop>[.!?…]+[\"”’)]*)(?=\s)|(?P<glued>%|(?<=[^\W\d_]{2})\.|(?<=[^\W\d_] )\.)(?=[^\W\d_])"
)
#: Words that open a new subject ("tỷ lệ …", "tỷ trọng …", "số lượng …").
_OPENER = re.compile(r"(?:ty le|ty trong|so luong|chi so)\b")
#: "(QNO) - …", "(TTXVN) – …", "(baotintuc.vn) …": the outlet a news lead opens with.
_CREDIT = re.compile(r"\((?:[a-z0-9]{2,8}\)\s*-|[\w.-]+\.(?:vn|com|net|org)\))")
#: "TP.", "TX.", "PGS.", "ThS.": an abbreviation a period ends, which no sentence ends at; not an
#: acronym of three capitals ("… 220 doanh nghiệp FDI. Chỉ số …" ends a sentence).
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-ZĐ]{1,2}|PGS|tp|tt|ths|ts|pgs|gs|ông|bà)$")


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause at ``[start, end)``.

    ``sentence_start``: it opens a sentence or list item; ``heading``: its line is a heading
    (it ends with ":" or opens with "Thứ nhất", "I.", …); ``line_start``: it opens its line.
    """

    start: int
    end: int
    sentence_start: bool
    heading: bool
    line_start: bool
    bullet: bool = False


def lines(text: str, low: str) -> Iterator[tuple[int, int]]:
    """The lines of ``text``, with wrapped continuation lines joined to the line they continue.

    >>> from ._fold import fold_aligned
    >>> text = "Mục tiêu:\\n- Tỷ lệ hồ sơ trực tuyến\\n  đạt 70%;\\n- Tỷ lệ B\\nĐạt 9%"
    >>> [text[a:b] for a, b in lines(text, fold_aligned(text))]
    ['Mục tiêu:', '- Tỷ lệ hồ sơ trực tuyến\\n  đạt 70%;', '- Tỷ lệ B', 'Đạt 9%']
    >>> text = "Tỷ lệ A đạt 80%\\ntỷ lệ B đạt 90%"
    >>> [text[a:b] for a, b in lines(text, fold_aligned(text))]
    ['Tỷ lệ A đạt 80%', 'tỷ lệ B đạt 90%']

    In text wrapped at a width (copied from a PDF), a line that the next word would not fit on
    continues whatever that word is (a capital, a digit, a bracket):

    >>> text = ("Kế hoạch của tỉnh đặt ra 6 mục tiêu cụ thể về phát triển KTS\\n(Tỷ trọng KTS "
    ...         "đạt 20% GDP; tỷ trọng thương mại điện tử đạt\\ntrên 10%) đến năm 2025.\\nCâu khác")
    >>> [text[a:b].count("\\n") for a, b in lines(text, fold_aligned(text))]
    [2, 0]
    """
    for joined, _inside, _after in _paragraph_lines(text, low, _wrap_width(text)):
        yield joined


#: Whether a physical line ``[start, end)`` is furniture to step over, given the lines stepped
#: over since the last kept one.
_Skip = Callable[[int, int, list[tuple[int, int]]], bool]


def _paragraph_lines(
    text: str, low: str, width: int, skip: _Skip | None = None
) -> Iterator[tuple[tuple[int, int], list[tuple[int, int]], list[tuple[int, int]]]]:
    """Each line of ``text`` with the wrapped lines after it joined (see :func:`lines`), the lines
    ``skip`` stepped over inside it, and those it stepped over after it."""
    current: tuple[int, int] | None = None
    physical = 0  # where the last physical line of ``current`` starts
    inside: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []  # lines stepped over after ``current``
    opening = len(text) - len(text.lstrip())  # where the text's first word starts
    for line in _LINE.finditer(text):
        start, end = line.span()
        if current is not None and skip is not None and skip(start, end, pending):
            pending.append((start, end))
            continue
        if current is None:
            current = (start, end)
        elif _continues(
            text, low, current, (start, end), physical=physical, width=width, opening=opening
        ):
            current = (current[0], end)
            inside += pending
        else:
            yield current, inside, pending
            current, inside = (start, end), []
        pending = []
        physical = start
    if current is not None:
        yield current, inside, pending


def soft_breaks(text: str, joined: Iterable[tuple[int, int]]) -> Iterator[int]:
    """The offsets of the line breaks inside the ``joined`` lines of ``text`` (a wrapped line's;
    see :func:`lines`).

    >>> from ._fold import fold_aligned
    >>> text = "- Tỷ lệ hồ sơ trực tuyến\\nđạt 70%;\\n- Tỷ lệ B"
    >>> list(soft_breaks(text, lines(text, fold_aligned(text))))
    [24]
    """
    for start, end in joined:
        pos = text.find("\n", start, end)
        while pos != -1:
            if text[pos - 1] == "\r":
                yield pos - 1
            yield pos
            pos = text.find("\n", pos + 1, end)


#: Markdown's marks of a text copied as Markdown (from a repository or a converter): bold markers
#: ("**1. Phát triển kinh tế số đến năm 2030**") and a heading's hashes at the start of a line.
_MARKUP = re.compile(r"\*{2,}|(?<![^\n])#{1,6}[ \t]+")


def markup(text: str) -> list[tuple[int, int]]:
    """The spans of Markdown's marks in ``text``, which say how it is set, not what it says: a
    heading in bold reads as a heading.

    >>> text = "**1. Đến năm 2030**\\n## Mục tiêu\\nđạt 5*3"
    >>> [text[a:b] for a, b in markup(text)]
    ['**', '**', '## ']
    """
    return [found.span() for found in _MARKUP.finditer(text)]


def page_furniture(text: str) -> list[tuple[int, int]]:
    """The page furniture of a text wrapped at a width (copied from a PDF), each line with the
    line break before it: page numbers ("12", "- 12 -", "Trang 12"), and lines said again (a
    running header) between two parts of a wrapped paragraph or right after a page number.

    >>> body = "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang trên địa bàn đạt"
    >>> text = f"{body}\\n- 12 -\\n80%; tỷ lệ {body[9:]} 90%.\\n\\nCâu khác.\\nHết."
    >>> [text[a:b] for a, b in page_furniture(text)]
    ['\\n- 12 -']
    """
    width = _wrap_width(text)
    if not width:
        return []
    low = fold_aligned(text)
    headers = _running_headers(text)

    def furniture(start: int, end: int, pending: list[tuple[int, int]]) -> bool:
        after_number = bool(pending) and _PAGE_NUMBER.fullmatch(text, *pending[-1]) is not None
        return _PAGE_NUMBER.fullmatch(text, start, end) is not None or _header_like(
            text[start:end].strip(), headers, after_number=after_number
        )

    found: list[tuple[int, int]] = []
    for _joined, inside, after in _paragraph_lines(text, low, width, furniture):
        found += inside  # inside a paragraph, each is furniture
        found += _between(text, after, headers)
    return [(start - (2 if text[start - 2 : start] == "\r\n" else 1), end) for start, end in found]


def _between(text: str, lines: list[tuple[int, int]], headers: set[str]) -> list[tuple[int, int]]:
    """The furniture among the lines between two paragraphs: page numbers, and a running header
    right after one (another line said again is a line: a heading said twice; and so is a
    heading in capitals after no page number)."""
    found: list[tuple[int, int]] = []
    number = False
    for start, end in lines:
        number = _PAGE_NUMBER.fullmatch(text, start, end) is not None or (
            number and _header_like(text[start:end].strip(), headers, after_number=True)
        )
        if number:
            found.append((start, end))
    return found


def _header_like(line: str, headers: set[str], *, after_number: bool) -> bool:
    """A running header: a line said twice, or, right after a page number, a short line in
    capitals ("KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025"), but not a numbered or lettered heading ("III.
    TẦM NHÌN ĐẾN NĂM 2030", "A. CHÍNH QUYỀN SỐ")."""
    if line in headers:
        return True
    if not after_number or not line.isupper() or len(line) > _HEADER_LENGTH:
        return False
    folded = fold_aligned(line)
    return _NUMBERED.match(folded) is None and _BULLET.match(folded) is None


#: "III. …", "2.1. …", "A. …", "b) …": a heading's number or letter.
_NUMBERED = re.compile(r"\s*(?:[ivxlc]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s")


#: A page number ("12", "- 12 -", "Trang 12", "12/40").
_PAGE_NUMBER = re.compile(
    r"\s*(?:-\s*)?(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?\s*", re.IGNORECASE
)
#: A running header: a short line said twice or more.
_HEADER_REPEATS = 2
_HEADER_LENGTH = 100


def _running_headers(text: str) -> set[str]:
    """The short lines said twice or more, but not list items nor lines with a share."""
    said = Counter(line.group().strip() for line in _LINE.finditer(text))
    return {
        line for line, times in said.items()
        if times >= _HEADER_REPEATS and 0 < len(line) <= _HEADER_LENGTH and "%" not in line
        and not _BULLET.match(fold_aligned(line))
    }  # fmt: skip


def _wrap_width(text: str) -> int:
    """The width ``text`` looks wrapped at (its longest line), or 0 when it does not look wrapped:
    fewer than four lines, all short (a list), some longer than a page's (a web page's
    paragraphs), or few near the longest (a table copied one cell per line)."""
    widths = [len(line.group().rstrip()) for line in _LINE.finditer(text)]
    longest = max(widths, default=0)
    if len(widths) < _WRAPPED_LINES or not _COLUMN <= longest <= _PAGE_WIDTH:
        return 0
    full = sum(width >= _FULL * longest for width in widths)
    return longest if full * _FULL_SHARE >= len(widths) else 0  # not a table's short cells


_WRAPPED_LINES = 4
#: Pages wrap between about 40 and 140 characters; shorter lines are a list's, longer ones a web
#: page's paragraphs.
_COLUMN = 40
_PAGE_WIDTH = 140
#: In a wrapped text, at least one line in three runs nearly to the width.
_FULL = 0.7
_FULL_SHARE = 3
#: Proportional fonts wrap at about, not exactly, one number of characters.
_WIDTH_SLACK = 0.85


def _continues(
    text: str, low: str, previous: tuple[int, int], line: tuple[int, int], *, physical: int,
    width: int, opening: int,
) -> bool:  # fmt: skip
    """Whether ``line`` continues the (logical) line ``previous``, whose last physical line
    starts at ``physical``; ``width`` is the width the text is wrapped at (or 0), ``opening``
    where the text's first word starts."""
    start, end = line
    # the last physical line only: a line with a bar or a tab, or in capitals, is never joined
    # to, so what these checks find in it they would find in the whole line (and reading only
    # it keeps a long wrapped paragraph linear)
    before = text[physical : previous[1]].rstrip()
    body = text[start:end].lstrip()
    if not before or not body:
        return False
    word = len(body.split(maxsplit=1)[0])
    wrapped = (
        width > 0
        and len(before) + 1 + word > _WIDTH_SLACK * width
        and not _BLANK.search(text, previous[1], start)  # a blank line ends a paragraph
    )
    if before[-1] in ".;:!?…" and not wrapped:
        return False
    if before.isupper() or "|" in before or "|" in body or "\t" in text[physical:end]:
        return False
    if (before[-1].isdigit() or before[-1] == "%") and _OPENER.match(low, end - len(body), end):
        return False  # "… đạt 80%" then "tỷ lệ B đạt 90%": one item per line
    if (
        (before[-1].isdigit() and (body[0] == "%" or (wrapped and _RANGE_REST.match(body))))
        or (body[0].isdigit() and _NEEDS_NUMBER.search(low, physical, previous[1]))
        or (
            body[0].isdigit()
            and (
                _DANGLING.search(low, physical, previous[1])
                or _NEEDS_VALUE.search(low, physical, previous[1])
            )
            and not _BULLET.match(low, start, end)
        )
    ):
        # "… đạt 70" then "– 75%": a range the wrap cut, no bullet; "… sinh con thứ 3 trở lên:
        # 0,1" then "% so với năm 2022": the number's unit; "… phấn đấu đến hết năm" then "2025,
        # toàn bộ …": the year the wrap cut off; "… hỗ trợ đào tạo cho" then "3.000 nhà giáo …",
        # "… đạt 90% và giảm" then "50% số cặp …": the value a preposition or a verb needs
        return True
    if _BULLET.match(low, start, end) is not None:
        return False
    if body[0].islower():
        return True
    if (
        previous[0] <= opening
        and physical == previous[0]
        and body[0].isupper()
        and not (wrapped and "," in before and _ACRONYM.match(body))
    ):
        # the first line of a text, with no end of sentence, before a capital: a headline (not
        # a full line of a sentence before an acronym: "…, tốc độ tăng" then "GRDP bình quân …")
        return False
    # "Tỷ lệ …", "Chỉ số …" after a full line: a new item as often as a wrapped one; a news
    # page's credit ("(QNO) - Ngày …", "(stttt.binhthuan.gov.vn) Ngày …") opens its lead
    opening = end - len(body)
    if wrapped and _DANGLING.search(low, physical, previous[1]):
        return True  # "… nằm trong" then "Chỉ số Đổi mới sáng tạo …": the words run on
    return wrapped and not _OPENER.match(low, opening, end) and not _CREDIT.match(low, opening, end)


def clauses(
    text: str,
    low: str,
    value_starts: Sequence[int],
    joined: Iterable[tuple[int, int]] | None = None,
) -> Iterator[Clause]:
    """The clauses of ``text`` in order (``low`` is its folded copy, ``value_starts`` sorted,
    ``joined`` its lines as :func:`lines` joins them, when they are known).

    >>> from ._fold import fold_aligned
    >>> text = "Về kinh tế số:\\n- Tỷ lệ A đạt 80%; tỷ lệ B (tối thiểu 50% C) đạt 9%. Câu khác"
    >>> [(text[c.start:c.end], c.heading) for c in clauses(text, fold_aligned(text), [29, 56, 67])]
    [('Về kinh tế số:', True), ('Tỷ lệ A đạt 80%', False), ('tỷ lệ B', False), ('tối thiểu 50% C', False), ('đạt 9%.', False), ('Câu khác', False)]

    Only the first clause of a sentence opens it, not the brackets after it:

    >>> text = "Tỷ lệ A đạt 7% (năm 2030 đạt 8%). Câu khác"
    >>> [(text[c.start:c.end], c.sentence_start) for c in clauses(text, fold_aligned(text), [12, 29])]
    [('Tỷ lệ A đạt 7%', True), ('năm 2030 đạt 8%', False), ('.', False), ('Câu khác', True)]
    """
    for start, end in lines(text, low) if joined is None else joined:
        bullet = _BULLET.match(low, start, end)
        body = bullet.end() if bullet else start
        heading = _is_heading(text, low, start, end, value_starts)
        first = True
        for s_start, s_end in _sentences(text, body, end):
            inner = _ENUMERATOR.match(low, s_start, s_end) if s_start > body else None
            parts = _semicolons(low, inner.end() if inner else s_start, s_end)
            for index, (c_start, c_end) in enumerate(parts):
                opening = index == 0
                for p_start, p_end in _parentheses(text, c_start, c_end, value_starts):
                    span = _trim(text, p_start, p_end)
                    if span is None:
                        continue
                    yield Clause(span[0], span[1], opening, heading, first, bullet is not None)
                    first = opening = False


def _is_heading(text: str, low: str, start: int, end: int, value_starts: Sequence[int]) -> bool:
    """A line ending with ":", opening with "Thứ nhất", a list item naming only a year or a period
    ("a) Năm 2025", "b) Giai đoạn 2026 - 2030"), or a short numbered or upper-case title without
    values and without a closing full stop ("2.1. Phát triển hạ tầng số", "II. MỤC TIÊU")."""
    stripped = text[start:end].strip()
    if (
        stripped.endswith(":")
        or _ORDINAL.match(low, start, end)
        or _PERIOD.fullmatch(low, start, end)
    ):
        return True
    if len(stripped) > 150 or stripped.endswith((".", ";", ",")):
        return False
    first = bisect.bisect_left(value_starts, start)
    if first < len(value_starts) and value_starts[first] < end:
        return False
    return bool(_SECTION.match(low, start, end)) or (stripped.isupper() and len(stripped) > 3)


_SEMICOLON_MARKS = re.compile(r"[();]")
#: A bare value ending right before a semicolon, and one opening right after it.
_VALUE_ENDS = re.compile(r"\d(?:[.,]\d+)?\s*%\s*\Z")
_VALUE_OPENS = re.compile(r"\s*\d+(?:[.,]\d+)?\s*%(?:\s*(?:[;,.]|va\b|\Z)|\s*\Z)")


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    begin = start
    for match in _STOP.finditer(text, start, end):
        cut = match.end()
        if match["glued"]:  # "80%Tỷ lệ", "sản phẩm.Xây dựng": a join lost its space
            if not (text[cut].isupper() and text[cut + 1 : cut + 2].islower()):
                continue  # not "30%GDP"
            if _ABBREVIATION.search(text, max(begin, cut - 8), cut - 1):
                continue  # "UBND TP.Cao Lãnh": a city's name after its abbreviation
        else:
            following = text[cut : cut + 4].lstrip()[:1]
            if following and not (
                following.isupper() or following.isdigit() or following in '"“-+•('
            ):
                continue
            if match["stop"] == "." and _ABBREVIATION.search(text, max(begin, cut - 8), cut - 1):
                continue
        yield begin, cut
        begin = cut
    if begin < end:
        yield begin, end


def _semicolons(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at semicolons outside brackets; only brackets and semicolons are visited. A
    semicolon between two bare values ("lần lượt đạt 80%; 60% và 40%") joins one list."""
    parts: list[tuple[int, int]] = []
    begin = start
    depth = 0
    for match in _SEMICOLON_MARKS.finditer(low, start, end):
        char = match.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and not (
            _VALUE_ENDS.search(low, max(begin, match.start() - 12), match.start())
            and _VALUE_OPENS.match(low, match.end(), end)
        ):
            parts.append((begin, match.start()))
            begin = match.end()
    parts.append((begin, end))
    return parts


def _parentheses(
    text: str, start: int, end: int, value_starts: Sequence[int]
) -> Iterator[tuple[int, int]]:
    begin = start
    pos = text.find("(", start, end)
    while pos != -1:
        close = text.find(")", pos, end)
        if close == -1:
            break
        first = bisect.bisect_left(value_starts, pos)
        if first < len(value_starts) and value_starts[first] < close:
            yield begin, pos
            yield from _semicolons(text, pos + 1, close)  # "(A đạt 20%; B đạt 10%)": two
            begin = close + 1
        pos = text.find("(", close, end)
    yield begin, end


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
