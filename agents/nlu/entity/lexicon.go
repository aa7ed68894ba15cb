package entity

// The lexicon: every word the grammar knows, with its senses. A word may have
// several senses ("월" is a month counter and Monday in 월~수; "분" is a
// minute and an honorific person counter); the rules pick the sense their
// pattern needs. Korean words are found inside unspaced text by longest match
// (내일저녁7시 → 내일 저녁 7 시), English words only as whole words.

type cat uint8

const (
	cNone         cat = iota
	cNative           // 하나, 한, 두, 세, 네 ... 아홉 (value)
	cNativeTens       // 열, 스물/스무, 서른 ... (value)
	cSino             // 일 .. 구 (value)
	cSinoMag          // 십 백 천 (value)
	cBigMag           // 만 억 (value)
	cEnNum            // one .. nineteen, twenty .. ninety (value)
	cEnMag            // hundred, thousand (value)
	cEnA              // a, an
	cCounter          // a counter word; unit in word
	cHour             // 시 (o'clock)
	cHours            // 시간; hour(s)
	cMinute           // 분; minute(s)
	cSecond           // 초; seconds
	cHalf             // 반; half
	cDay              // 일 (date or count of days); day(s)
	cMonth            // 월 (month counter)
	cYear             // 년
	cWeekUnit         // 주 (week); week(s)
	cMonthUnit        // 달, 개월; month(s)
	cNight            // 박; night(s)
	cRelDay           // 오늘 0, 내일 1 ... (value)
	cDayCount         // 하루 1, 이틀 2 ... (value)
	cWeekday          // 월요일 1 ... 일요일 7 (value: ISO weekday)
	cWeekdayShort     // 월 화 수 ... in ranges (value)
	cWeekend          // 주말, weekend
	cThis             // 이번, this
	cNext             // 다음, next (value: how many ahead: 다다음 2)
	cLast             // 지난, 저번, last
	cNextWeek         // 담주 (value 1)
	cPOD              // a part of the day (value: index in pods)
	cNoon             // 정오, noon
	cMidnight         // 자정, midnight
	cApproxPost       // 쯤, 경, 즈음, 무렵, 정도, ish
	cApproxPre        // around, about, approximately, 약
	cLater            // 뒤, 후, 이후, 있다가, later
	cFrom             // 부터, from
	cUntil            // 까지, until, till
	cTo               // to, through, thru
	cAnd              // and
	cBetween          // between
	cFor              // 동안, 간 (for a length of time); for
	cAt               // at, @
	cOn               // on, 에, 의
	cIn               // in
	cThe              // the
	cOf               // of
	cAmPm             // am (value 1), pm (value 2)
	cOclock           // o'clock, 정각
	cBound            // a money bound (value: index in bounds)
	cBoundPre         // a money bound said before the amount (value: index in bounds)
	cWon              // 원, won, krw
	cDollar           // 달러, 불, dollar(s), usd
	cOrdSuffix        // 번째, 째
	cBeon             // 번
	cFirst            // 첫
	cLastOrd          // 마지막
	cOne              // 거, 것, 꺼; one, option, choice
	cEnOrd            // first, second ... (value)
	cMonthName        // january ... (value); 시월, 유월
	cPast             // 전 (before): 3일 전
	cParty            // party (of), table (for), group (of)
	cNow              // now, 지금
	cFromNow          // "from now", "from today"
	cTonight          // tonight
	cDayAfter         // "day after"
	cEvery            // the, 맨 (prefix of 마지막)
	cPeople           // people, persons, guests (unit person)
	cOrMore           // "or more", "or above": handled as word "or"
	cOr               // or
	cLess             // less, fewer
	cMore             // more
	cThan             // than
	cMost             // most
	cLeast            // least
	cUp               // up (to)
	cNo               // no, not
	cYearRel          // 올해 0, 내년 1, 작년 -1
	cAlone            // 혼자: one person
	cHoliday          // a holiday on a fixed day (value: month*100 + day)
	cNativeRange      // 두세 (2..3), 서너, 너덧, 대여섯, 예닐곱 (value: low*100 + high)
	cMeal             // 식사, 약속, 회의: a noun glued between a day and its clock
	cPer              // 인당, 당: 1인당 is a rate, not a count
	cOneNight         // 하룻밤: a stay of one night
)

type sense struct {
	c cat
	v int
	u string // unit for counters
}

// pod is a part of the day: its interval in minutes from midnight and how it
// reads a bare hour (mer). Ranges follow the Korean words' everyday use.
type pod struct {
	from, to int
	mer      int // merAM, merPM, merNoon (점심/낮: 11 am, 12-5 pm), merNight (밤: 6-11 pm, 12 midnight, 1-5 next morning)
}

const (
	merNone = iota
	merAM
	merPM
	merNoon
	merNight
)

var pods = []pod{
	{0, 6 * 60, merAM},           // 0 새벽
	{6 * 60, 10 * 60, merAM},     // 1 아침
	{9 * 60, 12 * 60, merAM},     // 2 오전
	{11 * 60, 14 * 60, merNoon},  // 3 점심, lunch
	{12 * 60, 17 * 60, merNoon},  // 4 낮
	{12 * 60, 18 * 60, merPM},    // 5 오후, afternoon
	{18 * 60, 21 * 60, merPM},    // 6 저녁, evening
	{20 * 60, 24 * 60, merNight}, // 7 밤, night
	{6 * 60, 12 * 60, merAM},     // 8 morning
	{18 * 60, 24 * 60, merNight}, // 9 tonight
}

// Money bounds.
type bound struct {
	kind   string
	strict bool
}

var bounds = []bound{
	{"max", false}, // 0 이하 이내 안쪽 까지 at most, up to, max
	{"max", true},  // 1 미만 under below less than
	{"min", false}, // 2 이상 at least min
	{"min", true},  // 3 초과 over above more than 넘게
}

var koLex = map[string][]sense{
	// native numerals
	"하나": {{c: cNative, v: 1}}, "한": {{c: cNative, v: 1}}, "둘": {{c: cNative, v: 2}}, "두": {{c: cNative, v: 2}},
	"셋": {{c: cNative, v: 3}}, "세": {{c: cNative, v: 3}}, "석": {{c: cNative, v: 3}}, "넷": {{c: cNative, v: 4}},
	"네": {{c: cNative, v: 4}}, "넉": {{c: cNative, v: 4}}, "다섯": {{c: cNative, v: 5}}, "여섯": {{c: cNative, v: 6}},
	"일곱": {{c: cNative, v: 7}}, "여덟": {{c: cNative, v: 8}}, "아홉": {{c: cNative, v: 9}},
	"열": {{c: cNativeTens, v: 10}}, "스물": {{c: cNativeTens, v: 20}}, "스무": {{c: cNativeTens, v: 20}},
	"서른": {{c: cNativeTens, v: 30}}, "마흔": {{c: cNativeTens, v: 40}}, "쉰": {{c: cNativeTens, v: 50}},
	// Sino-Korean numerals
	"일": {{c: cSino, v: 1}, {c: cDay}, {c: cWeekdayShort, v: 7}}, "이": {{c: cSino, v: 2}}, "삼": {{c: cSino, v: 3}},
	"사": {{c: cSino, v: 4}}, "오": {{c: cSino, v: 5}}, "육": {{c: cSino, v: 6}}, "칠": {{c: cSino, v: 7}},
	"팔": {{c: cSino, v: 8}}, "구": {{c: cSino, v: 9}},
	"십": {{c: cSinoMag, v: 10}}, "백": {{c: cSinoMag, v: 100}}, "천": {{c: cSinoMag, v: 1000}},
	"만": {{c: cBigMag, v: 10000}}, "억": {{c: cBigMag, v: 100000000}},
	// counters
	"크리스마스": {{c: cHoliday, v: 1225}}, "성탄절": {{c: cHoliday, v: 1225}}, "크리스마스이브": {{c: cHoliday, v: 1224}},
	"신정": {{c: cHoliday, v: 101}}, "삼일절": {{c: cHoliday, v: 301}}, "어린이날": {{c: cHoliday, v: 505}}, "어버이날": {{c: cHoliday, v: 508}},
	"현충일": {{c: cHoliday, v: 606}}, "광복절": {{c: cHoliday, v: 815}}, "개천절": {{c: cHoliday, v: 1003}}, "한글날": {{c: cHoliday, v: 1009}}, "제헌절": {{c: cHoliday, v: 717}},
	"발렌타인데이": {{c: cHoliday, v: 214}}, "화이트데이": {{c: cHoliday, v: 314}}, "빼빼로데이": {{c: cHoliday, v: 1111}},
	"이브": {{c: cNone}}, "처음": {{c: cNone}}, "끝": {{c: cNone}}, "앞": {{c: cNone}},
	// words that often follow a time glued (저녁식사, 점심약속) and must not hide it
	// and join it to a clock after them (저녁식사 7시: 19:00)
	"식사": {{c: cMeal}}, "밥": {{c: cMeal}}, "약속": {{c: cMeal}}, "모임": {{c: cMeal}}, "회의": {{c: cMeal}}, "예약": {{c: cMeal}},
	// words a lexicon syllable would otherwise be cut out of (30분 전화 is no "30분 전")
	"전화": {{c: cNone}}, "전부": {{c: cNone}}, "전체": {{c: cNone}}, "후기": {{c: cNone}}, "주문": {{c: cNone}}, "주소": {{c: cNone}}, "새해": {{c: cNone}}, "첫날": {{c: cNone}},
	"사이": {{c: cBetween}}, "혼자": {{c: cAlone}}, "두세": {{c: cNativeRange, v: 203}}, "서너": {{c: cNativeRange, v: 304}},
	"너덧": {{c: cNativeRange, v: 405}}, "네다섯": {{c: cNativeRange, v: 405}}, "대여섯": {{c: cNativeRange, v: 506}}, "예닐곱": {{c: cNativeRange, v: 607}}, "인당": {{c: cPer}}, "당": {{c: cPer}}, "명": {{c: cCounter, u: "person"}}, "이서": {{c: cCounter, u: "person"}}, "인": {{c: cCounter, u: "person"}}, "사람": {{c: cCounter, u: "person"}}, "식구": {{c: cCounter, u: "person"}},
	"분": {{c: cMinute}, {c: cCounter, u: "person"}}, "개": {{c: cCounter, u: "item"}}, "문제": {{c: cCounter, u: "item"}}, "문항": {{c: cCounter, u: "item"}}, "인분": {{c: cCounter, u: "portion"}},
	"잔": {{c: cCounter, u: "cup"}}, "병": {{c: cCounter, u: "bottle"}}, "그릇": {{c: cCounter, u: "bowl"}},
	// counters of goods: 원두 2봉지, 노트 10권, 양말 3켤레 (how many to buy)
	"봉지": {{c: cCounter, u: "item"}}, "권": {{c: cCounter, u: "item"}}, "켤레": {{c: cCounter, u: "item"}},
	"벌": {{c: cCounter, u: "item"}}, "박스": {{c: cCounter, u: "item"}}, "상자": {{c: cCounter, u: "item"}}, "세트": {{c: cCounter, u: "item"}},
	"묶음": {{c: cCounter, u: "item"}}, "통": {{c: cCounter, u: "item"}}, "원권": {{c: cNone}}, // (a 오만원권 is a banknote, not 50,000 won)
	"장": {{c: cCounter, u: "ticket"}}, "객실": {{c: cCounter, u: "room"}}, "개월": {{c: cMonthUnit}},
	"시": {{c: cHour}}, "시간": {{c: cHours}}, "초": {{c: cSecond}}, "반": {{c: cHalf}},
	"월": {{c: cMonth}, {c: cWeekdayShort, v: 1}}, "년": {{c: cYear}}, "주": {{c: cWeekUnit}}, "달": {{c: cMonthUnit}},
	"박": {{c: cNight}}, "번째": {{c: cOrdSuffix}}, "째": {{c: cOrdSuffix}}, "번": {{c: cBeon}}, "첫": {{c: cFirst}},
	"마지막": {{c: cLastOrd}}, "맨": {{c: cEvery}}, "거": {{c: cOne}}, "것": {{c: cOne}}, "꺼": {{c: cOne}},
	"시월": {{c: cMonthName, v: 10}}, "유월": {{c: cMonthName, v: 6}},
	// days
	"오늘": {{c: cRelDay, v: 0}}, "금일": {{c: cRelDay, v: 0}}, "내일": {{c: cRelDay, v: 1}}, "명일": {{c: cRelDay, v: 1}}, "당일": {{c: cRelDay, v: 0}}, "엊그제": {{c: cRelDay, v: -2}}, "낼": {{c: cRelDay, v: 1}},
	"모레": {{c: cRelDay, v: 2}}, "내일모레": {{c: cRelDay, v: 2}}, "낼모레": {{c: cRelDay, v: 2}}, "글피": {{c: cRelDay, v: 3}},
	"어제": {{c: cRelDay, v: -1}}, "그제": {{c: cRelDay, v: -2}}, "그저께": {{c: cRelDay, v: -2}},
	"하루": {{c: cDayCount, v: 1}}, "하룻밤": {{c: cOneNight}}, "이틀": {{c: cDayCount, v: 2}}, "사흘": {{c: cDayCount, v: 3}}, "나흘": {{c: cDayCount, v: 4}},
	"닷새": {{c: cDayCount, v: 5}}, "엿새": {{c: cDayCount, v: 6}}, "이레": {{c: cDayCount, v: 7}}, "열흘": {{c: cDayCount, v: 10}},
	"일주일": {{c: cDayCount, v: 7}},
	"월요일": {{c: cWeekday, v: 1}}, "화요일": {{c: cWeekday, v: 2}}, "수요일": {{c: cWeekday, v: 3}}, "목요일": {{c: cWeekday, v: 4}},
	"금요일": {{c: cWeekday, v: 5}}, "토요일": {{c: cWeekday, v: 6}}, "일요일": {{c: cWeekday, v: 7}},
	"월욜": {{c: cWeekday, v: 1}}, "화욜": {{c: cWeekday, v: 2}}, "수욜": {{c: cWeekday, v: 3}}, "목욜": {{c: cWeekday, v: 4}},
	"금욜": {{c: cWeekday, v: 5}}, "토욜": {{c: cWeekday, v: 6}}, "일욜": {{c: cWeekday, v: 7}},
	"화": {{c: cWeekdayShort, v: 2}}, "수": {{c: cWeekdayShort, v: 3}}, "목": {{c: cWeekdayShort, v: 4}},
	"금": {{c: cWeekdayShort, v: 5}}, "토": {{c: cWeekdayShort, v: 6}},
	"주말": {{c: cWeekend}}, "이번": {{c: cThis}}, "요번": {{c: cThis}},
	"다음": {{c: cNext, v: 1}}, "오는": {{c: cThis}}, "차주": {{c: cNextWeek, v: 1}}, "금주": {{c: cNextWeek, v: 0}}, "담": {{c: cNext, v: 1}}, "다다음": {{c: cNext, v: 2}}, "담주": {{c: cNextWeek, v: 1}},
	"지난": {{c: cLast}}, "저번": {{c: cLast}},
	"새벽": {{c: cPOD, v: 0}}, "아침": {{c: cPOD, v: 1}}, "오전": {{c: cPOD, v: 2}}, "점심": {{c: cPOD, v: 3}},
	"낮": {{c: cPOD, v: 4}}, "오후": {{c: cPOD, v: 5}}, "저녁": {{c: cPOD, v: 6}}, "밤": {{c: cPOD, v: 7}},
	"정오": {{c: cNoon}}, "자정": {{c: cMidnight}}, "정각": {{c: cOclock}},
	"쯤": {{c: cApproxPost}}, "경": {{c: cApproxPost}}, "즈음": {{c: cApproxPost}}, "무렵": {{c: cApproxPost}},
	"정도": {{c: cApproxPost}}, "약": {{c: cApproxPre}}, "대략": {{c: cApproxPre}},
	"뒤": {{c: cLater}}, "후": {{c: cLater}}, "이후": {{c: cLater}}, "있다가": {{c: cLater}},
	"전": {{c: cPast}}, "지금": {{c: cNow}},
	"부터": {{c: cFrom}}, "에서": {{c: cFrom}}, "까지": {{c: cUntil}, {c: cBound, v: 0}},
	"동안": {{c: cFor}}, "간": {{c: cFor}}, "짜리": {{c: cFor}}, "에": {{c: cOn}}, "의": {{c: cOn}}, "날": {{c: cOn}}, "올해": {{c: cYearRel, v: 0}}, "금년": {{c: cYearRel, v: 0}},
	"내년": {{c: cYearRel, v: 1}}, "작년": {{c: cYearRel, v: -1}}, "내후년": {{c: cYearRel, v: 2}},
	// money
	"원": {{c: cWon}}, "달러": {{c: cDollar}}, "불": {{c: cDollar}},
	"이하": {{c: cBound, v: 0}}, "이내": {{c: cBound, v: 0}}, "안쪽": {{c: cBound, v: 0}}, "안": {{c: cBound, v: 0}},
	"미만": {{c: cBound, v: 1}}, "아래": {{c: cBound, v: 1}}, "밑": {{c: cBound, v: 1}},
	"이상": {{c: cBound, v: 2}}, "초과": {{c: cBound, v: 3}}, "넘게": {{c: cBound, v: 3}}, "넘는": {{c: cBound, v: 3}},
	"넘어": {{c: cBound, v: 3}}, "넘지": {{c: cNo}},
	"최대": {{c: cBoundPre, v: 0}}, "많아야": {{c: cBoundPre, v: 0}}, "최소": {{c: cBoundPre, v: 2}}, "적어도": {{c: cBoundPre, v: 2}},
}

var enLex = map[string][]sense{
	"one": {{c: cEnNum, v: 1}, {c: cOne}}, "two": {{c: cEnNum, v: 2}}, "three": {{c: cEnNum, v: 3}}, "four": {{c: cEnNum, v: 4}},
	"five": {{c: cEnNum, v: 5}}, "six": {{c: cEnNum, v: 6}}, "seven": {{c: cEnNum, v: 7}}, "eight": {{c: cEnNum, v: 8}},
	"nine": {{c: cEnNum, v: 9}}, "ten": {{c: cEnNum, v: 10}}, "eleven": {{c: cEnNum, v: 11}}, "twelve": {{c: cEnNum, v: 12}},
	"thirteen": {{c: cEnNum, v: 13}}, "fourteen": {{c: cEnNum, v: 14}}, "fifteen": {{c: cEnNum, v: 15}},
	"sixteen": {{c: cEnNum, v: 16}}, "seventeen": {{c: cEnNum, v: 17}}, "eighteen": {{c: cEnNum, v: 18}},
	"nineteen": {{c: cEnNum, v: 19}}, "twenty": {{c: cEnNum, v: 20}}, "thirty": {{c: cEnNum, v: 30}},
	"forty": {{c: cEnNum, v: 40}}, "fifty": {{c: cEnNum, v: 50}}, "sixty": {{c: cEnNum, v: 60}}, "seventy": {{c: cEnNum, v: 70}},
	"eighty": {{c: cEnNum, v: 80}}, "ninety": {{c: cEnNum, v: 90}}, "dozen": {{c: cEnNum, v: 12}},
	"hundred": {{c: cEnMag, v: 100}}, "thousand": {{c: cEnMag, v: 1000}}, "million": {{c: cEnMag, v: 1000000}},
	"a": {{c: cEnA}}, "an": {{c: cEnA}},
	"first": {{c: cEnOrd, v: 1}}, "second": {{c: cEnOrd, v: 2}}, "third": {{c: cEnOrd, v: 3}}, "fourth": {{c: cEnOrd, v: 4}},
	"fifth": {{c: cEnOrd, v: 5}}, "sixth": {{c: cEnOrd, v: 6}}, "seventh": {{c: cEnOrd, v: 7}}, "eighth": {{c: cEnOrd, v: 8}},
	"ninth": {{c: cEnOrd, v: 9}}, "tenth": {{c: cEnOrd, v: 10}}, "eleventh": {{c: cEnOrd, v: 11}}, "twelfth": {{c: cEnOrd, v: 12}},
	"last": {{c: cLast}, {c: cLastOrd}}, "option": {{c: cOne}}, "choice": {{c: cOne}}, "ones": {{c: cOne}},
	"people": {{c: cPeople}}, "persons": {{c: cPeople}}, "person": {{c: cPeople}}, "guests": {{c: cPeople}},
	"guest": {{c: cPeople}}, "adults": {{c: cPeople}}, "pax": {{c: cPeople}}, "ppl": {{c: cPeople}}, "kids": {{c: cPeople}}, "kid": {{c: cPeople}}, "children": {{c: cPeople}}, "child": {{c: cPeople}},
	"items": {{c: cCounter, u: "item"}}, "item": {{c: cCounter, u: "item"}}, "pieces": {{c: cCounter, u: "item"}},
	"packs": {{c: cCounter, u: "item"}}, "boxes": {{c: cCounter, u: "item"}}, "bags": {{c: cCounter, u: "item"}}, "units": {{c: cCounter, u: "item"}}, "copies": {{c: cCounter, u: "item"}},
	"questions": {{c: cCounter, u: "item"}}, "question": {{c: cCounter, u: "item"}}, "qs": {{c: cCounter, u: "item"}},
	"tickets": {{c: cCounter, u: "ticket"}}, "ticket": {{c: cCounter, u: "ticket"}}, "rooms": {{c: cCounter, u: "room"}},
	"room": {{c: cCounter, u: "room"}}, "cups": {{c: cCounter, u: "cup"}}, "bottles": {{c: cCounter, u: "bottle"}},
	"times": {{c: cCounter, u: "times"}},
	"party": {{c: cParty}}, "table": {{c: cParty}}, "group": {{c: cParty}},
	"hour": {{c: cHours}}, "hours": {{c: cHours}}, "hr": {{c: cHours}}, "hrs": {{c: cHours}}, "h": {{c: cHours}},
	"minute": {{c: cMinute}}, "minutes": {{c: cMinute}}, "mins": {{c: cMinute}},
	"seconds": {{c: cSecond}}, "secs": {{c: cSecond}},
	"half": {{c: cHalf}}, "day": {{c: cDay}}, "days": {{c: cDay}}, "week": {{c: cWeekUnit}}, "weeks": {{c: cWeekUnit}},
	"wk": {{c: cWeekUnit}}, "wks": {{c: cWeekUnit}}, // (chat: "free slots next wk")
	"month": {{c: cMonthUnit}}, "months": {{c: cMonthUnit}}, "night": {{c: cNight}, {c: cPOD, v: 7}}, "nights": {{c: cNight}}, "nite": {{c: cNight}}, "nites": {{c: cNight}},
	"year": {{c: cYear}}, "years": {{c: cYear}},
	"today": {{c: cRelDay, v: 0}}, "tomorrow": {{c: cRelDay, v: 1}}, "tmrw": {{c: cRelDay, v: 1}}, "tmr": {{c: cRelDay, v: 1}},
	// common misspellings of tomorrow and tonight
	"tomorow": {{c: cRelDay, v: 1}}, "tommorow": {{c: cRelDay, v: 1}}, "tommorrow": {{c: cRelDay, v: 1}}, "tomorrw": {{c: cRelDay, v: 1}}, "2morrow": {{c: cRelDay, v: 1}}, "tonite": {{c: cTonight}},
	"yesterday": {{c: cRelDay, v: -1}}, "tonight": {{c: cTonight}},
	"monday": {{c: cWeekday, v: 1}}, "tuesday": {{c: cWeekday, v: 2}}, "wednesday": {{c: cWeekday, v: 3}},
	"thursday": {{c: cWeekday, v: 4}}, "friday": {{c: cWeekday, v: 5}}, "saturday": {{c: cWeekday, v: 6}}, "sunday": {{c: cWeekday, v: 7}},
	"mon": {{c: cWeekdayShort, v: 1}}, "tue": {{c: cWeekday, v: 2}}, "tues": {{c: cWeekday, v: 2}}, "wed": {{c: cWeekdayShort, v: 3}},
	"thu": {{c: cWeekday, v: 4}}, "thur": {{c: cWeekday, v: 4}}, "thurs": {{c: cWeekday, v: 4}}, "fri": {{c: cWeekday, v: 5}},
	"sat": {{c: cWeekdayShort, v: 6}}, "sun": {{c: cWeekdayShort, v: 7}},
	"weekend": {{c: cWeekend}}, "wknd": {{c: cWeekend}}, "wkend": {{c: cWeekend}}, "this": {{c: cThis}}, "next": {{c: cNext, v: 1}}, "coming": {{c: cThis}},
	"morning": {{c: cPOD, v: 8}}, "afternoon": {{c: cPOD, v: 5}}, "evening": {{c: cPOD, v: 6}}, "lunch": {{c: cPOD, v: 3}},
	"mornings": {{c: cPOD, v: 8}}, "afternoons": {{c: cPOD, v: 5}}, "evenings": {{c: cPOD, v: 6}},
	"lunchtime": {{c: cPOD, v: 3}}, "noon": {{c: cNoon}}, "midday": {{c: cNoon}}, "midnight": {{c: cMidnight}},
	"around": {{c: cApproxPre}}, "about": {{c: cApproxPre}}, "approximately": {{c: cApproxPre}}, "approx": {{c: cApproxPre}},
	"roughly": {{c: cApproxPre}}, "ish": {{c: cApproxPost}},
	"later": {{c: cLater}}, "after": {{c: cLater}}, "ago": {{c: cPast}}, "now": {{c: cNow}},
	"from": {{c: cFrom}}, "until": {{c: cUntil}}, "till": {{c: cUntil}}, "til": {{c: cUntil}}, "to": {{c: cTo}},
	"through": {{c: cTo}}, "thru": {{c: cTo}}, "and": {{c: cAnd}}, "between": {{c: cBetween}},
	"for": {{c: cFor}}, "at": {{c: cAt}}, "on": {{c: cOn}}, "in": {{c: cIn}}, "the": {{c: cThe}}, "of": {{c: cOf}},
	"am": {{c: cAmPm, v: 1}}, "pm": {{c: cAmPm, v: 2}}, "o'clock": {{c: cOclock}}, "oclock": {{c: cOclock}},
	"won": {{c: cWon}}, "krw": {{c: cWon}}, "dollars": {{c: cDollar}}, "dollar": {{c: cDollar}}, "usd": {{c: cDollar}}, "bucks": {{c: cDollar}},
	"under": {{c: cBoundPre, v: 1}}, "below": {{c: cBoundPre, v: 1}}, "within": {{c: cBoundPre, v: 0}}, "max": {{c: cBoundPre, v: 0}, {c: cBound, v: 0}},
	"maximum": {{c: cBoundPre, v: 0}, {c: cBound, v: 0}}, "over": {{c: cBoundPre, v: 3}}, "above": {{c: cBoundPre, v: 3}},
	"min": {{c: cMinute}, {c: cBoundPre, v: 2}}, "minimum": {{c: cBoundPre, v: 2}, {c: cBound, v: 2}}, "tops": {{c: cBound, v: 0}},
	"or": {{c: cOr}}, "less": {{c: cLess}}, "fewer": {{c: cLess}}, "more": {{c: cMore}}, "than": {{c: cThan}},
	"most": {{c: cMost}}, "least": {{c: cLeast}}, "up": {{c: cUp}}, "no": {{c: cNo}}, "not": {{c: cNo}},
	"january": {{c: cMonthName, v: 1}}, "february": {{c: cMonthName, v: 2}}, "march": {{c: cMonthName, v: 3}},
	"april": {{c: cMonthName, v: 4}}, "may": {{c: cMonthName, v: 5}}, "june": {{c: cMonthName, v: 6}},
	"july": {{c: cMonthName, v: 7}}, "august": {{c: cMonthName, v: 8}}, "september": {{c: cMonthName, v: 9}},
	"october": {{c: cMonthName, v: 10}}, "november": {{c: cMonthName, v: 11}}, "december": {{c: cMonthName, v: 12}},
	"jan": {{c: cMonthName, v: 1}}, "feb": {{c: cMonthName, v: 2}}, "mar": {{c: cMonthName, v: 3}}, "apr": {{c: cMonthName, v: 4}},
	"jun": {{c: cMonthName, v: 6}}, "jul": {{c: cMonthName, v: 7}}, "aug": {{c: cMonthName, v: 8}}, "sep": {{c: cMonthName, v: 9}},
	"sept": {{c: cMonthName, v: 9}}, "oct": {{c: cMonthName, v: 10}}, "nov": {{c: cMonthName, v: 11}}, "dec": {{c: cMonthName, v: 12}},
	"@": {{c: cAt}}, "christmas": {{c: cHoliday, v: 1225}}, "xmas": {{c: cHoliday, v: 1225}}, "halloween": {{c: cHoliday, v: 1031}},
}

// koByFirst lists the Korean words by their first rune, longest first, for
// the longest-match segmentation of unspaced Hangul.
var koByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for w := range koLex {
		r := []rune(w)[0]
		m[r] = append(m[r], w)
	}
	for r, ws := range m {
		sortLongestFirst(ws)
		m[r] = ws
	}
	return m
}()

func sortLongestFirst(ws []string) {
	for i := 1; i < len(ws); i++ {
		for j := i; j > 0 && (len(ws[j]) > len(ws[j-1]) || len(ws[j]) == len(ws[j-1]) && ws[j] < ws[j-1]); j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
}
