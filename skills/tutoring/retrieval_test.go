package tutoring

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// devCase is a question with the section that answers it ("" when the
// lessons do not cover it).
type devCase struct {
	q    string
	want string // lesson#section, or ""
}

// devSet is the calibration set for retrieval: paraphrases (햇빛 for 빛),
// particles and endings, English questions on Korean lessons and Korean
// questions on English ones, long questions, and off-syllabus questions
// that must be answered "not covered". It was written for tuning and is
// not the evaluation set (that is written separately, against the lesson
// texts only).
var devSet = []devCase{
	// photosynthesis
	{"광합성이 뭐야?", "photosynthesis#definition"},
	{"광합성이란 무엇인가요?", "photosynthesis#definition"},
	{"What is photosynthesis?", "photosynthesis#definition"},
	{"광합성은 어디에서 일어나요?", "photosynthesis#chloroplast"},
	{"광합성은 세포의 어느 부분에서 일어나?", "photosynthesis#chloroplast"},
	{"Where does photosynthesis happen in a plant?", "photosynthesis#chloroplast"},
	{"엽록체는 무슨 일을 해요?", "photosynthesis#chloroplast"},
	{"What does a chloroplast do?", "photosynthesis#chloroplast"},
	{"잎은 왜 초록색이에요?", "photosynthesis#chloroplast"},
	{"Why are leaves green?", "photosynthesis#chloroplast"},
	{"기공은 어디에 있어요?", "photosynthesis#chloroplast"},
	{"광합성에 필요한 물질은?", "photosynthesis#materials"},
	{"식물이 광합성을 하려면 무엇이 필요해요?", "photosynthesis#materials"},
	{"What do plants need for photosynthesis?", "photosynthesis#materials"},
	{"햇빛이 없으면 광합성을 못 하나요?", "photosynthesis#materials"},
	{"밤에도 광합성이 일어나요?", "photosynthesis#materials"},
	{"Can plants photosynthesize at night?", "photosynthesis#materials"},
	{"물은 어떻게 잎까지 올라가요?", "photosynthesis#materials"},
	{"광합성 결과 무엇이 만들어져요?", "photosynthesis#products"},
	{"What does photosynthesis produce?", "photosynthesis#products"},
	{"아이오딘 용액을 떨어뜨리면 왜 색이 변해요?", "photosynthesis#products"},
	{"How can you show that a leaf made starch?", "photosynthesis#products"},
	{"포도당은 어디에 저장돼요?", "photosynthesis#products"},
	{"빛의 세기가 강해지면 광합성량은 어떻게 돼요?", "photosynthesis#factors"},
	{"온도가 너무 높으면 광합성이 왜 줄어들어요?", "photosynthesis#factors"},
	{"Why does photosynthesis slow down when it is too hot?", "photosynthesis#factors"},
	{"광합성에 영향을 주는 요인은?", "photosynthesis#factors"},
	{"광합성과 호흡의 차이", "photosynthesis#respiration"},
	{"식물도 숨을 쉬어요?", "photosynthesis#respiration"},
	{"Do plants respire at night?", "photosynthesis#respiration"},
	{"선생님 어제 과학 시간에 배운 건데요, 호흡은 낮에만 일어나는 거 맞아요?", "photosynthesis#respiration"},
	// linear equations
	{"이항이 뭐예요?", "linear-equations#transposition"},
	{"What is transposition in an equation?", "linear-equations#transposition"},
	{"항을 다른 변으로 옮기면 부호가 어떻게 돼요?", "linear-equations#transposition"},
	{"등식의 성질 알려줘", "linear-equations#properties"},
	{"양변을 0으로 나눠도 되나요?", "linear-equations#properties"},
	{"Can I divide both sides of an equation by zero?", "linear-equations#properties"},
	{"방정식의 해가 뭐예요?", "linear-equations#equation"},
	{"What is the solution of an equation?", "linear-equations#equation"},
	{"항등식은 뭐예요?", "linear-equations#equation"},
	{"일차방정식은 어떤 순서로 풀어요?", "linear-equations#solving"},
	{"How do I solve a linear equation step by step?", "linear-equations#solving"},
	{"괄호가 있는 방정식은 어떻게 풀어요?", "linear-equations#solving"},
	{"계수가 분수면 어떻게 해요?", "linear-equations#solving"},
	{"문장으로 된 문제는 어떻게 풀어요?", "linear-equations#word-problems"},
	{"How do I solve word problems with equations?", "linear-equations#word-problems"},
	// korean basics
	{"How do I say thank you in Korean?", "korean-basics#greetings"},
	{"한국어로 고맙다는 말은 어떻게 해요?", "korean-basics#greetings"},
	{"How do you say goodbye in Korean?", "korean-basics#greetings"},
	{"안녕히 가세요와 안녕히 계세요는 어떻게 달라요?", "korean-basics#greetings"},
	{"How do I introduce myself in Korean?", "korean-basics#greetings"},
	{"How do I say sorry in Korean?", "korean-basics#greetings"},
	{"고유어 숫자", "korean-basics#numbers"},
	{"Why does Korean have two number systems?", "korean-basics#numbers"},
	{"How do I count people in Korean?", "korean-basics#numbers"},
	{"전화번호는 어떤 숫자로 말해요?", "korean-basics#numbers"},
	{"음식 주문할 때 뭐라고 해요?", "korean-basics#ordering-food"},
	{"How do I order food in a Korean restaurant?", "korean-basics#ordering-food"},
	{"How do I ask for the bill?", "korean-basics#ordering-food"},
	{"What do Koreans say before eating?", "korean-basics#ordering-food"},
	// Joseon and King Sejong
	{"조선은 누가 세웠어요?", "joseon-sejong#founding"},
	{"Who founded Joseon?", "joseon-sejong#founding"},
	{"조선의 수도는 어디였어요?", "joseon-sejong#founding"},
	{"Why was Hanyang chosen as the capital?", "joseon-sejong#founding"},
	{"훈민정음은 언제 만들어졌어요?", "joseon-sejong#hunminjeongeum"},
	{"When was Hangul created?", "joseon-sejong#hunminjeongeum"},
	{"한글은 왜 만들었어요?", "joseon-sejong#hunminjeongeum"},
	{"모음은 무엇을 본떠 만들었나요?", "joseon-sejong#hunminjeongeum"},
	{"How many letters did Hunminjeongeum have at first?", "joseon-sejong#hunminjeongeum"},
	{"측우기는 뭐예요?", "joseon-sejong#science"},
	{"What is the jagyeongnu?", "joseon-sejong#science"},
	{"장영실은 누구예요?", "joseon-sejong#science"},
	{"What did King Sejong invent for farmers?", "joseon-sejong#science"},
	{"집현전은 뭐 하는 곳이었어요?", "joseon-sejong#sejong"},
	{"농사직설은 어떤 책이에요?", "joseon-sejong#sejong"},
	{"4군 6진이 뭐예요?", "joseon-sejong#territory"},
	{"Who set up the six garrisons?", "joseon-sejong#territory"},
	// present perfect
	{"현재완료는 어떻게 만들어요?", "present-perfect#form"},
	{"How do I form the present perfect?", "present-perfect#form"},
	{"현재완료 의문문은 어떻게 만들어요?", "present-perfect#form"},
	{"현재완료의 경험 용법이 뭐예요?", "present-perfect#uses"},
	{"When do we use the present perfect?", "present-perfect#uses"},
	{"for와 since는 어떻게 달라요?", "present-perfect#for-since"},
	{"When do I use since?", "present-perfect#for-since"},
	{"yesterday랑 현재완료를 같이 써도 돼요?", "present-perfect#past"},
	{"Can I use the present perfect with yesterday?", "present-perfect#past"},
	{"have been to와 have gone to의 차이는?", "present-perfect#been-gone"},
	{"What is the difference between have been and have gone?", "present-perfect#been-gone"},
	// earthquakes and volcanoes
	{"지진은 왜 일어나요?", "earthquakes-volcanoes#earthquakes"},
	{"Why do earthquakes happen?", "earthquakes-volcanoes#earthquakes"},
	{"진원과 진앙은 어떻게 달라요?", "earthquakes-volcanoes#earthquakes"},
	{"What is an epicentre?", "earthquakes-volcanoes#earthquakes"},
	{"규모와 진도는 어떻게 달라요?", "earthquakes-volcanoes#magnitude"},
	{"What is the difference between magnitude and intensity?", "earthquakes-volcanoes#magnitude"},
	{"지구 내부는 어떻게 되어 있어요?", "earthquakes-volcanoes#structure"},
	{"What are the layers of the Earth?", "earthquakes-volcanoes#structure"},
	{"외핵은 액체예요?", "earthquakes-volcanoes#structure"},
	{"마그마와 용암의 차이는?", "earthquakes-volcanoes#volcanoes"},
	{"What comes out of a volcano?", "earthquakes-volcanoes#volcanoes"},
	{"화산의 좋은 점은?", "earthquakes-volcanoes#volcanoes"},
	{"불의 고리가 뭐예요?", "earthquakes-volcanoes#plates"},
	{"Where do most earthquakes happen?", "earthquakes-volcanoes#plates"},
	{"지진이 나면 어떻게 해야 해요?", "earthquakes-volcanoes#safety"},
	{"What should I do during an earthquake?", "earthquakes-volcanoes#safety"},
	// not covered
	{"양자역학이 뭐야?", ""},
	{"What is the capital of France?", ""},
	{"비트코인 시세 알려줘", ""},
	{"미적분 공식", ""},
	{"김치찌개 만드는 법", ""},
	{"미토콘드리아는 무슨 일을 해요?", ""},
	{"What do mitochondria do?", ""},
	{"이차방정식 근의 공식 알려줘", ""},
	{"How do I solve a quadratic equation?", ""},
	{"임진왜란은 언제 일어났어요?", ""},
	{"Who was Admiral Yi Sun-sin?", ""},
	{"과거진행형은 어떻게 만들어요?", ""},
	{"What is the passive voice?", ""},
	{"태풍은 왜 생겨요?", ""},
	{"How do hurricanes form?", ""},
	{"피타고라스 정리가 뭐야?", ""},
	{"세포 분열은 어떻게 일어나요?", ""},
	{"오늘 날씨 어때?", ""},
	{"숙제 대신 해 줘", ""},
	{"What is the speed of light?", ""},
	{"달의 위상은 왜 바뀌어요?", ""},
	{"한국 전쟁은 언제 일어났어요?", ""},
	{"일본어로 감사합니다는 뭐예요?", ""},
	{"Who invented the telephone?", ""},
	{"엽록체의 DNA는 어디에서 왔어요?", ""},
	// A second batch, written after the first was tuned (first run on it:
	// 70 of 81 from the right section, 5 wrong sections, 21 of 25 off-
	// syllabus not covered); it has been used for tuning since.

	{"식물은 어떻게 스스로 양분을 만들어요?", "photosynthesis#definition"},
	{"How do plants make their own food?", "photosynthesis#definition"},
	{"광합성을 식으로 쓰면 어떻게 돼요?", "photosynthesis#definition"},
	{"What is the word equation for photosynthesis?", "photosynthesis#definition"},
	{"엽록소가 하는 일은?", "photosynthesis#chloroplast"},
	{"What is chlorophyll?", "photosynthesis#chloroplast"},
	{"이산화탄소는 잎의 어디로 들어와요?", "photosynthesis#chloroplast|photosynthesis#materials"},
	{"How does carbon dioxide get into a leaf?", "photosynthesis#materials"},
	{"뿌리에서 흡수한 물은 어떻게 이동해요?", "photosynthesis#materials"},
	{"Does photosynthesis happen in the dark?", "photosynthesis#materials"},
	{"광합성으로 생긴 녹말은 밤에 어떻게 돼요?", "photosynthesis#products"},
	{"Where does the oxygen from photosynthesis go?", "photosynthesis#products|photosynthesis#chloroplast"},
	{"녹말이 있는지 어떻게 확인해요?", "photosynthesis#products"},
	{"What happens to photosynthesis if there is more carbon dioxide?", "photosynthesis#factors"},
	{"이산화 탄소 농도가 높아지면 광합성량은?", "photosynthesis#factors"},
	{"Why do enzymes matter for photosynthesis?", "photosynthesis#factors"},
	{"호흡은 언제 일어나요?", "photosynthesis#respiration"},
	{"What is respiration in plants?", "photosynthesis#respiration"},
	{"낮에 식물은 산소를 내보내요, 이산화 탄소를 내보내요?", "photosynthesis#respiration"},
	{"방정식이란 뭐예요?", "linear-equations#equation"},
	{"What is an identity in math?", "linear-equations#equation"},
	{"방정식의 근은 무슨 뜻이에요?", "linear-equations#equation"},
	{"등식의 양변에 같은 수를 곱해도 돼요?", "linear-equations#properties"},
	{"What are the properties of equality?", "linear-equations#properties"},
	{"x + 7 = 10에서 7을 넘기면 어떻게 돼요?", "linear-equations#transposition"},
	{"When you move a term to the other side, what happens to its sign?", "linear-equations#transposition"},
	{"일차방정식이 뭐예요?", "linear-equations#solving"},
	{"What do I do first if the equation has brackets?", "linear-equations#solving"},
	{"분배법칙은 언제 써요?", "linear-equations#solving"},
	{"어떤 수의 3배에서 4를 빼면 11일 때 어떤 수는 어떻게 구해요?", "linear-equations#word-problems"},
	{"Why should I check my answer in a word problem?", "linear-equations#word-problems"},
	{"안녕은 언제 써요?", "korean-basics#greetings"},
	{"What should I say when I meet someone for the first time?", "korean-basics#greetings"},
	{"죄송합니다는 무슨 뜻이에요?", "korean-basics#greetings"},
	{"What does annyeonghaseyo mean?", "korean-basics#greetings"},
	{"한자어 숫자는 언제 써요?", "korean-basics#numbers"},
	{"How do I say three o'clock in Korean?", "korean-basics#numbers"},
	{"What counter do I use for bottles?", "korean-basics#numbers"},
	{"식당에서 물을 달라고 하려면?", "korean-basics#ordering-food"},
	{"How do I say not spicy please?", "korean-basics#ordering-food"},
	{"I don't eat meat. What do I say when ordering?", "korean-basics#ordering-food"},
	{"밥 먹기 전에 뭐라고 인사해요?", "korean-basics#ordering-food"},
	{"이성계는 누구예요?", "joseon-sejong#founding"},
	{"Why did Joseon choose Confucianism?", "joseon-sejong#founding"},
	{"한양으로 수도를 옮긴 이유는?", "joseon-sejong#founding"},
	{"세종대왕은 언제 왕이었어요?", "joseon-sejong#sejong"},
	{"What was the Hall of Worthies?", "joseon-sejong#sejong"},
	{"향약집성방은 무슨 책이에요?", "joseon-sejong#sejong"},
	{"훈민정음은 무슨 뜻이에요?", "joseon-sejong#hunminjeongeum"},
	{"Why did Sejong create a new alphabet?", "joseon-sejong#hunminjeongeum"},
	{"한글날은 언제예요?", "joseon-sejong#hunminjeongeum"},
	{"자음은 어떻게 만들었어요?", "joseon-sejong#hunminjeongeum"},
	{"What is a cheugugi?", "joseon-sejong#science"},
	{"앙부일구는 어떤 시계예요?", "joseon-sejong#science"},
	{"Who was Jang Yeong-sil?", "joseon-sejong#science"},
	{"김종서는 무엇을 했어요?", "joseon-sejong#territory"},
	{"What happened to Tsushima in 1419?", "joseon-sejong#territory"},
	{"현재완료 부정문은 어떻게 써요?", "present-perfect#form"},
	{"Do I use have or has with she?", "present-perfect#form"},
	{"already와 yet은 현재완료에서 어떤 뜻이에요?", "present-perfect#uses"},
	{"What does 'She has lost her key' mean?", "present-perfect#uses"},
	{"How long have you studied English 같은 문장은 언제 써요?", "present-perfect#for-since"},
	{"Should I say for 2020 or since 2020?", "present-perfect#for-since"},
	{"I have seen the movie yesterday가 왜 틀려요?", "present-perfect#past"},
	{"What is the difference between the past simple and the present perfect?", "present-perfect#past"},
	{"He has gone to Busan은 무슨 뜻이에요?", "present-perfect#been-gone"},
	{"Why is 'I have gone to Busan' strange?", "present-perfect#been-gone"},
	{"맨틀은 어떤 층이에요?", "earthquakes-volcanoes#structure"},
	{"How do scientists know what is inside the Earth?", "earthquakes-volcanoes#structure"},
	{"지각의 두께는 얼마예요?", "earthquakes-volcanoes#structure"},
	{"진앙이 뭐예요?", "earthquakes-volcanoes#earthquakes"},
	{"What are seismic waves?", "earthquakes-volcanoes#earthquakes"},
	{"규모가 1 커지면 에너지는 얼마나 커져요?", "earthquakes-volcanoes#magnitude"},
	{"Why is the intensity different in different places?", "earthquakes-volcanoes#magnitude"},
	{"용암이 뭐예요?", "earthquakes-volcanoes#volcanoes"},
	{"화산재는 어디서 나와요?", "earthquakes-volcanoes#volcanoes"},
	{"판은 얼마나 빨리 움직여요?", "earthquakes-volcanoes#plates"},
	{"What is the Ring of Fire?", "earthquakes-volcanoes#plates"},
	{"지진이 났을 때 엘리베이터를 타도 돼요?", "earthquakes-volcanoes#safety"},
	{"What should I do if I am at the beach during an earthquake?", "earthquakes-volcanoes#safety"},
	// off-syllabus, second batch
	{"광합성을 하는 동물도 있어요?", ""},
	{"선인장은 어떻게 물을 저장해요?", ""},
	{"What is the formula for the area of a circle?", ""},
	{"연립방정식은 어떻게 풀어요?", ""},
	{"부등식의 성질은 뭐예요?", ""},
	{"How do I say I love you in Japanese?", ""},
	{"중국어로 안녕하세요는?", ""},
	{"고구려는 누가 세웠어요?", ""},
	{"When did the Korean War end?", ""},
	{"영어로 미래 시제는 어떻게 만들어요?", ""},
	{"What is a gerund?", ""},
	{"What causes the seasons?", ""},
	{"블랙홀은 어떻게 생겨요?", ""},
	{"How do I make kimchi?", ""},
	{"주식 투자 어떻게 해요?", ""},
	{"게임 추천해 줘", ""},
	{"How tall is Mount Everest?", ""},
	{"조선은 언제 망했어요?", ""},
	{"세종대왕의 아버지는 누구예요?", ""},
	{"화성에도 지진이 있어요?", ""},
	{"What is the boiling point of water?", ""},
	{"DNA는 뭐예요?", ""},
	{"Who wrote Romeo and Juliet?", ""},
	{"물은 몇 도에서 얼어요?", ""},
	{"How do vaccines work?", ""},
	// A third batch, written after the second was tuned and measured once
	// before any change (28 of 34 from the right section, 1 from a wrong
	// one, 7 of 10 off-syllabus not covered).

	{"광합성으로 만들어진 산소는 어떻게 밖으로 나가요?", "photosynthesis#products|photosynthesis#chloroplast"},
	{"식물이 만든 양분을 동물도 이용하나요?", "photosynthesis#definition"},
	{"Why can't plants make food at night?", "photosynthesis#materials"},
	{"What is the green pigment in leaves called?", "photosynthesis#chloroplast"},
	{"물관과 체관은 각각 무엇을 옮겨요?", "photosynthesis#materials|photosynthesis#products"},
	{"빛이 아주 강하면 광합성이 계속 늘어나요?", "photosynthesis#factors"},
	{"Which gas do plants take in during respiration?", "photosynthesis#respiration"},
	{"x + 2 = 5의 해는?", "linear-equations#equation"},
	{"3x = 12는 어떻게 풀어요?", "linear-equations#properties|linear-equations#solving"},
	{"What happens to a minus sign when I move a term across?", "linear-equations#transposition"},
	{"소수가 있는 방정식은 어떻게 정수로 바꿔요?", "linear-equations#solving"},
	{"사과와 귤 문제는 어떻게 식을 세워요?", "linear-equations#word-problems"},
	{"How do I greet a close friend in Korean?", "korean-basics#greetings"},
	{"처음 만난 사람에게 뭐라고 인사해요?", "korean-basics#greetings"},
	{"Which numbers do Koreans use for money?", "korean-basics#numbers"},
	{"하나가 한으로 바뀌는 건 언제예요?", "korean-basics#numbers"},
	{"How do I ask for the menu?", "korean-basics#ordering-food"},
	{"잘 먹었습니다는 언제 말해요?", "korean-basics#ordering-food"},
	{"Who helped Yi Seong-gye build the new kingdom?", "joseon-sejong#founding"},
	{"세종은 몇 번째 왕이에요?", "joseon-sejong#sejong"},
	{"훈민정음은 처음에 몇 자였어요?", "joseon-sejong#hunminjeongeum"},
	{"What is the angbu-ilgu?", "joseon-sejong#science"},
	{"세종 때 북쪽 국경은 어디까지였어요?", "joseon-sejong#territory"},
	{"has는 언제 써요?", "present-perfect#form"},
	{"What does 'just' mean with the present perfect?", "present-perfect#uses"},
	{"since 뒤에는 무엇이 와요?", "present-perfect#for-since"},
	{"Why can't I say 'I have lost my phone last week'?", "present-perfect#past"},
	{"I have been to Busan은 무슨 뜻이에요?", "present-perfect#been-gone"},
	{"내핵은 고체예요, 액체예요?", "earthquakes-volcanoes#structure"},
	{"진원이 뭐예요?", "earthquakes-volcanoes#earthquakes"},
	{"Is magnitude the same everywhere?", "earthquakes-volcanoes#magnitude"},
	{"화산 가스는 주로 무엇이에요?", "earthquakes-volcanoes#volcanoes"},
	{"Why are there many earthquakes in Japan?", "earthquakes-volcanoes#plates"},
	{"지진 때 탁자 밑에 들어가야 해요?", "earthquakes-volcanoes#safety"},
	{"식물 세포와 동물 세포의 차이는?", ""},
	{"광합성을 발견한 과학자는 누구예요?", ""},
	{"What is a linear function?", ""},
	{"일차함수 그래프는 어떻게 그려요?", ""},
	{"How do I say good night in Korean?", ""},
	{"세종대왕은 어디에 묻혔어요?", ""},
	{"What is the present continuous?", ""},
	{"쓰나미는 얼마나 빨라요?", ""},
	{"What is the biggest volcano in the world?", ""},
	{"영어 단어 외우는 방법 알려줘", ""},
	// A fourth batch, measured once before any change (32 of 40 from the
	// right section, 2 from a wrong one, 10 of 14 off-syllabus not covered).

	{"식물은 왜 빛이 필요해요?", "photosynthesis#materials|photosynthesis#definition"},
	{"What gas comes out of the stomata?", "photosynthesis#chloroplast|photosynthesis#products"},
	{"잎 뒷면에 있는 작은 구멍 이름이 뭐예요?", "photosynthesis#chloroplast"},
	{"포도당은 나중에 무엇으로 바뀌어요?", "photosynthesis#products"},
	{"How does sugar move around the plant?", "photosynthesis#products"},
	{"높은 온도에서 효소는 어떻게 돼요?", "photosynthesis#factors"},
	{"Do plants give out oxygen during the day?", "photosynthesis#respiration"},
	{"호흡으로 얻는 것은 뭐예요?", "photosynthesis#respiration"},
	{"등식이 뭐예요?", "linear-equations#equation|linear-equations#properties"},
	{"x가 3일 때 참이 되는 방정식의 예를 알려 줘", "linear-equations#equation"},
	{"Why can't we divide by zero in an equation?", "linear-equations#properties"},
	{"ax = b 꼴로 만든 다음에는 어떻게 해요?", "linear-equations#solving"},
	{"What is a coefficient?", "linear-equations#solving"},
	{"응용 문제를 풀 때 마지막에 꼭 해야 할 일은?", "linear-equations#word-problems"},
	{"What does joesonghamnida mean?", "korean-basics#greetings"},
	{"친구한테는 어떻게 인사해요?", "korean-basics#greetings"},
	{"몇 시인지 말할 때는 어떤 숫자를 써요?", "korean-basics#numbers"},
	{"How do I say two people in Korean?", "korean-basics#numbers"},
	{"커피 한 잔 주문하는 법", "korean-basics#ordering-food"},
	{"What does juseyo mean?", "korean-basics#ordering-food"},
	{"조선은 어떤 사상으로 나라를 다스렸어요?", "joseon-sejong#founding"},
	{"When did Joseon move its capital to Hanyang?", "joseon-sejong#founding"},
	{"세종은 왜 세종대왕이라고 불려요?", "joseon-sejong#sejong"},
	{"Why did ordinary people find it hard to write before Hangeul?", "joseon-sejong#hunminjeongeum"},
	{"지금 한글은 몇 자를 써요?", "joseon-sejong#hunminjeongeum"},
	{"혼천의는 무엇을 하는 기구예요?", "joseon-sejong#science"},
	{"What was Chiljeongsan?", "joseon-sejong#science"},
	{"이종무는 어디를 정벌했어요?", "joseon-sejong#territory"},
	{"I've는 무엇을 줄인 말이에요?", "present-perfect#form"},
	{"How do I make a question with the present perfect?", "present-perfect#form"},
	{"결과 용법은 무슨 뜻이에요?", "present-perfect#uses"},
	{"for 뒤에는 무엇이 와요?", "present-perfect#for-since"},
	{"ago와 현재완료를 같이 쓸 수 있어요?", "present-perfect#past"},
	{"What does 'have been to' mean?", "present-perfect#been-gone"},
	{"대륙 지각과 해양 지각은 두께가 어떻게 달라요?", "earthquakes-volcanoes#structure"},
	{"What is the focus of an earthquake?", "earthquakes-volcanoes#earthquakes"},
	{"진도는 왜 장소마다 달라요?", "earthquakes-volcanoes#magnitude"},
	{"What is pyroclastic material?", "earthquakes-volcanoes#volcanoes"},
	{"판과 판이 만나는 곳에서는 무슨 일이 일어나요?", "earthquakes-volcanoes#plates"},
	{"바닷가에서 지진이 나면 어디로 가야 해요?", "earthquakes-volcanoes#safety"},
	// off-syllabus, fourth batch
	{"광합성 실험 보고서 써 줘", ""},
	{"What is osmosis?", ""},
	{"식물의 뿌리는 몇 종류가 있어요?", ""},
	{"How do I solve 2x + 3 > 7?", ""},
	{"방정식의 역사는 어떻게 돼요?", ""},
	{"How do I say thank you in Chinese?", ""},
	{"한국어 높임말 규칙을 자세히 알려 주세요", ""},
	{"고려는 언제 세워졌어요?", ""},
	{"Who was King Taejong?", ""},
	{"현재완료진행형은 뭐예요?", ""},
	{"What is the difference between will and going to?", ""},
	{"태양계 행성은 몇 개예요?", ""},
	{"Why is the sky blue?", ""},
	{"화산 폭발을 예측할 수 있어요?", ""},
	// A fifth batch, measured once before any change (37 of 41 from the
	// right section, 2 from a wrong one, 10 of 15 off-syllabus not covered).

	{"광합성이 일어나려면 꼭 빛이 있어야 해요?", "photosynthesis#materials"},
	{"What do chloroplasts contain?", "photosynthesis#chloroplast"},
	{"잎이 녹색으로 보이는 이유가 뭐예요?", "photosynthesis#chloroplast"},
	{"광합성 결과 생기는 기체는 뭐예요?", "photosynthesis#products"},
	{"What turns blue-black when starch is present?", "photosynthesis#products"},
	{"온도가 35도보다 높아지면 광합성은 어떻게 돼요?", "photosynthesis#factors"},
	{"Does respiration stop at night?", "photosynthesis#respiration"},
	{"선생님, 광합성하고 호흡은 정반대인 거예요? 헷갈려요", "photosynthesis#respiration"},
	{"방정식을 푼다는 건 무슨 뜻이에요?", "linear-equations#equation"},
	{"What is an equation?", "linear-equations#equation"},
	{"양변에서 같은 수를 빼도 등식이 성립해요?", "linear-equations#properties"},
	{"Why does the sign change when you transpose a term?", "linear-equations#transposition"},
	{"x - 5 = 2에서 -5를 옮기면?", "linear-equations#transposition"},
	{"What are the steps for solving 2x + 3 = 11?", "linear-equations#solving"},
	{"상수항은 어느 쪽으로 옮겨요?", "linear-equations#solving"},
	{"사과 1,000원, 귤 500원 문제에서 x는 뭐예요?", "linear-equations#word-problems"},
	{"How do I say hello politely in Korean?", "korean-basics#greetings"},
	{"안녕히 계세요는 누구한테 하는 말이에요?", "korean-basics#greetings"},
	{"What are the native Korean numbers?", "korean-basics#numbers"},
	{"물건을 셀 때 쓰는 단위는 뭐예요?", "korean-basics#numbers"},
	{"How do I order two bowls of kimchi stew?", "korean-basics#ordering-food"},
	{"메뉴판을 달라고 할 때는요?", "korean-basics#ordering-food"},
	{"고려를 무너뜨린 사람은 누구예요?", "joseon-sejong#founding"},
	{"What was the capital of Joseon called?", "joseon-sejong#founding"},
	{"집현전 학자들은 무엇을 연구했어요?", "joseon-sejong#sejong"},
	{"What does Hunminjeongeum mean?", "joseon-sejong#hunminjeongeum"},
	{"한글 자음은 무엇을 본떠 만들었나요?", "joseon-sejong#hunminjeongeum"},
	{"측우기는 왜 만들었어요?", "joseon-sejong#science"},
	{"What did Choe Yun-deok do?", "joseon-sejong#territory"},
	{"현재완료는 have 뒤에 동사를 어떻게 써요?", "present-perfect#form"},
	{"What are the four uses of the present perfect?", "present-perfect#uses"},
	{"How long have you lived here는 어떤 용법이에요?", "present-perfect#uses|present-perfect#for-since"},
	{"What comes after since?", "present-perfect#for-since"},
	{"현재완료랑 과거 시제는 뭐가 달라요?", "present-perfect#past"},
	{"Can I say 'He has gone to Busan' if he is here?", "present-perfect#been-gone"},
	{"지구 중심은 고체예요?", "earthquakes-volcanoes#structure"},
	{"What happens underground when an earthquake starts?", "earthquakes-volcanoes#earthquakes"},
	{"How much more energy does a magnitude 6 earthquake release than a magnitude 5?", "earthquakes-volcanoes#magnitude"},
	{"우리나라에서 화산 활동으로 생긴 곳은 어디예요?", "earthquakes-volcanoes#volcanoes"},
	{"How fast do plates move?", "earthquakes-volcanoes#plates"},
	{"Should I use the lift after an earthquake?", "earthquakes-volcanoes#safety"},
	// off-syllabus, fifth batch
	{"광합성을 하는 세균도 있어요?", ""},
	{"What is the chemical formula of glucose?", ""},
	{"이차방정식은 어떻게 풀어요?", ""},
	{"What is a variable in programming?", ""},
	{"한국어 존댓말은 언제 써요?", ""},
	{"How do I write my name in Hangul?", ""},
	{"세종대왕의 아들은 누구예요?", ""},
	{"When did the Joseon dynasty end?", ""},
	{"현재진행형은 어떻게 만들어요?", ""},
	{"What is the past perfect?", ""},
	{"지진계는 어떻게 작동해요?", ""},
	{"Why do volcanoes have craters?", ""},
	{"내일 시험 범위가 어디예요?", ""},
	{"점심 메뉴 추천해 줘", ""},
	{"What is the population of Seoul?", ""},
	// A sixth batch, measured once before any change (30 of 34 from the
	// right section, none from a wrong one, 9 of 12 off-syllabus not
	// covered).

	{"광합성에서 빛은 어떤 역할을 해요?", "photosynthesis#definition|photosynthesis#materials|photosynthesis#chloroplast"},
	{"Which part of the leaf lets gases in and out?", "photosynthesis#chloroplast"},
	{"식물은 물을 어디서 흡수해요?", "photosynthesis#materials"},
	{"Where is starch stored at first?", "photosynthesis#products"},
	{"빛이 너무 강하면 광합성량이 계속 늘어나나요?", "photosynthesis#factors"},
	{"Is respiration the opposite of photosynthesis?", "photosynthesis#respiration"},
	{"해는 근이라고도 해요?", "linear-equations#equation"},
	{"What is a root of an equation?", "linear-equations#equation"},
	{"0이 아닌 수로 나누는 이유는 뭐예요?", "linear-equations#properties"},
	{"이항하면 더하기는 어떻게 바뀌어요?", "linear-equations#transposition"},
	{"분수가 있는 일차방정식은 어떻게 시작해요?", "linear-equations#solving"},
	{"How do I write an equation from a word problem?", "linear-equations#word-problems"},
	{"What do I say to someone who is leaving?", "korean-basics#greetings"},
	{"미안할 때는 뭐라고 말해요?", "korean-basics#greetings"},
	{"Which number system is used for dates?", "korean-basics#numbers"},
	{"셋은 단위 앞에서 어떻게 바뀌어요?", "korean-basics#numbers"},
	{"How do I ask for water in a restaurant?", "korean-basics#ordering-food"},
	{"계산서를 달라고 할 때 뭐라고 해요?", "korean-basics#ordering-food"},
	{"정도전은 누구예요?", "joseon-sejong#founding"},
	{"Why is Sejong called 'the Great'?", "joseon-sejong#sejong"},
	{"훈민정음이 만들어지기 전에는 백성들이 어떻게 글을 썼어요?", "joseon-sejong#hunminjeongeum"},
	{"What did the jagyeongnu do?", "joseon-sejong#science"},
	{"쓰시마섬 정벌은 언제였어요?", "joseon-sejong#territory"},
	{"She's eaten lunch에서 's는 뭐예요?", "present-perfect#form"},
	{"What does the present perfect of experience mean?", "present-perfect#uses"},
	{"How do I ask how long someone has done something?", "present-perfect#for-since"},
	{"Can I use 'last year' with the present perfect?", "present-perfect#past"},
	{"been to와 gone to 중에 경험은 어느 쪽이에요?", "present-perfect#been-gone"},
	{"지각, 맨틀, 핵 중에 가장 큰 층은?", "earthquakes-volcanoes#structure"},
	{"What is the epicentre of an earthquake?", "earthquakes-volcanoes#earthquakes"},
	{"진도는 무엇을 나타내요?", "earthquakes-volcanoes#magnitude"},
	{"Is volcanic gas mostly water vapour?", "earthquakes-volcanoes#volcanoes"},
	{"불의 고리에 있는 나라는 어디예요?", "earthquakes-volcanoes#plates"},
	{"After the shaking stops, what should I turn off?", "earthquakes-volcanoes#safety"},
	// off-syllabus, sixth batch
	{"광합성 속도를 재는 실험 방법은?", ""},
	{"What is the Calvin cycle?", ""},
	{"연립일차방정식은 어떻게 풀어요?", ""},
	{"How do I count to 100 in Korean?", ""},
	{"한국어 받침 발음 규칙 알려 주세요", ""},
	{"Who built Gyeongbokgung Palace?", ""},
	{"세종은 몇 살에 왕이 되었어요?", ""},
	{"What is the future perfect?", ""},
	{"수동태는 어떻게 만들어요?", ""},
	{"지진을 미리 알 수 있어요?", ""},
	{"How hot is lava?", ""},
	{"오늘 급식 뭐예요?", ""},
}

// knownWrong are questions still answered from a section that does not
// answer them. TestRetrievalCalibration fails on any other.
var knownWrong = map[string]bool{
	"Why can't plants make food at night?": true, // cites the night-time starch transport, not the need for light
	"has는 언제 써요?":                          true, // cites the uses of the present perfect, not has with he/she/it
	"x - 5 = 2에서 -5를 옮기면?":                 true, // cites the worked example of solving, not the rule of transposition
}

// TestRetrievalCalibration measures retrieval on devSet and holds it to
// the targets: at least 95 % of on-syllabus questions answered from a
// right section, no answer from a wrong section but the knownWrong ones,
// at least 90 % of
// off-syllabus questions "not covered" with suggestions. The two
// off-syllabus questions it still answers ("광합성을 하는 동물도 있어요?"
// from the definition, which mentions animals; "How do I make kimchi?"
// from ordering food) need understanding retrieval does not have.
func TestRetrievalCalibration(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	right, wrong, miss, onTotal, offRight, offTotal := 0, 0, 0, 0, 0, 0
	for _, tc := range devSet {
		g := lib.Ask(tc.q, "", "")
		got := ""
		if g.Covered {
			got = g.Source.LessonID + "#" + g.Source.SectionID
			if g.Answer == "" || g.Source.Line == "" || len(g.Citations) == 0 || g.Citations[0].Quote != g.Answer {
				t.Errorf("%q: incomplete answer %+v", tc.q, g)
			}
		}
		if tc.want == "" {
			offTotal++
			if !g.Covered && len(g.Suggestions) > 0 && g.Message != "" {
				offRight++
			} else {
				t.Logf("off-syllabus %q answered from %s (confidence %.2f): %s", tc.q, got, g.Confidence, g.Answer)
			}
			continue
		}
		onTotal++
		ok := false
		for _, w := range strings.Split(tc.want, "|") {
			ok = ok || got == w
		}
		switch {
		case ok:
			right++
			if knownWrong[tc.q] {
				t.Logf("%q is no longer wrong: take it out of knownWrong", tc.q)
			}
		case got != "":
			wrong++
			if knownWrong[tc.q] {
				t.Logf("known wrong: %q answered from %s, want %s", tc.q, got, tc.want)
			} else {
				t.Errorf("%q: answered from %s, want %s: %s", tc.q, got, tc.want, g.Answer)
			}
		default:
			miss++
			t.Logf("%q: not covered (confidence %.2f), want %s", tc.q, g.Confidence, tc.want)
		}
		if os.Getenv("TUTOR_DEBUG") != "" {
			fmt.Printf("%-60s %s\n", tc.q, g.Answer)
		}
	}
	t.Logf("on-syllabus: %d/%d from a right section, %d from a wrong one, %d not covered; off-syllabus: %d/%d not covered",
		right, onTotal, wrong, miss, offRight, offTotal)
	if right*100 < onTotal*95 {
		t.Errorf("on-syllabus %d/%d answered from the right section, want ≥ 95 %%", right, onTotal)
	}
	if offRight*100 < offTotal*90 {
		t.Errorf("off-syllabus %d/%d not covered, want ≥ 90 %%", offRight, offTotal)
	}
}

// TestChloroplastNeverFromLinearEquations: the failure that started the
// rewrite — a chloroplast question answered, with a citation, from the
// Linear Equations lesson.
func TestChloroplastNeverFromLinearEquations(t *testing.T) {
	lib, _ := LoadLibrary()
	for _, q := range []string{"엽록체는 무슨 일을 해요?", "엽록체가 뭐야?", "What does a chloroplast do?", "chloroplast", "엽록체에서 무엇이 일어나요?",
		"What is inside a chloroplast?", "엽록체 설명해 줘"} {
		g := lib.Ask(q, "", "")
		if !g.Covered || g.Source.LessonID != "photosynthesis" {
			t.Errorf("%q: covered %v from %+v", q, g.Covered, g.Source)
			continue
		}
		if !strings.Contains(g.Answer, "엽록체") && !strings.Contains(g.Answer, "chloroplast") {
			t.Errorf("%q: the answer does not mention the chloroplast: %s", q, g.Answer)
		}
		// Asked within the wrong lesson, the honest answer is "not covered".
		if g := lib.Ask(q, "linear-equations", ""); g.Covered {
			t.Errorf("%q within linear-equations: answered from %+v: %s", q, g.Source, g.Answer)
		}
	}
}

// TestParticlesAndEndings: the same term with different particles and
// endings finds the same section.
// TestNearMissNotCovered: a question about a neighbour of what the
// lessons teach — another tense, another kind of equation, a cell part
// no lesson names — is "not covered", never answered from the lesson it
// resembles; the lesson's own terms still are.
func TestNearMissNotCovered(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"what is the past perfect tense?", "what is a chemical equation?", "what do mitochondria do?", "미토콘드리아는 무슨 일을 해요?", "what is a quadratic equation?", "what did King Sejong invent besides the rain gauge and the sundial and the telescope?"} {
		if g := lib.Ask(q, "", ""); g.Covered {
			t.Errorf("%q answered from %s § %s: %s", q, g.Source.LessonID, g.Source.SectionID, g.Answer)
		}
	}
	for q, sec := range map[string]string{"how do I form the present perfect?": "form", "what is a linear equation?": "", "광합성은 어디에서 일어나요?": "chloroplast"} {
		g := lib.Ask(q, "", "")
		if !g.Covered || sec != "" && g.Source.SectionID != sec {
			t.Errorf("%q: covered %v, source %+v", q, g.Covered, g.Source)
		}
	}
}

func TestParticlesAndEndings(t *testing.T) {
	lib, _ := LoadLibrary()
	for _, q := range []string{"광합성에서 엽록체", "광합성은 엽록체에서", "광합성이 엽록체에서 일어나나요?", "광합성을 하는 엽록체", "엽록체에서는 광합성이 일어나요?", "엽록체들"} {
		g := lib.Ask(q, "", "")
		if !g.Covered || g.Source.SectionID != "chloroplast" || !strings.Contains(g.Answer, "엽록체에서 일어나요") {
			t.Errorf("%q: %v %+v %s", q, g.Covered, g.Source, g.Answer)
		}
	}
	for _, q := range []string{"햇빛이 없으면 광합성을 못 하나요?", "햇볕 없이 광합성이 돼요?", "태양빛이 없는 밤에도 광합성을 해요?"} {
		g := lib.Ask(q, "", "")
		if !g.Covered || g.Source.SectionID != "materials" || !strings.Contains(g.Answer, "빛") {
			t.Errorf("%q (햇빛 for 빛): %v %+v %s", q, g.Covered, g.Source, g.Answer)
		}
	}
}

// TestAnswerLanguage: an English question on a lesson is answered in
// English with an English source; lang overrides the question's language.
func TestAnswerLanguage(t *testing.T) {
	lib, _ := LoadLibrary()
	g := lib.Ask("Where does photosynthesis happen?", "", "")
	if !g.Covered || g.Lang != "en" || g.Answer != "Photosynthesis happens in the chloroplasts inside the cells of a leaf." ||
		g.Source.Line != "Science · Middle school · Photosynthesis § Where photosynthesis happens" {
		t.Fatalf("%+v %+v", g, g.Source)
	}
	if !strings.HasPrefix(g.More, "Chloroplasts contain a green pigment called chlorophyll") {
		t.Errorf("more: %q", g.More)
	}
	k := lib.Ask("광합성은 어디에서 일어나요?", "", "")
	if k.Lang != "ko" || k.Answer != "광합성은 잎의 세포 속에 있는 엽록체에서 일어나요." || k.Source.Line != "중학교 과학 · 광합성 § 광합성이 일어나는 곳" {
		t.Fatalf("%+v %+v", k, k.Source)
	}
	// The answer and the rest are the section, sentence for sentence.
	l, _ := lib.Lesson("photosynthesis")
	s, _ := l.section("chloroplast")
	for text, want := range map[string]int{
		`Experience means "have done it": "I have visited Jeju twice." Continuation means more.`: 2,
		`"처음 뵙겠습니다. 저는 민수입니다."처럼 자기소개를 해요. 다음 문장이에요.`:                                            2,
		`"eolmayeyo?" (얼마예요?, how much is it?) and more. Next one.`:                              2,
	} {
		if got := splitSentences(text); len(got) != want {
			t.Errorf("splitSentences(%q) = %q", text, got)
		}
	}
	if k.Answer+" "+k.More != strings.Join(splitSentences(s.Text), " ") {
		t.Errorf("answer and more are not the section:\n%s\n%s", k.Answer+" "+k.More, s.Text)
	}
	forced := lib.Ask("Where does photosynthesis happen?", "", "ko")
	if forced.Lang != "ko" || forced.Answer != k.Answer {
		t.Errorf("lang=ko: %+v", forced)
	}
	if en := lib.Ask("현재완료는 어떻게 만들어요?", "", "en"); !strings.Contains(en.Answer, "have or has followed by the past participle") {
		t.Errorf("lang=en on a Korean question: %+v", en)
	}
	for q, want := range map[string]string{"What does 안녕하세요 mean?": "en", "안녕하세요는 무슨 뜻이에요?": "ko", "for와 since는 어떻게 달라요?": "ko", "   ": "ko",
		"How long have you studied English 같은 문장은 언제 써요?": "ko", "I have seen the movie yesterday가 왜 틀려요?": "ko", "Why is 'I have gone to Busan' strange?": "en"} {
		if got := DetectLang(q); got != want {
			t.Errorf("DetectLang(%q) = %s, want %s", q, got, want)
		}
	}
}

// TestKoreanAnswersReadable: Korean answers are one or two 해요체
// sentences (besides the steps of a procedure asked for), never the old
// 해라체 textbook lines.
func TestKoreanAnswersReadable(t *testing.T) {
	lib, _ := LoadLibrary()
	for _, tc := range devSet {
		if tc.want == "" || DetectLang(tc.q) != "ko" {
			continue
		}
		g := lib.Ask(tc.q, "", "")
		if !g.Covered {
			continue
		}
		ss := splitSentences(g.Answer)
		steps := 0 // a procedure asked for is read out step by step
		for _, s := range ss {
			if stepRe.MatchString(s) {
				steps++
			}
		}
		if len(ss) == 0 || len(ss)-steps > 2 {
			t.Errorf("%q: %d sentences: %s", tc.q, len(ss), g.Answer)
		}
		for _, s := range ss {
			if i := strings.LastIndex(s, "("); i > 0 && strings.HasSuffix(s, ").") {
				s = s[:i] + "." // 써요(I have visited Jeju twice).
			}
			if strings.HasSuffix(s, "다.") || !(strings.HasSuffix(s, "요.") || strings.HasSuffix(s, "요?") || strings.HasSuffix(s, "요.\"")) {
				t.Errorf("%q: not 해요체: %s", tc.q, s)
			}
		}
	}
}

// TestNotCoveredSuggests: an off-syllabus question gets "not covered" in
// the student's language and questions the lessons do answer, nearest
// lesson first.
func TestNotCoveredSuggests(t *testing.T) {
	lib, _ := LoadLibrary()
	g := lib.Ask("미토콘드리아는 무슨 일을 해요?", "", "")
	if g.Covered || len(g.Citations) != 0 || g.Source != nil || !strings.Contains(g.Message, "지어내서 답하지 않을게요") || len(g.Suggestions) != 3 {
		t.Fatalf("%+v", g)
	}
	e := lib.Ask("Who invented the telephone?", "", "")
	if e.Covered || !strings.Contains(e.Message, "won't make up an answer") || len(e.Suggestions) == 0 || DetectLang(e.Suggestions[0].Question) != "en" {
		t.Fatalf("%+v", e)
	}
	// Within one lesson, its own suggestions come first.
	w := lib.Ask("What is the capital of France?", "joseon-sejong", "en")
	if w.Covered || w.Suggestions[0].LessonID != "joseon-sejong" || w.Suggestions[0].Question != "When was Hunminjeongeum created?" {
		t.Fatalf("%+v", w)
	}
	// Every suggested question is answered by its own lesson.
	for _, l := range lib.Lessons {
		if len(l.Suggest) < 2 {
			t.Errorf("%s: %d suggestions", l.ID, len(l.Suggest))
		}
		for _, s := range l.Suggest {
			for _, q := range []string{s.Ko, s.En} {
				if g := lib.Ask(q, "", ""); !g.Covered || g.Source.LessonID != l.ID {
					t.Errorf("suggestion %q is not answered from %s: %+v", q, l.ID, g.Source)
				}
			}
		}
	}
}

// TestMixedLessonsNotCovered: a question that mixes the key terms of two
// lessons is not answered from either unless one section has them all.
func TestMixedLessonsNotCovered(t *testing.T) {
	lib, _ := LoadLibrary()
	for _, q := range []string{"Which Korean islands were made by volcanoes?",
		"I read about leaves yesterday: why are they green?", "이항으로 광합성 식을 풀 수 있어요?"} {
		if g := lib.Ask(q, "", ""); g.Covered {
			t.Errorf("%q answered from %+v: %s", q, g.Source, g.Answer)
		}
	}
	// One section with both: the photosynthesis equation is in the
	// photosynthesis lesson.
	if g := lib.Ask("광합성을 식으로 나타내면?", "", ""); !g.Covered || g.Source.SectionID != "definition" || !strings.Contains(g.Answer, "포도당 + 산소") {
		t.Errorf("%+v", g)
	}
	if g := lib.Ask("What is the word equation for photosynthesis?", "", ""); !g.Covered || g.Source.SectionID != "definition" || !strings.Contains(g.Answer, "water + carbon dioxide →") {
		t.Errorf("%+v", g)
	}
}

// TestLongQuestion: a question wrapped in classroom chatter is answered.
func TestLongQuestion(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, want := range map[string]string{
		"선생님 어제 과학 시간에 배운 건데요, 호흡은 낮에만 일어나는 거 맞아요?":                                                    "respiration",
		"선생님, 혹시 시험에 나올 것 같아서 그러는데 광합성에 필요한 물질이 정확히 뭐였지요?":                                             "materials",
		"I was reading my science book last night and I still don't get it: why do leaves look green?": "chloroplast",
	} {
		if g := lib.Ask(q, "", ""); !g.Covered || g.Source.SectionID != want {
			t.Errorf("%q: %v %+v", q, g.Covered, g.Source)
		}
	}
}

func BenchmarkAsk(b *testing.B) {
	lib, err := LoadLibrary()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		lib.Ask(devSet[i%len(devSet)].q, "", "")
	}
}

// BenchmarkLoadLibrary measures reading and indexing the lessons (what
// LoadLibrary does once per process).
func BenchmarkLoadLibrary(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := LoadLibraryFS(lessonFS, "lessons"); err != nil {
			b.Fatal(err)
		}
	}
}

// debugRank prints how a question was broken up and ranked.
func debugRank(lib *Library, q string) string {
	var b strings.Builder
	q = lib.index.unglue(q)
	us := lib.index.units(q)
	for _, u := range us {
		fmt.Fprintf(&b, "[%s %.2f c%d] ", u.text, u.weight, len(u.concepts))
	}
	b.WriteString("\n")
	for i, s := range lib.index.rank(us, phrases(analyze(q)), "") {
		if i == 4 {
			break
		}
		fmt.Fprintf(&b, "  %s#%s score %.2f cov %.2f\n", s.d.lesson.ID, s.d.sec.ID, s.score, s.coverage)
	}
	return b.String()
}

func TestDebugRank(t *testing.T) {
	q := os.Getenv("TUTOR_Q")
	if q == "" {
		t.Skip("set TUTOR_Q to see how a question is ranked")
	}
	lib, _ := LoadLibrary()
	t.Log("\n" + debugRank(lib, q))
	g := lib.Ask(q, "", "")
	t.Logf("%+v", g)
}

// TestAnalyzeKorean: particles, endings and conjugations meet in the same
// forms.
func TestAnalyzeKorean(t *testing.T) {
	key := func(s string) string { return analyze(s)[0].key }
	for _, w := range []string{"광합성에서", "광합성은", "광합성이", "광합성을", "광합성에서는", "광합성이란", "광합성"} {
		if got := key(w); got != "광합성" {
			t.Errorf("key(%s) = %s", w, got)
		}
	}
	has := func(w, alt string) bool {
		for _, a := range analyze(w)[0].alts {
			if a == alt {
				return true
			}
		}
		return false
	}
	for _, w := range []string{"옮긴", "옮길", "옮겼어요", "옮겨요"} {
		if !has(w, "v~옮기") {
			t.Errorf("%s: %v", w, analyze(w)[0].alts)
		}
	}
	for _, w := range []string{"일어나요", "일어나나요", "일어나는"} {
		if !has(w, "일어나") {
			t.Errorf("%s: %v", w, analyze(w)[0].alts)
		}
	}
	// A noun is not taken for a conjugated verb: 분열 is not 분이.
	if has("분열은", "v~분이") || lemma("분열") == "분이" {
		t.Errorf("분열: %v", analyze("분열은")[0].alts)
	}
	// "yesterday랑": the particle alone is not a word; the English word is.
	ws := analyze("yesterday랑 현재완료")
	if len(ws) != 3 || !ws[1].stop || ws[0].key != "yesterday" {
		t.Errorf("%+v", ws)
	}
	if stemEn("happens") != "happen" || stemEn("happened") != "happen" || stemEn("leaves") != stemEn("leave") || stemEn("photosynthesis") != "photosynthesis" {
		t.Errorf("stemEn: %s %s %s %s", stemEn("happens"), stemEn("happened"), stemEn("leaves"), stemEn("photosynthesis"))
	}
	// A silent e: rule, ruled and ruling meet ("how long did Sejong rule"
	// is answered by "ruled from 1418 to 1450").
	for _, f := range [][]string{{"rule", "ruled", "ruling", "rules"}, {"shape", "shaped", "shapes"}, {"make", "making", "makes"}} {
		for _, w := range f[1:] {
			if stemEn(w) != stemEn(f[0]) {
				t.Errorf("stemEn(%q) = %q, stemEn(%q) = %q", w, stemEn(w), f[0], stemEn(f[0]))
			}
		}
	}
}

// TestAnswerSentences: the answer is the sentence about what was asked,
// with the sentence before it when it cannot stand alone.
func TestAnswerSentences(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, want := range map[string]string{
		"혼천의는 무엇을 하는 기구예요?":                        "별과 하늘의 움직임을 관측하는 혼천의를 만들었고",
		"Why are there many earthquakes in Japan?": "The belt of earthquakes and volcanoes around the Pacific Ocean is called the Circum-Pacific belt, or the \"Ring of Fire\". Japan, Indonesia and Chile are on it.",
		"How do I say two people in Korean?":       "du myeong (두 명, two people)",
		"광합성이 뭐야?":                                 "광합성은 식물이 빛에너지를 이용하여 물과 이산화 탄소로 양분(포도당)을 만드는 과정이에요.",
	} {
		if g := lib.Ask(q, "", ""); !g.Covered || !strings.Contains(g.Answer, want) {
			t.Errorf("%q: %q, want %q", q, g.Answer, want)
		}
	}
}

// FuzzAsk: any question gets an answer or an honest "not covered", never
// a panic, and a covered answer always has its source.
func FuzzAsk(f *testing.F) {
	for _, s := range []string{"", "???", "ㅋㅋㅋ", "😀 광합성?", "光合成とは", "x = = = 3", "\u200b광합성\u200b", strings.Repeat("광합성 ", 200),
		"'\"'\"", "((((", "이", "a", "2x + 3 > 7", "광합성이란?!?!", "ﾟ･*:.｡", "엽록체 chloroplast 葉綠體"} {
		f.Add(s)
	}
	lib, err := LoadLibrary()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		g := lib.Ask(q, "", "")
		if g.Covered && (g.Source == nil || g.Answer == "" || len(g.Citations) == 0) {
			t.Fatalf("%q: %+v", q, g)
		}
		if !g.Covered && (g.Message == "" || g.Source != nil) {
			t.Fatalf("%q: %+v", q, g)
		}
	})
}

// TestTypos: an English word one letter off a lesson word is read as that
// word.
func TestTypos(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, want := range map[string]string{
		"What is photosyntesis?":         "photosynthesis#definition",
		"Where are the chloroplats?":     "photosynthesis#chloroplast",
		"What is an epicenter?":          "earthquakes-volcanoes#earthquakes",
		"What does chlorophyl absorb?":   "photosynthesis#chloroplast",
		"What is transpostion?":          "linear-equations#transposition",
		"Why are there many earthqakes?": "earthquakes-volcanoes#plates|earthquakes-volcanoes#earthquakes",
	} {
		g := lib.Ask(q, "", "")
		ok := false
		for _, w := range strings.Split(want, "|") {
			ok = ok || g.Covered && g.Source.LessonID+"#"+g.Source.SectionID == w
		}
		if !ok {
			t.Errorf("%q: %v %+v", q, g.Covered, g.Source)
		}
	}
	for a, b := range map[[2]string]bool{{"chlorophyl", "chlorophyll"}: true, {"teh", "the"}: true, {"epicenter", "epicentre"}: true,
		{"photosyntesis", "photosynthesis"}: true, {"ab", "ab"}: false, {"abc", "xyz"}: false, {"magma", "lava"}: false} {
		if editOne(a[0], a[1]) != b || editOne(a[1], a[0]) != b {
			t.Errorf("editOne(%q, %q) != %v", a[0], a[1], b)
		}
	}
	// A word two letters off is not corrected: "not covered" stays honest.
	if g := lib.Ask("What is photosintesys?", "", ""); g.Covered {
		t.Errorf("two typos answered from %+v", g.Source)
	}
}

// TestCitationsStayInTheLesson: every passage an answer cites is from the
// lesson it answers from — a second lesson matched by a shared word
// ("equation", "form", "make") would be a citation that does not support
// the answer.
func TestCitationsStayInTheLesson(t *testing.T) {
	lib, _ := LoadLibrary()
	for _, q := range []string{
		"how do you set up an equation for a word problem?", "what is the word equation for photosynthesis?",
		"what do plants make with light?", "how is the present perfect formed?", "what did King Sejong make for science?",
		"방정식 세우는 법 알려 줘", "광합성 식을 말로 쓰면?", "화산은 어떻게 만들어져요?", "how do volcanoes form?",
		"what do you say when you meet someone in Korean?", "when do we use since?", "equation of photosynthesis in words",
		// words two lessons share: answered from one lesson, or not at all
		"how do I write an equation?", "turn a sentence into an equation", "what happens to water?",
		"how do I check my answer", "what do leaves do",
	} {
		g := lib.Ask(q, "", "")
		if !g.Covered {
			continue
		}
		for _, c := range g.Citations {
			if c.LessonID != g.Source.LessonID {
				t.Errorf("%q: answered from %s but also cites %s § %s", q, g.Source.LessonID, c.LessonID, c.SectionID)
			}
		}
	}
}

// TestCitationSupportsAnswer: an answer cites only the section its
// sentences come from; a term the lessons do not teach, glued to one they
// do ("past continuous"), gets "not covered"; a definitional question is
// answered where its term is defined.
func TestCitationSupportsAnswer(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"광합성과 호흡은 어떻게 달라요?", "what does a plant need for photosynthesis?", "이항할 때 부호는 왜 바뀌어요?"} {
		g := lib.Ask(q, "", "")
		if !g.Covered || len(g.Citations) != 1 || g.Citations[0].Quote != g.Answer || g.Citations[0].SectionID != g.Source.SectionID {
			t.Errorf("%q: citations %+v for answer %q", q, g.Citations, g.Answer)
		}
	}
	for _, q := range []string{"how do I form the past continuous?", "when do I use the future perfect?"} {
		if g := lib.Ask(q, "", ""); g.Covered {
			t.Errorf("%q answered from %s: %q", q, g.Source.Line, g.Answer)
		}
	}
	g := lib.Ask("what does it mean to solve an equation?", "", "")
	if !g.Covered || g.Source.SectionID != "equation" || !strings.Contains(g.Answer, "is called solving the equation") {
		t.Errorf("solve: %+v", g)
	}
}

// TestTrialFindings: questions a new user asked in a trial. "what causes
// earthquakes" was answered from a passage on volcanoes' benefits ("can
// cause damage"), "why did he make hangul?" with only the dates, and "who
// won the world cup in 2022?" from the Korean counter words ("world" was
// taken for a typo of "would", "won" for the currency).
func TestTrialFindings(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, section, says string }{
		{"what causes earthquakes", "earthquakes", "suddenly break"},
		{"why did he make hangul?", "hunminjeongeum", "could not read the difficult Chinese characters"},
		{"세종은 왜 한글을 만들었어?", "hunminjeongeum", "누구나 쉽게 배울 수 있는 글자"},
	} {
		g := lib.Ask(c.q, "", "")
		if !g.Covered || g.Source.SectionID != c.section || !strings.Contains(g.Answer, c.says) || g.Citations[0].Quote != g.Answer {
			t.Errorf("%q: want § %s saying %q, got %+v", c.q, c.section, c.says, g)
		}
	}
	for _, q := range []string{"who won the world cup in 2022?", "2022년 월드컵 누가 이겼어?", "what causes a tsunami"} {
		if g := lib.Ask(q, "", ""); g.Covered || len(g.Citations) != 0 || len(g.Suggestions) == 0 {
			t.Errorf("%q: want not covered with suggestions, got %+v", q, g)
		}
	}
}

// TestGenericNotions: a glossary notion any lesson's question may use (how
// a thing is used, how long something lasted) does not make the question
// another lesson's: these were "not covered" because the present perfect
// lesson has the terms 쓰임 and 기간.
func TestGenericNotions(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, section, says string }{
		{"안녕히 계세요는 언제 쓰는 인사예요?", "greetings", "남아 있는 사람에게는 \"안녕히 계세요\""},
		{"몇 년 동안 세종이 나라를 다스렸어요?", "sejong", "1418년부터 1450년까지"},
	} {
		g := lib.Ask(c.q, "", "")
		if !g.Covered || g.Source.SectionID != c.section || !strings.Contains(g.Answer, c.says) {
			t.Errorf("%q: want § %s saying %q, got %+v", c.q, c.section, c.says, g)
		}
	}
	// The notion still belongs to its lesson: a question about it alone
	// is answered there.
	if g := lib.Ask("how long have you lived here 같은 문장의 기간은 어떻게 말해요?", "", ""); !g.Covered || g.Source.LessonID != "present-perfect" {
		t.Errorf("기간: %+v", g)
	}
}

// TestUnknownThingsNotCovered: a thing the lessons never name, written as
// the head of a noun phrase ("the months of the year" — "year" is a lesson
// word, "months" after "the" is what is asked about) or as a number they
// never teach ("count to fifty"), makes the question off the syllabus:
// a section sharing the question's other words does not answer it.
func TestUnknownThingsNotCovered(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"what are the seasons of the year in Korean?", "how do you count to fifty in sino-korean numbers?", "what did Sejong's father do for the army?"} {
		if g := lib.Ask(q, "", ""); g.Covered {
			t.Errorf("%q answered from %s: %q", q, g.Source.Line, g.Answer)
		}
	}
	// A superlative, an adjective before its noun, and "a lot" are no
	// unknown things.
	for _, c := range []struct{ q, section string }{
		{"which layer inside the earth is the thickest?", "structure"},
		{"does photosynthesis go up a lot when the light gets stronger?", "factors"},
	} {
		if g := lib.Ask(c.q, "", ""); !g.Covered || g.Source.SectionID != c.section {
			t.Errorf("%q: want § %s, got %+v", c.q, c.section, g)
		}
	}
}

// TestAnswerIsAboutWhatWasAsked: answers that share the question's words
// but are about something else. The cause of plate motion is not in the
// lessons: "the plates move slowly" and "plates moving apart cause
// earthquakes" are not it. "The fourth king" does not answer who the fifth
// or the last king was. A quoted ending ("'-었-'") is grammar, not a word
// it is spelt like.
func TestAnswerIsAboutWhatWasAsked(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"판은 왜 서로 멀어져요? 원인이 뭐예요?", "why do plates move apart?", "what makes the plates move?",
		"who was the fifth king of joseon", "조선의 다섯 번째 왕은 누구예요?", "동사에 '-었-'을 붙이면 뜻이 어떻게 돼요?"} {
		if g := lib.Ask(q, "", ""); g.Covered {
			t.Errorf("%q answered from %s: %q", q, g.Source.Line, g.Answer)
		}
	}
	for _, c := range []struct{ q, section, says string }{
		{"세종은 조선의 몇 번째 왕이에요?", "sejong", "네 번째 왕"},
		{"why do earthquakes and volcanoes lie along plate boundaries?", "plates", "That is why"},
	} {
		if g := lib.Ask(c.q, "", ""); !g.Covered || g.Source.SectionID != c.section || !strings.Contains(g.Answer, c.says) {
			t.Errorf("%q: want § %s saying %q, got %+v", c.q, c.section, c.says, g)
		}
	}
}

// TestChatKorean: chat spellings students type — 여 for 요, a question
// word or 좀 glued to its word, a two-word term typed as one, ㅋㅋ and ㅠ —
// reach the section they ask about; "…한 게 언제야" asks for a date.
func TestChatKorean(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, section, says string }{
		{"엽록소 뜻좀", "chloroplast", "엽록소"},
		{"진앙이 뭐임 ㅋㅋ", "earthquakes", "진앙"},
		{"훈민정음이 무슨뜻이에여", "hunminjeongeum", "백성을 가르치는 바른 소리"},
		{"자격루가 뭐하는 물건이에요 ㅠㅠ", "science", "자격루"},
		{"환태평양지진대가 어디예요", "plates", "환태평양"},
		{"한글 만든게 언제야", "hunminjeongeum", "1443"},
	} {
		g := lib.Ask(c.q, "", "")
		if !g.Covered || g.Source.SectionID != c.section || !strings.Contains(g.Answer, c.says) {
			t.Errorf("%q: want § %s saying %q, got %+v", c.q, c.section, c.says, g)
		}
	}
	if g := lib.Ask("한라산이 마지막으로 폭발한게 언제야", "", ""); g.Covered {
		t.Errorf("the last eruption has no date in the lessons, answered %q", g.Answer)
	}
}

// TestWordSenses: a word that names a lesson's term in one sense only.
// "Korean" is the language in the Korean lesson, not any Korean thing
// ("Korean mountains"); "check" is the bill when it is "the check", and
// checking in general is a notion of every lesson (the equations lesson
// checks solutions; a leaf is checked for starch).
func TestWordSenses(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, section string }{
		{"which mountains in Korea came from volcanoes?", "volcanoes"},
		{"can I have the check please, in korean?", "ordering-food"},
		{"how can I check that there is starch in a leaf?", "products"},
		{"how do I check my answer to an equation?", "word-problems"},
	} {
		if g := lib.Ask(c.q, "", ""); !g.Covered || g.Source.SectionID != c.section {
			t.Errorf("%q: want § %s, got %+v", c.q, c.section, g)
		}
	}
	if g := lib.Ask("how do you say volcano in Korean?", "", ""); g.Covered {
		t.Errorf("a Korean word the lessons do not teach, answered from %s", g.Source.Line)
	}
}

// TestQuestionShapes: what kind of answer a question asks for, read from
// its shape. "잘 먹겠습니다는 언제 해요?" asks when the phrase is said, not a
// date (겠 is no past tense); a question about a thing's name asks no
// amount, though "얼마나" is in it; 거야 is a question's ending; a friend
// in the question does not make it about greetings; and another kind of a
// Korean term (과거완료, 이차방정식) is not answered from the kind taught.
func TestQuestionShapes(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, section string }{
		{"잘 먹겠습니다는 언제 해요?", "ordering-food"},
		{"시간이 얼마나 흘렀는지 재는 물시계 이름이 뭐예요?", "science"},
		{"세종은 왜 집현전을 키운 거야", "sejong"},
		{"친구랑 식당에서 주문할 때 뭐라고 해요?", "ordering-food"},
	} {
		if g := lib.Ask(c.q, "", ""); !g.Covered || g.Source.SectionID != c.section {
			t.Errorf("%q: want § %s, got %+v", c.q, c.section, g)
		}
	}
	for _, q := range []string{"과거완료는 어떻게 만들어요?", "이차방정식은 어떻게 풀어요?", "현재진행형은 언제 써요?"} {
		if g := lib.Ask(q, "", ""); g.Covered {
			t.Errorf("%q answered from %s: %q", q, g.Source.Line, g.Answer)
		}
	}
}

// TestEverydayPhrasing: the way students say things — 돼있어요 glued, 엘베
// for the elevator, 풀때 without its space, "get x by itself", adverbs of
// how often and "talking about" — is phrasing, and the question reaches
// the section it asks about.
func TestEverydayPhrasing(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, section string }{
		{"지구 속은 어떻게 돼있어요?", "structure"},
		{"지진 때 엘베 타면 안 돼요?", "safety"},
		{"일차방정식 풀때 첫 단계가 뭐야", "solving"},
		{"how do I get x by itself in x + 4 = 9?", "solving"},
		{"which words do people often use with the present perfect for experience?", "uses"},
		{"when talking about the present perfect, what does 'since' go with?", "for-since"},
	} {
		if g := lib.Ask(c.q, "", ""); !g.Covered || g.Source.SectionID != c.section {
			t.Errorf("%q: want § %s, got %+v", c.q, c.section, g)
		}
	}
}

// TestLightSaturation: whether photosynthesis keeps rising without limit
// is answered where the lesson says it levels off ("어느 세기 이상에서는 더
// 늘어나지 않아요"), however it is asked.
func TestLightSaturation(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"햇빛이 아무리 강해도 광합성이 무한히 늘어나요?", "does brighter light always mean more photosynthesis, without limit?", "강한 빛을 쬐면 광합성이 한없이 빨라져요?"} {
		if g := lib.Ask(q, "", ""); !g.Covered || g.Source.SectionID != "factors" {
			t.Errorf("%q: want § factors, got %+v", q, g)
		}
	}
}
