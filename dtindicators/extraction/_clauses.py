"""Reading one clause: where each value's words begin and end, its quote, and whether it is a target.

A clause may hold several values; the words between two of them split at a separator (comma,
"và", "trong đó:"); :mod:`._grouping` decides what each value is about. A value is not a target
when it is a past result ("đã đạt", "hiện nay", a year before the plan's), the baseline of "tăng
từ 8% lên 15%" or the upper end of a range.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..models import Level
from ._fold import BULLETS
from ._grouping import Subject, SubjectReader, Work, subject_of
from ._matching import Matcher
from ._source import SourceText, after_last
from ._subjects import clean, find_level, find_levels, without_level, without_levels
from ._values import Mention, Reading, per_head, read_comparator, year_opens
from ._years import (
    AS_OF,
    YearPhrase,
    as_of,
    committee_term,
    is_base,
    is_vision,
    months_gone,
    opens,
)

__all__ = ["ClauseReader", "Subject", "ValueDraft", "subject_of"]

#: What a quote does not open with: punctuation and bullets.
_LEADING = ",.;:-+*•" + BULLETS
#: "trong đó" (of which), not "trong độ tuổi" (of an age) nor "trong đô thị" (in towns).
_SEP = re.compile(r"\s*(?:\btrong do\b(?! tuoi| thi)\s*:?|,|:|\bva\b|\bcung nhu\b)\s*")
_STARTER = re.compile(
    r"(?:ty le|ty trong|so luong|nang suat|ha tang|toc do|chi so|gia tri|doanh thu"
    r"|cap (?:tinh|huyen|xa|bo)\b|phan dau|muc tieu)\b"
)
#: "… với tầm nhìn vào Top 20": what follows is said of the vision.
_OF_VISION = re.compile(r"\btam nhin\b")
#: Why a share of a target achieved is skipped: a result of that value alone, which says nothing
#: of the values after it ("1. Đạt trên 90% chỉ tiêu tuyển sinh …" over "2. … ít nhất 50% …").
OF_TARGET = "a share of a target or plan achieved (“đạt 76,5% mục tiêu”), a result"
#: "Trong 2 tháng đầu năm 2025, chỉ số này thực hiện đạt 1,96%": the first months of a year are
#: gone by, and what they reached a result; their year still dates the goals after them.
MONTHS_GONE = "stated for the first months of a year, gone by: a result, not a target"
#: "100% Đại biểu HĐND quận (đã xem xét, thảo luận và) biểu quyết thông qua …": a vote.
_VOTE = re.compile(r"\s*(?:so |cac )?dai bieu\b[^.;]{0,80}?\b(?:bieu quyet|tan thanh)\b")
#: "… đạt 50% (kế hoạch là 48,5%)": the plan's figure for a value just reported, bracketed
#: after it, a past goal
_PLAN_BESIDE = re.compile(r"\d\s*%?\s*\(\s*(?:ke hoach|chi tieu)(?: (?:la|de ra|giao))?\s*\Z")
#: ", tầm nhìn ", " và định hướng ": all that stands between a goals' year and a vision's.
_VISION_BETWEEN = re.compile(r"[\s,;]*(?:va\s+)?(?:voi\s+)?(?:tam nhin|dinh huong)\s*")
#: "…, trong đó xác định mục tiêu …": the goals of the plan just named.
#: (and a plan whose figures follow: "Theo Quy hoạch … đến năm 2030, tầm nhìn đến năm 2050, tỷ
#: lệ … đạt 3-4%")
_PLAN_GOALS = re.compile(
    r"\b(?:muc tieu|chi tieu|theo (?:quy hoach|ke hoach|de an|chuong trinh))\b"
)
#: "… tăng 7,7% so với cùng kỳ năm ngoái", "… (tương ứng 22,4 thuê bao/100 dân), tăng 6,3% so
#: với cùng kỳ": a figure of now beside the same period a year before (not a bound of a goal,
#: "tăng 4% trở lên so với cùng kỳ").
LAST_YEARS_PERIOD = re.compile(
    r"(?:(?!\b(?:tro len|toi thieu|it nhat)\b)[^;:.\n]){0,60}?"
    r"\bso voi cung ky nam (?:ngoai|truoc)\b"
)
#: "… tăng gần 13%, vượt kế hoạch đề ra": a result that went past its plan.
_BEATEN = re.compile(r"\s*,?\s*(?:va\s+)?(?:da\s+)?vuot (?:xa )?(?:ke hoach|chi tieu|muc tieu)\b")
#: "… 11 sản phẩm 4 sao và 172 sản phẩm 3 sao (vượt chỉ tiêu 2,9 lần …)", "đạt 95,2% (đạt chỉ
#: tiêu theo kế hoạch)": values a bracket says reached or went past their goal, results
_BEATEN_BRACKET = re.compile(
    r"[^.;:()\n]{0,80}\(\s*(?:da\s+)?(?:vuot|dat) (?:ke hoach|chi tieu|muc tieu)\b"
    # "tỷ lệ giải quyết tin báo đạt 98,94% (vượt 8,94%)": by how much it went past its goal
    r"|\s*\(\s*(?:da\s+)?vuot\s+\d"
)
#: "(vượt 8,94%)" after a result: the margin by which it went past its goal, no target.
_MARGIN = re.compile(r"\(\s*(?:da\s+)?vuot\s*\Z")
_SUFFIX = re.compile(r"(?:\s*(?:grdp|gdp|cua tinh|cua thanh pho|cua ca nuoc|ca nuoc)\b)*\s*")
#: "bình quân", "hằng năm": an average or a yearly rate (not "bình quân đầu người", per head).
_ANNUAL = re.compile(r"\b(?:hang nam|moi nam|binh quan(?! (?:dau|mot) nguoi)|trung binh)\b")
#: "tốc độ tăng …": the words of a growth rate.
_GROWTH = re.compile(r"\btoc do tang\b")
#: "tăng trưởng kinh tế", "tốc độ tăng …": a growth rate, not the share of growth something
#: contributes ("đóng góp của TFP vào tăng trưởng").
_GROWTH_RATE = re.compile(r"(?<!vao )\b(?:tang truong|toc do tang)\b")
#: The growth of an economy's or a sector's output ("tăng trưởng kinh tế", "tốc độ tăng GRDP",
#: "tốc độ tăng trưởng toàn ngành", "tốc độ tăng giá trị sản xuất"; "GRDP tăng" with the verb
#: among the comparator's words), and credit growth ("Tăng trưởng tín dụng đạt trên 8%"), which
#: are measured each year.
_ECONOMY_GROWTH = re.compile(
    # "phấn đấu tăng GDP năm 2025 đạt 8% trở lên": the verb before the output
    r"\btang \(?(?:grdp|gdp)\)?(?!\s*(?:binh quan )?dau nguoi)\b"
    # "tốc độ tăng giá trị công nghiệp chế biến nông sản đạt trên 8,0%", "tốc độ tăng đàn duy
    # trì từ 3 - 5%": a rate of rise, whatever rises
    r"|\btoc do tang\b(?! truong)"
    # "tăng trưởng quý IV từ 7,5-8%": the economy's growth in a quarter
    r"|\btang truong (?:(?:kinh te|gdp|grdp) )?quy\b"
    r"|\b(?:tang truong|toc do tang)\s+(?:\(?(?:grdp|gdp)\)?|kinh te\b(?! so)|tong san pham|tin dung"
    r"|(?:gia tri )?tong san pham|tong gia tri san pham|gia tri san xuat|san luong|(?:toan )?nganh\b"
    # "tốc độ tăng trưởng nông - lâm nghiệp và thủy sản đạt 3,7-3,8%": a sector's
    r"|(?:khu vuc )?(?:nong\s*[-,]?\s*lam|nong nghiep|lam nghiep|thuy san|cong nghiep|dich vu)\b)"
)
#: Output: of the economy, or a sector's ("giá trị gia tăng khu vực dịch vụ tăng khoảng 11,5%,
#: khu vực công nghiệp - xây dựng tăng khoảng 12,5%", "IIP tăng trên 15%").
_OUTPUT = re.compile(
    r"\b(?:grdp|gdp|tong san pham|tong gia tri san pham|gia tri gia tang"
    r"|khu vuc (?:cong nghiep|dich vu|nong nghiep|nong, lam)|iip|chi so san xuat cong nghiep)\b"
)
#: Flows a year's plan sets a rise of ("kim ngạch xuất khẩu tăng 12%", "khách quốc tế 2,3 - 2,5
#: triệu lượt tăng gần 20%" in a plan for 2026, "Năm 2024, … doanh thu tăng 7,2%"), and the
#: balances of a business plan ("Tổng tài sản dự kiến tăng hơn 28%", "Dư nợ tín dụng tăng khoảng
#: 35%", "Tổng huy động vốn tăng trên 27%"): over the year before; in a plan for a period ("đến
#: năm 2030, thu ngân sách sẽ tăng 50%"), a rise over the whole period.
FLOW = re.compile(
    r"\b(?:kim ngach|doanh thu|loi nhuan|san luong|tong thu|thu ngan sach|thu noi dia"
    r"|gia tri san xuat|gia tri tang them|tong muc ban le|von dau tu|luong khach|luot khach|nang suat"
    r"|khach (?:du lich|quoc te|noi dia)|tong tai san|du no|huy dong von|von huy dong|tien gui"
    r"|von chu so huu|xuat khau(?: hang hoa)?)\b(?! (?:lao dong|tai cho)\b)"
)
#: "giảm 5% các vụ phạm tội", "giảm 5% cả 3 tiêu chí về số vụ, …", "số vụ tai nạn giảm 5%":
#: events counted over a year, which fall or rise like a flow.
_EVENTS_AFTER = re.compile(r"\s*(?:ca \d+ tieu chi ve\s+)?(?:cac |so )?vu\b")
_EVENTS = re.compile(r"\bso vu\b")
#: "tăng trưởng 15% về doanh thu": the flow a growth right before the value is of.
_FLOW_AFTER = re.compile(r"\s*ve\s+(?:" + FLOW.pattern + r")")
#: "mục tiêu tăng trưởng 15% trong năm 2026", "với mục tiêu bứt phá tăng trưởng trên 10,71%":
#: growth of nothing named, after words of a goal only: the economy's; "GDP" alone before a
#: percentage is its growth too.
_BARE_GROWTH = re.compile(
    r"(?:[\s,.:;\-\"“”]|\b(?:voi|muc tieu|but pha|phan dau|dat|de ra|dat ra|huong toi|nham|se"
    r"|tinh|thanh pho|phuong|xa|muc)\b)*\b(?:tang truong|toc do tang truong"
    # "Phấn đấu GDP từ 10% trở lên": the output alone, which is no share of anything
    r"|\(?(?:grdp|gdp)\)?(?=(?:\s+(?:dat|du kien|tu|tren|khoang))*\s*\Z))"
    r"(?:\s+(?:du bao|du kien|se))?\s*"
)
#: The growth rate, or the growth or output of a goal, right before the value whatever precedes it
#: ("Mục tiêu xuyên suốt là đảm bảo tốc độ tăng trưởng đề ra 12%", "Hòa Bình đặt mục tiêu GRDP đạt
#: trên 10%", "Hải Phòng đặt mục tiêu tăng trưởng năm 2024 ở mức 11,5-12%", "giữ tăng trưởng hơn
#: 8,4%", "thúc đẩy tăng trưởng 8% trở lên", "phải đạt tăng trưởng khoảng 9%", "Hà Nội hướng tới
#: tăng trưởng trên 11%"): the economy's.
_GROWTH_BEFORE = re.compile(
    r"\b(?:toc do tang truong|(?:muc tieu|phan dau|giu|duy tri|thuc day|dat|huong toi)\s+"
    r"(?:tang truong|\(?(?:grdp|gdp)\)?))"
    r"(?:\s+(?:de ra|dat ra|du bao|du kien|dat|o muc|dau nam))*\s*\Z"
    # "… thì tăng trưởng của TP.HCM trong quý 1 sẽ ở mức 9,19 – 10,28%", "mức tăng trưởng của
    # TP.HCM sẽ đạt 12,12 – 13%": a place's growth in a scenario
    r"|\b(?:thi|muc)\s+tang truong(?:\s+cua\s+[^\d,;:%()]{1,30}?)?"
    r"(?:\s+trong\s+(?:quy|nua)\s+[^\d,;:%()]{0,12}?\d?)?"
    r"(?:\s+(?:se|du kien))*(?:\s+(?:dat|o))?(?:\s+muc)?\s*\Z"
)
#: A sector or an enterprise, then its growth right before the value.
_BODY_GROWTH = re.compile(
    r"\b(?:nganh|tong cong ty|tap doan|cong ty)\b[^,;:%]{0,80}?\b(?:toc do )?tang truong"
    r"(?:\s+(?:du bao|du kien))?\s*\Z"
    # "tổng tài sản tăng trưởng khoảng 30–35%": the growth of a flow or a balance
    r"|(?:" + FLOW.pattern + r")(?:\s+[^\W\d_]+){0,3}?\s+tang truong(?:\s+(?:du bao|du kien))?\s*\Z"
)
#: Words of a share rather than a rate: "tỷ trọng … tăng lên 20% GRDP", "đóng góp vào tăng
#: trưởng"; and a value that is a share of output, "… 20% GRDP".
SHARE_WORDS = re.compile(r"\b(?:ty trong|ty le|chiem|dong gop)\b")
#: Nothing but a comma or "và" between two values: the second one's subject is the first's.
_NEXT_VALUE = re.compile(r"[\s,;]*(?:va\s*)?")
#: Nothing a share would be of right after a value: its end, or a qualifier ("đối với …").
_NO_OBJECT = re.compile(r"\s*(?:[.,;:)\n]|$|(?:doi voi|rieng|o|tai|trong)\b)")
#: "Tăng trưởng GRDP đạt 7,5%. Trong đó, nông, lâm nghiệp, thuỷ sản tăng 4,50%; công nghiệp và
#: xây dựng tăng 12,90%; dịch vụ tăng 8,00%", "… (công nghiệp và xây dựng tăng 6,5%; …)": a sector
#: of the economy named alone, right before its rise, the sector's growth.
_SECTOR_ALONE = re.compile(
    r"(?:^|[;:.,(\n]\s*|\btrong do,?\s*)(?:phan dau\s+)?(?:(?:khu|linh) vuc\s+|nganh\s+)?"
    r"(?:nong,? lam nghiep(?:,? (?:va )?thuy san)?"
    # "lĩnh vực nông - lâm - thủy sản dự kiến tăng 2,13%"
    r"|nong\s*-\s*lam(?: nghiep)?\s*-\s*thuy san"
    r"|nong nghiep(?:,? (?:va )?thuy san)?|cong nghiep\s*(?:-|va)\s*xay dung"
    r"|(?:thuong mai\s*[-,]?\s*)?dich vu"
    # "khu vực I tăng 3,38%, khu vực II tăng 14,39%": the three sectors by number
    r"|(?<=vuc )(?:i{1,3})\b"
    r"|thue(?: san pham)?(?: tru tro cap)?(?: san pham)?)"
    # "khu vực nông, lâm nghiệp và thủy sản dự kiến tăng trưởng từ 3,58 - 3,84%": its growth
    r"(?:(?P<grows>(?:\s+du kien)?\s+tang truong)|\s+du kien)?\s*\Z"
)
_SECTOR_REACH = 80
_OF_OUTPUT = re.compile(r"\s*(?:\(?\s*)?(?:grdp|gdp)\b")
#: "còn", "xuống": a fall to a value, a level rather than a rate.
_DOWN_TO = re.compile(r"\b(?:con|xuong)\b")
#: "Đến năm 2030, kinh tế số chiếm khoảng 30% GRDP và tỉnh … trở thành thành phố trực thuộc trung
#: ương vào năm 2037", "Năm 2025, … đạt 8% trở lên, tạo tiền đề thực hiện kế hoạch … giai đoạn
#: 2026 - 2030": after "và" or a comma, words enough for a clause of their own before a year
#: phrase; where a year before the value dates it, the later year is that clause's.
_OTHER_CLAUSE = re.compile(r"(?:\bva|,)(?:\s+(?:[^\W\d_]+|-)){4,}\s*\Z")
#: "… duy trì giảm ở mức dưới 2% và đạt chuẩn nông thôn mới nâng cao vào năm 2022": after "và", an
#: act of its own, with no value, before a year phrase: the year is that act's.
_OTHER_ACT = re.compile(
    r"\bva\s+(?:dat|hoan thanh|tro thanh|xay dung|phan dau|thuc hien|duy tri|giu vung)"
    r"(?:\s+[^\W\d_]+){2,}\s*\Z"
)
#: "được chứng nhận", "được công nhận", "phân hạng" right before a year phrase: the year names
#: when the things counted were rated.
_CERTIFIED = re.compile(r"\b(?:chung nhan|cong nhan|phan hang|xep hang)(?:\s+(?:vao|trong))?\s*\Z")
#: "… đã đạt …" between a value and a year phrase: the year is that of what was done.
_DONE_BEFORE = re.compile(r"\bđã\b")
#: A comma or semicolon and nothing but spaces before a year phrase: a part of its own opens.
_OPENS_PART = re.compile(r"(?:[,;]|\bva)\s*\Z")
#: The end of a sentence, and how far back its year is looked for.
_SENTENCE_END = re.compile(r"(?<!\d)\.(?!\d)|[!?…\n]")
_SENTENCE_REACH = 400
#: Punctuation that ends a clause ("… đạt trên 50%... đến năm 2030, …"): a year after it is not
#: the value's.
_STOPS = re.compile(r"(?<!\d)\.|\.(?!\d)|[;:!?…]")
#: "tốc độ tăng trưởng GRDP bình quân hằng năm thời kỳ 2021 - 2030 đạt …": a growth rate said
#: to be each year's.
_YEARLY_GROWTH = re.compile(r"\btoc do tang\b.*\b(?:hang|moi) nam\b", re.DOTALL)
#: Words of a result: "đạt được", "hiện" (now: "hiện có 80%"; not "hiện đại", modern, "hiện
#: hành", in force, nor "hiện thực hóa", to realise), "đến nay", "lũy kế", …
PAST_WORDS = re.compile(
    r"\b(?:dat duoc|(?<!thuc )(?<!phat )hien(?! dai\b| hanh\b| thuc\b| mau\b| phap\b| chuong\b)|den nay|luy ke|thoi gian qua|nam qua"
    r"|vua qua|cung ky|truoc do(?=,)|theo (?:thong ke|khao sat|so lieu|ket qua|danh gia|bao cao|thong tin)"
    r"|uoc (?:dat|chiem|tinh|thuc hien|khoang))\b"
)
#: "ước đạt", "ước khoảng": an estimate, which is a target's where a deadline governs.
ESTIMATE = re.compile(r"\buoc (?:dat|chiem|khoang)\b")
#: "đã đạt 80%", "ước chiếm 15%", "chỉ đạt 38%", "mới đạt 62%": a result, or an estimate of one;
#: not the noun "chứng chỉ" (a certificate: "có bằng cấp, chứng chỉ 48%") nor the adjective "mới"
#: (new: "xã đạt chuẩn nông thôn mới tối thiểu 80%", "doanh nghiệp mới", "việc làm mới", "hình
#: thành mới tối thiểu 30 doanh nghiệp", "thành lập mới", "xây dựng mới", "công nhận mới ít nhất
#: 30 sản phẩm", "phát triển mới tối thiểu 10 tổ chức", "đăng ký mới", "theo tiêu chí mới", "kết
#: nạp mới từ 25 đảng viên", "trồng mới", "đầu tư mới", "bổ sung mới ít nhất 10%"; not "đào tạo"
#: nor a level, "cấp xã mới đạt 40%").
_NEW_AFTER = (
    "thôn", "nghiệp", "thành", "lập", "dựng", "nhận", "triển", "ký", "làm", "chí", "chuẩn", "nạp",
    "trồng", "tư", "sung",
)  # fmt: skip
_DONE = re.compile(
    r"(?<!\w)(?:đã|ước(?: tính)?|(?<!chứng )chỉ|"
    + "".join(f"(?<!{word} )" for word in _NEW_AFTER)
    + r"mới|vẫn)\s*\Z"
)
#: "tỷ lệ này chỉ đạt 45,8%, trong khi mục tiêu đề ra là 50%", "chỉ thành lập được 170 doanh
#: nghiệp": a value only or already reached is a result, whatever target words its clause holds.
_ONLY_REACHED = re.compile(
    r"(?<!\w)(?:đã|(?<!chứng )chỉ)\s+(?:"
    r"đạt(?:\s+được)?(?:\s+(?:lần lượt|tương ứng)(?:\s+là)?)?"
    # "cả tỉnh chỉ thành lập được 170 doanh nghiệp", "đã kết nạp được 45 đảng viên": what was
    # managed, one or two words of a deed before "được"
    r"|(?!đạt\b)[^\W\d_]+(?:\s+[^\W\d_]+)?\s+được"
    r")\s*\Z"
)
#: "mục tiêu" as a goal set, not the goal of "đã hoàn thành mục tiêu cấp điện …", one met.
GOAL_SET = r"(?<!hoan thanh )(?<!hoan thanh cac )muc tieu"
_TARGET = re.compile(
    rf"\b(?:phan dau|{GOAL_SET}|chi tieu|de ra|dat ra"
    r"|(?<!dinh )huong (?:toi|den)|se|can|phai|ke hoach|duy tri|giu vung)\b"
)
_RISE = re.compile(r"\b(?:tang|giam)\b")
#: A rise or a fall (not "tăng trưởng" that something contributes to), and the words that say
#: it is each year's: "Tỷ lệ hộ nghèo giảm bình quân/năm", "Tỷ lệ tăng dân số tự nhiên hàng năm".
#: (not the "gia tăng" of "giá trị gia tăng", value added)
_YEARLY_RISE = re.compile(r"(?<!vao )(?<!gia tri gia )\b(?:tang(?! truong)|giam|cao hon)\b")
#: "hằng năm", "/năm", "so năm trước" (over the year before): each year's.
_EACH_YEAR = re.compile(
    # not how often a thing is done ("khám sức khỏe định kỳ ít nhất 1 lần/năm")
    # nor the yearly mean a change is measured against ("so với trung bình hàng năm giai đoạn
    # 2011 - 2016")
    r"\b(?<!so voi trung binh )(?:hang nam|moi nam|so (?:voi )?nam truoc)\b"
    r"|(?<!lan)(?<!lan )/\s*nam\b"
)
#: "Tỷ lệ hộ nghèo giảm 0,41%", "tỷ lệ người dân … tăng thêm 10%", "giảm tỷ lệ hộ nghèo 0,58%",
#: "giảm tỷ suất sinh thô 0,2%": a share or a rate that rises or falls by a value (not to it:
#: "giảm xuống", "tăng lên", "còn"), a change in percentage points.
_SHARE_CHANGE = re.compile(
    r"\bt[yi] (?:le|suat)\b[^,;:()]*?\b(?<!\bgia tri gia )(?:tang|giam)(?: them)?"
    # "tỷ lệ hộ nghèo giảm đạt trên 4,2%": the fall reaches the value ("tỷ lệ sản phẩm giá trị
    # gia tăng đạt 60-70%" names added value, no rise)
    r"(?:\s+(?:tu|it nhat|toi thieu|tren|hon|khoang|binh quan|dat))*\s*\Z"
    # "giảm tỷ lệ hộ nghèo 0,58%": the verb first, no word of a level between ("giảm tỷ lệ …
    # xuống còn 2%")
    r"|\b(?:tang|giam)(?: them)? t[yi] (?:le|suat)\b"
    r"(?:(?!\b(?:xuong|con|duoi|len|den|toi|dat|muc|la|bang|tu)\b)[^,;:()])*\Z"
    # "giảm nghèo trong vùng đồng bào Khmer 0,57%", "… giảm nghèo tại các vùng đồng bào dân tộc
    # thiểu số từ 2,5 đến 3%": the poverty rate's fall
    r"|\bgiam ngheo\b(?:(?!\b(?:xuong|con|duoi|len|den|toi|dat|muc|la|bang|tu)\b)[^,;:()])*"
    r"(?:\s+(?:tu|it nhat|toi thieu|tren|hon|khoang|binh quan))*\s*\Z"
)
#: "giảm tỷ lệ hộ nghèo từ 2 - 3,5%": the verb first, then "từ" before a range of the fall.
_SHARE_FALL_FROM = re.compile(r"\b(?:tang|giam)(?: them)? t[yi] (?:le|suat)\b[^,;:()]*?\btu\s*\Z")
#: "Giảm 3% tỷ lệ hộ nghèo", "giảm 2% tổng số hộ nghèo": the share a rise or fall is of (the poverty
#: rate, for poor households), right after the value.
_SHARE_NAMED_AFTER = re.compile(
    r"\s*(?:(?P<rate>t[yi] le)\b|(?:tong )?(?:so )?(?:ho|hoi vien) ngheo\b)"
)
#: The smallest fall "of the poor households" read as a fall of their number, not of their rate.
_POINTS_AT_MOST = 10
#: How far back the part of a clause before a value is looked for (a bound: one clause of
#: thousands of values is read in time proportional to it).
_PART_REACH = 200
#: "… số vụ phạm tội … so với thống kê năm 2019": a base year named after what a value counts.
_BASE_AFTER = re.compile(r"[^.;:()]{0,80}?\bso voi\b[^.;:()]{0,20}?\bnam \d{4}\b")
_OVER_BASE = re.compile(r"\s*(?:\)\s*)?so(?: voi)?\b")
#: "… tăng 23% so với dự toán (trung ương giao)": a rise over an estimate or a plan, not over
#: the year before.
OVER_ESTIMATE = re.compile(
    # "tăng 10% thu ngân sách so với dự toán được giao": the flow named between
    r"(?:\s+(?!so\b)[^\W\d_]+){0,4}?\s*so(?: voi)? (?:du toan|ke hoach|chi tieu)\b"
)
#: "… tăng 10% so với năm 2025", "so với 2025", "so với cùng kỳ", "so năm trước": a change over a
#: year.
_YEAR_ON_YEAR = re.compile(
    r"\s*(?:\)\s*)?(?:so voi|so)\s+(?:(?:nam\s+)?(?P<year>\d{4})\b|nam\b|cung ky\b"
    # "đến cuối năm 2026, tổng tài sản tăng 16% so với đầu năm": over the start of the year
    r"|dau nam\b(?!\s*\d)"
    # "tăng thu tối thiểu 10% so với ước thực hiện 2025": over the estimate of the year before;
    # "tăng hơn 87% so với kết quả thực hiện năm 2025": over its result
    r"|(?:muc )?(?:uoc |ket qua )?thuc hien(?: nam)? (?P<done>\d{4})\b|uoc (?:nam )?(?P<estimate>\d{4})\b"
    # "tăng 16% và 27% so với thực hiện năm ngoái": over last year's result
    r"|(?:uoc |ket qua )?thuc hien nam (?:ngoai|truoc)\b"
    # "tăng 25,5% so với dự toán năm 2025" in a plan for 2026: over the year before's estimate
    r"|du toan (?:nam )?(?P<budget>\d{4})\b)"
    # "giảm 0,51% trẻ em có hoàn cảnh đặc biệt so với năm 2021": after what the value counts
    r"|[^,;:.()%\d]{1,60}?\bso voi\s+(?:(?:nam\s+)?(?P<named>\d{4})\b|nam\b|cung ky\b)"
)
#: "tăng lần lượt 6% và 8% so với thực hiện năm 2024": the values after one listed with it, which
#: share its comparison, and the rise the values after the first share.
_A_PERCENT = r"\d+(?:[.,]\d+)?\s*%"
_AND_NEXT = r"\s*(?:,|va)\s*"
_LISTED_AFTER = re.compile(rf"(?:{_AND_NEXT}{_A_PERCENT})*")
_RISES_LISTED = re.compile(
    rf"\b(?:tang|giam)(?: lan luot)?\s*{_A_PERCENT}(?:{_AND_NEXT}{_A_PERCENT})*{_AND_NEXT}\Z"
)
#: "… đơn vị cấp tỉnh", "… UBND cấp huyện" right after a value: the holders of a level it counts.
#: A level named in the words before a value.
_NAMED_LEVEL = re.compile(r"\bcap (tinh|huyen|xa)\b(?! hoi\b)")
_HOLDER_LEVEL = re.compile(
    r"\s*(?:cac\s+)?(?:don vi|ubnd|uy ban nhan dan|co quan(?: nha nuoc)?|can bo(?:, cong chuc)?"
    r"|cong chuc)\s+cap\s+(tinh|huyen|xa|bo)\b"
)
#: The kinds of place of a level, listed as the holders of a value ("100% quận, huyện, thị xã và
#: 99,7% đơn vị cấp xã"): the districts' level, or the communes'.
_PLACES_OF_LEVEL = re.compile(
    r"\s*(?:cac\s+)?(?:(?P<huyen>(?:quan,\s*)?huyen,\s*thi xa\b)|(?P<xa>xa,\s*phuong\b))"
)
#: "đạt 76,5% mục tiêu", "bằng 95% kế hoạch năm": how much of a target was achieved.
#: (not "giải ngân đạt trên 90% kế hoạch vốn đầu tư công": the capital a disbursement is a share of)
_OF_TARGET = re.compile(r"\s+(?:so voi\s+)?(?:muc tieu|ke hoach(?! von\b)|chi tieu)\b")
#: "giải ngân …" before a share of a plan, and the words of a goal or a pledge before it.
_DISBURSED = re.compile(r"\bgiai ngan\b")
_DISBURSED_REACH = 80
_PLEDGE = re.compile(r"\b(?:phan dau|cam ket|muc tieu|chi tieu|yeu cau|de nghi)\b")
#: "tiếp nhận tối thiểu 20% chỉ tiêu số lượng máu …": a share of a quota set as a goal.
_AT_LEAST = re.compile(r"\b(?:toi thieu|it nhat)\b")
_BEYOND = re.compile(r"vuot\b")
_NTH = re.compile(r"(?:xep|dung)\s+(?:thu|hang)\b")
#: "nhằm": the purpose a value serves follows.
_PURPOSE = re.compile(r"\bnham\b")
#: "có" right before a value: what there will be, counted.
_HAS = re.compile(r"\bco\s+(?:(?:khoang|tren|hon|it nhat|toi thieu)\s+)?\Z")
#: How far before an item the colon opening its list is looked for, and the lead before that.
_LIST_REACH = 400
_LEADER = re.compile(r"\b(?:dan dau|dung dau)\b")
_MAX_QUOTE = 600
_BASELINE = ("baseline", "the starting value of a trajectory (a baseline), not a target")
_UPPER = ("range-upper-bound", "the upper end of a range; the target is its lower end")
_WHICH = (
    "qualifier",
    "a value that says which places or holders a target counts (“các xã có tỷ lệ hộ nghèo cao "
    "trên 25% giảm từ 4%”), not a target",
)
_PAST_RESULT = "past-result"
_TO_WORDS = {"lên", "đến", "tới", "tăng", "giảm", "xuống", "còn"}


@dataclass(frozen=True, slots=True)
class ValueDraft:
    """A value read in its clause: comparator, subjects, quote span and dating evidence.

    ``lead_year`` is a year phrase before the value in its own part of the clause; it governs
    later clauses too when it opens that part (``lead_opens``: "Đến năm 2030, …", "Mục tiêu còn
    đặt ra đến năm 2025, …"), and only the rest of its clause otherwise ("… năm 2025 đạt 80%").
    ``local_year`` is a year phrase after the value ("đạt 100% vào năm 2027"). ``skip`` is
    ``(reason, message)`` when the value is not a target (a past result, a baseline, …).
    ``base_year`` is the year a rise read as a rate per year is counted from ("tăng 50% so với
    năm 2020"): a deadline later than the year after it makes it a rise over that base.
    """

    mention: Mention
    reading: Reading
    wording: str | None
    subjects: tuple[Subject, ...]
    quote: tuple[int, int]
    lead_year: int | None
    lead_opens: bool
    local_year: int | None
    skip: tuple[str, str] | None
    base_year: int | None = None


class ClauseReader(SubjectReader):
    """Reads the values of clauses of one text.

    ``plain`` is the text's masked folded copy with year phrases blanked; ``years`` are the
    year phrases of the text in order (see :mod:`._years`); "so với năm 2023" is a comparison,
    neither a deadline nor a date of results, and is ignored. ``one_year`` says that the text
    names a plan for one year ("Kế hoạch … năm 2026") or dates all it says by one year;
    ``named_plan``, that it names such a plan.
    """

    def __init__(
        self,
        src: SourceText,
        plain: str,
        years: list[YearPhrase],
        matcher: Matcher,
        reference_year: int | None,
        *,
        one_year: bool = False,
        named_plan: bool = False,
    ) -> None:
        self.src = src
        self.plain = plain
        self.years = [y for y in years if not y.compared]
        self.matcher = matcher
        self.reference_year = reference_year
        self.one_year = one_year
        self.named_plan = named_plan
        self._year_starts = [y.start for y in self.years]

    # --- spans ----------------------------------------------------------------------------

    def _years_in(self, start: int, end: int) -> list[YearPhrase]:
        # the phrases that start in [start, end), found by bisection: no copy of the rest
        first = bisect.bisect_left(self._year_starts, start)
        last = bisect.bisect_left(self._year_starts, end, first)
        return [year for year in self.years[first:last] if year.end <= end]

    def _year_after(self, end: int) -> YearPhrase | None:
        """The year phrase that follows ``end`` after spaces only ("… 10% trong năm 2026"), if
        any: one binary search."""
        index = bisect.bisect_left(self._year_starts, end)
        if index == len(self.years):
            return None
        phrase = self.years[index]
        return None if self.plain[end : phrase.start].strip() else phrase

    def _through_year_after(self, end: int) -> int:
        """``end``, or the end of a year phrase that follows it after spaces only: the words after
        a value stop before a year phrase, which is blanked in ``plain`` ("… chiếm 20% GRDP vào
        năm 2030, trong đó …")."""
        phrase = self._year_after(end)
        if phrase is None or self.src.text[phrase.start].isupper():
            return end  # other words first, or a deadline opening a sentence ("… 80% Đến năm …")
        return phrase.end

    def _capital_deadline(self, start: int, end: int) -> int | None:
        """Where a deadline written with a capital ("Đến năm 2030") stands between two values
        with no punctuation before it: the start of a sentence whose full stop was lost."""
        for phrase in self._years_in(start, end):
            if phrase.until and self.src.text[phrase.start].isupper():
                return phrase.start
        return None

    def _has_objects(self, pos: int, limit: int) -> bool:
        suffix = _SUFFIX.match(self.plain, pos, limit)
        pos = suffix.end() if suffix else pos
        if pos >= limit:
            return False
        if self.plain.startswith(("so voi ", "so cung ky"), pos):
            return False  # "…: 0,1% so với năm 2022": the base of a change, nothing counted
        sep = _SEP.match(self.plain, pos, limit)
        return not (sep and sep.group().strip()) and self.plain[pos].isalpha()

    def _listed_on(self, start: int, reading: Reading, limit: int) -> bool:
        """Whether the words before a value (from ``start``) are only levels, and the words after
        it name a level of their own: those levels end the list of the value before."""
        words = self.plain[start : reading.start]
        if not find_levels(words) or clean(without_levels(words)):
            return False
        return find_level(self.plain[reading.after : limit]) is not None

    def _split(self, lo: int, hi: int, objects: bool) -> tuple[int, int]:
        seps = [m for m in _SEP.finditer(self.plain, lo, hi) if m.group().strip()]
        if not seps:
            return (hi, hi) if objects else (lo, lo)
        if not objects:
            return seps[0].span()
        colons = [sep for sep in seps if ":" in sep.group()]
        if colons:
            # "100% hồ sơ công việc tại cấp tỉnh, cấp huyện và cấp xã …: 90% hồ sơ công việc
            # tại cấp tỉnh, …": what comes after a colon is the next value's
            return colons[-1].span()
        for sep in seps:
            if _STARTER.match(self.plain, sep.end(), hi):
                return sep.span()
        within = [sep for sep in seps if "trong do" in sep.group()]
        # "99% dân số, trong đó vùng sâu, vùng xa đạt 95%": the part "trong đó" opens
        return (within or seps)[-1].span()

    def _colon_start(self, start: int, end: int, objects: bool) -> int:
        colon = self.plain.rfind(":", start, end)
        if colon == -1 or self.plain.count("(", start, colon) > self.plain.count(")", start, colon):
            return start
        if objects or clean(without_level(self.plain[colon + 1 : end])):
            return colon + 1
        return start

    # --- reading --------------------------------------------------------------------------

    def read(self, start: int, end: int, mentions: list[Mention]) -> list[ValueDraft]:
        """The drafts of the values ``mentions`` (in order) of the clause ``[start, end)``.

        >>> from dtindicators.extraction._values import find_values
        >>> from dtindicators.extraction._matching import default_matcher
        >>> src = SourceText.of("Hạ tầng cáp quang phủ 100% trường học, bệnh viện và trên 80% hộ gia đình")
        >>> reader = ClauseReader(src, src.masked, [], default_matcher(), None)
        >>> drafts = reader.read(0, len(src.text), find_values(src)[0])
        >>> [(d.mention.magnitude, [s.match.indicator for s in d.subjects]) for d in drafts]
        [(100.0, ['fibre-school-coverage', 'fibre-hospital-coverage']), (80.0, ['fibre-household-coverage'])]
        """
        work = self._layout(start, end, mentions)
        self.subjects_and_groups(work)
        groups: dict[int, tuple[Work, Work]] = {}
        for item in work:  # the first and last value of each group, found in one pass
            first = groups.get(item.group, (item, item))[0]
            groups[item.group] = (first, item)
        drafts = [self._draft(index, work, start, groups[w.group]) for index, w in enumerate(work)]
        drafts = self._first_of_levels(work, self._levelled_holders(work, drafts))
        for index, reason in self._pairs(work).items():
            told = drafts[index].skip
            drafts[index] = replace(drafts[index], skip=reason)
            if reason is _BASELINE and told is not None and told[0] == _PAST_RESULT:
                # "tỷ lệ tảo hôn đã giảm từ 21,2% năm 2015 xuống còn 13% năm 2021": a fall told
                # as done is done to its end too
                after = drafts[index + 1]
                drafts[index + 1] = after if after.skip is not None else replace(after, skip=told)
            lower = drafts[index - 1]
            if reason is _UPPER and lower.quote[1] < work[index].mention.end:
                # "… đảm nhận 60% đến 70% tổng lượng hàng hóa": the quote holds the whole range
                drafts[index - 1] = replace(lower, quote=(lower.quote[0], work[index].mention.end))
        for index in range(1, len(drafts)):
            # "Hiện tỉnh có 350 doanh nghiệp, chiếm 3% …": the result goes on
            previous, draft = drafts[index - 1], drafts[index]
            seg = self.src.masked[work[index].seg[0] : work[index].seg[1]]
            result = previous.skip is not None and previous.skip[0] == _PAST_RESULT
            if (
                result
                and draft.skip is None
                and draft.lead_year is None
                and not _TARGET.search(seg)
            ):
                drafts[index] = replace(draft, skip=previous.skip)
        return drafts

    def _layout(self, start: int, end: int, mentions: list[Mention]) -> list[Work]:
        readings: list[Reading] = []
        floor = start
        for mention in mentions:
            reading = read_comparator(self.src, mention, floor)
            readings.append(reading)
            floor = reading.after
        count = len(mentions)
        limits = [readings[i + 1].start if i + 1 < count else end for i in range(count)]
        objects = [self._has_objects(readings[i].after, limits[i]) for i in range(count)]
        seg_start, post_end = [start] * count, [end] * count
        for i in range(1, count):
            lo, hi = self._split(readings[i - 1].after, readings[i].start, objects[i - 1])
            if objects[i - 1] and self._listed_on(hi, readings[i], limits[i]):
                # "90% hồ sơ công việc cấp Trung ương, cấp tỉnh, 80% hồ sơ công việc cấp huyện":
                # a level between two values closes the list of the value before
                lo = hi + len(self.plain[hi : readings[i].start].rstrip(" ,;"))
                hi = readings[i].start
            opened = self._capital_deadline(readings[i - 1].after, readings[i].start)
            if opened is not None:
                lo = hi = opened  # "… đạt trên 80% Đến năm 2030 kinh tế số …": a new sentence
            post_end[i - 1], seg_start[i] = lo, hi
        seg_start[0] = self._colon_start(start, readings[0].start, objects[0])
        return [
            Work(mentions[i], readings[i], (seg_start[i], readings[i].start),
                  (readings[i].after, post_end[i]), objects[i])
            for i in range(count)
        ]  # fmt: skip

    def _pairs(self, work: list[Work]) -> dict[int, tuple[str, str]]:
        """Values that are not targets in "từ X% lên/đến Y%": the baseline of "tăng từ 8% lên
        15%" (8%), and the upper bound of a range "đạt từ 80% đến 90%", "chiếm 15% đến 20%" (90%,
        20%); and a bound that says which places the change after it counts ("các xã có tỷ lệ
        hộ nghèo cao trên 25% giảm từ 4%": 25%)."""
        found: dict[int, tuple[str, str]] = {}
        for index in range(1, len(work)):
            before, after = work[index - 1].reading, work[index].reading
            joined = work[index - 1].post[1] == work[index].seg[0]
            words = (before.wording or "").lower().split()
            onto = (after.wording or "").lower().split()[:1]
            if not (joined and onto and onto[0] in _TO_WORDS):
                continue
            if onto[0] in ("tăng", "giảm") and words[:1] in (["trên"], ["hơn"], ["dưới"]):
                found[index - 1] = _WHICH  # "các xã có tỷ lệ … trên 25% giảm từ 4%"
                continue
            if "từ" not in words and not _bare_range(work[index - 1], work[index], words, onto):
                continue
            fall_range = (
                "giảm" in words
                and onto[0] in ("đến", "tới")
                and work[index - 1].mention.magnitude < work[index].mention.magnitude
            )  # "kéo giảm từ 5% đến 7% tội phạm …": no fall from 5% to 7%, a range of the fall
            if not fall_range and (onto[0] not in ("đến", "tới") or {"tăng", "giảm"} & set(words)):
                found[index - 1] = _BASELINE
            else:
                found[index] = _UPPER
        return found

    def _levelled_holders(self, work: list[Work], drafts: list[ValueDraft]) -> list[ValueDraft]:
        """Values given level by level to the holders of each level ("100% đơn vị cấp tỉnh, 80%
        UBND cấp huyện thực hiện họp liên thông"; "100% quận, huyện, thị xã và 99,7% đơn vị cấp
        xã", the kinds of place of a level): each is that level's, though a level naming the
        holders of one value alone is no scope."""
        named: list[str | None] = []
        for item, draft in zip(work, drafts, strict=True):
            own = _HOLDER_LEVEL.match(self.plain, item.mention.end, item.post[1])
            places = _PLACES_OF_LEVEL.match(self.plain, item.mention.end, item.post[1])
            level = own.group(1) if own else places.lastgroup if places else None
            bare = all(subject.level is None for subject in draft.subjects)
            named.append(level if bare and draft.subjects else None)
        levels = [level for level in named if level is not None]
        if len(levels) < 2 or len(set(levels)) != len(levels):
            return drafts
        return [
            draft if level is None else replace(
                draft, subjects=tuple(replace(s, level=Level(level)) for s in draft.subjects)
            )
            for draft, level in zip(drafts, named, strict=True)
        ]  # fmt: skip

    def _first_of_levels(self, work: list[Work], drafts: list[ValueDraft]) -> list[ValueDraft]:
        """The first of values given level by level whose level stands in the words of its
        holders ("tỷ lệ số hóa hồ sơ … thủ tục hành chính cấp huyện đạt 50% trở lên, cấp xã 30%
        trở lên"): that level is its own too, when every later value has a level of its own
        and none is the same; a first value naming several levels keeps none."""
        if len(drafts) < 2 or any(s.level for s in drafts[0].subjects) or not drafts[0].subjects:
            return drafts
        later = [{s.level for s in d.subjects} for d in drafts[1:]]
        if not all(len(levels) == 1 and None not in levels for levels in later):
            return drafts
        named = _NAMED_LEVEL.findall(self.plain, work[0].seg[0], work[0].reading.start)
        if len(named) != 1 or (level := Level(named[0])) in set().union(*later):
            return drafts
        own = tuple(replace(s, level=level) for s in drafts[0].subjects)
        return [replace(drafts[0], subjects=own), *drafts[1:]]

    def _draft(
        self, index: int, work: list[Work], clause_start: int, ends: tuple[Work, Work]
    ) -> ValueDraft:
        item = work[index]
        first, last = ends
        mention, reading = item.mention, item.reading
        lead_from = clause_start if index == 0 else work[index - 1].post[1]
        if index:
            # "… trên 90% dân số có hồ sơ sức khoẻ điện tử, đến năm 2030, hơn 95% …": a year that
            # opens a part within the words after the value before leads this one
            before = work[index - 1].mention.end
            opened = [
                p for p in self._years_in(before, lead_from)
                if p.prep and _OPENS_PART.search(self.plain, before, p.start)
            ]  # fmt: skip
            lead_from = opened[0].start if opened else lead_from
        # not "Sau năm 2025, …" (after a year: no deadline)
        # nor the term of a council's sitting ("HĐND quận khóa III, nhiệm kỳ 2021-2026, 100% …")
        lead = [
            p for p in self._years_in(lead_from, reading.start)
            if p.prep != "sau" and not (p.term and committee_term(self.src.low, p))
        ]  # fmt: skip
        if len(lead) > 1 and (
            self._beyond_goals(lead[-1], reading.start)
            or self._vision_after(lead[-2], lead[-1], reading.start, lead_from)
        ):
            lead.pop()  # "… đến năm 2025, định hướng đến năm 2030, trong đó … mục tiêu …"
        opening = bool(lead) and not clean(self.plain[max(lead_from, item.seg[0]) : lead[-1].start])
        lead_year = lead[-1].year if lead else None
        # a year after the value, not one that opens a part of its own after a comma ("… giảm 2
        # - 3%/năm, đến năm 2025 đưa huyện … thoát nghèo")
        local = [
            p for p in self._years_in(mention.end, self._through_year_after(item.post[1]))
            if not _STOPS.search(self.src.text, mention.end, p.start)
            and not (p.prep and _OPENS_PART.search(self.plain, mention.end, p.start))
            and not (lead and _OTHER_CLAUSE.search(self.plain, mention.end, p.start))
            and not _OTHER_ACT.search(self.plain, mention.end, p.start)
            # "duy trì 100% sản phẩm OCOP đã đạt từ 3 sao trở lên giai đoạn 2018 - 2020": the
            # year of what was done, which names what the value counts
            and not _DONE_BEFORE.search(self.src.lower, mention.end, p.start)
            # "50% sản phẩm OCOP được chứng nhận vào năm 2019 tiếp tục …": when what it counts
            # was certified
            and not _CERTIFIED.search(self.plain, mention.end, p.start)
            # "… năm 2023 đạt 52% nhằm phát huy kết quả …, khắc phục những hạn chế trong năm
            # 2022": the purpose the value serves, not when it is due
            and not (lead and _PURPOSE.search(self.plain, mention.end, p.start))
        ]  # fmt: skip
        units = self._units(item, lead_year or (local[0].year if local else None), lead)
        if (
            index
            and units == ("%",)
            and work[index - 1].units == ("%/year",)
            # "… hàng năm giảm ít nhất 0,5%, đến cuối năm 2025 còn không quá 1%": a level
            and not _DOWN_TO.search(self.plain, reading.start, mention.start)
            and (
                item.inherited
                or (
                    _NEXT_VALUE.fullmatch(self.plain, work[index - 1].mention.end, reading.start)
                    and not reading.verbs
                    and _NO_OBJECT.match(self.plain, mention.end)
                )
            )
        ):
            # "tăng trưởng GRDP 8,8-9,4% trong năm 2026, và phấn đấu đạt trên 10%", "… tăng bình
            # quân đạt 25%, trên 30% đối với một số lĩnh vực": the rate of the value whose
            # subject it shares
            units = ("%/year",)
        elif (
            index
            and "%/year" in units
            and work[index - 1].units == ("%/year",)
            and "tang" in item.verbs.split()
            and FLOW.search(self.plain, item.seg[0], reading.start)
            and not SHARE_WORDS.search(self.plain, item.seg[0], reading.start)
        ):
            # "tăng trưởng GRDP bình quân trên 12% mỗi năm, thu ngân sách nhà nước tăng trên 12%":
            # a flow's rise listed after a rate per year is one too
            units = ("%/year",)
        item.units = units
        subjects, cut = self.subjects(item, units)
        quote_end = cut if (cut is not None and item is last) else last.post[1]
        quote = self._quote(first.seg[0], quote_end, mention)
        wording = reading.wording
        if mention.kind == "rank":
            wording = self.src.text[reading.start : mention.end].strip()
            span = item.objects or item.post
            leader = _LEADER.search(self.plain, span[0], span[1])
            if leader:
                wording += " … " + self.src.text[leader.start() : leader.end()]
        past = self._past(item, clause_start, lead, local)
        # a rise over a named year, read as each year's for want of a word saying so ("tăng 50%
        # so với năm 2020"; not "tăng bình quân 5% mỗi năm so với năm 2025")
        said = self.plain[item.seg[0] : item.post[1]]
        _over, named = self._over_year(mention.end)
        base = (
            named
            if named and units == ("%/year",)
            and not _EACH_YEAR.search(said) and not _ANNUAL.search(said)
            else None
        )  # fmt: skip
        return ValueDraft(
            mention, reading, wording, subjects, quote,
            lead_year, opening, local[0].year if local else None,
            (_PAST_RESULT, past) if past else None, base,
        )  # fmt: skip

    def _beyond_goals(self, phrase: YearPhrase, value: int) -> bool:
        """Whether a year before a value is a vision's, said after the goals' year, and the
        value one of the goals the plan sets ("Nghị quyết … đến năm 2025, định hướng đến năm
        2030, trong đó xác định mục tiêu …"): the goals keep the first year; not a value said of
        the vision ("… với tầm nhìn vào Top 20") nor one the text sets apart from the plan
        ("Thực hiện … Chương trình … đến năm 2025, định hướng đến năm 2030, tỉnh nằm trong …")."""
        low = self.src.low
        if not is_vision(low, 0, phrase) or _OF_VISION.search(low, phrase.end, value):
            return False
        return _PLAN_GOALS.search(low, phrase.end, value) is not None

    def _vision_after(self, goal: YearPhrase, vision: YearPhrase, value: int, start: int) -> bool:
        """Whether a vision's year follows the goals' year with nothing else between ("Mục tiêu
        đến năm 2030, tầm nhìn đến năm 2045, tỷ lệ … đạt 80%", "Đến năm 2025 và định hướng đến
        năm 2030, …"): the values after them are the goals', as under such a heading; not a
        value said of the vision ("… định hướng đến năm 2030 với tầm nhìn vào Top 20"), nor the
        years of a programme named ("Thực hiện Quyết định về Chương trình … đến năm 2025, định
        hướng đến năm 2030, tỉnh nằm trong …": the goal opens the clause)."""
        return (
            (
                opens(self.plain, start, goal.start)
                or _PLAN_GOALS.search(self.src.low, start, goal.start) is not None
            )
            and not is_vision(self.src.low, 0, goal)
            and _VISION_BETWEEN.fullmatch(self.plain, goal.end, vision.start) is not None
            and not _OF_VISION.search(self.src.low, vision.end, value)
        )

    def _units(self, item: Work, year: int | None, lead: list[YearPhrase]) -> tuple[str, ...]:
        """The units a percentage may be in, likeliest first; ``year`` is the year it is for,
        when its clause names one, ``lead`` the year phrases before it in its clause."""
        mention = item.mention
        if mention.kind != "percent" or mention.unit != "%":
            return (mention.unit,)
        per = per_head(self.src.masked, item.seg[0], item.seg[1])
        if per is not None:
            return (per,)  # "Số thuê bao … /100 dân: 90%": 90 per 100 people
        if _YEARLY_GROWTH.search(self.plain, item.seg[0], item.reading.start):
            return ("%/year",)  # "tốc độ tăng trưởng GRDP bình quân hằng năm … đạt 8 - 9%"
        growth = _GROWTH_RATE.search(self.plain, item.seg[0], item.reading.start)
        if growth and (
            _ANNUAL.search(self.plain, item.seg[0], item.reading.start)
            or _EACH_YEAR.search(self.plain, growth.end(), item.reading.start)
        ):
            # "mục tiêu tăng trưởng kinh tế bình quân từ 10% trở lên": an average growth rate;
            # "tăng trưởng thu nhập bình quân đầu người/năm … đạt 5 - 7%": a yearly one
            return ("%/year",)
        sector = _SECTOR_ALONE.search(
            self.plain, max(0, item.reading.start - _SECTOR_REACH), item.reading.start
        )
        output = _OUTPUT.search(self.plain, item.seg[0], item.reading.start) or sector
        if (
            (
                _ECONOMY_GROWTH.search(self.plain, item.seg[0], item.reading.start)
                or self._bare_growth(item)
                or (output and "tang" in item.verbs.split())
                or (sector and sector["grows"])
                or (output and _EACH_YEAR.search(self.plain, output.end(), item.reading.start))
            )
            and not SHARE_WORDS.search(self.plain, item.seg[0], item.reading.start)
            and not _OF_OUTPUT.match(self.plain, item.mention.end)
        ):
            return ("%/year",)  # "tăng trưởng kinh tế đạt 10 - 10,5%", "GRDP tăng 11%"
        return self._change_units(item, year, lead)

    def _change_units(
        self, item: Work, year: int | None, lead: list[YearPhrase]
    ) -> tuple[str, ...]:
        """The units of a percentage that is no growth rate of an economy: a rise or fall each
        year, a share's change in points, a share."""
        line = self.plain[item.seg[0] : item.post[1]]
        over, named = self._over_year(item.mention.end)
        if named and (year or self.reference_year or 0) > named + 1:
            over = False  # "đến năm 2030 giảm 20% so với năm 2024": a change over an older base
        each_year = _EACH_YEAR.search(line) is not None and not (
            # a base year of its own named after what it counts: "… giảm ít nhất 05% số vụ … so
            # với thống kê năm 2019", after "… so với năm trước" of another clause
            not over and _BASE_AFTER.match(self.src.low, item.mention.end)
        )
        if (
            _YEARLY_RISE.search(self.plain, item.seg[0], item.mention.start)
            and (
                each_year
                or over
                # "Hằng năm, số vụ … tăng trên 3%; số vụ … tăng trên 5%": every clause's
                or year_opens(self.src.masked, item.mention.start, _SENTENCE_REACH)
            )
        ) or (
            over
            and _RISES_LISTED.search(
                self.plain, max(0, item.mention.start - _PART_REACH), item.mention.start
            )
        ):
            # "Tỷ lệ hộ nghèo giảm bình quân/năm: trên 10%", "tăng 2,5% so với năm 2025": a
            # rise or a fall each year
            return ("%/year",)
        # from the last mark before the value, across a value that says which places it counts
        # ("tỷ lệ hộ nghèo tại các xã có tỷ lệ hộ nghèo cao trên 25% giảm từ 4%")
        floor = max(0, item.mention.start - _PART_REACH)
        part = after_last(self.plain, (";", ":", "(", ")", "\n", ", "), floor, item.mention.start)
        part = max(floor, min(part, item.seg[0]))
        if (
            _SHARE_CHANGE.search(self.plain, part, item.mention.start)
            or (
                # "giảm tỷ lệ hộ nghèo từ 2 - 3,5%": a range of the fall, not where it falls from
                item.mention.upper is not None
                and _SHARE_FALL_FROM.search(self.plain, part, item.mention.start)
            )
        ) and not _OVER_BASE.match(self.src.low, item.mention.end):
            return ("pp",)  # a rise or fall of a share, not over a base it names
        named_after = _SHARE_NAMED_AFTER.match(self.plain, item.mention.end)
        if (
            named_after
            and ({"tang", "giam"} & set(item.verbs.split()))
            # "giảm 30-40% số hộ nghèo là người có công": a share of the households that far is a
            # fall of their number, no rate falls so many points
            and (named_after["rate"] or item.mention.magnitude < _POINTS_AT_MOST)
        ):
            return ("pp",)  # "Giảm 3% tỷ lệ hộ nghèo": the share named after its change
        if self._grows_in_a_year(item, part):
            return ("%/year",)
        if self._flow_growth(item, part, over):
            lead = lead or self._sentence_year(item.reading.start)
            if over or (not any(p.until for p in lead) if lead else self.one_year):
                # "doanh thu … và lợi nhuận …, lần lượt tăng trưởng 18% và 30% so với cùng kỳ",
                # "hướng đến tăng trưởng doanh thu trên 20%" in a plan for one year
                return ("%/year",)
            return ("%", "%/year")
        change = {"tang", "giam"} & set(item.verbs.split())
        if change:
            lead = lead or self._sentence_year(item.reading.start)
            one_year = not any(p.until for p in lead) if lead else self.one_year
            bracketed = self._bracketed_after(item)
            subject = item.seg[0] if bracketed is None else bracketed
            if ("tang" in change and _ANNUAL.search(line)) or (
                one_year
                and (
                    FLOW.search(self.plain, subject, item.reading.start)
                    # events, in a clause a year governs or a plan for one year
                    or (
                        (bool(lead) or self.named_plan)
                        and (
                            _EVENTS.search(self.plain, subject, item.reading.start)
                            or _EVENTS_AFTER.match(self.plain, item.mention.end)
                        )
                    )
                )
                and not SHARE_WORDS.search(self.plain, subject, item.reading.start)
                and not OVER_ESTIMATE.match(self.src.low, item.mention.end)
            ):
                # "lợi nhuận trước thuế dự kiến giảm 46%", "giảm 10% các vụ cháy lớn" in a plan
                # for one year: over the year before
                return ("%/year",)
            if "tang" in change:
                return ("%", "%/year")
        if _GROWTH.search(self.plain, item.seg[0], item.seg[1]):
            # "tốc độ tăng năng suất lao động đạt trên 9,6%": a rate per year when the indicator
            # is one, a share otherwise
            return ("%", "%/year")
        return ("%",)

    def _flow_growth(self, item: Work, part: int, over: bool) -> bool:
        """Whether the part of a clause before a value (from ``part``) names a growth, and the
        value is the growth of a flow (named after the growth word or right after the value:
        "tăng trưởng tích cực 15% về doanh thu") or one over the year before (``over``)."""
        growth = _GROWTH_RATE.search(self.plain, part, item.mention.start)
        if growth is None or SHARE_WORDS.search(self.plain, part, item.mention.start):
            return False
        return (
            over
            or FLOW.search(self.plain, growth.end(), item.mention.start) is not None
            or _FLOW_AFTER.match(self.plain, item.mention.end) is not None
        )

    def _bracketed_after(self, item: Work) -> int | None:
        """Where the words before a bracket start, when a value's part is a bracket that opens
        with it ("tổng doanh thu và thu nhập gần 1.000 tỷ đồng (giảm 7%)": the change of what
        the words before the bracket name), from the last mark before the bracket."""
        bracket = self.plain.rfind("(", max(0, item.seg[0] - 2), item.reading.start)
        if bracket == -1 or self.plain[bracket + 1 : item.reading.start].strip():
            return None
        floor = max(0, bracket - _PART_REACH)
        marks = (";", ":", ". ", "\n", "(", ")")
        return after_last(self.plain, marks, floor, bracket)

    def _grows_in_a_year(self, item: Work, part: int) -> bool:
        """Whether a value is the growth of a flow named before the growth word, in its sentence,
        for the one year named right after it ("Tổng tài sản của SeABank được kỳ vọng sẽ tăng
        trưởng 10% trong năm 2026")."""
        begin = after_last(self.plain, (". ",), part, item.mention.start)
        words = list(_GROWTH_RATE.finditer(self.plain, begin, item.mention.start))
        if not words or not FLOW.search(self.plain, begin, words[-1].start()):
            return False
        year_after = self._year_after(item.mention.end)
        return year_after is not None and not year_after.until

    def _sentence_year(self, at: int) -> list[YearPhrase]:
        """The last year phrase before ``at`` in its sentence, when its clause names none
        ("Nghị quyết về nhiệm vụ … năm 2026 với các chỉ tiêu …: GRDP tăng 10%, …, thu ngân sách
        tăng tối thiểu 10%": a rise in a plan for one year is one over the year before)."""
        index = bisect.bisect_left(self._year_starts, at)
        if not index:
            return []
        phrase = self.years[index - 1]
        if at - phrase.end > _SENTENCE_REACH or _SENTENCE_END.search(self.src.text, phrase.end, at):
            return []
        return [phrase]

    def _over_year(self, end: int) -> tuple[bool, int | None]:
        """Whether the words after a value (at ``end``) compare it with a year ("so với năm
        2025", "so với cùng kỳ", "… trẻ em … so với năm 2021"), and the year they name."""
        listed = _LISTED_AFTER.match(self.src.low, end)
        over = _YEAR_ON_YEAR.match(self.src.low, listed.end() if listed else end)
        if over is None:
            return False, None
        named = over["year"] or over["named"] or over["done"] or over["estimate"] or over["budget"]
        return True, int(named) if named else None

    def _bare_growth(self, item: Work) -> bool:
        """Whether the part of the clause before a value, after its last comma, names growth and
        nothing whose growth it is ("Đột phá khoa học công nghệ, mục tiêu tăng trưởng 15%"), or
        the growth of a sector or an enterprise named before it ("ngành Nông nghiệp … phấn đấu
        đạt tốc độ tăng trưởng 3,4 – 3,5%", "tổng công ty đã đặt ra mục tiêu tăng trưởng 8%"),
        or a growth rate or a goal's output right before the value ("… là đảm bảo tốc độ tăng
        trưởng đề ra 12%", "… đặt mục tiêu GRDP đạt trên 10%")."""
        start, end = item.seg[0], item.reading.start
        cut = after_last(self.plain, ",;:", start, end)
        return (
            _BARE_GROWTH.fullmatch(self.plain, cut, end) is not None
            or _BODY_GROWTH.search(self.plain, cut, end) is not None
            or _GROWTH_BEFORE.search(self.plain, cut, end) is not None
        )

    def _quote(self, start: int, end: int, mention: Mention) -> tuple[int, int]:
        text = self.src.text
        if end - start > _MAX_QUOTE:
            low = mention.start - 300
            if low > start:
                space = text.find(" ", low, mention.start)
                start = space + 1 if space != -1 else low
            high = mention.end + 200
            if high < end:
                space = text.rfind(" ", mention.end, high)
                end = space if space > mention.end else high
        while start < end and (text[start].isspace() or text[start] in _LEADING):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:…"):
            end -= 1
        return start, end

    def _listed_goal(self, start: int) -> bool:
        """Whether the clause at ``start`` is an item of a list of goals of its sentence ("…
        phấn đấu thực hiện đạt một số chỉ tiêu chủ yếu: …; chỉ số PCI xếp hạng 15/34 …")."""
        plain = self.plain
        colon = plain.rfind(":", max(0, start - _LIST_REACH), start)
        if colon == -1 or _SENTENCE_END.search(plain, colon, start):
            return False
        lead = max(0, colon - _LIST_REACH)
        for mark in _SENTENCE_END.finditer(plain, lead, colon):
            lead = mark.end()
        return _TARGET.search(plain, lead, colon) is not None

    def _disbursement_goal(self, item: Work) -> bool:
        """Whether a share of a plan is the capital a goal or a pledge says will be disbursed
        ("phấn đấu giải ngân vốn đầu tư công năm 2024 đạt trên 95% kế hoạch Thủ tướng Chính phủ
        giao", "Tỉnh Trà Vinh cam kết giải ngân trên 98% kế hoạch"), a goal, not how much of a
        plan was met."""
        floor = max(0, item.mention.start - _DISBURSED_REACH)
        floor = max(floor, self.plain.rfind(".", floor, item.mention.start) + 1)
        disbursed = _DISBURSED.search(self.plain, floor, item.mention.start)
        return (
            disbursed is not None
            and _PLEDGE.search(self.plain, max(0, disbursed.start() - 60), disbursed.start())
            is not None
        )

    def _past(
        self,
        item: Work,
        clause_start: int,
        lead: list[YearPhrase],
        local: list[YearPhrase],
    ) -> str | None:
        if _VOTE.match(self.src.low, item.mention.end):
            return "the delegates voting for a resolution, not a target"
        if _PLAN_BESIDE.search(self.plain, max(0, item.mention.start - 24), item.mention.start):
            return "the plan's figure beside a value reported, not a target"
        whole = item.mention.kind == "percent" and item.mention.magnitude == 100
        if (
            _OF_TARGET.match(self.plain, item.mention.end)
            and not whole
            # "Có khoảng 20% Kế hoạch đấu thầu, thông báo mời thầu … được đăng tải": plans counted
            and not _HAS.search(self.plain, max(0, item.mention.start - 24), item.mention.start)
            and not _AT_LEAST.search(self.plain, item.reading.start, item.mention.start)
            and (
                not _RISE.search(item.verbs)
                or _BEYOND.match(self.plain, item.reading.start, item.mention.start)
            )
            and not self._disbursement_goal(item)
        ):
            # "tăng trên 20% so với kế hoạch năm 2025" is a rise over a plan, not a share of it;
            # "tăng 0,66% … và vượt 6,5% so với mục tiêu" is how far a result went past one;
            # "hoàn thành 100% chỉ tiêu tuyển quân" is the whole of a quota, a goal
            return OF_TARGET
        seg = self.src.masked[item.seg[0] : item.seg[1]]
        past = PAST_WORDS.search(seg)
        counted = any(as_of(self.src.text, y) for y in lead)
        # "Theo thông tin từ Ban Dân tộc tỉnh, trong giai đoạn 2015-2020, …": a period opening
        # what a source reports is no goal's
        sourced = past is not None and past.group().startswith("theo ")
        opening = not (counted or sourced) and any(
            y.until and opens(self.plain, clause_start, y.start) for y in lead
        )
        targeted = opening or _TARGET.search(seg) is not None
        near = max(0, item.reading.start - 16)  # the words just before the value's
        before = self.src.text[near : item.reading.start].lower()
        told = self.src.text[item.seg[0] : item.seg[1]].lower()
        if past and past.group() == "dat duoc" and not clean(seg[: past.start()]):
            # "(2) Đạt được 90% …": a goal opening an item
            past = PAST_WORDS.search(seg, past.end())
        # "Tính đến ngày 30/9/2022, tỷ lệ … đạt 38,05%": counted to a date, a result
        beaten = _BEATEN.match(self.plain, item.reading.after) is not None
        # "… tăng 7,7% so với cùng kỳ năm ngoái": a figure of now beside last year's
        beside_last_year = LAST_YEARS_PERIOD.match(self.plain, item.mention.end) is not None
        # "chỉ đạt lần lượt 51,3% và …": the words before a value, "lần lượt" too
        reached = self.src.text[max(0, item.reading.start - 28) : item.mention.start].lower()
        done = _DONE.search(before)
        if done and done.group().startswith("chỉ") and _due_at(near + done.start(), lead, local):
            done = None  # "và đến năm 2025 chỉ còn 15%": only so much left by a deadline, a goal
        if (
            (
                not targeted
                and (past or counted or beaten or beside_last_year or AS_OF.search(told) or done)
            )
            or (("đạt" in reached or "được" in reached) and _ONLY_REACHED.search(reached))
            # the "chỉ tiêu" of "(vượt chỉ tiêu …)" makes no goal of what went past it
            or _BEATEN_BRACKET.match(self.plain, item.reading.after)
            or _MARGIN.search(self.plain, max(0, item.mention.start - 12), item.mention.start)
        ):
            return "stated as a result already achieved, not a target"
        if not targeted and any(months_gone(self.src.low, y) for y in lead):
            return MONTHS_GONE
        mention = self.plain[item.mention.start : item.mention.end]
        # "xếp thứ 27" is a place held; "nằm trong nhóm 20 … dẫn đầu" is a goal unless the words
        # say it is held ("hiện", "đã", a year before the plan's)
        held = item.mention.kind == "rank" and _NTH.match(mention)
        if held and not targeted and not self._listed_goal(item.seg[0]):
            return "a ranking already held, not a target"
        ref = self.reference_year
        # "… duy trì kết quả đạt được trong năm 2025, trong năm 2026 đạt chỉ tiêu 25%": the
        # years before one of the plan's own govern nothing after it
        since = max((p.start for p in lead if ref is not None and p.year >= ref), default=-1)
        for phrase in (*[p for p in lead if p.start >= since], *local):
            if ref is not None and not phrase.until and phrase.year < ref:
                if is_base(self.src.low, phrase):
                    continue  # "từ 33% năm 2020 lên 38% năm 2025": the base, not its date
                return f"dated {phrase.year}, before the plan's year {ref}: a past result"
        return None


def _due_at(at: int, lead: list[YearPhrase], local: list[YearPhrase]) -> bool:
    """Whether a deadline ("đến năm 2025") ends right before ``at``."""
    return any(y.until and not y.compared and 0 <= at - y.end <= 2 for y in (*lead, *local))


def _bare_range(before: Work, after: Work, words: list[str], onto: list[str]) -> bool:
    """Whether "chiếm 15% đến 20% GRDP" is a range without "từ": "đến" between two values of
    one unit, the second the larger, and no change ("tăng", "giảm") before the first."""
    if onto[0] not in ("đến", "tới") or {"tăng", "giảm"} & set(words):
        return False
    first, second = before.mention, after.mention
    return first.unit == second.unit and first.magnitude < second.magnitude
