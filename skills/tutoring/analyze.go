package tutoring

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/madang-world/madang/skills/search"
)

// Text analysis for retrieval over lessons. Korean glues particles and
// endings to words (광합성에서, 광합성은, 광합성이; 일어나요, 일어나나요,
// 옮긴, 옮겼어요), so every Hangul word is matched in several forms: as
// written, with its particle (or two stacked) stripped, without each verb
// ending that fits, and as a lemma that undoes the conjugation of its last
// syllable; words of two syllables or more are matched through their
// syllable bigrams as well (광합성량, 이산화탄소 typed without the space).
// English words are lower-cased and stemmed (happens, happened → happen).
// The same analysis runs over lessons and questions, so the two meet in
// the middle.

// koParticles are stripped from the end of a Hangul word, longest first.
// All suffixes here are Hangul (three bytes a letter; stripSuffix counts on it).
var koParticles = []string{
	"에서부터", "으로부터", "이라는", "이라고", "에게서", "한테서", "까지는", "에서는", "에서도", "으로는", "이랑은", "에서의",
	"에서만", "으로만", "이라도",
	"이란", "이라", "라는", "라고", "에서", "에게", "한테", "으로", "이랑", "까지", "부터", "처럼", "보다", "하고", "이나", "에는", "에도", "와의", "과의", "로는", "께서", "에만",
	"은", "는", "이", "가", "을", "를", "에", "의", "로", "와", "과", "도", "만", "랑", "란",
}

// koEndings are verb and adjective endings, stripped after the particle to
// find a stem shared by 일어나요, 일어나나요 and 일어나는.
var koEndings = []string{
	"이었어요", "이었나요", "이었을까요", "인데요", "인데", "이었어", "였어", "이었니", "였니", "이었다", "였나요", "입니까", "입니다", "이에요", "인지", "이야", "이다", "였다",
	"습니까", "습니다", "었어요", "았어요", "였어요", "했어요", "하나요", "한가요", "인가요", "일까요", "을까요", "는지요", "나요", "가요", "까요",
	"어요", "아요", "여요", "해요", "세요", "지요", "예요", "이에요", "는지", "은지", "니다", "는데", "은데", "면서", "어서", "아서", "해서", "으면", "으니",
	"었다", "았다", "했다", "는다", "니까", "려면", "으려면", "다가", "도록", "지만", "해야", "어야", "아야", "여야",
	// -어야 and -어져 run into the stem's vowel (지켜야, 배워야, 써야 → 지키,
	// 배우; 이루어져): still a verb's ending, not a new word
	"워야", "켜야", "쳐야", "져야", "봐야", "줘야", "돼야", "려야", "셔야", "겨야", "혀야", "어져", "아져",
	"한", "할", "해", "하여", "하는", "하고", "하면", "하게", "하지", "했", "했고", "했나요", "되어", "되는", "된", "돼요", "됩니다", "되나요", "됐어요", "시켜요",
	"을수록", "ㄹ수록", "수록", "아질수록", "어질수록", "아지면", "어지면", "아져요", "어져요", "아졌어요", "어졌어요", "아지나요", "어지나요", "으면요",
	// the retrospective -던 (하던 곳, 쓰던 물건): a verb the lessons know
	// in another tense, not a new word. (-던데 is left whole: "벌받았다던데"
	// reports an event the lessons may not tell.)
	"던", "었던", "았던", "였던",
	// 때 glued to the verb before it (읽을땐, 먹을때는): "when …"
	"땐", "때는", "때도",
	// the passive -어지다 contracted into the stem (세우+어지+었어요 →
	// 세워졌어요): without it, 세워 and its lemma 세우 meet 세운 and 세웠어요
	"졌어요", "졌나요", "졌다", "졌어", "졌는지", "졌을까요",
	"요", "죠", "다", "니", "까", "면", "며", "고", "지", "게", "서",
}

// requestEndings: 달라 (give me) glued to a verb, reported or asked.
var requestEndings = []string{"달라고", "달라는", "달래요", "달래", "달라면", "달라"}

// stopWords carry no topic: question words, requests and fillers, in
// both languages. They are dropped from questions before matching.
var stopWords = setOf(
	// Korean question words, requests, fillers and function verbs
	"뭐", "뭐야", "뭐예요", "뭔가요", "뭐에요", "무엇", "무엇인가요", "무엇인지", "뭐지", "뭘까", "뭘까요", "뭔지", "뭐가", "뭐라고", "무엇을", "무엇이",
	"알려줘", "알려주세요", "알려", "알려줄래", "알려줄래요", "설명해줘", "설명해", "설명해주세요", "설명해", "가르쳐줘", "가르쳐", "가르쳐주세요", "말해줘", "좀",
	"어떻게", "어떤", "무슨", "왜", "언제", "어디", "어디서", "어디에", "어디에서", "누가", "누구", "누구야", "몇", "얼마나", "어느",
	"있어", "있나요", "있어요", "있을까요", "있는", "있다", "해줘", "해", "해요", "하나요", "하는", "하면", "하고", "한", "할", "했어요", "해야", "해야해", "해야해요", "돼요", "되나요", "되는", "된", "되요",
	"것", "거", "게", "건", "걸", "때", "대해", "대해서", "대한", "관해", "관해서", "관한", "이", "그", "저", "그리고", "그런데", "근데", "그럼", "그래서", "또", "및",
	"인가요", "이에요", "예요", "거예요", "건가요", "건지", "거야", "거지", "거죠", "건데", "거였어", "거였어요", "이야", "야", "요", "궁금해", "궁금해요", "궁금합니다", "궁금한", "알고", "싶어", "싶어요", "싶은데", "싶습니다",
	"어제", "오늘", "내일", "아까", "배운", "배웠는데", "배웠어요", "건데요", "건데", "는데요", "있잖아요", "그게", "그건", "이건", "뭐였지", "뭐였더라",
	"있어야", "없어야", "해야", "돼야", "되어야", "얼마", "얼마예요", "얼마나", "줘", "줘요", "주세요", "줄래", "줄래요", "줄래요", "주실래요", "주시겠어요", "부탁해요", "부탁드려요",
	// asking for help is a request, not what is asked about ("선생님
	// 도와주세요" found 돕 in "농사를 돕기 위한 것" and cited the science
	// section: the lead's own check of the merged v14)
	"도와", "도와줘", "도와줘요", "도와주세요", "도와줄래", "도와줄래요", "도와주실래요", "도와주실", "도와줄", "도와주라",
	"시험", "수행평가", "숙제", "공부", "공부하다가", "헷갈려요", "헷갈려서", "헷갈리는데", "이해가", "이해", "그러는데", "정확히", "같아서", "같은데", "나올", "뭐였지요", "뭐였죠", "뭐였어요",
	"교과서", "책에서", "잘", "모르겠어요", "모르겠는데", "모르겠어서", "알고싶어요", "했는데", "하는데", "있는데", "그거요", "맞죠", "인데", "인데요",
	"나서", "나면", "뭘", "꼭", "반드시", "돼", "돼?", "되어있어요", "되어있나요", "돼있어요", "돼있어", "돼있나요", "되있어요", "돼있는", "되어있는", "가지", "두가지", "세가지", "네가지", "몇가지",
	// chat spellings: 뭐임, 머야, 어케, 어떡해
	"거임", "건가", "거냐", "거에요", "건감", "뭐로", "뭘로", "무엇으로", "뭐뭐", "뭐뭐예요", "뭐임", "머임", "머야", "뭐냐", "뭐여", "뭔데", "뭐길래", "어케", "어캐", "어떡해", "어떡해요", "어떻게요", "알려주라", "설명좀", "플리즈", "pls", "plz", "보여줘", "보여주세요", "보여줄래요", "보여", "설명해줘야", "알려줘야", "가르쳐줘야",
	"라", // the end of 뭐라 split from it ("영어로 뭐라 해요")
	"지", // the time since ("배운 지 얼마나 됐어요"), or an ending split off
	"날", // "지진 날 때": when it happens (나다), not a day
	"나", "선생님", "쌤", "쌤이", "쌤은", "쌤한테", "쌤께서", "쌤께", "초딩", "중딩", "고딩", "저기", "혹시", "제가", "저는", "나는", "내가", "우리", "그거", "이거", "저거", "좀더", "더", "자세히", "간단히", "쉽게", "설명", "질문", "정말", "진짜", "다시", "한번",
	// English
	"the", "a", "an", "is", "are", "was", "were", "be", "been", "being", "what", "whats", "how", "why", "when", "where", "who", "whom", "which", "whose",
	"does", "do", "did", "doing", "done", "of", "to", "in", "on", "at", "by", "for", "from", "into", "and", "or", "but", "if", "so", "than", "then",
	"me", "please", "tell", "about", "explain", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "you", "your", "i", "im", "my", "we", "our", "us",
	"they", "them", "their", "theirs", "him", "am", "during", "own", "it's", "let's",
	// pronouns stand for what the question is about, never name it
	"he", "she", "his", "her", "hers", "himself", "herself", "themselves", "itself", "someone's",
	"it", "its", "this", "that", "these", "those", "there", "here", "with", "some", "any", "have", "has", "had", "s", "t", "d", "ll", "ve", "re", "m",
	"don", "doesn", "didn", "isn", "aren", "wasn", "can't", "cant", "won", "couldn", "wouldn", "shouldn", "hasn", "haven", "hadn", "weren", "mustn", "needn", "ain", "reading", "get", "got", "understand", "confused", "still", "test", "exam", "homework",
	"teacher", "question", "today", "yesterday's", "class", "lesson", "learned", "learnt", "studied", "know", "want", "wonder", "curious", "help", "hi", "hey", "ok", "okay", "thanks", "really", "just", "also", "very", "much", "mean", "means", "meaning",
)

// weakWords are kept but count little: common words that say something
// but are never what a question is about.
var weakWords = setOf(
	// how old the one spoken to is ("my landlady is older", "an elderly
	// neighbour"): the setting, and never a slip of a lesson word (issue
	// 19: "older" was read as "order", and cited ordering food)
	"older", "elder", "elderly", "younger", "oldest", "youngest", "senior", "seniors", "aged",
	// whether there is a rule ("규칙이 있어요?"): how
	// the question is put, in every subject (English "rule" is also a
	// king's reign: "how long did Sejong rule")
	"규칙", "규칙이", "규칙은", "규칙을",
	"없어", "없어요", "없으면", "없는", "없나요", "없이", "못", "안", "잘", "많이", "많은", "같은", "다른", "다르", "달라", "달라요", "차이", "차이점", "비교", "관계", "이유", "까닭",
	"문제", "답", "방법", "법", "때문", "때문에", "경우", "예", "예시", "예를", "정도", "일어나", "일어나요", "생겨", "생기", "만들", "만들어", "하는지", "되는지", "중", "사이", "정리", "요약", "전체적으로", "전반적으로", "전체", "주실", "주시", "낼",
	"different", "difference", "between", "compare", "reason", "example", "way", "ways", "thing", "things", "happen", "happens", "make", "makes", "made", "get", "gets", "use", "used",
	"called", "call", "work", "works", "say", "said", "go", "goes", "went", "need", "not", "no", "yes", "many", "more", "most", "other", "another", "barely", "same", "only", "all", "each", "one", "two",
	"ask", "come", "comes", "came", "out", "up", "down", "off", "over", "too", "take", "takes", "took", "put", "give", "gives", "gave", "keep", "kept", "let", "see", "look", "looks",
	"find", "show", "shows", "think", "try", "seeing", "seen", "saw", "sees", "good", "bad", "big", "small", "new", "old", "long", "short", "first", "last", "next", "time", "times", "part", "parts", "kind", "kinds",
	"type", "types", "people", "person", "something", "anything", "everything", "someone", "happened", "become", "becomes", "became", "change", "changes", "mean", "right",
	"create", "creates", "created", "choose", "chose", "chosen", "matter", "matters", "math", "maths", "mathematics", "science", "history", "english",
	"stop", "stops", "help", "helps", "helped", "live", "lives", "lived",
	// where the student is and who with ("my family lives near the
	// beach", "if a big one hits"): the setting, not the topic
	"near", "nearby", "family", "hit", "hits",
	// where the student heard it ("I saw it in a drama")
	"drama", "dramas", "k-drama", "kdrama", "드라마", "드라마에서", "youtube", "유튜브", "webtoon", "웹툰",
	// measure words of "a lot", "a bit", "a great deal"
	"lot", "lots", "bit", "bits", "deal",
	// How the student met the topic and how they put it: an experiment or
	// an observation ("잎에 아이오딘 용액 떨어뜨리는 실험은 뭘 확인하는
	// 거예요?": the iodine test is the topic, 실험 is its kind), something
	// done apart or afterwards (따로), and 새 — new, as "new" is above
	// ("왜 새 글자를 만들었어요?": the letters are the topic), and finding
	// out (알아보다: "뭘 알아보는 실험이에요?" asks what it shows). Weighed as
	// unknown topics they kept such questions below the support threshold.
	"실험", "experiment", "experiments", "관찰", "observation", "따로", "별도로", "separately", "새",
	"알아보", "알아보는", "알아보려는", "알아보려고", "알아내", "알아내는", "알아낼", "알아봐요",
	// nouns that stand for whatever is meant ("the spot above it", "that
	// volcanic stuff") and adverbs of how often
	"spot", "stuff", "usually", "often", "commonly", "typically", "normally", "generally",
	// "what causes X" asks why X happens: the answer-type check (whyCue)
	// reads it; as a word it is phrasing, not what the question is about
	"cause", "causes", "caused", "causing", "reason", "reasons",
	"teach", "teaches", "teaching", "taught",
	"learn", "learns", "study", "write", "written", "wrote", "read", "speak", "speaks", "spoken", "talk", "talks", "talking", "talked", "answer", "answers", "problem", "problems", "fact", "facts",
	"everywhere", "anywhere", "somewhere", "whole", "every", "before", "after", "once", "twice", "already", "yet", "later", "now",
	"correct", "true", "false", "important", "main", "role", "job", "purpose", "exactly", "simple", "simply", "easy", "hard", "again", "still", "even", "always", "never", "ever",
	"주는", "주고", "줘서", "주면", "받는", "받아", "받아요", "미치는", "미쳐요", "끼치는", "과학", "수학", "영어", "국어", "사회", "기구", "기계", "instrument", "instruments", "device", "tool", "machine", "대신", "말고", "instead", "책", "문장", "표현", "단어", "말", "사람", "나라", "물건", "도구", "book", "books", "sentence", "sentences", "word", "words", "phrase", "expression",
	"달라고", "달라", "주라고", "나중에", "처음에", "먼저", "다음에", "마지막에", "이름", "작은", "큰", "가야", "가요", "가면", "나면", "나요", "around", "name", "named",
	"스스로", "직접", "혼자", "써요", "써", "쓰", "쓰나요", "쓰는", "쓸", "써도", "쓰면", "써야", "보여주는", "보여줘요", "보여주나요", "보여준다는", "보여주는지", "써야죠", "써야지", "쓰죠", "쓰지", "있", "없", "되", "하", "알", "모르", "보", "봐요", "말", "얘기", "이야기",
	"일", "무슨일", "역할", "기능", "곳", "같이", "함께", "맞아요", "맞나요", "맞아", "맞는", "맞지", "틀려요", "알아요", "몰라요", "모르겠어요", "뜻", "의미", "부분", "과정", "원리", "특징", "정의", "개념", "자신", "자기",
	"내용", "학교", "교실", "집", "vs", "versus", "되어", "되어요", "돼서", "되어서",
	// A student's chat around the question: how often, how much, how they
	// feel and who they are asking for. Words like these are in no lesson,
	// so unweighted they read as an unknown topic and a chatty question
	// about a lesson's own key term came back "not covered".
	"맨날", "만날", "자꾸", "엄청", "엄청나게", "그냥", "완전", "되게", "겁나", "진짜로", "정말로", "막", "각각", "원래", "요즘", "대충", "약간", "살짝", "솔직히",
	"아무튼", "어쨌든", "대체", "도대체", "도통", "전혀", "하도", "제발", "이제", "거기", "여기", "아니", "음", "헐", "그니까", "그러니까", "혹시나",
	"기억", "기억이", "안나요", "안나", "안 나요", "생각이", "헷갈려", "헷갈려요", "헷갈리는", "헷갈림", "헷갈리네요", "모르겠음", "모르겠네요", "궁금함", "무서워요", "무서워", "걱정돼요", "걱정돼",
	"어려워요", "어려워", "어려워서", "어렵네요", "어려움", "힘들어요", "힘들어", "벌어지는", "벌어지나요", "벌어져요", "벌어지", "벌어져",
	"막혔어요", "막혔는데", "막혔는데요", "뭔소리", "뭔소린지", "무슨소린지", "예문", "예문도", "예시로", "동생", "동생한테", "언니", "누나", "오빠", "엄마", "아빠", "부모님", "뉴스", "뉴스에서",
	"actually", "literally", "basically", "kinda", "sorta", "lol", "lmao", "omg", "idk", "tbh", "btw", "like", "supposed", "anyway", "guess", "seem", "seems", "seemed",
	"bother", "bothered", "couldnt", "wouldnt", "shouldnt", "doesnt", "dont", "isnt", "arent", "wasnt", "else", "besides", "everyone", "everybody", "anyone", "anybody",
	"tomorrow", "tonight", "lab", "textbook", "textbooks", "brother", "sister", "sibling", "mom", "dad", "kid", "kids", "student", "students", "yrs",
	"cousin", "cousins", "aunt", "uncle", "grandma", "grandpa", "grandmother", "grandfather", "parents", "roommate",
	"girlfriend", "boyfriend", "girlfriends", "boyfriends", "wife", "husband", "fiance", "fiancee", "fiancé", "fiancée", "in-laws", "inlaws",
	"여자친구", "남자친구", "여친", "남친", "여자친구네", "남자친구네", "시부모님", "장인어른", "장모님", "남편", "아내", "와이프",
	"mention", "mentioned", "mentions", "heard", "hear", "texted", "told", "asked", "marked", "classmate", "classmates", "coworker", "coworkers",
	"colleague", "colleagues", "boss", "neighbor", "neighbors", "neighbour", "neighbours", "bottom", "top", "underside", "little", "tiny", "huge", "algebra", "geometry", "biology", "chemistry", "physics",
	"몸", "위", "위에", "아래", "아래에", "밑", "밑에", "옆", "옆에", "뒤", "뒤에", "앞", "앞에",
	"early", "late", "map", "maps", "diagram", "chart", "start", "starting", "started", "begin", "beginning", "began", "compared", "comparing", "day", "days", "week", "weeks", "month", "months", "morning", "evening", "weekend",
	"부르는", "불러요", "부르나요", "불러", "부른", "부를", "쪼그만", "조그만", "쬐끄만", "외국인", "외국인한테", "외국인에게",
	// Where the question comes from and who it is for ("가족이랑 놀러갔다가",
	// "수행평가 준비 중인데요", "외국인 동료 알려주게"), and hearsay
	// ("…하던데", "…있대요", "…하잖아요"): the student's situation, not
	// the topic.
	"가족", "친척", "동료", "직장", "회사", "준비", "중인데요", "중인데", "중이에요", "굳이", "처음엔", "나중엔", "원래는",
	"있던데", "있대요", "있다던데", "있다고", "하던데", "하더라고요", "그러던데", "그러더라고요", "그렇대요", "하대요", "하잖아요", "했잖아요", "그랬잖아요", "그렇잖아요",
	"놀러", "놀러갔다가", "놀러가서", "놀러갔는데", "여행", "여행가서", "여행갔다가", "알려주게", "가르쳐주게", "설명해주게", "알려주려고", "설명하려는데", "설명하려고",
	"똑같은", "똑같이", "그대로", "그대로인가요", "그대로예요",
	// who is asking and why, how short the answer should be, and what the
	// student has to do ("동생이 물어보는데", "한 줄로", "해야 되는 거")
	"물어보는데", "물어볼", "물어볼때", "물어봐서", "물어봤는데", "물어보길래", "물어보면", "물어봐요", "물어봐", "물어보려면", "물어보려고", "물으려면", "뭐라", "뭐라고요",
	"한줄로", "한줄", "한마디로", "한마디", "짧게", "간단하게", "간단", "쉽게좀", "요약해", "요약해서",
	"해야되는거", "해야되는", "해야하는거", "해야하는", "해야할", "해야될", "해야돼요", "해야되요", "해야겠어요",
	"해달라고", "해달라", "해달라는", "해주라고", "해줘야", "해주면",
	"누군데", "누구길래", "누군지", "누구지", "누구였지", "누구더라", "뭐길래", "뭐더라",
	"수업", "수업시간", "수업시간에", "수업중", "수업중에", "수업 중",
	// English function words and chat that carry no topic
	"through", "throughout", "within", "without", "among", "upon", "toward", "towards", "although", "though", "unless",
	"u", "ur", "ya", "wanna", "gotta", "using", "totally", "completely", "pretty", "quite", "rather", "somehow",
	"way", "fast", "slow", "quickly", "simply", "easily", "blank", "blanked", "forgot", "forget", "remember", "confuse", "confusing", "mix", "mixed",
	// telling two things apart and getting them wrong: what the question
	// does with its terms, not a term of its own
	"vacation", "holiday", "holidays", "trip", "stranger", "strangers", "방학", "휴가",
	"적어요", "적어", "적는", "적나요", "적으면", "적을",
	"둘이", "둘은", "둘다", "두개", "두 개", "travel", "travels",
	"구분", "구별", "틀리", "틀려", "틀림", "헷갈리", "같음", "다름", "아님", "맞음",
	"whether", "meant", "bio", "sci", "trick", "tricks", "tip", "tips", "originally", "original", "basic", "basics", "exact",
	// demonstratives and discourse adverbs: how the student leads into
	// the question ("이런 거 나오면", "애초에 왜", "일단 뭐부터"), never its
	// topic (the lessons' own "이런 발명은" must not make them lesson words)
	"이런", "그런", "저런", "이러", "그러", "저러", "이렇게", "그렇게", "저렇게", "요런", "고런",
	// pro-verbs: "왜 그래요?" (why is that so) stands for what was said
	// before, never a topic of its own
	"그래요", "그래", "그랬어요", "그런가요", "그렇나요", "그럴까요", "그런지", "그런거예요", "그런거에요", "그렇죠", "그렇지", "이래요", "저래요",
	"애초", "애초에", "일단", "우선", "갑자기", "하필", "확", "하나도", "아예", "결국", "어차피", "차라리", "제대로", "대략", "도저히", "당최",
	"너무", "아주", "매우", "많이", "조금", "중요한", "중요해요", "주로", "보통", "가장", "제일", "꼭", "항상", "언제나", "모두", "전부", "다", "왜냐하면", "그렇다면", "그러면", "어때요", "어떤가요", "어땠어요",
	// Asking for a definition or an explanation, and what the student's
	// notes say: how the question is put ("what's the definition of X",
	// "his name is in my notes but no explanation", "the real difference",
	// "the normal past"), never its topic. In no lesson, they read as an
	// unknown topic and a question about a lesson's own term came back
	// "not covered".
	"definition", "definitions", "define", "defined", "defines", "explanation", "explanations", "notes", "note", "notebook",
	"real", "wise", "normal", "regular", "usual", "plain", "certain", "point",
	"house", "bump", "bumped", "bumping",
	// who could not and when: "nobody has ever dug that deep", "아무도 못
	// 들어가 봤는데", "during the daytime … overall"
	"nobody", "noone", "아무도", "아무것도", "dig", "dug", "digging", "overall", "daytime",
	// who says or calls it so ("why do Koreans call him …"): people, not
	// the topic
	"koreans", "한국인들", "한국사람들",
	// which side, both, back home: where, not what ("which side of a
	// leaf …", "my textbook has both dates", "when I'm back home"), and
	// "set" as in "how do you set it up" (the lessons' only bare "set" is
	// the Korean 셋, "set (3)")
	"side", "both", "back", "home", "set",
	// "animals depend on photosynthesis", "what does the rate depend on":
	// relying on something or varying with it; a hint at the factors, not
	// a term of its own (as a cue it still points there)
	"depend", "depends", "depending",
	// Negation of a noun ("A가 아니고 B", "…한 것도 아닌데"), who is
	// talking ("애들", "교환학생") and chat tails ("뭐라고 하죠", "…냐고"):
	// the student's situation, not the topic. (A place the student is in,
	// "우리 동네", stays: "우리 동네 대피소는 어디예요?" asks what no lesson
	// tells.)
	"아닌데", "아니고", "아닌", "아니라", "아니라고", "아닌지", "아니에요", "아닌가요", "아닌데요",
	"애", "애들", "교환학생", "학생", "난리", "하죠", "냐고", "이냐고", "있고", "년", "년에", "년도",
)

// weakPrefixes mark conjugated forms of common verbs as weak
// (만들어졌어요, 일어났나요, 생겼어요).
var weakPrefixes = []string{"수업", "쓰이", "쓰여", "쓰인", "구하", "구해", "구할", "구한", "나오", "나와", "나온", "나옵", "만들", "만든", "만드", "가르치", "가르쳐", "가르친", "가르칠", "일어나", "일어난", "일어났", "생기", "생겨", "생긴", "생겼", "나타나", "나타난", "사용", "이용", "알려", "말하", "말해", "하는", "되는", "된다", "됐",
	// verbs of growing stronger or bigger ("규모가 1 올라가면 에너지가 몇 배
	// 세져요?"): how a change is put, as 커지다 in the lesson — what
	// changes is the topic
	"세지", "세져", "세진", "세질", "올라가면"}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// isJamo reports a lone Hangul letter (ㅋ, ㅠ), as typed or decomposed.
func isJamo(r rune) bool { return r >= 0x1100 && r <= 0x11FF || r >= 0x3131 && r <= 0x318E }

// stripSuffix removes the longest suffix of w in list, keeping at least
// keep syllables.
func stripSuffix(w string, list []string, keep int) string {
	n := utf8.RuneCountInString(w)
	best := ""
	for _, s := range list {
		// Every suffix here is Hangul: three bytes a syllable.
		if len(s) > len(best) && n-len(s)/3 >= keep && strings.HasSuffix(w, s) {
			best = s
		}
	}
	return w[:len(w)-len(best)]
}

// stemEn is a light English stemmer: plurals, -ing and -ed, so that
// question and lesson forms of a word meet. It only needs to be
// consistent, not linguistically right.
func stemEn(w string) string {
	s := stemEnSuffix(w)
	// A final silent e goes, so that the forms that drop it meet the one
	// that keeps it: rule, ruled, ruling → rul; shape, shaped → shap.
	if n := len(s); n >= 4 && s[n-1] == 'e' && s[n-2] != 'e' {
		return s[:n-1]
	}
	return s
}

func stemEnSuffix(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	case n > 5 && strings.HasSuffix(w, "ing"):
		return undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed"):
		return undouble(w[:n-2])
	}
	return w
}

func undouble(w string) string {
	n := len(w)
	if n > 2 && w[n-1] == w[n-2] && !strings.ContainsRune("lsz", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// word is one analysed word.
type word struct {
	raw    string   // normalised as written
	key    string   // particle stripped (Hangul) or stemmed (Latin): the glossary key
	stem   string   // Hangul: key without its verb ending
	alts   []string // distinct forms it matches by: raw, key, verb stem
	grams  []string // syllable bigrams of key, for Hangul of 3+ syllables
	hangul bool
	verb   bool // Hangul with a verb ending or conjugation
	// counter: a Hangul word after 몇 (몇 개, 몇 층): weak, and never a
	// glossary term
	counter bool
	// asker: the person the question comes from ("친구가 물어봐요", "my
	// friend says"): filler, never a glossary term (see askers)
	asker bool
	// countTo: a number above ten to count or say up to ("count to 100")
	countTo bool
	stop    bool
	weak    bool
	// chat: a Korean word the lessons never use that ends in a chat or
	// hearsay ending (다르다던데, 짜증남, 이런거): the student's phrasing
	chat bool
	// The index features of alts and grams ("w:…", "g:…"), and of a
	// two-syllable stem as a bigram inside a longer word (two).
	wkeys, gkeys []string
	two          string
}

// mathSigns keep their meaning through normalisation, which drops
// punctuation: "2x + 3 > 7" is an inequality, which no lesson teaches.
// A power ("x^2", "x²", "x squared") makes an equation quadratic, which
// no lesson teaches either.
var mathSigns = strings.NewReplacer(">", " 부등호 ", "<", " 부등호 ", "≥", " 부등호 ", "≤", " 부등호 ", "≠", " 부등호 ",
	"^", " 거듭제곱 ", "²", " 거듭제곱 ", "³", " 거듭제곱 ", " squared", " 거듭제곱 ", " cubed", " 거듭제곱 ")

// systemOfEquations names two equations solved together (simultaneous
// equations, a system of equations, 연립방정식), which no lesson teaches:
// it is written as the one word 연립방정식, another kind of 방정식 (see
// retriever.rivalCompound).
var systemOfEquations = regexp.MustCompile(`(?i)\bsimultaneous(\s+linear)?\s+equations?\b|\bsystems?\s+of(\s+linear)?\s+equations?\b|\b(two|2|three|3)\s+(unknowns|variables)\b|\b(two|2|three|3)\s+equations\b|연립\s?(일차)?\s?방정식|연립`)

// analyze splits text into analysed words, in order.
func analyze(text string) []word {
	var out []word
	text = systemOfEquations.ReplaceAllString(text, " 연립방정식 ")
	for _, w := range search.Words(mathSigns.Replace(text)) {
		rs := []rune(w)
		aw := word{raw: w}
		switch {
		case isHangul(rs[0]):
			aw.hangul = true
			aw.key = stripSuffix(w, koParticles, 1)
			if k2 := stripSuffix(aw.key, koParticles, 1); k2 != aw.key && len([]rune(k2)) >= 2 {
				aw.key = k2 // stacked particles: 친구한테는, 바다에서도
			}
			if aw.key != w && len([]rune(aw.key)) >= 2 && strings.HasSuffix(aw.key, "들") {
				// the plural before a particle: 층들로, 사람들은 (a verb
				// stem in 들 takes an ending, not a particle: 만들어)
				aw.key = strings.TrimSuffix(aw.key, "들")
			}
			aw.alts = appendNew(aw.alts, w, aw.key)
			keep := 2
			if len(rs) >= 3 {
				keep = 1 // 높으면 → 높, as 높은 → 높
			}
			st := stripSuffix(aw.key, koEndings, keep)
			// Every ending that fits gives a form: 일어나요 is 일어나+요,
			// though 나요 is an ending too (일어나나요).
			// Each form also gives its lemma (itself when there is nothing
			// to undo), so 무너뜨린 (→ 무너뜨리) meets 무너뜨리고 (→ 무너뜨리).
			aw.alts = appendNew(aw.alts, "v~"+lemmaOr(aw.key))
			aw.verb = lemma(aw.key) != ""
			for _, e := range koEndings {
				if f := strings.TrimSuffix(aw.key, e); f != aw.key && len([]rune(f)) >= keep {
					aw.alts = appendNew(aw.alts, f, "v~"+lemmaOr(f))
					aw.verb = true
				}
			}
			// A request reported or asked for, glued to its verb
			// (빼달라고, 바꿔달래요, 줄여달라는): the verb is what is asked,
			// as in "빼 주세요". (라고 reads as a particle first, so the
			// ending is cut from the word as written.)
			for _, e := range requestEndings {
				if f := strings.TrimSuffix(w, e); f != w && f != "" {
					aw.alts = appendNew(aw.alts, f, "v~"+lemmaOr(f))
					aw.verb = true
				}
			}
			// Chat Korean ends a sentence in a noun form: 바뀜, 됨, 있음
			// (바뀌+ㅁ). The stem it was made from is one more form; the
			// word is not taken for a verb, as 사람 and 마음 end in ㅁ too.
			nominal := ""
			if kr := []rune(aw.key); len(kr) >= 2 && aw.key == w && isHangul(kr[len(kr)-1]) && (kr[len(kr)-1]-0xAC00)%28 == 16 {
				kr[len(kr)-1] -= 16
				nominal = string(kr)
				aw.alts = appendNew(aw.alts, "v~"+lemmaOr(nominal))
			}
			// A verb made of a noun and 하다 (구분하는, 설명하듯이,
			// 이항하라는데): the noun is what the word says. A filler noun
			// (설명, 구분) makes the verb filler too; a lesson noun (이항)
			// makes it that term (see surface.matchesAt).
			hada := haNoun(w)
			// Bigrams of the stem, not of the ending: 했어 and 어요 match
			// every sentence in 해요체.
			aw.stem = st
			if kr := []rune(st); len(kr) >= 2 {
				for i := 0; i+1 < len(kr); i++ {
					aw.grams = appendNew(aw.grams, "~"+string(kr[i:i+2]))
				}
			}
			// A one-syllable stem stays a word (해는 is "the solution").
			aw.stop = stopWords[w] || stopWords[aw.key] && len([]rune(aw.key)) >= 2
			// 뭐 with its particle (뭐부터, 뭐가) is the question word,
			// as 뭐 alone is — never what the question is about
			aw.stop = aw.stop || aw.key == "뭐" && stopWords["뭐"]
			for _, a := range aw.alts {
				aw.weak = aw.weak || weakWords[a]
				// A stem that is a stopword ("어디였어요") is one too.
				aw.stop = aw.stop || a != w && stopWords[a] && len([]rune(a)) >= 2
			}
			for _, p := range weakPrefixes {
				aw.weak = aw.weak || strings.HasPrefix(w, p)
			}
			// Chat ends a sentence in a noun form of a common verb (아님,
			// 다름, 틀림): as weak as the verb. A 하다 verb of a filler
			// noun (설명하듯이, 구분하는) is as weak as the noun.
			for _, f := range []string{nominal, lemmaOr(nominal), hada} {
				if f != "" && len([]rune(f)) >= 2 && (stopWords[f] || weakWords[f]) {
					aw.weak = true
				}
			}
			// A particle standing alone (after a Latin word: "yesterday랑").
			aw.stop = aw.stop || len(rs) <= 2 && stripSuffix(w, koParticles, 0) == ""
		case isJamo(rs[0]):
			// ㅋㅋ, ㅠㅠ: laughter and tears, never a topic
			aw.key, aw.alts, aw.stop = w, []string{w}, true
		case unicode.IsDigit(rs[0]):
			aw.key = w
			aw.alts = []string{w}
			// A number says little about which passage answers: "x 더하기
			// 8이 15" is about solving, whichever numbers the lesson's
			// example happens to use.
			aw.weak = true
		default:
			aw.key = stemEn(w)
			aw.alts = appendNew(nil, aw.key)
			aw.stop = stopWords[w]
			aw.weak = weakWords[w] || weakWords[aw.key] || adverbLy(w)
		}
		for _, a := range aw.alts {
			aw.wkeys = append(aw.wkeys, "w:"+a)
		}
		for _, g := range aw.grams {
			aw.gkeys = append(aw.gkeys, "g:"+g)
		}
		if aw.hangul && len([]rune(aw.stem)) == 2 {
			aw.two = "g:~" + aw.stem
		}
		out = append(out, aw)
	}
	for i := 1; i+1 < len(out); i++ {
		// "in order to" is a purpose, not an order
		if out[i].raw == "order" && out[i-1].raw == "in" && out[i+1].raw == "to" {
			out[i].stop = true
		}
	}
	for i := 1; i < len(out); i++ {
		// "this summer", "next year", "last semester": when the student
		// is doing something, not what the question is about
		if timeNoun[out[i].raw] && (out[i-1].raw == "this" || out[i-1].raw == "next" || out[i-1].raw == "last" || out[i-1].raw == "every") {
			out[i].weak = true
		}
	}
	for i := range out {
		// "going up", "keep going": phrasing; "going to rain" asks what
		// will happen (forecastWord)
		if out[i].raw == "going" && (i+1 == len(out) || out[i+1].raw != "to") {
			out[i].weak = true
		}
	}
	return out
}

// timeNoun: seasons and spans of time (see analyze: "this summer").
var timeNoun = setOf("summer", "winter", "spring", "autumn", "fall", "year", "semester", "term", "season", "weekend", "week", "month", "time")

// adverbLy reports an English adverb in -ly of seven letters or more
// (totally, randomly, grammatically): how the student says it, never what
// the question is about.
func adverbLy(w string) bool {
	return len(w) >= 7 && strings.HasSuffix(w, "ly") && !lyNoun[w]
}

var lyNoun = setOf("assembly", "butterfly", "monopoly", "anomaly", "dragonfly", "firefly", "supply", "reply", "family", "families", "italy", "july")

func appendNew(list []string, ws ...string) []string {
	for _, w := range ws {
		dup := false
		for _, x := range list {
			dup = dup || x == w
		}
		if !dup && w != "" {
			list = append(list, w)
		}
	}
	return list
}

// lemma undoes the conjugation left on a stem's last syllable, so that
// 옮긴, 옮길 and 옮겼(어요) all give 옮기, and 늘어난 and 늘어났 give
// 늘어나: the past ㅆ and the adnominal ㄴ/ㄹ are dropped, and after ㅆ
// or a stripped ending the vowel it contracted into (기+어 → 겨, 보+아 →
// 봐, 주+어 → 줘, 하+여 → 해) is restored. It returns "" when there is nothing to undo; the result
// is only ever compared with other lemmas.
func lemma(stem string) string {
	rs := []rune(stem)
	if len(rs) < 2 || !isHangul(rs[len(rs)-1]) {
		return ""
	}
	c := rs[len(rs)-1] - 0xAC00
	l, v, t := c/588, (c%588)/28, c%28
	l0, v0, t0 := l, v, t
	switch t {
	case 4, 8: // adnominal ㄴ ㄹ sit on the stem as it is (옮기+ㄴ)
		t = 0
	case 20: // past ㅆ sits on a contracted vowel (옮기+었 → 옮겼)
		t = 0
	}
	if t0 == 0 || t0 == 20 {
		switch {
		case v == 6: // ㅕ → ㅣ
			v = 20
		case v == 9: // ㅘ → ㅗ
			v = 8
		case v == 14: // ㅝ → ㅜ
			v = 13
		case v == 1 && l == 18: // 해 → 하
			v = 0
		}
	}
	if l == l0 && v == v0 && t == t0 {
		return ""
	}
	rs[len(rs)-1] = 0xAC00 + l*588 + v*28 + t
	return string(rs)
}

func lemmaOr(f string) string {
	if lm := lemma(f); lm != "" {
		return lm
	}
	return f
}

// haNoun is the noun of a Korean verb made with 하다 (구분하는 → 구분,
// 설명하듯이 → 설명, 해달라고 → ""): the word before the first 하, 해,
// 할, 한 or 했 of a word that goes on past it, when it is two syllables
// or more.
func haNoun(w string) string {
	rs := []rune(w)
	for i := 2; i < len(rs)-1; i++ {
		switch rs[i] {
		case '하', '해', '할', '한', '했':
			return string(rs[:i])
		}
	}
	return ""
}

// shortRest reports whether what follows a prefix match is at most one
// syllable once particles and endings are gone: 광합성량 and 세웠어요
// contain 광합성 and 세웠, but 과거진행형 is not 과거.
//
// A syllable that makes the term an instrument or a field of study (지진계,
// 화산학) is no such rest: a seismometer is not the earthquake, and the
// lesson that explains earthquakes does not explain how one works.
func shortRest(rest string) bool {
	rest = stripSuffix(stripSuffix(rest, koParticles, 0), koEndings, 0)
	return len([]rune(rest)) <= 1 && !otherThingSuffix[rest]
}

// otherThingSuffix: the syllables that make a term something else (see
// shortRest).
var otherThingSuffix = setOf("계", "학")

// surface is one written form of a glossary term, analysed: a run of
// words that must appear in order.
type surface []word

// matchesAt reports whether the surface occurs in ws at position i, and
// how many words it spans. A Hangul word matches as written, with its
// particle stripped, or — for two syllables or more — as the start of a
// longer word (광합성 in 광합성량, 세웠 in 세웠어요).
// exact is false when a Hangul word matched only as a prefix: 한글날 is
// the term 한글날 before it is a form of 한글.
func (s surface) matchesAt(ws []word, i int) (n int, exact, ok bool) {
	if i+len(s) > len(ws) {
		return 0, false, false
	}
	exact = true
	for j, sw := range s {
		tw := ws[i+j]
		switch {
		case sw.hangul != tw.hangul:
			return 0, false, false
		case !sw.hangul:
			if sw.key != tw.key {
				return 0, false, false
			}
		case tw.raw == sw.raw || tw.key == sw.raw:
		case len([]rune(sw.raw)) >= 2 && strings.HasPrefix(tw.raw, sw.raw) && shortRest(tw.raw[len(sw.raw):]):
			exact = false
		case len(s) == 1 && len([]rune(sw.raw)) >= 2 && haNoun(tw.raw) == sw.raw:
			// the term made a verb with 하다 (이항하라는데, 이항해서)
			exact = false
		default:
			return 0, false, false
		}
	}
	return len(s), exact, true
}
