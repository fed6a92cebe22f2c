"""Walking a text in order: the context that governs each clause, and the targets it states.

Context carried from clause to clause:

- the *governing year*: set by a heading ("Mục tiêu … đến năm 2025:") or a year phrase opening a
  sentence of a paragraph ("Đến năm 2030, …"); it holds until another one appears. It starts as
  the plan's own year ("kế hoạch … năm 2024"); while none is known, the first target year stated
  before a value ("thành phố đặt mục tiêu đến năm 2025 kinh tế số chiếm 20%") becomes it.
- the *scoped year*: a year phrase opening a list item or a clause inside a sentence ("…; năm
  2025 phấn đấu đạt 100%") governs only the rest of that sentence (of that item, in a list);
  the next one goes back to the governing year.
- the subject of the previous value of the sentence, for a clause that states a value but no
  subject ("Năm 2023, tỷ lệ hộ gia đình có cáp quang đạt 70%; năm 2024 phấn đấu đạt 80%");
- whether a year before the plan's own year was named in the paragraph ("Theo đánh giá, năm 2023
  chỉ số … xếp thứ 27. Tỷ lệ hồ sơ … đạt 32,5%"): the values after it in the paragraph are results
  unless their clause names a target year or says "phấn đấu", "mục tiêu", …;
- the *pillar*: a heading naming one pillar ("Về kinh tế số:", "2.3. Phát triển kinh tế số",
  "Mục tiêu cơ bản phát triển xã hội số …:") files what follows under it until the next
  heading; a paragraph opening "Về xã hội số, …" files that paragraph.
- the values of the previous sentence, for "… các chỉ tiêu này lần lượt là 80%, 95% và 80%";
- whether a heading opened a report of results ("Kết quả thực hiện năm 2023"): its values are
  results, not targets, unless their clause says "phấn đấu", "mục tiêu", "chỉ tiêu", …
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from .._text import fold
from ..models import Level
from ..pillars import Pillar
from ._clauses import (
    ESTIMATE,
    FLOW,
    GOAL_SET,
    LAST_YEARS_PERIOD,
    MONTHS_GONE,
    OF_TARGET,
    OVER_ESTIMATE,
    PAST_WORDS,
    SHARE_WORDS,
    ClauseReader,
    Subject,
    ValueDraft,
    subject_of,
)
from ._matching import Matcher, names_no_sector
from ._metadata import Metadata
from ._report import SkippedPhrase
from ._segment import Clause, clauses
from ._source import SourceText, after_last
from ._subjects import LEVEL_UNITS, RESPECTIVELY, pillar_marker, pillars_named, split_items
from ._tables import TableRow, find_tables
from ._values import Mention, find_item_counts
from ._years import (
    AS_OF,
    YEAR_DIGITS,
    YearPhrase,
    committee_term,
    find_years,
    is_base,
    is_leading,
    is_vision,
    months_gone,
)

__all__ = ["Found", "Reading", "read_targets"]

#: A heading that opens a report of results ("I. KẾT QUẢ THỰC HIỆN NĂM 2023"), not of targets.
_RESULTS = re.compile(r"\b(?:ket qua|danh gia|tinh hinh thuc hien|thuc trang)\b")
_TARGET = re.compile(rf"\b(?:phan dau|{GOAL_SET}|chi tieu|ke hoach|dat ra|de ra|du kien)\b")
#: "đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2020 - 2025", "thông qua báo cáo hoạt động
#: nhiệm kỳ 2012-2017", "tổng kết nhiệm kỳ …": the term whose results are reviewed, not the one
#: targets are set for (not "Báo cáo chính trị … nhiệm kỳ 2025-2030", which sets them).
_TERM_REVIEWED = re.compile(r"\b(?:ket qua|bao cao hoat dong|tong ket)\b")
#: The goals a congress sets for its term, named after it.
_TERM_GOALS = re.compile(r"\b(?:phan dau|chi tieu|muc tieu)\b")
#: A heading that opens the plan proper again.
_PLANNING = re.compile(
    r"\b(?:muc tieu|chi tieu|nhiem vu|giai phap|ke hoach|dinh huong|phuong huong|to chuc thuc hien)\b"
)
#: "…; riêng đồng bào dân tộc thiểu số …": a part of what the clause before counts.
_APART = re.compile(r"\s*rieng\b")
#: The first digit of a number that is no year ("185.000 tỷ đồng", not "2025").
_NOT_A_YEAR = r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d"
#: A number that is no year: before "lần lượt" in its own sentence, it names what the values
#: after it are of.
_AMOUNT = re.compile(_NOT_A_YEAR)
#: The "khoảng" of a share's wording, and "và" ending the words after it, at most two of them.
_ABOUT = re.compile(r"\bkhoảng\b", re.IGNORECASE)
_NEAR_AND = re.compile(r"(?:\s+[^\s,;.]+){0,2}\s+va\s+")
_AND_BEFORE = re.compile(r"\bva\s+\Z")
#: "tại cấp huyện", "cấp xã": the level a share of a list by level is for.
_AT_LEVEL = re.compile(r"\s*(?:(?:tai|o|doi voi)\s+)?cap\s")
#: Nothing but "và" between two year phrases.
_AND_ONLY = re.compile(r"\s+va\s+")
#: "… 50% trường THCS, " before "55% trường THPT": a value's two words, then a comma.
_COMMA_AFTER_HEAD = re.compile(r"(?:\s+[^\s,;.\d]+){1,3}\s*,\s*")
#: What stands between two values listed one after another ("45%, 35%", "45% và 35%").
_LIST_GAP = re.compile(r"\s*(?:,|;|\bva\b)?\s*")
#: Words that only name what a share is of ("… năm 2023 đạt 12% GRDP"): no subject of its own.
_DENOMINATOR = re.compile(r"\b(?:grdp|gdp|cua tinh|cua thanh pho|cua ca nuoc|ca nuoc)\b")
#: "…; đến năm 2030, con số này sẽ phấn đấu đạt trên 70%": words that name the value before.
_THIS_ONE = re.compile(r"\b(?:(?:con )?so|ty le|chi tieu|chi so|so lieu|muc) nay\b")
#: Words that only say when the value is for ("đến cuối nhiệm kỳ đạt 10%"): no subject either.
_TERM_END = re.compile(r"(?:den |vao )?(?:cuoi|het) (?:nhiem ky|giai doan|ky ke hoach)")
#: A rise or fall and nothing it is of ("tăng", "giảm bình quân").
_BARE_CHANGE = re.compile(r"(?:tang|giam)(?: them)?(?: binh quan)?")
_WITH_SPEED = re.compile(r"\b(?:voi|co) toc do\b")
#: "… tốc độ trung bình 200 Mb/s" just before the value: an average speed, a measure of its own.
_AVERAGE_SPEED = re.compile(r"\btoc do (?:trung binh|binh quan)\s*\Z")
_SEPARATOR = re.compile(r"[,;:.]")
#: Words that join two targets without punctuation ("… 80% và tỷ lệ … 90%").
_JOINED = re.compile(r"\b(?:va|con|trong do|rieng|ty le|dat|chiem)\b")
#: "tối thiểu 10% nội dung", "ít nhất 30% thời lượng", "vượt 30%": a bound on the part of each
#: thing.
_EACH_BOUND = re.compile(r"\b(?:toi thieu|it nhat|tren|tu|vuot|hon)\b")
#: "15% CQBC tăng doanh thu 10%": the rise each of the things a share counts makes.
_EACH_RISE = re.compile(r"\s*(?:[^\W\d]+\s+){1,4}tang\s+(?:[^\W\d]+\s+){1,3}")
#: "100% xã … có thiết chế … đạt chuẩn … và có ít nhất 3 câu lạc bộ": places a share counts, and
#: "và có" ending what each of them has before a count.
_PLACES_COUNTED = re.compile(
    r"\s*(?:so\s+)?(?:cac\s+)?(?:xa|phuong|thi tran|thon|ban|ap|to dan pho|khu dan cu|huyen"
    r"|truong|co so)\b"
)
_EACH_HAS = re.compile(r"\bva co(?:\s+(?:it nhat|toi thieu|tu|tren|hon))?\s*\Z")
#: Marks that end a clause between a share and what each place it counts has.
_STOP = re.compile(r"[;:.]")
#: The verb of what the things of a share do ("học sinh được học trực tuyến …").
_SHARED_VERB = re.compile(r"\b(?:duoc|co|su dung|thuc hien|ung dung)\b")
#: Verbs that make a count a plan's ("đào tạo 20 cán bộ", "thu hút 5 doanh nghiệp", "chuẩn hóa 4
#: sản phẩm", "nâng cấp 02 sản phẩm OCOP"), at most this many characters before it.
_ACTED = 80
#: "2 xã Ngọc Lý và Ngọc Thiện", "5 xã đảo: Quan Lạn, Minh Châu, …": a count of communes
#: followed by their names (a word with a capital, not a term written with one: "3 xã Nông thôn
#: mới").
_NAME_AFTER = re.compile(
    r"(?:(?:[ \t]+[^\W\d_]+){0,2}[ \t]*:)?[ \t]+(?=[^\W\d_])(?!(?:Nông thôn|NTM|Phường|Xã)\b)"
)
#: "… xây dựng Kế hoạch … nhân rộng phân loại rác … đối với 7 phường nội thị": the places an act
#: applies to, not a count it sets; nor are those who attend ("đại diện 9 chi hội") or what a
#: sum is per ("50 ngàn/ 1 hội viên").
#: "trong đó": the parts of what was just counted follow; "trong số hơn 17.000 …": of what is
#: counted next.
_PARTS = re.compile(r"\btrong do\b")
_AMONG_COUNTED = re.compile(r"\btrong so\s+(?:[^\W\d_]+\s+)?\Z")
_AMONG_REACH = 20
_APPLIED_TO = re.compile(r"(?:\b(?:doi voi|dai dien)\s+(?:cac\s+)?|/\s*)\Z")
#: Verbs of a plan before a count it sets ("đào tạo … cho 1.300 giảng viên"), and a quota
#: assigned ("được giao tuyển chọn và gọi 3.700 công dân").
_ACTION = re.compile(
    r"\b(?:dao tao|boi duong|thu hut|phat trien|ho tro|hinh thanh|co them|xay dung|thanh lap"
    r"|dau tu|(?:giai quyet|tao) viec lam|chuan hoa|nang cap|nang hang|duoc giao|tuyen chon"
    # "thành phố sẽ CPH 32 DNNN trong năm 2019": enterprises equitised or divested
    r"|co phan hoa|cph|thoai von|quy hoach|van dong|day nghe)\b"
)
#: Words of a sentence that reports results: "(tăng 9% so với cùng kỳ năm 2021)", "đến nay",
#: "vượt 15 đơn vị so với chỉ tiêu kế hoạch".
_REPORTED = re.compile(
    r"\b(?:so voi cung ky|den nay|luy ke|den thoi diem nay|theo so lieu|theo thong ke"
    r"|theo bao cao"
    # "năm 2025 … ghi nhận … hơn 3.000 doanh nghiệp mới được thành lập, đạt 188% kế hoạch" (not
    # "tỷ lệ … được ghi nhận dưới 7 người", as measured, nor "đạt 100% chỉ tiêu", a whole quota)
    r"|(?<!duoc )ghi nhan|dat (?!100 ?%)\d+(?:[.,]\d+)* ?% (?:so voi )?(?:ke hoach|chi tieu)"
    # "10 tháng năm nay, thu từ doanh nghiệp … đạt 1.490 tỷ đồng"
    r"|\d+ thang (?:dau )?nam (?:nay|qua)"
    r"|uoc tinh|(?:tang|giam) \d+ bac"
    r"|vuot\b[^.;\n]{0,40}\bso voi (?:chi tieu|ke hoach|muc tieu)"
    # "… tăng trưởng bình quân hàng năm 12,41%, vượt 2,4% chỉ tiêu Nghị quyết Đại hội", "giảm
    # 0,32% so với đầu nhiệm kỳ, vượt chỉ tiêu đề ra": a term's results
    r"|vuot (?:\d+(?:,\d+)? ?% )?chi tieu|so voi dau nhiem ky"
    # "…, đạt chỉ tiêu kế hoạch năm 2019.", "hoàn thành kế hoạch năm 2019": the year's plan met
    r"|(?:dat|hoan thanh) (?:chi tieu|ke hoach)(?: ke hoach)?(?: nam \d{4})?(?=\s*[.;\n]))\b"
)
#: "Hiện, toàn tỉnh có 7.221 doanh nghiệp …": a sentence opened by "now" tells how things are;
#: one opened by "Nhiệm kỳ vừa qua," how the term gone by went.
_NOW = re.compile(r"[\s\-+*•]*(?:hien|(?:trong )?nhiem ky (?:vua )?qua)\s*,")
#: "Bộ … đã cấp phép … 40 tỉnh": a sentence told in the past before its first value (not "đã
#: ban hành kế hoạch", "đã đề ra", nor the "đã được" of a target: "60% hệ thống … đã được kết nối");
#: "… tăng ổn định qua các năm, từ 42,4% (năm 2016) lên 45,4% (năm 2020)": how things went.
_REPORTED_ANYWAY = re.compile(
    r"\b(?:so voi cung ky|(?:tang|giam) \d+ bac|qua cac nam|ket qua thong ke"
    # "Năm 2025, thu ngân sách đạt 14.937 tỷ đồng, vượt 17,1% dự toán": a sum reached, and how
    # much of the year's estimate or plan it is
    r"|(?:dat|vuot) \d+(?:[.,]\d+)* (?:nghin )?(?:ty|ti|trieu) dong(?:\s*\([^()]{0,120}\))?\s*,\s*"
    r"(?:vuot|bang|dat|tang) \d+(?:[.,]\d+)* ?% (?:so voi )?(?:du toan|ke hoach))\b"
)
#: "tăng 4% trở lên so với cùng kỳ năm trước": bounds a goal sets, which results are not said in.
_BOUNDED = re.compile(r"\b(?:(?<!tuoi )tro len|toi thieu|it nhat)\b")
#: "vượt 30% chỉ tiêu", "10/16 mục tiêu", "vượt 15 đơn vị so với chỉ tiêu kế hoạch": how much of
#: the targets was met, before a target word.
_OF_TARGETS = re.compile(
    r"(?:(?:%|\d\s*/\s*\d+)\s*(?:so voi\s+)?|\bso voi\s+)(?:(?:chi tieu|muc tieu)\s+)?\Z"
    # "(đạt 107% so với kế hoạch, kế hoạch giao 10,5 tỷ USD)": the plan's own figure beside it
    r"|\bso voi (?:ke hoach|chi tieu)\s*,\s*\Z"
)
#: "(chỉ tiêu là …": a bracket that opens on a target word.
_BRACKET_OPEN = re.compile(r"\(\s*\Z")
#: "…, vượt chỉ tiêu đề ra.", "…, đạt chỉ tiêu kế hoạch năm 2019.": the targets exceeded or met,
#: with no value after them (not "Thu ngân sách vượt chỉ tiêu Thành phố giao hằng năm từ 5% đến
#: 10%", by how much a goal exceeds them).
_EXCEEDED = re.compile(r"\b(?:vuot|dat|hoan thanh)\s+(?:(?:chi tieu|muc tieu|ke hoach)\s+)?\Z")
#: How far after targets exceeded the value of a goal to exceed them is looked for.
_EXCESS_REACH = 120
#: How far before a change in brackets the target it is the change of is looked for.
_TARGET_BEFORE_REACH = 160
#: A number that is no year: a value.
_NO_YEAR_DIGIT = re.compile(r"(?<![\d/])(?!(?:19|20)\d\d\b)\d")
_OF_REACH = 24
#: "… ước đến cuối tháng 9 đạt 37.200 tỷ đồng": an estimate of how far things went.
_ESTIMATED = re.compile(r"\buoc (?:den|toi) (?:cuoi |het )?(?:thang|ngay)\b")
#: "Trong đó, …", "Cụ thể, …": a sentence that goes on with the one before it.
_GOES_ON = re.compile(r"[\s\-+*•]*(?:trong do|trong so nay|cu the)\b")
_DONE = re.compile(
    r"(?<!\w)đã\s+(?!ban hành|xác định|đề ra|đặt ra|phê duyệt|được|thông qua|tổ chức|biểu quyết"
    r"|chỉ đạo|yêu cầu)"
)
#: "đã và đang tập trung mọi nguồn lực để đào tạo, thu hút tối thiểu 5.000 nhân lực": what a
#: thing done is for, a goal at least as large (up to the first value of the sentence).
_FOR_AT_LEAST = re.compile(r"\bđể\b[^.;]*\b(?:tối thiểu|ít nhất)\s+\Z")
#: "Kế hoạch đặt mục tiêu đến năm 2030 …", "đề ra nhiều mục tiêu đến năm 2030": a lead sentence
#: whose year governs the paragraphs below it.
_SETS_YEAR = re.compile(r"\b(?:muc tieu|chi tieu|phan dau)\b[^.;:\n]{0,40}\Z")
_SETS_REACH = 60


def _reviewed(low: str, floor: int, phrase: YearPhrase) -> bool:
    """Whether a term is one whose results are reviewed: words of a review stand in the
    :data:`_SETS_REACH` characters before it, from ``floor`` on."""
    return (
        _TERM_REVIEWED.search(low, max(floor, phrase.start - _SETS_REACH), phrase.start) is not None
    )


#: "năm học 2016 - 2017": a school year.
_SCHOOL_YEAR = re.compile(r"nam hoc\b")
#: "Tổng kết năm học 2020-2021": a period reviewed, named right after the review.
_REVIEWED_RIGHT_BEFORE = re.compile(r"\b(?:tong ket|ket qua)\s+\Z")
#: "về phát triển kinh tế, xã hội …": the development a plan or a resolution sets goals for.
_DEVELOPMENT = re.compile(r"\bve phat trien kinh te\s*[,-]?\s*xa hoi\b")
#: "diễn ra từ ngày 15-5 đến …", "kéo dài đến ngày 30/11/2025": a campaign's run.
_RUNS = re.compile(r"\b(?:dien ra|keo dai)\b")
#: "… cho biết, trong năm 2025, …": a year opening the part of a sentence after a speaker's words.
_TOLD_AT = re.compile(r"\b(?:cho biet|thong tin|cho hay|nhan manh|khang dinh),\s*\Z")
#: "… 100% vốn nhà nước", "… 100% vốn điều lệ do Nhà nước nắm giữ": the state's capital.
_STATE_OWNED = re.compile(r"\s*von (?:nha nuoc|dieu le do nha nuoc)\b")
#: "công ty TNHH MTV", "doanh nghiệp", "DN" right before the share: the share names their kind.
_ENTERPRISE_KIND = re.compile(
    r"\b(?:doanh nghiep|dn|dnnn|cong ty|tnhh(?: (?:mot thanh vien|mtv))?|mtv)\s*\Z"
)
#: The reasons a value is no target of its own that make its brackets none either.
_NOT_GOALS = frozenset({"past-result", "count-without-comparator"})
#: Words between a value and the brackets that restate it ("hộ nghèo (", "hộ cận nghèo (").
_BESIDE = re.compile(r"[^\W\d_]*(?:[ \t]+[^\W\d_]+){0,5}[ \t]*")
_BESIDE_REACH = 40
#: A bracket right after a year phrase, across the end of a quotation ("… vào năm 2020!” (").
_BRACKET_NEXT = re.compile(r"[!.]?[\"”’]?\s*\(")
#: "Bình Dương đặt mục tiêu … vào năm 2025", "nhất trí mục tiêu, … nhiệm kỳ 2025-2030", a growth
#: scenario ("kịch bản về tốc độ tăng trưởng kinh tế (GRDP) trong năm 2025"), a year's tasks
#: ("phương hướng nhiệm vụ năm 2026", "triển khai nhiệm vụ 6 tháng cuối năm 2018", "triển khai
#: nhiệm vụ năm học 2021-2022"), a year's emulation pact ("ký kết giao ước thi đua năm 2021"): a
#: goal word anywhere before the year in a sentence that states
#: no value of its own.
_GOAL = re.compile(
    r"\b(?:muc tieu|chi tieu|phan dau|huong toi|yeu cau|phuong huong,? nhiem vu"
    r"|trien khai (?:cac )?nhiem vu(?: \d{1,2} thang cuoi)?|giao uoc thi dua"
    r"|kich ban (?:ve )?(?:toc do )?tang truong)\b"
)
#: "dân số tỉnh … đạt 4,04 triệu người", "trong đó dân số chính thức 3,48 triệu người", "số dân
#: phục vụ bình quân trên một điểm phục vụ bưu chính là 14.800": a population, a planning figure.
_POPULATION = re.compile(
    r"\b(?:dan so|so dan)\b(?:[^;.,\d]|\b\d{4}\b)*\Z"
    # "Đại hội có 199 đại biểu, đại diện cho hơn 1.200 đảng viên", "215 đại biểu đại diện hơn
    # 2.800 đảng viên": the members a body stands for
    r"|\bdai dien(?: cho)?(?: (?:hon|tren|gan|khoang))?\s*\Z"
    # "Xã Bao La được thành lập trên cơ sở sáp nhập 3 xã", "… sáp nhập từ 5 đơn vị hành chính":
    # the units a commune or ward was formed from
    r"|\b(?:sap nhap|hop nhat)(?: (?:tu|cua))?(?: (?:toan bo|nguyen trang))?\s*\Z"
    # "tương đương với từ 59 đến 65 xã trong tổng số 117 xã": the whole the goal is a part of
    r"|\b(?:trong|tren) tong so\s*\Z"
)
_POPULATION_REACH = 80
#: "thành lập công đoàn ở 100% DN có từ 10 lao động trở lên", "… khu vực ngoài nhà nước (có từ
#: 30 lao động trở lên)": the size of the holders a target counts, not a count aimed at.
_HOLDERS_SIZED = re.compile(
    r"\b(?:doanh nghiep|dn|cong ty|co so|don vi|hop tac xa|htx)\b(?:[ ,]+[^\s,;.]+){0,5}?"
    r"\s*\(?\s*co\s+(?:tu\s+)?\Z"
)
_SIZED_BY = re.compile(r"[^.;:%\d]{0,30}?\btro len\b")
_SIZED_REACH = 60
#: Brackets right after a value, and the percentages they hold.
_BRACKET_AFTER = re.compile(r"\s*\(")
_PERCENT_IN = re.compile(r"(\d{1,3}(?:,\d+)?)\s*%")
#: A line that opens with brackets ("(GLO)- 7 chỉ tiêu …", a newspaper's mark): its first
#: sentence starts there, not inside another.
_LINE_OPENS_PAREN = re.compile(r"[ \t]*\(?")
#: "khóa XXI, nhiệm kỳ ": the sitting of a council or committee before its term.
#: Four digits of a year, in words between a year phrase and what it dates.
#: How far before a vision's year a goal word sets the goals for it.
_AIM_REACH = 60
#: How far before a plain year the goals and tasks a meeting counts date it.
_COUNTED_AIM_REACH = 80
#: "Theo Quy hoạch tỉnh … giai đoạn 2021 – 2030, …": the period of a plan named in a sentence.
_PLAN_PERIOD = re.compile(
    r"\b(?:quy hoach|ke hoach|chuong trinh|de an|chien luoc)\b(?:[^.;:\n]{0,80}"
    # a name in quotation marks runs longer: Đề án “Sắp xếp, ổn định dân cư … giai đoạn 2025-2030”,
    # chương trình … cấp quốc gia “nghiên cứu sản xuất vắc xin sử dụng cho người đến năm 2030”
    r"|[^.;:\n\"“”]{0,80}[\"“][^\"“”\n]{0,240})\Z"
)
#: "phê duyệt": a plan approved, named after it (not "ban hành Kế hoạch … đến năm 2030", whose
#: news tells of milestones of other years as often as of the plan's own).
_APPROVED = re.compile(r"\bphe duyet\b")
_DIGIT = re.compile(r"\d")
#: ", trong đó …": a list of what was just named.
_AMONG = re.compile(r"\s*,\s*trong do\b")
#: "… đến năm 2030 đạt hơn 630.000 tỷ đồng": a year phrase just before the value it dates.
_STATES_AFTER = re.compile(r"\s*,?\s*(?:dat|chiem|phan dau dat)\b")
#: The longest line read as a section title ("I. KẾT QUẢ THỰC HIỆN NĂM 2023").
_TITLE = 160
#: "(Kết quả: …", "(244/244, …": brackets that report a result beside a target.
_RESULT_BRACKET = re.compile(r"\s*(?:ket qua\b|\d{1,3}(?:\.\d{3})*\s*/\s*\d)")
#: "80% số xã (67/83 xã)", "90% số xã trên địa bàn tỉnh (76/85 xã)", "đạt 29,41% (20/68
#: trường)": a share, then the same goal counted in brackets that hold nothing else; a target
#: of its own (a result would say "đạt" or go on: "(244/244, đạt 100%, …)").
_COUNTED_SHARE = re.compile(r"%\s*(?:(?:so\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,4}\s*)?\(\s*\Z")
_COUNT_ONLY = re.compile(r"\d{1,3}(?:\.\d{3})*\s*/\s*\d{1,3}(?:\.\d{3})*\s+[^\W\d_]+\s*\)")
_BRACKET_REACH = 200
#: "… tỷ lệ 0,45% (chỉ tiêu của ngành quy định: … dưới 1,16%)": brackets giving the target of
#: the value right before them, which is what was done.
_TARGET_BRACKET = re.compile(r"\s*\(\s*(?:chi tieu|ke hoach|muc tieu)\b[^()]*\d")
#: "(toàn quốc là 30%)", "(cả nước: 20%)", "… so với bình quân chung của cả nước (10,35%)": the
#: national figure a local target or result is set beside.
_NATIONAL_ASIDE = re.compile(
    r"\(\s*(?:toan quoc|ca nuoc)\b[^()]{0,40}\Z"
    r"|\b(?:toan quoc|ca nuoc)\s*\(\s*\Z"
)
#: "… đạt 90% (tăng 10% so với năm 2025)": the change the target before it makes, in brackets.
_CHANGE_ASIDE = re.compile(r"\(\s*(?:tang|giam)(?: them)?(?: khoang| it nhat| tren)?\s*\Z")
_COMPARED_AFTER = re.compile(r"[^()]{0,30}?\bso voi\b[^()]{0,160}\)")
#: "… 2,83% (Giảm tỷ lệ sinh con thứ 3 trở lên so với năm trước 0,05%)": the change said with
#: its subject and base before the value, the bracket closing after it.
_CHANGE_SAID = re.compile(r"\(\s*(?:tang|giam)\b[^()]{0,120}\bso voi\b[^()]{0,60}\Z")
_CLOSES = re.compile(r"\s*\)")
#: "… lợi nhuận trước thuế 33,6 tỷ đồng (tăng 2% so với 2023)": an amount of money or of volume,
#: no target, before the change in brackets, which is the target.
_FLOW_AMOUNT = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:nghin\s+|trieu\s+|ty\s+)?(?:dong|usd|m3|tan)\s*"
    r"\(\s*(?:tang|giam)(?: them)?(?: khoang| it nhat| tren)?\s*\Z"
)
_FLOW_AMOUNT_REACH = 60
#: "… 57.750 người (", "… 80% (": a value, not a year, right before a bracket.
_VALUE_BEFORE = re.compile(_NOT_A_YEAR + r"(?:[\d.,]*\d)?\s*(?:%|[a-z]+)?\s*\Z")
#: "… tăng 7,6% so cùng kỳ và bằng 99% so 2019", "… tăng 2,2% so cùng kỳ và tăng 8,7% so với năm
#: 2019": a level as a share of a base, and a change over another base after one over the year
#: before.
_LEVEL_OF = re.compile(r"\bbang\s*\Z")
_OVER = re.compile(r"\s*so (?:voi )?(?:nam )?\d{4}\b")
_OVER_SAME_TIME = re.compile(r"\s*so (?:voi )?cung(?: ky)?\b")
#: "Cao hơn chỉ tiêu đề ra của Nghị quyết Đại hội … là 3,84%", "cao hơn Nghị quyết 01/NQ-CP 0,3 điểm
#: phần trăm": how far a target goes past another.
_BEYOND_TARGET = re.compile(
    r"\b(?:cao hon|thap hon)\s+(?:so voi\s+)?(?:chi tieu|muc tieu|ke hoach|nghi quyet)\b[^.;:()%]*\Z"
)
_BEYOND_REACH = 140
#: How many year phrases back the phrase that dates a value is looked for.
_DATING_REACH = 40
#: "… Trong đó:" closing a line: its value is broken down in the lines below.
_BREAKS_DOWN = re.compile(r"\btrong do\s*:\s*\Z")
#: The mark of a list line, right before its words.
_MARK = re.compile(r"(?:^|\n)[ \t]*([+\-*•])[ \t]*\Z")
#: The words of a sector, or of nothing: the subject of a line breaking a rate down ("Nông
#: nghiệp", "Công nghiệp - Xây dựng", "Thương mại - Dịch vụ - Du lịch", "khu vực II").
_SECTOR_WORDS = frozenset(
    {
        "khu", "vuc", "nganh", "linh", "nong", "lam", "ngu", "thuy", "san", "cong", "xay", "dung",
        "thuong", "mai", "dich", "vu", "du", "lich", "tieu", "thu", "nghiep", "i", "ii", "iii",
        "va",
    }
)  # fmt: skip
_WORD_GAPS = re.compile(r"[\s,\-–&]+")
#: "- Năm 2023: ": a list item labelled with the year its value is for.
_YEAR_LABEL = re.compile(r"[\s\-+*•]*nam (?P<year>\d{4})\s*:\s*")
#: "Số trường học đạt chuẩn Quốc gia: 04 trường", "- Tổng số hợp tác xã: 40 HTX": a list row
#: naming the count, then its value after a colon.
_COUNT_LABEL = re.compile(r"[\s\-+*•]*(?:tong )?so(?: luong)? [^:;.\n]{1,120}:\s*\Z")
#: A clause that opens after a semicolon.
_AFTER_SEMICOLON = re.compile(r";[ \t]*\Z")
#: "… xã đều đạt chuẩn …", "… xã được công nhận đạt chuẩn …": what the units counted attain.
_ATTAINS = re.compile(r"\s*(?:deu\s+)?(?:duoc\s+(?:cong nhan\s+)?)?dat\s+(?:chuan|tieu chi)\b")
#: "mỗi cấp …": a count for each of something.
_EACH = re.compile(r"\bmoi\b")
#: "Bên cạnh đó, 50.000 phụ nữ … được nâng cao kiến thức …": a sentence that goes on with the
#: targets of the one before it.
_MORE_TARGETS = re.compile(
    r"[\s\-+*•]*(?:ben canh do|ngoai ra|dong thoi|cung voi do|them vao do|trong do)\s*,"
)
#: "Các chỉ tiêu trên …", "các mục tiêu nêu trên …" (about the targets above, not those below),
#: "Thời hạn hoàn thành: …": a sentence that dates the undated targets before it.
#: "Đó là một số chỉ tiêu được đề ra trong kế hoạch … năm 2025", "Đây là những mục tiêu …": the
#: same, said of the targets just read (the year it names need not say "đến").
_ABOVE = re.compile(
    r"\bcac (?:chi tieu|muc tieu)(?: neu)? (?:tren|nay)\b"
    r"|(?P<those>\b(?:do|day) la (?:mot so |nhung |cac )?(?:chi tieu|muc tieu)\b)"
)
#: "Đó là một trong những mục tiêu … đến năm 2030" after a headline's goal: it dates the goal
#: above, and leads the passage below as any sentence naming a deadline does.
_BACK = re.compile(
    _ABOVE.pattern
    + r"|(?P<due>\bthoi han(?: hoan thanh)?\b)"
    + r"|(?P<among>\b(?:do|day) la mot trong (?:nhung|cac) (?:chi tieu|muc tieu)\b)"
)
#: The end of a sentence: where a year written after its values stops reaching back.
_SENTENCE_CLOSE = re.compile(r"[.!?](?=\s|$)|\n")
#: "…, cùng thời hạn hoàn thành", "Cùng thời điểm đó, …", "Đồng thời, …": the deadline of the
#: targets before.
#: "… nhằm bảo đảm hoàn thành nhiệm vụ CĐS giai đoạn 2021 - 2025 gồm: …": the period of the
#: tasks a list of targets serves, not its deadline
_PURPOSE = re.compile(
    r"\b(?:nham|de|gop phan)(?: (?:bao dam|dam bao))? (?:hoan thanh|thuc hien)\b[^\d.;:()]{0,40}\Z"
)
_PURPOSE_REACH = 80
#: "Kế hoạch hành động năm 2023 triển khai Chiến lược … giai đoạn": a plan for one year, and the
#: document whose period follows, which it carries out.
_CARRIES_OUT = re.compile(
    r"\bke hoach(?: [^\W\d_]+){0,3}? nam (?P<year>(?:19|20)\d\d)\s+(?:de\s+)?(?:trien khai|thuc hien)"
    r"(?: thuc hien)? (?:chien luoc|chuong trinh|de an|ke hoach|nghi quyet)\b[^\d.;:()]{0,100}\Z"
)

#: How far before a period the plan for one year that carries it out is looked for (its name, its
#: year, the verb and the document, and the 100 characters of the document's name).
_CARRIES_OUT_REACH = 320
#: "Thực hiện Đề án …", "Triển khai Nghị quyết …": a sentence that opens on the document carried
#: out, and a plan for one year ending it ("… xây dựng kế hoạch thực hiện tổng thể năm 2018").
_CARRYING = re.compile(
    r"[\s\-+*•]*(?:thuc hien|trien khai)(?: thuc hien)? (?:chien luoc|chuong trinh|de an"
    r"|ke hoach|nghi quyet|quyet dinh)\b"
)
#: "… kế hoạch thực hiện tổng thể năm 2018.": a plan for one year, ending its sentence.
_PLAN_OF_YEAR = re.compile(
    r"\bke hoach(?: [^\W\d_]+){0,4}? nam (?P<year>(?:19|20)\d\d)\s*[.;]?\s*\Z"
)
#: A headline that opens with a year and sets a goal for it: the plan's own year.
_YEAR_GOAL_HEADLINE = re.compile(
    # "[Infographics] Năm 2020: Phấn đấu đưa 130.000 lao động …", with a label before it
    r"\s*(?:\[[^\]\n]*\]\s*)?nam (?P<year>(?:19|20)\d\d)\s*[,:][^.;]*"
    r"\b(?:phan dau|muc tieu|chi tieu|dat muc tieu)\b"
    # "Tỉnh Quảng Ninh đặt mục tiêu năm 2024 có 87% lao động qua đào tạo", "Phấn đấu tuyển sinh
    # đào tạo nghề năm 2023 đạt …": a goal for the year named right after the goal word
    r"|[^.;\n]*?\b(?:dat muc tieu|phan dau)(?: [^\W\d_]+){0,6}?(?<!\bden)(?<!\btoi) nam"
    r" (?P<after>(?:19|20)\d\d)"
    r"(?!\s*[-–])\b"
)
#: The same opening a sentence of the body ("… Năm 2025, toàn tỉnh phấn đấu …"), with the verbs of
#: a goal only: "Năm 2024, chỉ tiêu … đạt 95%" in a body reports how a year's goal went.
_YEAR_GOAL_SENTENCE = re.compile(
    r"(?:^|[.\n]\s*)nam (?P<year>(?:19|20)\d\d)\s*,[^.;\n]*?\b(?:phan dau|dat muc tieu)\b"
)
_SAME_DEADLINE = re.compile(
    r"\bcung (?:thoi han|thoi diem|moc thoi gian)\b|\bdong thoi,"
    # "… phát triển 1.905 đảng viên mới trong năm 2024. Cụ thể: Đảng bộ … 150 …; Hội An 110; …":
    # the details of the targets before
    r"|(?:^|(?<=[.\n]))[ \t]*cu the[ \t]*:"
)


@dataclass(frozen=True, slots=True)
class Found:
    """One target read: its value draft, subject, deadline year (``None`` when no year governs
    it: an undated reading, reported to be dated) and governing pillar."""

    draft: ValueDraft
    subject: Subject
    year: int | None
    pillar: Pillar | None


@dataclass(frozen=True, slots=True)
class Reading:
    """Everything read from a text: targets, skipped phrases, the pillars its headings name
    and every year it mentions."""

    found: tuple[Found, ...]
    skipped: tuple[SkippedPhrase, ...]
    pillars: tuple[Pillar, ...]
    years: tuple[int, ...]


@dataclass(slots=True)
class _Walker:
    src: SourceText
    reader: ClauseReader
    phrases: list[YearPhrase]
    default_year: int | None
    year: int | None
    reference: int | None
    heading_pillar: Pillar | None = None
    results: bool = False
    line_pillar: Pillar | None = None
    pillars: list[Pillar] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)
    skipped: list[SkippedPhrase] = field(default_factory=list)
    sentence: list[list[Subject]] = field(default_factory=list)
    previous: list[list[Subject]] = field(default_factory=list)
    phrase_starts: list[int] = field(default_factory=list)
    scoped: int | None = None
    scoped_to_line: bool = False
    scoped_until: int | None = None
    #: Where the sentence whose opening year governs began, and the year governing before it.
    governed: tuple[int, int | None] = (-1, None)
    last_subjects: tuple[Subject, ...] = ()
    #: The bullet mark of the lines that break a rate per year down by sector, after "Trong đó:".
    breakdown: str | None = None
    #: Where the brackets breaking down a change in points close ("tăng tỷ lệ … 3% - 5% (trong
    #: đó, ngành cơ khí tăng 5%, …)"): the shares in them are changes in points too.
    points_until: int = -1
    #: For the bound count ending at the first position: how far "trong đó" has been looked for
    #: after it, and whether it was found.
    parts_seen: tuple[int, int, bool] = (-1, -1, False)
    line_past: bool = False
    #: Whether the paragraph reports results because a year before the plan's says so.
    past_year: bool = False
    line_results: bool = False
    line_targets: bool = False
    line_undated: bool = False
    reported: frozenset[int] = frozenset()
    reported_anyway: frozenset[int] = frozenset()
    sentence_past: bool = False
    sentence_result: bool = False
    quiet: frozenset[int] = frozenset()
    sentence_starts: frozenset[int] = frozenset()
    sentence_quiet: bool = False
    sentence_begin: int = 0
    sentence_list: list[int] = field(default_factory=list)
    marks: tuple[int, int, int, int] = (0, 0, 0, 0)
    marks_of: int = -1
    done_until: int = 0
    led_at: int = -1
    #: The year of the congress term that dates the passage ("Nghị quyết Đại hội …, nhiệm kỳ
    #: 2025-2030"), while it does.
    term_year: int | None = None
    #: Where the last count read as a target stands (its sentence's start) and its unit.
    counted: tuple[int, str] | None = None
    #: The bound of the first count read as a target in a sentence ("khoảng"), and where that
    #: sentence starts.
    counted_bound: str = "reach"
    bound_at: int = -1
    #: Where the count whose bound the counts after it take stands.
    bound_span: tuple[int, int] = (0, 0)
    led_until: bool = False
    lowered: str = ""
    #: The last share read as a target, which a count in brackets after it may count.
    share: ValueDraft | None = None

    def context(self, clause: Clause) -> int:
        """Update pillar and year from a clause's heading or opening words; return its body."""
        low = self.src.low
        start = clause.start
        first = bisect.bisect_left(self.phrase_starts, clause.start)
        last = bisect.bisect_left(self.phrase_starts, clause.end)
        inside = [p for p in self.phrases[first:last] if p.end <= clause.end]
        if clause.sentence_start:
            if self.sentence:
                self.previous = self.sentence
            self.sentence = []
            self.last_subjects = ()
            if not self.scoped_to_line:
                self.scoped = None
        if clause.line_start:
            self._breaks_down(clause)
            self.line_pillar = None
            # a paragraph right after one whose values were results goes on reporting them
            # unless it sets a target (a target word, a year) or is a heading
            carried = self.line_results and not self.line_targets and not clause.heading
            self.scoped, self.scoped_to_line, self.line_past = None, False, carried
            self.past_year = False
            self.line_results = self.line_targets = self.line_undated = False
            if clause.heading:
                self._heading(clause, inside)
        if clause.sentence_start:
            # a sentence reporting results: its values, and those after it in the paragraph
            self.sentence_past = clause.start in self.reported
            if clause.start in self.sentence_starts:
                self.sentence_quiet = clause.start in self.quiet
                self.sentence_begin = clause.start
            self.sentence_result = clause.start in self.reported_anyway
            self.line_past = self.line_past or self.sentence_past
        if clause.sentence_start or clause.line_start:
            marker = pillar_marker(low, clause.start, clause.end)
            if marker:
                self.line_pillar, start = marker
                self._note(marker[0])
        self._dating(clause, inside, start)
        if _sets_target(low, start, clause.end) or (
            # "…; giảm 0,31% so với kế hoạch giao năm" after "năm 2024 … đạt 2,87%": the plan a
            # result of a year gone by is compared with sets no target
            not self.past_year and _TARGET.search(low, start, clause.end)
        ):
            self.line_past = False
        return start

    def _dating(self, clause: Clause, inside: list[YearPhrase], start: int) -> None:
        """The year phrases of a clause: those that open it (or close a lead sentence, "Kế hoạch
        đặt mục tiêu đến năm 2030 …") govern what follows; a past one marks results."""
        low = self.src.low
        lead = clause.sentence_start and not clause.bullet
        for phrase in inside:
            usable = not phrase.compared and not self._past(phrase)
            if usable and self._back_at() < phrase.start:
                continue  # "Các chỉ tiêu trên … đến năm 2025": it dates the targets above
            if usable and phrase.prep == "sau" and is_leading(low, start, phrase):
                self.year, self.scoped = None, None  # "Sau năm 2025, …": after it, no deadline
            elif usable and phrase.start >= start and is_leading(low, start, phrase):
                year = self._carrying_year(phrase) or _joined_year(low, phrase, inside)
                self._govern(year, clause, phrase.start)
                self.led_at, self.led_until = self.sentence_begin, phrase.until
                self.term_year = phrase.year if phrase.term else None
            elif usable and is_vision(low, start, phrase) and not self._aimed_at(phrase):
                pass  # "…, tầm nhìn đến năm 2045", "định hướng đến năm 2035": a vision
            elif usable and self._beyond_term(phrase):
                pass  # "… trở thành tỉnh phát triển có thu nhập cao trước năm 2045": an aim
            elif usable and lead and self._term_of_goals(phrase, clause):
                # "Đại hội … nhiệm kỳ 2024 - 2029 xác định trong nhiệm kỳ tới phấn đấu thực hiện
                # 10 chỉ tiêu trọng tâm; trong nhiệm kỳ, 30.000 thanh niên …": the term whose
                # goals the sentence names dates the values of the sentence
                self._scope(phrase.year, clause, phrase.start)
            elif (
                usable
                and phrase.until
                and lead
                and self._sets_year(start, phrase.start)
                and not self._told_past(phrase)
                and not self.line_undated
            ) or (
                usable
                and (
                    self._leads_passage(clause, phrase)
                    or self._opens_list(phrase)
                    or self._opens_bracket(phrase)
                    or self._names_goals(phrase)
                )
            ):
                self.year, self.scoped = self._carrying_year(phrase) or phrase.year, None
                self.led_at = self.sentence_begin
                self.term_year = phrase.year if phrase.term else None
            elif (
                usable
                # a plain year among goals ("xã đề ra một số chỉ tiêu như: …; thu nhập … năm 2030
                # đạt 86 triệu đồng"), not in a report ("Ông cho biết, … năm 2024 đạt …")
                and (phrase.until or (not phrase.prep and self._marks()[0] < phrase.start))
                and self.year is None
                and _STATES_AFTER.match(low, phrase.end)
                and not self._told_past(phrase)
                # "… đạt 13,8%/năm trong 10 năm, trong đó giai đoạn 2011 – 2015 đạt 13%/năm": the
                # period of a part of the value before
                and not _PART_PERIOD.search(low, max(0, phrase.start - 16), phrase.start)
            ):
                # "GRDP đến năm 2030 đạt hơn 630.000 tỷ đồng; tốc độ tăng trưởng … 11%", "thu
                # nhập bình quân đầu người năm 2030 đạt 86 triệu đồng; …": the first target
                # stated, where no year is known yet, dates what follows
                self.year = phrase.year
            if not phrase.compared:
                # "Năm 2023, chỉ số … xếp thứ 27": what follows in the paragraph are results
                self.past_year = self._past(phrase)
                self.line_past = self.past_year or self.sentence_past

    def _carrying_year(self, phrase: YearPhrase) -> int | None:
        """The year of a plan for one year when the year phrase is the period of the document it
        carries out ("Kế hoạch hành động năm 2023 triển khai Chiến lược phát triển lĩnh vực thông
        tin cơ sở giai đoạn 2021-2025 … với mục tiêu: …": 2023), named before the period or at
        the end of a sentence that opens on that document ("Thực hiện Đề án … giai đoạn 2018 -
        2020, … xây dựng kế hoạch thực hiện tổng thể năm 2018.": 2018)."""
        low = self.src.low
        # the plan's name ends right before the period: looked for in the words just before it,
        # so that a sentence of many year phrases costs linear work
        floor = max(self.sentence_begin, phrase.start - _CARRIES_OUT_REACH)
        carried = _CARRIES_OUT.search(low, floor, phrase.start)
        if carried:
            return int(carried["year"])
        # "Thực hiện Đề án … giai đoạn 2018 - 2020, tầm nhìn đến năm 2025, huyện … đã xây dựng kế
        # hoạch thực hiện tổng thể năm 2018.": the plan for one year named after the period
        if phrase.first is None or not _CARRYING.match(low, self.sentence_begin, phrase.start):
            return None
        end = self._end()
        named = _PLAN_OF_YEAR.search(low, phrase.end, end)
        return int(named["year"]) if named and named.end() >= end - 2 else None

    def _term_of_goals(self, phrase: YearPhrase, clause: Clause) -> bool:
        """Whether a congress term, in a sentence that states values and with no year dating
        its parts yet, is followed in its clause by the goals it sets ("… nhiệm kỳ 2024 - 2029
        xác định … phấn đấu thực hiện 10 chỉ tiêu trọng tâm"), not a term under review."""
        low = self.src.low
        if not phrase.term or self.scoped is not None or self.sentence_quiet:
            return False  # a term in a sentence of no value dates the passage (_leads_passage)
        if committee_term(low, phrase):
            return False
        if _reviewed(low, self.sentence_begin, phrase) or self._told_past(phrase):
            return False
        goals = _TERM_GOALS.search(low, phrase.end, clause.end)
        # not "trong nhiệm kỳ 2020–2025, Đảng ủy … đã … thực hiện thắng lợi các mục tiêu": done
        return goals is not None and not _DONE.search(self.lowered, phrase.end, goals.start())

    def _beyond_term(self, phrase: YearPhrase) -> bool:
        """Whether a year of a sentence that states no value, in a passage a congress term dates,
        names an aim of its own rather than the term's goals ("Nghị quyết Đại hội …, nhiệm kỳ
        2025-2030 …. … xây dựng tỉnh … có thu nhập trung bình cao trước năm 2030, phấn đấu thành
        tỉnh phát triển có thu nhập cao trước năm 2045."): the term keeps dating the targets."""
        return (
            self.term_year is not None
            and self.year == self.term_year
            and not phrase.term
            and self.sentence_quiet
            and self.led_at != self.sentence_begin
        )

    def _aimed_at(self, phrase: YearPhrase) -> bool:
        """Whether the goals of the sentence are set for a vision's year ("Chiến lược đặt ra
        những mục tiêu … cho giai đoạn định hướng đến năm 2035"): a goal word shortly before it,
        with no other year between ("Mục tiêu đến năm 2030, tầm nhìn đến năm 2045" is a vision)."""
        low = self.src.low
        before = low[max(self.sentence_begin, phrase.start - _AIM_REACH) : phrase.start]
        goals = list(_GOAL.finditer(before))
        if goals and not any(c.isdigit() for c in before[goals[-1].end() :]):
            return True
        # "… xác định 18 chỉ tiêu và 9 nhóm nhiệm vụ, giải pháp phát triển kinh tế - xã hội chủ
        # yếu năm 2025": the goals and tasks counted before it
        before = low[max(self.sentence_begin, phrase.start - _COUNTED_AIM_REACH) : phrase.start]
        counts = find_item_counts(before)
        return bool(counts) and not any(c.isdigit() for c in before[counts[-1][1] :])

    def _leads_passage(self, clause: Clause, phrase: YearPhrase) -> bool:
        """Whether a year phrase of a sentence that states no value dates the passage below it:
        a target year after a goal word ("Bình Dương đặt mục tiêu … vào năm 2025", "… nhất trí
        mục tiêu, … nhiệm kỳ 2025-2030"), or before one after a speaker's words ("… cho biết,
        trong năm 2025, tỉnh này xây dựng 36 chỉ tiêu"), a congress term ("Đại hội … nhiệm kỳ
        2025-2030"), the deadline of a development ("… về phát triển kinh tế, xã hội … đến năm
        2025") or the end of a campaign's run ("diễn ra từ ngày 15-5 đến 15-7-2025"), in a
        paragraph, not a list item, and not told in the past ("đã đạt … giai đoạn 2021-2025")."""
        if clause.bullet or not self.sentence_quiet:
            return False
        if self.led_at == self.sentence_begin:
            # the first target year of a lead sentence is its deadline, but for the later stages
            # of amounts it lists ("… đạt 20 tỷ USD vào năm 2025, …; 25 tỷ USD vào năm 2030"):
            # the passage below runs to the last
            return (
                phrase.prep == "vao"
                and self.year is not None
                and phrase.year > self.year
                and _DIGIT.search(
                    self.src.low, max(self.sentence_begin, phrase.start - 30), phrase.start
                )
                is not None
            )
        if self._told_past(phrase):
            return False
        if phrase.term and committee_term(self.src.low, phrase):
            return False  # "HĐND xã … khóa XXI, nhiệm kỳ 2021 – 2026 đã tổ chức kỳ họp …"
        if phrase.term and _reviewed(self.src.low, self.sentence_begin, phrase):
            return False  # "Đại hội sẽ đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2020 - 2025"
        if self._plan_year(phrase):
            return True
        if (
            self.year is None
            and phrase.first is not None
            and _SCHOOL_YEAR.match(self.src.low, phrase.start)
            and not _REVIEWED_RIGHT_BEFORE.search(
                self.src.low, max(0, phrase.start - 12), phrase.start
            )
        ):
            # "UBND tỉnh vừa phê duyệt tỷ lệ tuyển sinh lớp 10 … năm học 2016 - 2017": the school
            # year the passage is for, where no year is known yet; it ends in its later year
            return True
        if not (phrase.until or phrase.prep in ("vao", "trong") or phrase.term):
            # "Nhiều mục tiêu, nhiệm vụ phát triển kinh tế năm 2023", "… đề ra 28 chỉ tiêu năm
            # 2026": a plain year right after the goals it names
            return self._aimed_at(phrase)
        goal = self._marks()[0]
        # "… cho biết, trong năm 2025, tỉnh này xây dựng 36 chỉ tiêu …": a year opening a part of
        # the sentence, the goals it sets after it
        told = _TOLD_AT.search(
            self.src.low, max(self.sentence_begin, phrase.start - 40), phrase.start
        )
        return (
            phrase.term
            or goal < phrase.start
            or (told is not None and goal < self._end() and not self.line_past)
            # "… dự thảo kết luận … về phát triển kinh tế, xã hội TP.Cao Lãnh đến năm 2025": the
            # development a plan sets to a deadline
            or (
                phrase.until
                and _DEVELOPMENT.search(self.src.low, self.sentence_begin, phrase.start) is not None
            )
            # "Đợt cao điểm …, diễn ra từ ngày 15-5 đến 15-7-2025": the end of a campaign's run
            or (
                phrase.until
                and _RUNS.search(
                    self.src.low, max(self.sentence_begin, phrase.start - 40), phrase.start
                )
                is not None
            )
        )

    def _opens_list(self, phrase: YearPhrase) -> bool:
        """Whether a year phrase stands in the words that open a list of goals in its sentence
        ("…, năm 2023, năng lực số … được xác định với 5 nhóm mục tiêu chính, đó là: …; 100% Tổ
        công nghệ số cộng đồng …"): with a goal word between it and the colon, and no other year,
        it dates the list, as the line "Mục tiêu năm 2023:" would."""
        low = self.src.low
        colon = low.find(":", phrase.end, self._end())
        if colon == -1 or self._told_past(phrase) or self.led_at == self.sentence_begin:
            return False
        intro = low[phrase.end : colon]
        if _TERM_REVIEWED.search(intro) or _DONE.search(self.lowered, phrase.end, colon):
            return False  # "Năm 2023, kết quả thực hiện các chỉ tiêu như sau: …": results
        return _GOAL.search(intro) is not None and YEAR_DIGITS.search(intro) is None

    def _opens_bracket(self, phrase: YearPhrase) -> bool:
        """Whether a year phrase after a goal word ends right before a bracket that spells the
        goals out ("… hướng tới mục tiêu 90 – 90 – 90 vào năm 2020!” (90% người nhiễm HIV …)"):
        it dates what the bracket gives, as "Mục tiêu năm 2020:" would."""
        low = self.src.low
        floor = max(self.sentence_begin, phrase.start - _AIM_REACH)
        return (
            _BRACKET_NEXT.match(low, phrase.end) is not None
            and not self._told_past(phrase)
            # the goal word may name the goals by their values ("mục tiêu 90 – 90 – 90")
            and _GOAL.search(low, floor, phrase.start) is not None
            and YEAR_DIGITS.search(low, floor, phrase.start) is None
        )

    def _names_goals(self, phrase: YearPhrase) -> bool:
        """Whether a plain year names the goals a list after it gives ("Kỳ họp thống nhất các
        chỉ tiêu kinh tế - xã hội chủ yếu năm 2026, trong đó tốc độ tăng trưởng GRDP … 11%."):
        it dates that list and the passage below it, as the line "Chỉ tiêu năm 2026:" would."""
        return (
            not phrase.until
            and not phrase.prep
            and _AMONG.match(self.src.low, phrase.end) is not None
            and not self._told_past(phrase)
            and self._aimed_at(phrase)
        )

    def _plan_year(self, phrase: YearPhrase) -> bool:
        """Whether a year or period names the plan the passage reports: a period where no year
        is known yet ("Theo Quy hoạch tỉnh Bắc Ninh giai đoạn 2021 – 2030, …"), or a plan's year
        before the goals it sets ("Theo Kế hoạch chuyển đổi số tỉnh năm 2022 đề ra mục tiêu cụ
        thể, gồm: …"). Its last year dates the targets below, as the heading of such a plan
        would."""
        low = self.src.low
        if not _PLAN_PERIOD.search(low, max(0, phrase.start - 260), phrase.start):
            return False
        if phrase.first is not None or (
            phrase.until and _APPROVED.search(low, max(0, phrase.start - 160), phrase.start)
        ):
            # "… vừa ký quyết định phê duyệt Đề án Nâng cao chất lượng … đến năm 2020.": the
            # plan approved, and its deadline, where no year is known yet
            return self.year is None
        goal = self._marks()[0]
        return not phrase.until and not phrase.prep and goal > phrase.start and goal < self._end()

    def _end(self) -> int:
        """Where the current sentence ends."""
        index = bisect.bisect_right(self.sentence_list, self.sentence_begin)
        ends = self.sentence_list
        return ends[index] if index < len(ends) else len(self.src.text)

    def _told_past(self, phrase: YearPhrase) -> bool:
        """Whether the sentence says "đã …" before the year phrase ("đã đạt … giai đoạn …"), in
        its clause: not across a semicolon ("… đã bám sát … kết quả năm 2025; thống nhất … nhiệm
        vụ, giải pháp trọng tâm năm 2026")."""
        done = self._marks()[1]
        return done < phrase.start < self.done_until

    def _back_at(self) -> int:
        """Where the current sentence speaks of the targets above ("Các chỉ tiêu trên …"), or
        its end."""
        return self._marks()[2]

    def _marks(self) -> tuple[int, int, int, int]:
        """Where the current sentence first names a goal, first says "đã …" and first speaks of
        the targets above (its end when it does not), and where its first target word ends
        (past its end when it has none): looked for once per sentence, so that a sentence of many
        year phrases or counts costs linear work."""
        if self.marks_of != self.sentence_begin:
            begin, end = self.sentence_begin, self._end()
            goal = _GOAL.search(self.src.low, begin, end)
            done = _DONE.search(self.lowered, begin, end)
            back = _ABOVE.search(self.src.low, begin, end)
            goal_at, done_at, back_at = (m.start() if m else end for m in (goal, done, back))
            target = _TARGET.search(self.src.low, begin, end)
            self.marks = (goal_at, done_at, back_at, target.end() if target else end + 1)
            self.marks_of = begin
            # the clause "đã …" is said in ends at a semicolon
            semicolon = self.src.low.find(";", done_at, end)
            self.done_until = end if semicolon == -1 else semicolon
        return self.marks

    def _heading(self, clause: Clause, inside: list[YearPhrase]) -> None:
        """A heading files what follows under its pillar and year, or opens a results section."""
        low = self.src.low
        named = pillars_named(low, clause.start, clause.end)
        self.heading_pillar = named[0] if len(named) == 1 else None
        self._note(named[0] if len(named) == 1 else None)
        line_end = low.find("\n", clause.start)
        line_end = len(low) if line_end == -1 else line_end
        if _RESULTS.search(low, clause.start, clause.end) and line_end - clause.start <= _TITLE:
            self.results = True  # a title, not a paragraph reviewing a plan's targets
        elif _PLANNING.search(low, clause.start, clause.end):
            self.results = False
        dating = [p for p in inside if not p.compared and not self._past(p)]
        if dating and not self.results:
            self.year = dating[0].year

    def _sets_year(self, start: int, end: int) -> bool:
        """Whether "mục tiêu", "chỉ tiêu" or "phấn đấu" stands at most 40 characters before
        ``end`` (looked for there only: a clause of many year phrases costs linear work)."""
        return _SETS_YEAR.search(self.src.low, max(start, end - _SETS_REACH), end) is not None

    def _govern(self, year: int, clause: Clause, at: int) -> None:
        """A year opening ``clause`` at ``at``: it governs what follows, or only the rest of its
        sentence (of its line in a list item) when it does not open a sentence of a paragraph."""
        inside = self._bracket_end(at)
        if inside is None and (clause.heading or (clause.sentence_start and not clause.bullet)):
            if self.governed[0] != self.sentence_begin:
                self.governed = (self.sentence_begin, self.year)
            self.year, self.scoped = year, None
            return
        self._later_part(year, at)
        self._scope(year, clause, at)
        if self.year is None and inside is None:
            self.year = year

    def _later_part(self, year: int, at: int) -> None:
        """A year opening a later part of the sentence whose opening year governs ("Đến năm
        2025, giảm … xuống thấp hơn 6,5% và đến năm 2030, giảm … 6,0%."): the sentence is dated
        part by part, and what follows it keeps the year that governed before it, where one did
        (with none before, the opening year goes on governing: "Đến năm 2030, … 55% và đến năm
        2045 … 100%. Kinh tế số chiếm 30% GRDP." dates the last value 2030)."""
        if (
            self.governed[0] == self.sentence_begin
            and self.governed[1] is not None
            and year != self.year
            and self._bracket_end(at) is None
        ):
            self.year = self.governed[1]

    def _scope(self, year: int, clause: Clause, at: int) -> None:
        """A year that dates the rest of its sentence, or only the rest of the brackets it
        stands in ("đạt tối thiểu 10% (đến năm 2030 đạt tối thiểu 20%); tỷ lệ … đạt hơn 80%":
        the 2030 value is an aside, and what follows the brackets keeps the sentence's year)."""
        self.scoped, self.scoped_to_line = year, clause.bullet
        self.scoped_until = self._bracket_end(at)

    def _bracket_end(self, at: int) -> int | None:
        """Where the brackets ``at`` stands in close, or ``None`` outside brackets."""
        low = self.src.low
        if _open_bracket(low, at, max(0, at - _BRACKET_REACH)) == -1:
            return None
        end = low.find(")", at)
        return None if end == -1 else end

    def _scoped_year(self, at: int) -> int | None:
        """The scoped year of a value at ``at``: none once its brackets have closed."""
        if self.scoped_until is not None and at > self.scoped_until:
            self.scoped, self.scoped_until = None, None
        return self.scoped

    def _past(self, phrase: YearPhrase) -> bool:
        """A plain "Năm 2023, …" before the plan's own year dates results, not targets."""
        return not phrase.until and self.reference is not None and phrase.year < self.reference

    def _note(self, pillar: Pillar | None) -> None:
        if pillar is not None and pillar not in self.pillars:
            self.pillars.append(pillar)

    def values(self, clause: Clause, start: int, mentions: list[Mention]) -> None:
        """Read the values of one clause and record their targets or why they were skipped."""
        end = clause.end
        drafts = _falling_on(
            self.src.low,
            [
                replace(d, lead_year=None, lead_opens=False) if self._serves(d) else d
                for d in _side_by_side(
                    self.src.low, self._listed_respectively(self.reader.read(start, end, mentions))
                )
            ],
        )
        respective = self._respective(start, end, drafts)
        drafts = _bounded_by_first(drafts) if respective else drafts
        clause_year: int | None = None
        targeted = _sets_target(self.src.low, start, end)
        for index, read in enumerate(drafts):
            mention = read.mention
            span = (mention.start, mention.end)
            if read.lead_year is not None and (read.skip is None or read.skip[1] == MONTHS_GONE):
                clause_year = read.lead_year
                self._lead(read, clause, first=index == 0)
            draft = self._inherit(self._by_sector(read))
            draft, skip = self._estimated(start, draft)
            if skip is None:
                skip = self._aside(drafts[index - 1] if index else None, draft)
            if skip is None and self.results and not targeted:
                skip = ("past-result", "in a section reporting results")
            dated = draft.lead_year is not None or draft.local_year is not None
            if skip is None and self.sentence_result and not targeted:
                skip = ("past-result", "in a sentence reporting results")
            if skip is None and self.sentence_past and not (targeted or self._by_deadline(draft)):
                skip = ("past-result", "in a sentence reporting results")
            if skip is None and self.line_past and not (targeted or dated):
                skip = ("past-result", "in a passage reporting results of an earlier year")
            if skip is not None:
                self._skip(span, *skip)
                self.line_results = self.line_results or (
                    skip[0] == "past-result" and skip[1] != OF_TARGET
                )
                continue
            if mention.is_count and (figure := self._figure(start, mention)):
                self._skip(span, *figure)
                continue
            counted = self._count(clause, start, draft) if mention.is_count else self._noted(draft)
            if counted is None:
                self._skip(span, "count-without-comparator",
                           "a count with no comparator word (đạt, tối thiểu, …)")  # fmt: skip
                continue
            draft = counted
            governing = (scoped := self._scoped_year(mention.start)) or self._yearly_after_stages(
                clause_year, draft
            )
            year = (
                None
                if self._after_a_year(start, drafts, index)
                else (
                    draft.local_year
                    or clause_year
                    or governing
                    or self.default_year
                    # "Giảm tỷ lệ sinh con thứ 3 trở lên 1% so với năm 2023", no year governing: a
                    # change over a year is for the year after it
                    or (draft.base_year + 1 if draft.base_year is not None else None)
                )
            )
            self._date_breakdown(clause, draft, clause_year, year)
            if draft.local_year is not None and _dates_the_rest(
                draft,
                drafts[index - 1] if index else None,
                clause_year,
                free=scoped is not None or governing is None,
            ):
                self._scope(draft.local_year, clause, mention.start)
            if year is None:
                self._skip(draft.quote, "no-deadline",
                           "no year governs this target: it is listed as undated; give its "
                           "deadline (default_deadline=) to put it in the plan")  # fmt: skip
            subjects = respective[index] if respective else list(self._year_rise(draft, year))
            self.sentence.append(subjects)
            pillar = self.line_pillar or self.heading_pillar
            self.found.extend(
                Found(draft, self._of_pillar(subject, pillar), year, pillar) for subject in subjects
            )
            self.line_targets = True
            self.line_undated = self.line_undated or (year is None and bool(subjects))

    def _date_breakdown(
        self, clause: Clause, draft: ValueDraft, clause_year: int | None, year: int | None
    ) -> None:
        """A value dated by the year in its own words, broken down in the brackets right after
        it ("… tỷ lệ nội địa hóa … đến năm 2020 bình quân 3% - 5% (trong đó, ngành cơ khí tăng
        5%, …)"): the parts in the brackets take its year, and its unit when it is a change in
        points."""
        parts = _PARTS_BRACKET.match(self.src.low, draft.reading.after)
        if parts is None:
            return
        if draft.subjects and all(s.unit == "pp" for s in draft.subjects):
            self.points_until = self._bracket_end(parts.end()) or -1
        if clause_year is not None and year == clause_year:
            self._scope(year, clause, parts.end())

    def _yearly_after_stages(self, clause_year: int | None, draft: ValueDraft) -> int | None:
        """The year a sentence opened by "Hằng năm" runs to, right after a sentence whose last
        value named a later stage's own year ("… xuống còn 10/100.000 trẻ và 8/100.000 trẻ vào
        năm 2030. Hằng năm, giảm 5 - 10% số trẻ em …"): that later year, each year's goal held
        to the end of the stages; otherwise the year governing."""
        governing = self.year
        if not self.found or governing is None or clause_year or draft.local_year:
            return governing
        last = self.found[-1]
        if (
            last.draft.local_year is None
            or last.year is None
            or last.year <= governing
            or not _YEARLY_OPENING.match(self.src.low, self.sentence_begin)
            or last.draft.mention.end < self._previous_sentence()
        ):
            return governing
        return last.year

    def _previous_sentence(self) -> int:
        """Where the sentence before the current one begins (the text's start for the first)."""
        index = bisect.bisect_left(self.sentence_list, self.sentence_begin)
        return self.sentence_list[index - 1] if index > 0 else 0

    def _after_a_year(self, start: int, drafts: list[ValueDraft], index: int) -> bool:
        """Whether the last year named before a value, since the value before it, is one it
        comes after ("… đến năm 2030 đạt khoảng 50-55% … và sau năm 2030 đạt 60-70%"): a goal for
        no deadline."""
        draft = drafts[index]
        if draft.local_year is not None:
            return False
        begin = drafts[index - 1].mention.end if index else start
        last = bisect.bisect_left(self.phrase_starts, draft.reading.start)
        phrase = self.phrases[last - 1] if last else None
        return phrase is not None and phrase.start >= begin and phrase.prep == "sau"

    def _figure(self, start: int, mention: Mention) -> tuple[str, str] | None:
        """Why a count is a figure that is no target: a population, or the size of the holders a
        target counts ("doanh nghiệp có từ 10 lao động trở lên")."""
        low = self.src.low
        at = mention.number_start
        if _POPULATION.search(low, max(start, at - _POPULATION_REACH), at):
            return (
                "population-figure",
                "the population a plan expects or a body stands for, not a target",
            )
        if (
            mention.unit == "person"
            and _SIZED_BY.match(low, mention.end)
            and _HOLDERS_SIZED.search(low, max(self.sentence_begin, at - _SIZED_REACH), at)
        ):
            return (
                "qualifier",
                "the size that says which holders a target counts (“doanh nghiệp có từ 10 lao "
                "động trở lên”), not a target",
            )
        name = _NAME_AFTER.match(self.src.text, mention.end) if mention.unit == "commune" else None
        if name and self.src.text[name.end()].isupper():
            return (
                "place-names",
                "the places a task is done in, named (“tại 2 xã Ngọc Lý và Ngọc Thiện”), not a "
                "target",
            )
        return None

    def _of_pillar(self, subject: Subject, pillar: Pillar | None) -> Subject:
        """A share of output whose sector the subject does not name, under a pillar that does
        ("Về kinh tế số, năm 2025 chiếm 10% GRDP"): matched with the pillar's words."""
        if pillar is None or subject.match.indicator is not None:
            return subject
        if not names_no_sector(subject.text.split()):
            return subject
        match = self.reader.matcher.match(
            f"{fold(pillar.value)} {subject.text}", units=(subject.unit,)
        )
        return subject if match.indicator is None else replace(subject, match=match)

    def _count(self, clause: Clause, start: int, draft: ValueDraft) -> ValueDraft | None:
        """A count as a target, or ``None`` when it is one only with a comparator word."""
        mention = draft.mention
        counted = self._counted_share(draft)
        if counted is not None:
            return counted
        bare = draft.reading.wording in (None, "có", "Có")
        if bare and _APPLIED_TO.search(self.src.low, max(start, mention.start - 16), mention.start):
            return None
        if (
            bare
            and self.bound_at == self.sentence_begin
            # "… cho hơn 17.000 lao động …, trong đó có 12.500 lao động …": the parts of a whole
            # more than it, each as written; "khoảng" covers them all
            and (self.counted_bound == "approx" or not self._parts(mention.start))
            # "bình quân mỗi năm số hóa trên 10 ngàn hồ sơ, riêng năm 2021 số hóa 15,4 ngàn hồ
            # sơ": a count set apart is as written
            and not _APART.search(self.src.low, clause.start, mention.start)
        ):
            # "thu hút khoảng 1.500 nhà khoa học, 100 giáo sư thỉnh giảng", "khoảng 140 nghìn tổ
            # hợp tác với … 8 triệu thành viên": the words before the first count of a sentence
            # bound the counts after it
            draft = replace(draft, reading=replace(draft.reading, bound=self.counted_bound))
        # "đào tạo khoảng 1.000 nhân lực …; 14.000 nhân lực trình độ đại học": a count listed
        # after another count of its sentence read as a target is one too
        if bare and self.counted == (self.sentence_begin, mention.unit):
            return draft
        # "hội đăng ký 100% thôn đạt tiêu chí …; 13/13 xã, thị trấn được công nhận …": a count
        # listed, after a semicolon, with a share of its sentence read as a target
        if (
            bare
            and any(self.sentence)
            and _AFTER_SEMICOLON.search(self.src.low, max(0, start - 8), start)
        ):
            return draft
        # "đào tạo sau ĐH 20 cán bộ", "đào tạo chuyên sâu về công nghiệp bán dẫn cho 1.300 giảng
        # viên": a verb of the plan some words before the count
        acted = _ACTION.search(self.src.low, max(start, mention.start - _ACTED), mention.start)
        if (
            bare
            and not acted
            and self._marks()[3] > clause.end  # no target word in its sentence before it
            and not self._year_row(clause, draft)
            and not _COUNT_LABEL.match(self.src.low, clause.start, mention.start)
            and not self._led_to_a_deadline()
            and not self._more_targets()
            and not self._attained(draft)
        ):
            return None
        self.counted = (self.sentence_begin, mention.unit)
        if not bare or self.bound_at != self.sentence_begin:
            self.bound_at, self.counted_bound = self.sentence_begin, draft.reading.bound
            self.bound_span = (mention.start, mention.end)
        return draft

    def _estimated(
        self, start: int, draft: ValueDraft
    ) -> tuple[ValueDraft, tuple[str, str] | None]:
        """A value skipped as a result for an estimate word alone ("đóng góp vào GRDP của tỉnh
        ước đạt 25%") in a passage a deadline governs ("Phấn đấu đến năm 2030 …"): an estimate
        of the target, about that value; other values as they were, with their skip."""
        skip = draft.skip
        if skip is None or skip[0] != "past-result" or not (self.year and self.led_until):
            return draft, skip
        if self.line_past or self.sentence_past:
            return draft, skip
        words = self.src.masked[start : draft.mention.start]
        estimate = ESTIMATE.search(words)
        if estimate is None or PAST_WORDS.search(words.replace(estimate.group(), " ")):
            return draft, skip
        if LAST_YEARS_PERIOD.match(self.src.masked, draft.mention.end):
            # "… ước đạt 101,2 triệu thuê bao tăng 7,77% so với cùng kỳ năm ngoái": a figure of
            # now beside last year's, no estimate of the target
            return draft, skip
        return replace(draft, skip=None, reading=replace(draft.reading, bound="approx")), None

    def _serves(self, draft: ValueDraft) -> bool:
        """Whether the year before a value names the period of the tasks its list serves, where
        a year is known ("Kế hoạch CĐS năm 2024 … 10 chỉ tiêu cần tập trung chỉ đạo thực hiện
        nhằm bảo đảm hoàn thành nhiệm vụ CĐS giai đoạn 2021 - 2025 gồm: 100% …"): the known
        year keeps dating it."""
        known = self.year or (self.reference if self.reader.one_year else None)
        if draft.lead_year is None or known is None or draft.lead_year == known:
            return False
        index = bisect.bisect_left(self.phrase_starts, draft.reading.start)
        phrase = self.phrases[index - 1] if index else None
        if phrase is None or phrase.year != draft.lead_year or phrase.first is None:
            return False
        low = self.src.low
        if self._carrying_year(phrase) == known:
            return True  # "Kế hoạch hành động năm 2023 triển khai Chiến lược … giai đoạn 2021-2025"
        return _PURPOSE.search(low, max(0, phrase.start - _PURPOSE_REACH), phrase.start) is not None

    def _by_deadline(self, draft: ValueDraft) -> bool:
        """Whether a value is dated by a deadline ("đến năm 2025 …", a year after it), not only
        by a plain year before it ("Năm 2024, tỉnh đã đạt …: … 55%": the year of a result)."""
        if draft.local_year is not None:
            return True
        if draft.lead_year is None:
            return False
        index = bisect.bisect_left(self.phrase_starts, draft.reading.start)
        before = [p for p in self.phrases[max(0, index - 4) : index] if p.year == draft.lead_year]
        return not before or before[-1].until

    def _more_targets(self) -> bool:
        """Whether the current sentence opens with words that go on from the one before
        ("Bên cạnh đó, …", "Ngoài ra, …"; "Trong đó, …", the parts of them), and that one set
        targets: its bare counts are more of them."""
        return (
            any(self.previous)
            and _MORE_TARGETS.match(self.src.low, self.sentence_begin) is not None
        )

    def _attained(self, draft: ValueDraft) -> bool:
        """Whether a count of units says what they will attain ("Tất cả 5 xã đều đạt chuẩn nông
        thôn mới nâng cao; 2/5 xã đạt chuẩn …") right after a sentence that set targets: the
        plan's goal for them, not a tally; not a count for each of something ("Duy trì mỗi cấp
        (mầm non, …) 1 trường đạt chuẩn quốc gia")."""
        low = self.src.low
        return (
            any(self.previous)
            and self.year is not None
            and _ATTAINS.match(low, draft.mention.end) is not None
            and _EACH.search(low, self.sentence_begin, draft.mention.start) is None
        )

    def _led_to_a_deadline(self) -> bool:
        """Whether the current sentence opens with a deadline ("Đến năm 2030, …; có 1.000 doanh
        nghiệp công nghệ số"): its bare counts are what the plan will have."""
        return self.led_at == self.sentence_begin and self.led_until

    def _year_row(self, clause: Clause, draft: ValueDraft) -> bool:
        """Whether a count is the whole of a list item labelled with a year that is not past
        ("- Năm 2023: 132 xã, phường, thị trấn."): one row of a year-by-year list of targets."""
        label = _YEAR_LABEL.match(self.src.low, clause.start)
        if not clause.bullet or label is None or label.end() != draft.mention.start:
            return False
        year = int(label["year"])
        return self.reference is None or year >= self.reference

    def _lead(self, read: ValueDraft, clause: Clause, *, first: bool) -> None:
        """A year phrase before a value: opening the clause, it governs what follows; opening
        the part after an earlier value ("… đến năm 2030 đạt 60% và đến năm 2050 đạt 80%"),
        only the rest of its sentence; inside a subject, it becomes the governing year while
        none is known."""
        year = read.lead_year
        if year is None:
            return
        if read.lead_opens and first:
            self._govern(year, clause, read.mention.start)
        elif read.lead_opens:
            self._later_part(year, read.mention.start)
            self._scope(year, clause, read.mention.start)
        elif self.year is None and not self.line_undated:
            # where targets before it in its paragraph were read undated, the text dates its
            # targets one by one ("Về hạ tầng số, 100% … . Phổ cập …, phấn đấu đến hết năm 2024,
            # tỷ lệ … đạt 15-20%")
            self.year = year

    def _aside(self, before: ValueDraft | None, draft: ValueDraft) -> tuple[str, str] | None:
        """Why a value is said beside a target rather than being one: the national figure in
        brackets, a comparison (see :meth:`_comparison`), or the speed that qualifies the share
        before it."""
        start = draft.mention.start
        if _NATIONAL_ASIDE.search(self.src.low, max(0, start - 50), start):
            return ("comparison", "a national figure in brackets, given for comparison")
        # the bracket the value stands in, if one opens shortly before it
        opened = _open_bracket(self.src.low, start, max(0, start - _BRACKET_REACH))
        if self._bracket_result(start, opened):
            return ("past-result", "a result in brackets beside the target, not a target")
        if self._beside_skipped(start, opened):
            return ("past-result", "in brackets beside a value that is no target, not a target")
        if _TARGET_BRACKET.match(self.src.low, draft.mention.end):
            return ("past-result", "a result beside the target its brackets give, not a target")
        compared = self._comparison(before, draft)
        if compared is not None:
            return ("comparison", compared)
        if self._spelt_out(draft):
            return ("range-by-year", "a range the values by year after it spell out")
        qualifier = self._qualifier(before, draft)
        return None if qualifier is None else ("qualifier", qualifier)

    def _qualifier(self, before: ValueDraft | None, draft: ValueDraft) -> str | None:
        """Why a value says what kind of thing another value counts rather than being a
        target: the speed of a share, the part of each thing, what each place has, the state's
        capital in the companies counted ("7 công ty TNHH MTV 100% vốn nhà nước")."""
        if before is not None and self._qualifies(before, draft):
            return "the speed that qualifies the share before it, not a target"
        if before is not None and self._share_of_each(before, draft):
            return "the part of each thing the share before it counts, not a target"
        if self._held_by_each(before, draft):
            return "what each place the share before it counts has, not a target"
        start, low = draft.mention.start, self.src.low
        if _STATE_OWNED.match(low, draft.mention.end) and _ENTERPRISE_KIND.search(
            low, max(0, start - 30), start
        ):
            return "the kind of an enterprise, not a target"
        return None

    def _comparison(self, before: ValueDraft | None, draft: ValueDraft) -> str | None:
        """Why a value compares a target with something rather than being one: the change of
        the target before it in brackets ("(tăng 10% so với năm 2025)", "(Giảm tỷ lệ … so với
        năm trước 0,05%)"), a level as a share of another year's ("… và bằng 99% so 2019"), the
        same change over another base ("tăng 2,2% so cùng kỳ và tăng 8,7% so với năm 2019"), or
        how far a target goes past another ("Cao hơn chỉ tiêu đề ra … là 3,84%")."""
        low, start, end = self.src.low, draft.mention.start, draft.mention.end
        changed = _CHANGE_ASIDE.search(low, max(0, start - 30), start)
        if (
            changed
            and _COMPARED_AFTER.match(low, end)
            and not _FLOW_AMOUNT.search(low, max(0, start - _FLOW_AMOUNT_REACH), start)
            # "… đạt chỉ tiêu xuất khẩu hạt điều nhân trong năm 2024 (tăng 9 % so với năm
            # 2023)": no value before the brackets, which give the target itself
            and _NO_YEAR_DIGIT.search(
                low,
                max(self.sentence_begin, changed.start() - _TARGET_BEFORE_REACH),
                changed.start(),
            )
        ):
            return "the change of the target before it, in brackets"
        if _CHANGE_SAID.search(low, max(0, start - 200), start) and _CLOSES.match(low, end):
            return "the change of the target before it, in brackets"
        if (
            changed
            and _CLOSES.match(low, end)
            and _VALUE_BEFORE.search(low, max(0, changed.start() - 30), changed.start())
        ):
            # "trung cấp 57.750 người (tăng 19,07%)": the change of the value right before it
            return "the change of the target before it, in brackets"
        if _LEVEL_OF.search(low, max(0, start - 10), start) and _OVER.match(low, end):
            return "a level as a share of another year's, not a target"
        if (
            before is not None
            and _OVER_SAME_TIME.match(low, before.mention.end)
            and _OVER.match(low, end)
        ):
            return "the same change over another base, not a target"
        if _BEYOND_TARGET.search(low, max(0, start - _BEYOND_REACH), start):
            return "how far a target goes past another, not a target"
        return None

    def _spelt_out(self, draft: ValueDraft) -> bool:
        """Whether a range is followed by brackets that give its values year by year, from its
        lower end to its upper ("đạt từ 30-70% (trong đó, năm 2023 là 30%, năm 2024 là 50% và
        năm 2025 là 70%)"): the values by year are the targets."""
        mention, low = draft.mention, self.src.low
        if mention.upper is None:
            return False
        opened = _BRACKET_AFTER.match(low, mention.end)
        if opened is None:
            return False
        close = low.find(")", opened.end())
        inside = low[opened.end() : close if close != -1 else len(low)]
        values = {float(v.replace(",", ".")) for v in _PERCENT_IN.findall(inside)}
        return bool(YEAR_DIGITS.search(inside)) and {mention.magnitude, mention.upper} <= values

    def _share_of_each(self, before: ValueDraft, draft: ValueDraft) -> bool:
        """Whether a percentage says how much of each thing the percentage before it counts
        ("50% học sinh được học trực tuyến tối thiểu 10% nội dung chương trình"): a bound word
        before it, a verb between the two, and nothing that separates them."""
        if before.mention.kind != "percent" or draft.mention.kind != "percent":
            return False
        between = self.src.low[before.mention.end : draft.reading.start]
        if _SEPARATOR.search(between) or _JOINED.search(between):
            return False
        bound = self.src.low[draft.reading.start : draft.mention.start]
        if _EACH_RISE.fullmatch(self.src.low, before.mention.end, draft.mention.start):
            return True  # "năm 2024 có 15% CQBC tăng doanh thu 10%": each one's rise
        return _EACH_BOUND.search(bound) is not None and _SHARED_VERB.search(between) is not None

    def _held_by_each(self, before: ValueDraft | None, draft: ValueDraft) -> bool:
        """Whether a count says what each place the percentage before it in its sentence counts
        has ("100% xã, phường, thị trấn có thiết chế … đạt chuẩn … và có ít nhất 3 câu lạc bộ
        TDTT cơ sở"): the places right after the percentage, and "và có" right before the count,
        with no stop between them."""
        if not draft.mention.is_count:
            return False
        last = self._last_of_sentence()
        if before is not None:
            share = before.mention
        elif last is not None:
            share = last.draft.mention
        else:
            return False
        low = self.src.low
        between = low[share.end : draft.mention.start]
        return (
            share.kind == "percent"
            and _PLACES_COUNTED.match(low, share.end) is not None
            and _EACH_HAS.search(between) is not None
            and _STOP.search(between) is None
        )

    def _noted(self, draft: ValueDraft) -> ValueDraft:
        """A value that is no count, kept as the last share read when it is one."""
        if draft.mention.kind == "percent":
            self.share = draft
        return draft

    def _parts(self, at: int) -> bool:
        """Whether the count at ``at`` is a part of the count whose bound it would take ("… cho
        hơn 17.000 lao động …, trong đó có 12.500 …", "trong số hơn 17.000 lao động … sẽ có
        12.500 …")."""
        low, (start, end) = self.src.low, self.bound_span
        # "trong đó" between the bound count and this one, looked for once over each stretch of
        # text (the bound count stays while a sentence lists thousands of counts)
        since, upto, seen = self.parts_seen
        if since != end:
            upto, seen = end, False
        if not seen and at > upto:
            seen = _PARTS.search(low, max(end, upto - len("trong do")), at) is not None
            upto = at
        self.parts_seen = (end, upto, seen)
        return seen or _AMONG_COUNTED.search(low, max(0, start - _AMONG_REACH), start) is not None

    def _counted_share(self, draft: ValueDraft) -> ValueDraft | None:
        """A share's goal counted in brackets right after it ("khoảng 30% số xã (20/67 xã)"),
        with no comparator words of its own, bound as the share is; ``None`` for other values."""
        low, share = self.src.low, self.share
        if (
            share is None
            or draft.reading.wording is not None
            or not _COUNT_ONLY.match(low, draft.mention.start)
        ):
            return None
        opened = _open_bracket(low, draft.mention.start, share.mention.end)
        if opened == -1 or not _COUNTED_SHARE.search(low, share.mention.start, opened + 1):
            return None
        return replace(draft, reading=replace(draft.reading, bound=share.reading.bound))

    def _beside_skipped(self, start: int, opened: int) -> bool:
        """Whether a value opens brackets (opened at ``opened``, -1 for none) right after the
        words of a value read as no target ("Hiện toàn huyện có 1.154 hộ nghèo (tỷ lệ 13,13%), 771
        hộ cận nghèo (8,77%)"): it says the same figure another way."""
        low = self.src.low
        if opened == -1 or _DIGIT.search(low, opened + 1, start):
            return False
        word = _TARGET.search(low, opened + 1, start)
        if word and not _EXCEEDED.search(low, opened + 1, word.start()):
            # "đạt 63,47% (mục tiêu 70%)": the goal beside a result (not "(vượt chỉ tiêu 4,9%)",
            # by how much the result beat it)
            return False
        last = self.skipped[-1] if self.skipped else None
        return (
            last is not None
            and last.reason in _NOT_GOALS
            and 0 <= opened - last.end <= _BESIDE_REACH
            and _BESIDE.fullmatch(low, last.end, opened) is not None
        )

    def _bracket_result(self, start: int, opened: int) -> bool:
        """Whether a value stands in brackets (opened at ``opened``, -1 for none) that report a
        result: "(Kết quả: Cấp huyện: 12.447/19.958 hồ sơ, đạt 62,37%; …)", "(244/244, đạt 100%,
        …)"."""
        low = self.src.low
        if opened == -1 or _RESULT_BRACKET.match(low, opened + 1) is None:
            return False
        return not (
            _COUNT_ONLY.match(low, start)
            and _COUNTED_SHARE.search(low, max(0, opened - 40), opened + 1)
        )

    def _qualifies(self, before: ValueDraft, draft: ValueDraft) -> bool:
        """Whether a data rate says which share it is ("25% người sử dụng có khả năng truy nhập
        băng rộng cố định với tốc độ trên 1 Gb/s"): after a percentage, "với tốc độ …", "có tốc
        độ …", or "tốc độ …" with no separator between them, unless the speed is an average
        standing on its own ("… đến cá nhân tốc độ trung bình 200 Mb/s": a target of its own)."""
        if draft.mention.kind != "rate" or draft.mention.unit.startswith("per"):
            return False
        if before.mention.kind != "percent":
            return False
        between = self.src.low[before.mention.end : draft.reading.start]
        if _WITH_SPEED.search(between):
            return True
        if _AVERAGE_SPEED.search(between):
            return False  # "90% đường truyền … tốc độ trung bình 200 Mb/s": both are targets
        return "toc do" in between and not _SEPARATOR.search(between)

    def table_row(self, row: TableRow) -> None:
        """Record the targets of one row of a targets table."""
        pillar = self.line_pillar or self.heading_pillar
        for draft, year in row.drafts:
            if draft.skip is not None:
                self._skip((draft.mention.start, draft.mention.end), *draft.skip)
                continue
            self.found.extend(Found(draft, subject, year, pillar) for subject in draft.subjects)

    def _year_rise(self, draft: ValueDraft, year: int | None) -> tuple[Subject, ...]:
        """A flow's rise, in a passage one year dates ("Bước sang năm 2026, … doanh thu tăng
        khoảng 10% và lợi nhuận tăng 20%"), not a period or a deadline it is reached by, is a
        rise over the year before: a rate per year (the subjects of ``draft`` are returned);
        so is a part's own change after a rate per year (see :meth:`_part_of_rate`)."""
        subjects = draft.subjects
        if self._part_of_rate(draft):
            return tuple(replace(s, unit="%/year") for s in subjects)
        if (
            year is None
            or draft.mention.unit != "%"
            or not any(verb.startswith("tăng") for verb in draft.reading.verbs)
            or OVER_ESTIMATE.match(self.src.low, draft.mention.end)  # "so với dự toán"
            or not subjects
            or not all(
                s.unit == "%" and s.match.indicator is None
                and FLOW.search(s.text) and not SHARE_WORDS.search(s.text)
                for s in subjects
            )
        ):  # fmt: skip
            return subjects
        index = bisect.bisect_left(self.phrase_starts, draft.mention.start)
        earlier = self.phrases[max(0, index - _DATING_REACH) : index]  # a bounded look back
        dating = next((p for p in reversed(earlier) if p.year == year and not p.compared), None)
        if dating is None or dating.first is not None or dating.term:
            return subjects
        if dating.until and dating.prep != "buoc sang":
            return subjects
        return tuple(replace(s, unit="%/year") for s in subjects)

    def _last_of_sentence(self) -> Found | None:
        """The last target read, when it stands in the current sentence."""
        last = self.found[-1] if self.found else None
        return last if last and last.draft.mention.start >= self.sentence_begin else None

    def _part_of_rate(self, draft: ValueDraft) -> bool:
        """Whether a change opened by "riêng" (for a part alone) follows a rate per year of its
        sentence ("Bình quân hàng năm giảm tỷ lệ hộ nghèo 2%; riêng đồng bào dân tộc thiểu số
        tại chỗ giảm từ 4% trở lên", "công nghiệp - xây dựng tăng 13,67% (riêng công nghiệp tăng
        13,58%)": each year's too)."""
        if draft.mention.unit != "%" or not draft.subjects:
            return False
        if not any(verb.startswith(("tăng", "giảm")) for verb in draft.reading.verbs):
            return False
        last = self._last_of_sentence()
        if last is None or last.subject.unit != "%/year":
            return False
        part = after_last(
            self.src.low, (";", ",", "("), last.draft.mention.end, draft.mention.start
        )
        return _APART.match(self.src.low, part) is not None and all(
            s.unit == "%" for s in draft.subjects
        )

    def _breaks_down(self, clause: Clause) -> None:
        """Whether a list line breaks down, sector by sector, the rate per year of the line
        before it that ends "Trong đó:" ("- Tốc độ tăng trưởng kinh tế bình quân … là 14-15%.
        Trong đó:" over "+ Nông nghiệp: Giai đoạn 2021- 2025 là 12-13%; …"): so do the lines
        after it with the same mark."""
        low = self.src.low
        window = low[max(0, clause.start - 40) : clause.start]
        mark = _MARK.search(window) if clause.bullet else None
        if mark is None:
            self.breakdown = None
            return
        if mark[1] == self.breakdown:
            return
        rate = bool(self.found) and self.found[-1].subject.unit == "%/year"
        opens = _BREAKS_DOWN.search(window, 0, mark.start())
        self.breakdown = mark[1] if rate and opens else None

    def _by_sector(self, draft: ValueDraft) -> ValueDraft:
        """A share in a line breaking down a rate per year, of a sector or of nothing named, is
        that sector's rate per year; one in the brackets breaking down a change in points, that
        part's change in points."""
        if draft.mention.unit != "%":
            return draft
        if (
            draft.mention.start < self.points_until and all(s.unit == "%" for s in draft.subjects)
        ) or (
            # "… đến năm 2020 bình quân 3% - 5% (trong đó, …) và đến năm 2025, tăng bình quân 7% -
            # 9%": the next stage of the same change in points
            self.points_until > 0
            and _POINTS_STAGE.fullmatch(self.src.low, self.points_until, draft.mention.start)
        ):
            return replace(draft, subjects=tuple(replace(s, unit="pp") for s in draft.subjects))
        if self.breakdown is None:
            return draft
        if not all(s.unit == "%" and _sector(s.text) for s in draft.subjects):
            return draft
        return replace(draft, subjects=tuple(replace(s, unit="%/year") for s in draft.subjects))

    def _inherit(self, draft: ValueDraft) -> ValueDraft:
        """A value with no subject of its own takes the subject of the sentence's previous
        value ("…; năm 2024 phấn đấu đạt 80%", "…; đến năm 2030, con số này sẽ phấn đấu đạt trên
        70%"), and its unit of a rate per year when it stands in
        brackets; a value with one becomes the one to take."""
        own = draft.subjects
        words = [_DENOMINATOR.sub("", _THIS_ONE.sub("", s.text)).strip() for s in own]
        # "… tăng 10%/năm (giai đoạn 2026-2030 tăng 15%/năm)": the change alone in brackets
        bracketed = self._bracket_end(draft.mention.start) is not None
        if not own or not all(
            not w or _TERM_END.fullmatch(w) or (bracketed and _BARE_CHANGE.fullmatch(w))
            for w in words
        ):
            self.last_subjects = own
            return draft
        earlier = [s for s in self.last_subjects if s.unit == own[0].unit]
        if (
            not earlier
            and own[0].unit == "%"
            and (
                self._bracket_end(draft.mention.start) or any(words) or draft.local_year is not None
            )
        ):
            # "… tăng bình quân trên 7% (đến năm 2030 đạt 8%)", "… bình quân từ 9%/năm trở lên,
            # đến cuối nhiệm kỳ đạt 10% trở lên", "… 4 đến 5% mỗi năm cho giai đoạn 2020-2025 và
            # 3-4% cho giai đoạn 2026-2030": the later value of a rate per year, in brackets, for
            # the end of the term or for a period of its own, is one too
            earlier = [s for s in self.last_subjects if s.unit == "%/year"]
        if not earlier:
            return draft
        level, population = own[0].level, own[0].population
        subjects = tuple(
            replace(s, level=level or s.level, population=population or s.population)
            for s in earlier
        )
        return replace(draft, subjects=subjects)

    def _listed_respectively(self, drafts: list[ValueDraft]) -> list[ValueDraft]:
        """The values of "A, B lần lượt đạt khoảng 45%, 35% …": the values listed one after
        another right after "lần lượt" take the last items of the subject before it, in order,
        and the comparator of the first when they have none of their own."""
        if len(drafts) < 2 or len(drafts[0].subjects) != 1:
            return drafts
        first, low = drafts[0], self.src.low
        if RESPECTIVELY.search(low, first.quote[0], first.reading.start) is None:
            return drafts
        count = 1
        while count < len(drafts) and _LIST_GAP.fullmatch(
            low, drafts[count - 1].mention.end, drafts[count].reading.start
        ):
            count += 1
        text = first.subjects[0].text
        items = [" ".join(piece.words) for piece in split_items(text, 0, len(text))]
        if count < 2 or len(items) < count:
            return drafts
        population = next((s.population for d in drafts[:count] for s in d.subjects
                           if s.population), None)  # fmt: skip
        listed: list[ValueDraft] = []
        for draft, words in zip(drafts[:count], items[-count:], strict=True):
            unit = draft.subjects[0].unit if draft.subjects else draft.mention.unit
            own = subject_of(
                self.reader.matcher, words, units=(unit,), plain=words, original="", level=None
            )
            own = replace(own, population=own.population or population)
            listed.append(replace(draft, subjects=(own,)))
        return _bounded_by_first(listed) + drafts[count:]

    def _respective(self, start: int, end: int, drafts: list[ValueDraft]) -> list[list[Subject]]:
        """The subjects of "… các chỉ tiêu này lần lượt là 80%, 95% và 80%": those of the
        values before them in their sentence or, where there are none, of the previous
        sentence's, in order, when the counts agree; not where an amount read as no target
        stands before "lần lượt" in its own sentence."""
        respectively = RESPECTIVELY.search(self.src.low, start, end)
        if respectively is None:
            return []
        if not any(self.sentence) and _AMOUNT.search(
            self.src.low, self.sentence_begin, respectively.start()
        ):
            # "doanh thu … đạt 185.000 tỷ đồng và lợi nhuận … đạt 9.200 tỷ đồng, lần lượt tăng
            # trưởng 18% và 30%": the amounts of its own sentence, not the values before it
            return []
        if any(s.match.indicator for draft in drafts for s in draft.subjects):
            return []  # the clause names its own subjects
        earlier = self.sentence or self.previous
        if len(earlier) != len(drafts) or any(
            d.mention.is_count and any(s.unit != d.mention.unit for s in subjects)
            for d, subjects in zip(drafts, earlier, strict=True)
        ):
            # "giảm từ 3% trở lên (tương ứng với số hộ giảm trên 4.990 hộ)": the count says the
            # share again in households, and keeps its own unit
            return []
        return [
            [s for s in subjects if s.match.indicator is not None] or subjects
            for subjects in earlier
        ]

    def _skip(self, span: tuple[int, int], reason: str, message: str) -> None:
        text = self.src.text[span[0] : span[1]]
        self.skipped.append(SkippedPhrase(span[0], span[1], text, reason, message))


def _sector(words: str) -> bool:
    """Whether subject words name a sector, or nothing ("nong nghiep", "cong nghiep - xay dung")."""
    return all(word in _SECTOR_WORDS for word in _WORD_GAPS.split(words) if word)


def _dates_the_rest(
    draft: ValueDraft, earlier: ValueDraft | None, clause_year: int | None, *, free: bool
) -> bool:
    """Whether the year after a value dates the rest of its sentence: where no year governs
    (``free``: none, or only one after an earlier value) and its clause opens with none ("… đạt
    80% vào năm 2025; tỷ lệ … đạt 90%"), or with the year after the value before ("… còn 6,5%
    trong năm 2020 và giảm còn 6,0% vào năm 2025; … tăng từ 8-10%/năm": 2025)."""
    if draft.local_year is None or not free:
        return False
    return clause_year is None or (earlier is not None and earlier.local_year == draft.lead_year)


def _side_by_side(low: str, drafts: list[ValueDraft]) -> list[ValueDraft]:
    """What values listed side by side share: "khoảng" and the population named after them."""
    return _shared_population(low, _about_both(low, drafts))


def _about_both(low: str, drafts: list[ValueDraft]) -> list[ValueDraft]:
    """Two shares joined by "và" under one "khoảng": the second, with no comparator words of its
    own, is about its value too when it measures the same thing ("khoảng 55% người dân … và 30%
    người dân …") or follows the first within a word or two ("khoảng 80% nhu cầu và 70% giá
    trị", "khoảng 37-38% và 31% lực lượng lao động"), as "khoảng" before the first of several
    counts covers them all, and so is one a comma after a share of the same things ("khoảng 50%
    trường THCS, 55% trường THPT"); "khoảng 50% trường học … và 50% bệnh viện" names another
    subject, and "khoảng 40% GRDP và 40% doanh nghiệp …" a share of the economy, then another."""
    out = drafts[:1]
    for draft in drafts[1:]:
        # "khoảng 90% … tại cấp thành phố, 80% tại cấp huyện và 60% tại cấp xã": each share
        # made "about" by the one before passes it on
        before = out[-1]
        about = before.reading.bound == "approx" or (
            before.wording is not None and _ABOUT.search(before.wording) is not None
        )
        if (
            draft.wording is None
            and about
            and before.mention.unit == draft.mention.unit == "%"
            and draft.reading.bound == "reach"
            and draft.mention.upper is None  # a range is at least its lower end
            and _listed_alike(low, before, draft)
        ):
            out.append(replace(draft, reading=replace(draft.reading, bound="approx")))
        else:
            out.append(draft)
    return out


def _listed_alike(low: str, before: ValueDraft, draft: ValueDraft) -> bool:
    """Whether a share follows another as the same kind of thing: joined by "và", within a word
    or two or counting the same noun ("khoảng 80% nhu cầu và 70% giá trị", "khoảng 30% tôm thẻ
    chân trắng bố mẹ và 40% tôm sú bố mẹ"), or a comma apart counting the same noun ("khoảng
    50% trường THCS, 55% trường THPT"); not a share of the economy, then another ("khoảng 40%
    GRDP và 40% doanh nghiệp …")."""
    start, end = before.mention.end, draft.reading.start
    if _DENOMINATOR.search(low, start, end):
        return False
    if _AT_LEVEL.match(low, draft.mention.end) and _AT_LEVEL.search(low, start, end):
        return True  # "… 90% hồ sơ … tại cấp thành phố, 80% tại cấp huyện": one measure by level
    if _AND_BEFORE.search(low, start, end):
        return bool(
            _NEAR_AND.fullmatch(low, start, end)
            or _noun(low, start) == _noun(low, draft.mention.end) != ""
        )
    return (
        _noun(low, start) == _noun(low, draft.mention.end) != ""
        and _COMMA_AFTER_HEAD.fullmatch(low, start, end) is not None
    )


def _shared_population(low: str, drafts: list[ValueDraft]) -> list[ValueDraft]:
    """A share listed right before another ("đạt khoảng 37-38% và 31% lực lượng lao động trong
    độ tuổi") is of the population the other names after it, when it names none of its own."""
    out = list(drafts)
    for index in range(len(out) - 2, -1, -1):
        before, after = out[index], out[index + 1]
        population = next((s.population for s in after.subjects if s.population), None)
        if (
            population is None
            or before.mention.unit != "%"
            or after.mention.unit != "%"
            or any(s.population for s in before.subjects)
            or not _LIST_GAP.fullmatch(low, before.mention.end, after.reading.start)
        ):
            continue
        subjects = tuple(replace(s, population=population) for s in before.subjects)
        out[index] = replace(before, subjects=subjects)
    return out


def _head(low: str, at: int) -> str:
    """The first two words after a value: what it counts."""
    return " ".join(low[at : at + 40].split()[:2])


def _noun(low: str, at: int) -> str:
    """The first word after a value, without the marks after it: the noun it counts."""
    return _head(low, at).partition(" ")[0].strip(",;.:")


#: What may stand between the values of a fall given year by year ("giảm tỷ suất tử vong trẻ sơ
#: sinh xuống 5,5‰ vào năm 2025 và 4,13‰ vào năm 2030", "… xuống 150/100.000 trẻ em, năm 2030
#: là 120/100.000 trẻ em"): the first value's year, its denominator's words, and the next year.
_NEXT_STAGE = re.compile(
    r"(?:\s*/\s*[\d.]+)?(?:\s*[^\W\d]+){0,3}?[\s,]*(?:(?:vao|den|trong)\s+)?(?:nam\s+)?(?:19|20)\d\d"
    r"\s*(?:,|va|;)?\s*"
    r"(?:(?:vao|den)\s+)?(?:nam\s+(?:19|20)\d\d\s*)?(?:la\s*)?"
)
#: "… xuống còn 500/100.000 trẻ và 400/100.000 trẻ vào năm 2030", "xuống dưới 3% vào năm 2025 và
#: 2,5% vào năm 2030": the next stage joined by "và", its own year right after it.
#: (what may follow a stage's value before "và" or its year: its denominator and its words)
_STAGE_TAIL = r"(?:\s*/\s*[\d.]+)?(?:\s*[^\W\d]+){0,2}?"
_JOINED_STAGE = re.compile(_STAGE_TAIL + r"[\s,]*va\s*")
_STAGE_YEAR = re.compile(_STAGE_TAIL + r"\s*(?:vao|den)\s+nam\s+(?:19|20)\d\d\b")
#: ", trong đó giai đoạn …": a period of a part of the value before.
_PART_PERIOD = re.compile(r",\s*trong do\s*,?\s*\Z")
#: "(trong đó, …": brackets that break down the value before them.
_PARTS_BRACKET = re.compile(r"\s*\(\s*trong do\b")
#: From the brackets closing a breakdown in points to the next stage's value of the same change.
_POINTS_STAGE = re.compile(
    r"\)\s*[,;]?\s*(?:va\s+)?(?:den|toi)\s+(?:het\s+)?(?:nam\s+)?\d{4}\s*,?\s*"
    r"(?:(?:tang|giam)\s+)?(?:binh quan\s+)?"
)
#: "Hằng năm, …", "Hàng năm …": a sentence opened by each year's goal.
_YEARLY_OPENING = re.compile(r"[\s\-+*•]*(?:hang|moi) nam\b")
#: The words of a fall to a value.
_DOWN_TO = re.compile(r"\b(?:xuong|con)\b")


def _falling_on(low: str, drafts: list[ValueDraft]) -> list[ValueDraft]:
    """The later stages of a fall to a value given year by year: bare values after the first,
    with nothing but years between, or "và" and the stage's own year after it, fall to them too
    (at most, or below, as the first); so are the later stages of a value given as about one
    ("đóng góp khoảng 3% GDP đến năm 2020 và 7% đến năm 2030")."""
    found = list(drafts)
    for index in range(1, len(found)):
        before, draft = found[index - 1], found[index]
        if before.reading.bound not in ("le", "lt", "approx") or draft.reading.bound != "reach":
            continue
        if before.reading.bound != "approx" and not _DOWN_TO.search(fold(before.wording or "")):
            continue
        if draft.wording not in (None, "là"):
            continue
        if _NEXT_STAGE.fullmatch(low, before.reading.after, draft.reading.start) is None and (
            _JOINED_STAGE.fullmatch(low, before.reading.after, draft.reading.start) is None
            or _STAGE_YEAR.match(low, draft.reading.after) is None
        ):
            continue
        bound = before.reading.bound
        found[index] = replace(draft, reading=replace(draft.reading, bound=bound))
    return found


def _bounded_by_first(drafts: list[ValueDraft]) -> list[ValueDraft]:
    """Values listed respectively ("… lần lượt đạt khoảng 45%, 35%", "các chỉ tiêu này lần lượt
    đạt khoảng 60% và 5%"): the words before the first bound those after it that have none of
    their own."""
    bound = drafts[0].reading.bound
    return drafts[:1] + [
        d if d.wording is not None else replace(d, reading=replace(d.reading, bound=bound))
        for d in drafts[1:]
    ]


def _sentences(src: SourceText, every: list[Clause]) -> tuple[list[int], list[int]]:
    """The starts of the sentences, in order, and of the parentheses that open a clause of
    their own inside one (a parenthesis holding a value is part of its sentence)."""
    text = src.text
    opened = [
        c.sentence_start
        and "(" in text[max(0, c.start - 1) : c.start + 1]
        and not _LINE_OPENS_PAREN.fullmatch(text, text.rfind("\n", 0, c.start) + 1, c.start + 1)
        for c in every
    ]
    inner = [c.start for c, paren in zip(every, opened, strict=True) if paren]
    starts = [
        c.start for c, paren in zip(every, opened, strict=True) if c.sentence_start and not paren
    ]
    return starts, inner


def _reported(
    src: SourceText,
    sentences: tuple[list[int], list[int]],
    phrases: list[YearPhrase],
    values: list[int],
    lowered: str,
) -> tuple[frozenset[int], frozenset[int]]:
    """The starts of the sentences that report results and set no target (no target word):
    those that name no "đến năm …" ("Bộ … đã cấp phép …", "đến nay …"), and those that report
    results whatever year they name ("… tăng 10 bậc so với năm 2021", "so với cùng kỳ", what
    was done in a period: "Trong nhiệm kỳ 2020-2025, … đã điều tra …"); not one opened by "Trong
    đó" that goes on with a sentence setting targets and tells nothing done, nor one that did
    something for a minimum ("đã … để đào tạo tối thiểu 5.000 …"). ``sentences`` are from
    :func:`_sentences`; ``lowered`` is the text in lower case."""
    starts, inner = sentences
    found: set[int] = set()
    anyway: set[int] = set()
    deadlines = [p for p in phrases if p.until and not p.compared]
    until = [p.start for p in deadlines]
    goal = False  # whether the sentence before set a target

    def mark(into: set[int], start: int, end: int) -> None:
        """Mark the sentence at ``start`` and the inner sentences before ``end``."""
        into.add(start)
        into.update(inner[bisect.bisect_left(inner, start) : bisect.bisect_left(inner, end)])

    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(src.text)
        went_on, goal = goal and _GOES_ON.match(src.low, start), _sets_target(src.low, start, end)
        if goal:
            continue
        estimated = _ESTIMATED.search(src.low, start, end)
        if went_on and not (_DONE.search(lowered, start, end) or estimated):
            # "… đặt mục tiêu … GRDP tăng 8,8%. Trong đó, khu vực I tăng 3,38%, … so với cùng
            # kỳ": the target goes on, its comparison no result
            continue
        if index and starts[index - 1] in found and _GOES_ON.match(src.low, start):
            # "10/16 mục tiêu … đã hoàn thành. Trong đó, 100% …": the results go on
            mark(found, start, end)
            continue
        if estimated:
            # "Cụ thể, dư nợ … đạt 36.804 tỷ đồng, …, ước đến cuối tháng 9 đạt 37.200 tỷ đồng":
            # how far things went, and an estimate of it
            mark(found, start, end)
            continue
        if _REPORTED_ANYWAY.search(src.low, start, end) and not _BOUNDED.search(
            src.low, start, end
        ):
            # "… xếp thứ 48/63 và tăng 10 bậc so với năm 2021": a result, whatever year it names
            mark(anyway, start, end)
        first = bisect.bisect_left(values, start)
        before = values[first] if first < len(values) and values[first] < end else end
        inside = deadlines[bisect.bisect_left(until, start) : bisect.bisect_left(until, end)]
        # "Trong nhiệm kỳ 2020-2025, Công an tỉnh đã điều tra …": what was done in a period, a
        # result whatever the period; a sentence with any other deadline is no report
        periods = not inside or (before < end and all(p.first is not None for p in inside))
        done = _DONE.search(lowered, start, before) if periods else None
        done_in = bool(inside) and done is not None
        if inside and not done_in:
            continue
        said = _REPORTED.search(src.low, start, end) or _NOW.match(src.low, start, end)
        if said and said.group() == "so voi cung ky" and _BOUNDED.search(src.low, start, end):
            said = None  # "tăng 4% trở lên so với cùng kỳ năm trước": a goal's bound
        reported = said or AS_OF.search(lowered, start, end)
        if done and _FOR_AT_LEAST.search(lowered, done.end(), before):
            done = None  # "đã … để đào tạo tối thiểu 5.000 …": the goal of what was done
        if reported or done:
            mark(found, start, end)
        if done_in:
            mark(anyway, start, end)
    return frozenset(found), frozenset(anyway)


def _sets_target(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` has a word that sets a target: not the "chỉ tiêu" of a share or
    count of targets already met ("vượt 30% chỉ tiêu được giao", "10/16 mục tiêu … đã hoàn
    thành"), nor of targets exceeded ("…, vượt chỉ tiêu đề ra.")."""
    for word in _TARGET.finditer(low, start, end):
        if _OF_TARGETS.search(low, max(start, word.start() - _OF_REACH), word.start()):
            continue
        if _BRACKET_OPEN.search(low, max(start, word.start() - 3), word.start()):
            continue  # "đạt 140 tỉ đồng (chỉ tiêu là 11,489 tỉ đồng)": the target beside a result
        if _EXCEEDED.search(low, max(start, word.start() - _OF_REACH), word.start()) and (
            not _NO_YEAR_DIGIT.search(low, word.end(), min(end, word.end() + _EXCESS_REACH))
        ):
            continue
        return True
    return False


def _quiet(src: SourceText, starts: list[int], values: list[int]) -> frozenset[int]:
    """The starts of the sentences (``starts``, in order) that state no value."""
    quiet: set[int] = set()
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(src.text)
        first = bisect.bisect_left(values, start)
        if first == len(values) or values[first] >= end:
            quiet.add(start)
    return frozenset(quiet)


def read_targets(
    src: SourceText,
    values: tuple[list[Mention], list[tuple[int, int, str]]],
    *,
    matcher: Matcher,
    meta: Metadata,
    default_year: int | None,
) -> Reading:
    """Read every target of ``src`` in order, with the context that governs it.

    ``values`` is what :func:`~._values.find_values` found in ``src``.

    >>> from dtindicators.extraction._matching import default_matcher
    >>> from dtindicators.extraction._metadata import read_metadata
    >>> from dtindicators.extraction._values import find_values
    >>> src = SourceText.of("Đến năm 2030:\\n- Tỷ lệ dân số có danh tính số đạt 100%.")
    >>> reading = read_targets(src, find_values(src), matcher=default_matcher(),
    ...                        meta=read_metadata(src), default_year=None)
    >>> [(f.subject.match.indicator, f.year) for f in reading.found]
    [('digital-identity-share', 2030)]
    """
    mentions, bad = values
    written = meta.published.year if meta.published else None
    phrases = find_years(src.masked, dated=src.low, original=src.text, written=written)
    plain = list(src.masked)
    for phrase in phrases:
        plain[phrase.start : phrase.end] = " " * (phrase.end - phrase.start)
    reference = _reference(src, meta, phrases)
    # a text for one year: a plan for a year it names, or a text whose every year is that year
    # ("Bước sang năm 2026, Thành ủy đặt mục tiêu …; vốn đầu tư … tăng 10 - 11%")
    dating = {(p.year, p.until) for p in phrases if not p.compared}
    one_year = meta.named_year is not None or (len(dating) == 1 and not next(iter(dating))[1])
    reader = ClauseReader(
        src, "".join(plain), phrases, matcher, reference, one_year=one_year,
        named_plan=meta.named_year is not None,
    )  # fmt: skip
    walker = _Walker(
        src,
        reader,
        phrases,
        default_year,
        meta.plan_years[0] if meta.plan_years else None,
        reference,
    )
    walker.phrase_starts = [p.start for p in phrases]
    walker.lowered = src.lower
    for start, end, message in bad:
        walker._skip((start, end), "unreadable-number", message)
    for start, end in find_item_counts(src.masked):
        walker._skip((start, end), "count-of-items", "a count of tasks, solutions or goals")
    rows, table_lines = find_tables(src, matcher)
    row_at = {row.start: row for row in rows}
    table_starts = [a for a, _b in table_lines]
    starts = [m.start for m in mentions]
    every = list(clauses(src.text, src.low, starts, src.lines))
    sentences = _sentences(src, every)
    walker.reported, walker.reported_anyway = _reported(
        src, sentences, phrases, starts, walker.lowered
    )
    walker.sentence_list = sentences[0]
    walker.sentence_starts = frozenset(sentences[0])
    walker.quiet = _quiet(src, sentences[0], starts)
    for clause in every:
        line = bisect.bisect_right(table_starts, clause.start) - 1
        if line >= 0 and clause.start < table_lines[line][1]:
            row = row_at.pop(table_lines[line][0], None)
            if row is not None:
                walker.table_row(row)
            continue
        body = walker.context(clause)
        first = bisect.bisect_left(starts, body)
        last = bisect.bisect_left(starts, clause.end)
        inside = [m for m in mentions[first:last] if m.end <= clause.end]
        if inside:
            walker.values(clause, body, inside)
    ends = _SentenceEnds(src.low)
    found, dated = _dated_after(src, walker.found, phrases, reference, ends)
    found, dated = _dated_back(src, found, phrases, dated, ends)
    found = _dated_same(src, found, dated, ends)
    found = _levelled_sentences(src, found, ends)
    found = _dated_in_turn(src, found, phrases)
    found = _dated_by_term(src, found, phrases, dated)
    if meta.named_year is not None and default_year is None:
        found = _dated_by_name(src, found, dated, meta, phrases)
    kept = [
        s for s in walker.skipped if not (s.reason == "no-deadline" and (s.start, s.end) in dated)
    ]
    skipped = sorted(kept, key=lambda s: (s.start, s.end))
    return Reading(
        tuple(found), tuple(skipped), tuple(walker.pillars), tuple(p.year for p in phrases)
    )


def _reference(src: SourceText, meta: Metadata, phrases: list[YearPhrase]) -> int | None:
    """The plan's own year: that of its issue, else that of a plan for one year it names ("Kế
    hoạch … chuyển đổi số năm 2024": "Năm 2023, … đạt 25%" is a result), else its first year,
    else the year of its publication, that of a headline setting the year's goal ("Năm 2016, tỷ
    lệ đô thị hóa phấn đấu đạt 36.8%", "Tỉnh … đặt mục tiêu năm 2024 có 87% …"), the latest year a
    sentence of the body opens with and sets a goal for ("Năm 2025, toàn tỉnh phấn đấu …"), the
    year after the latest base it names, or the year whose first months it reports on."""
    reference = meta.issued.year if meta.issued else (meta.named_year or meta.first_year)
    if reference is None and meta.published is not None:
        reference = meta.published.year
    if reference is None and meta.first_line:
        # "Năm 2016, tỷ lệ đô thị hóa phấn đấu đạt 36.8%": a headline setting the year's goal
        goal = _YEAR_GOAL_HEADLINE.match(fold(meta.first_line))
        reference = int(goal["year"] or goal["after"]) if goal else None
    if reference is None:
        # "… Năm 2025, toàn tỉnh phấn đấu tiếp tục giảm …" after the results of 2024: a sentence
        # that opens with a year and sets its goal, the latest of them
        goals = [int(m["year"]) for m in _YEAR_GOAL_SENTENCE.finditer(src.low)]
        reference = max(goals, default=None)
    if reference is None:
        reference = _after_base(src.low, phrases)
    if reference is None:
        reference = max((p.year for p in phrases if months_gone(src.low, p)), default=None)
    return reference


#: "phấn đấu đến cuối nhiệm kỳ …", "Trong nhiệm kỳ mới, …": a term's goals, its years unsaid.
_THIS_TERM = re.compile(r"\b(?:cuoi|het) nhiem ky\b|\bnhiem ky (?:moi|toi)\b")


def _dated_by_term(
    src: SourceText, found: list[Found], phrases: list[YearPhrase], dated: set[tuple[int, int]]
) -> list[Found]:
    """An undated value of a term's goals ("Trong nhiệm kỳ mới, Hội … phấn đấu đến cuối nhiệm kỳ
    phát triển được 500 hội viên") is dated by the term its paragraph names, where it names one
    ("Đại hội bầu Ban Chấp hành nhiệm kỳ 2016-2021"), not the one it reviews."""
    low = src.low
    starts = [p.start for p in phrases]  # in order: a paragraph's are found by bisection
    result = []
    for item in found:
        at = item.draft.mention.start
        begin = low.rfind("\n", 0, at) + 1
        if item.year is not None or not _THIS_TERM.search(low, begin, at):
            result.append(item)
            continue
        end = low.find("\n", at)
        end = len(low) if end == -1 else end
        terms = {
            p.year
            for p in phrases[bisect.bisect_left(starts, begin) : bisect.bisect_left(starts, end)]
            if p.term and not _reviewed(low, begin, p)
        }
        if len(terms) != 1:
            result.append(item)
            continue
        dated.add(item.draft.quote)
        result.append(replace(item, year=terms.pop()))
    return result


def _dated_by_name(
    src: SourceText,
    found: list[Found],
    dated: set[tuple[int, int]],
    meta: Metadata,
    phrases: list[YearPhrase],
) -> list[Found]:
    """The year of a plan for one year the text names ("Sở … ban hành Kế hoạch … về chuyển đổi
    số năm 2025") dates what nothing else does after the name; in a text whose only year it is,
    named by a sentence about the plan ("Về dự báo chỉ tiêu, toàn tỉnh dự kiến có 3.351 công dân …
    Kế hoạch tuyển chọn, gọi công dân nhập ngũ … năm 2026 là …"), before the name too (not before
    "Sở ban hành Kế hoạch … năm 2025", a plan issued after them)."""
    year = meta.named_year
    if year is None:
        return found
    before = src.low[: meta.named_at].rstrip(" \t")
    about = not before.strip() or before[-1] in ".!?\n"
    at = -1 if about and all(p.year == year for p in phrases) else meta.named_at
    dated.update(f.draft.quote for f in found if f.draft.mention.start > at)
    return [
        replace(f, year=year) if f.year is None and f.draft.mention.start > at else f for f in found
    ]


def _after_base(low: str, phrases: list[YearPhrase]) -> int | None:
    """The year after the latest base of a change the text names, for a text that names no
    year of its own: "từ 33% năm 2020 lên 38% năm 2025" knows 2020's figures, so that "số gia
    đình … đạt 28% năm 2020" is a result."""
    bases = [
        p.year for p in phrases
        if is_base(low, p)
    ]  # fmt: skip
    return max(bases) + 1 if bases else None


def _before(phrase: YearPhrase, reference: int | None) -> bool:
    """Whether a year is before the plan's own (the year of results, not of targets)."""
    return reference is not None and phrase.year < reference


class _SentenceEnds:
    """Where the sentences of a text end, found on first use only (most texts need none)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._closes: list[int] | None = None

    def after(self, at: int) -> int:
        """The end of the sentence that holds ``at``: one binary search."""
        closes = self._found()
        index = bisect.bisect_left(closes, at)
        return closes[index] if index < len(closes) else len(self._text)

    def before(self, at: int) -> int:
        """Where the sentence that holds ``at`` starts: one binary search."""
        closes = self._found()
        index = bisect.bisect_left(closes, at)
        return closes[index - 1] + 1 if index else 0

    def _found(self) -> list[int]:
        if self._closes is None:
            self._closes = [m.start() for m in _SENTENCE_CLOSE.finditer(self._text)]
        return self._closes


def _dated_back(
    src: SourceText,
    found: list[Found],
    phrases: list[YearPhrase],
    dated: set[tuple[int, int]],
    ends: _SentenceEnds,
) -> tuple[list[Found], set[tuple[int, int]]]:
    """Undated targets before a sentence that dates "the targets above" ("Các chỉ tiêu trên
    phấn đấu đạt được đến năm 2025.") take its deadline: that of the first such sentence after
    them. One pass over the sentences, one binary search per sentence and per target."""
    starts = [p.start for p in phrases]
    backs: list[tuple[int, int]] = []  # (where the sentence starts, its deadline year)
    for back in _BACK.finditer(src.low):
        stop = ends.after(back.end())
        for phrase in phrases[bisect.bisect_left(starts, back.end()) :]:
            if phrase.start >= stop:
                break
            if phrase.until or (
                (back["due"] or back["those"] or back["among"]) and not phrase.compared
            ):
                # "Thời hạn hoàn thành: năm 2025" names a deadline without "đến"
                backs.append((back.start(), phrase.year))
                break
    if not backs:
        return found, dated
    at = [b for b, _y in backs]
    result: list[Found] = []
    for item in found:
        index = bisect.bisect_right(at, item.draft.mention.start)
        if item.year is None and index < len(backs):
            dated.add(item.draft.quote)
            result.append(replace(item, year=backs[index][1]))
        else:
            result.append(item)
    return result, dated


def _dated_same(
    src: SourceText, found: list[Found], dated: set[tuple[int, int]], ends: _SentenceEnds
) -> list[Found]:
    """Undated targets of a sentence that gives them the deadline of the targets before it
    ("Trung tâm … tiếp nhận tối thiểu 80% hồ sơ …, cùng thời hạn hoàn thành.") take the year
    of the last dated target before them. One binary search per such sentence and per target."""
    spans = [
        (ends.before(phrase.start()), ends.after(phrase.end()))
        for phrase in _SAME_DEADLINE.finditer(src.low)
    ]
    if not spans:
        return found
    firsts = [a for a, _b in spans]
    result: list[Found] = []
    last: int | None = None
    for item in found:
        held = _holding(spans, firsts, item.draft.mention.start) >= 0
        if item.year is None and last is not None and held:
            dated.add(item.draft.quote)
            result.append(replace(item, year=last))
            continue
        last = item.year if item.year is not None else last
        result.append(item)
    return result


#: "Ở cấp huyện, …" opening a sentence: the level of every target in it.
_LEVEL_OPENS = re.compile(
    r"(?:^|(?<=[.!?:\n]))[ \t]*(?:[-+•*]\s*)?(?:o|tai|doi voi) cap (tinh|huyen|xa)\s*,", re.M
)
#: "Tỷ lệ xã, phường, thị trấn có …" opening the part of a value: the units of a level rated.
_UNITS_RATED = re.compile(rf"[\s,]*(?:ty le|so luong|so) (?:cac )?(?:{LEVEL_UNITS})\b")
#: "… 50% số xã đạt chuẩn …", "80% UBND cấp huyện": the units of a level counted, no level.
_UNITS_COUNTED = re.compile(
    r"\s*(?:(?:tong )?so |cac )?(?:don vi |ubnd |uy ban nhan dan )?(?:cap )?"
    rf"(?:{LEVEL_UNITS})\b"
)


#: "đạt (30%, 50%, 70%)": a bracket holding nothing but shares.
_SHARES_BRACKET = re.compile(r"\(\s*\d+(?:,\d+)?\s*%(?:\s*[,;]\s*\d+(?:,\d+)?\s*%)+\s*\)")


def _dated_in_turn(src: SourceText, found: list[Found], phrases: list[YearPhrase]) -> list[Found]:
    """Shares listed alone in a bracket ("… qua từng năm lần lượt đạt (30%, 50%, 70%)"), as many
    as the years of the period that dates them ("giai đoạn 2023-2025"), are those years' in turn."""
    if "%" not in src.masked or "(" not in src.masked:
        return found
    result = list(found)
    for bracket in _SHARES_BRACKET.finditer(src.masked):
        held = [
            n for n, f in enumerate(result)
            if bracket.start() < f.draft.mention.start < bracket.end()
        ]  # fmt: skip
        inside = [result[n] for n in held]
        years = {f.year for f in inside}
        if len(inside) < 2 or len(years) != 1 or None in years:
            continue
        year = years.pop()
        period = next(
            (p for p in reversed(phrases) if p.end <= bracket.start() and p.first is not None),
            None,
        )  # the last period named before the bracket, which must end in the year found
        if period is None or period.first is None or period.year != year:
            continue
        begin = period.first
        if year - begin + 1 != len(inside):
            continue
        for turn, n in enumerate(sorted(held, key=lambda n: result[n].draft.mention.start)):
            result[n] = replace(result[n], year=begin + turn)
    return result


def _levelled_sentences(src: SourceText, found: list[Found], ends: _SentenceEnds) -> list[Found]:
    """Targets of a sentence opened by a level ("Ở cấp huyện, vận động … 20% …; có ít nhất 20
    người …") that name none of their own take it, in every clause of the sentence; not the
    units of a level counted ("Đối với cấp xã, … ít nhất 50% số xã đạt chuẩn …")."""
    openings = list(_LEVEL_OPENS.finditer(src.masked))
    if not openings:
        return found
    spans = [(opening.start(), ends.after(opening.end())) for opening in openings]
    firsts = [a for a, _b in spans]
    result: list[Found] = []
    for item in found:
        index = _holding(spans, firsts, item.draft.mention.start)
        if index < 0:
            result.append(item)
            continue
        opened = Level(openings[index].group(1))
        start = item.draft.mention.start
        part = after_last(src.masked, (";", ". ", "\n"), openings[index].end(), start)
        if _UNITS_COUNTED.match(src.masked, item.draft.mention.end) or _UNITS_RATED.match(
            src.masked, max(part, openings[index].end()), start
        ):
            # the opening names the units counted, not a level of the target, even where the
            # subject read it as one ("Đối với cấp xã, phấn đấu có ít nhất 97% số xã …", "Đối
            # với cấp xã, Tỷ lệ xã, phường, thị trấn có hệ thống truyền thanh … đạt 100%")
            level = None if item.subject.level == opened else item.subject.level
        else:
            level = item.subject.level or opened
        result.append(replace(item, subject=replace(item.subject, level=level)))
    return result


def _holding(spans: list[tuple[int, int]], firsts: list[int], at: int) -> int:
    """The index of the span of ``spans`` (in order, apart; ``firsts`` their starts) that holds
    ``at``, or -1: one binary search."""
    index = bisect.bisect_right(firsts, at) - 1
    return index if index >= 0 and at < spans[index][1] else -1


def _joined_year(low: str, phrase: YearPhrase, inside: list[YearPhrase]) -> int:
    """The year a leading year phrase sets: the later of two joined by "và" ("Mục tiêu của Kế
    hoạch trong năm 2024 và năm 2025 là …": the goals run through 2025), else its own."""
    after = next((p for p in inside if p.start > phrase.start), None)
    if (
        after is not None
        and after.year > phrase.year
        and _AND_ONLY.fullmatch(low, phrase.end, after.start)
    ):
        return after.year
    return phrase.year


def _open_bracket(low: str, at: int, floor: int) -> int:
    """Where the bracket ``at`` stands in opens, looked for from ``floor``: the last "(" before
    ``at`` that no ")" closes before it; -1 outside brackets."""
    opened = low.rfind("(", floor, at)
    if opened == -1 or low.find(")", opened, at) != -1:
        return -1
    return opened


def _aside_of_its_own(low: str, after: int, phrase: YearPhrase) -> bool:
    """Whether a year after a value stands in brackets, opened after the value, that give a
    value of their own ("có tối thiểu 25% doanh nghiệp (đến năm 2030 có 50% doanh nghiệp) …"):
    the aside's year dates the aside's value only (brackets holding the year alone, "80% (đến
    năm 2025)", do date the value)."""
    if _open_bracket(low, phrase.start, after) == -1:
        return False
    close = low.find(")", phrase.end, phrase.end + _BRACKET_REACH)
    return close != -1 and _DIGIT.search(low, phrase.end, close) is not None


def _dated_after(
    src: SourceText,
    found: list[Found],
    phrases: list[YearPhrase],
    reference: int | None,
    ends: _SentenceEnds,
) -> tuple[list[Found], set[tuple[int, int]]]:
    """Undated targets whose sentence names a target year after them take it: "… (tỷ trọng KTS
    đạt 20% GDP; …) và 11 mục tiêu phát triển XHS đến năm 2025", "tăng trưởng … 10%/năm trở lên;
    phấn đấu đến năm 2030, …", "… 100% khu công nghiệp có dịch vụ 5G ngay trong năm 2025". Only a
    deadline ("đến năm …", a period, "trong năm …" or "vào năm …" not before the plan's own year,
    a plain year right before "đạt") counts, not a cited document's date nor a comparison; return
    the targets and the quotes that became dated.

    The ends of sentences are found once; each look-up is a binary search over them and over
    the year phrases: N targets cost N log N steps.
    """
    starts = [p.start for p in phrases]
    result: list[Found] = []
    dated: set[tuple[int, int]] = set()
    for item in found:
        if item.year is not None:
            result.append(item)
            continue
        after = item.draft.mention.end
        stop = ends.after(after)
        year = None
        for phrase in phrases[bisect.bisect_left(starts, after) :]:
            if phrase.start >= stop or src.text[phrase.start].isupper():
                break  # the end of the sentence, or a deadline opening one ("… 80% Đến năm …")
            if phrase.compared or _aside_of_its_own(src.low, after, phrase):
                continue
            if (
                phrase.until
                or (phrase.prep in ("trong", "vao") and not _before(phrase, reference))
                # "…; thu nhập bình quân đầu người năm 2030 đạt 86 triệu đồng": a plain year
                # right before what it dates
                or (not phrase.prep and _STATES_AFTER.match(src.low, phrase.end) is not None)
            ):
                year = phrase.year
                break
        if year is None:
            result.append(item)
            continue
        dated.add(item.draft.quote)
        result.append(replace(item, year=year))
    return result, dated
