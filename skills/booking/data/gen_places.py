# Generates places.json: the booking pack's restaurants and lodgings.
# Run: python3 gen_places.py  (deterministic)
import json, random
random.seed(7)
areas = {
 "seoul": ("서울", [("강남","Gangnam"),("홍대","Hongdae"),("종로","Jongno"),("이태원","Itaewon"),("성수","Seongsu"),("여의도","Yeouido")]),
 "busan": ("부산", [("해운대","Haeundae"),("서면","Seomyeon"),("광안리","Gwangalli"),("남포동","Nampo-dong")]),
 "jeju":  ("제주", [("제주시","Jeju City"),("서귀포","Seogwipo"),("애월","Aewol"),("성산","Seongsan")]),
}
cuisines = [("italian","이탈리안","Trattoria","트라토리아"),("korean","한식","Hanjeongsik House","한정식"),("bbq","고기구이","Grill","숯불구이"),
 ("japanese","일식","Sushi Bar","스시"),("chinese","중식","Dim Sum","딤섬"),("french","프렌치","Bistro","비스트로"),
 ("seafood","해산물","Seafood","해물"),("vegetarian","채식","Green Table","채식 식당"),("cafe","카페","Brunch Cafe","브런치 카페")]
words = [("바다","Bada"),("솔","Sol"),("하늘","Haneul"),("달","Dal"),("별","Byeol"),("온","On"),("결","Gyeol"),("담","Dam"),("숲","Sup"),("봄","Bom"),("노을","Noeul"),("마루","Maru")]
notes = ["창가석이 있어요.","단체석 있음.","주차 가능.","예약 시 알레르기를 알려 주세요.","반려동물 동반 가능한 테라스.","코스 요리 전문.","야외 테라스 좌석.","조용한 룸 좌석."]
rest=[]; n=1
plan = [("seoul",14),("busan",9),("jeju",9)]
for city,count in plan:
    cko, ar = areas[city]
    for i in range(count):
        cu = cuisines[(i + n) % len(cuisines)] if not (city=="seoul" and i<3) else cuisines[0]
        # Gangnam gets two Italian places, so "강남 이탈리안" has real choices
        area = ar[0] if (city=="seoul" and i<3) else ar[i % len(ar)]
        w = words[(n*5) % len(words)]
        name_ko = f"{w[0]} {cu[3]}" if cu[0]!="italian" else f"{w[0]} 트라토리아"
        name_en = f"{w[1]} {cu[2]}"
        rest.append({"id":f"r{n:02d}","kind":"restaurant","name_ko":name_ko,"name_en":name_en,"city":city,"city_ko":cko,
            "area_ko":area[0],"area_en":area[1],"cuisine":cu[0],"cuisine_ko":cu[1],"price_band":random.choice([1,2,2,3,3,4]),
            "capacity":random.choice([16,20,24,30,40]),"max_party":random.choice([6,8,10]),"open":"11:30","close":"21:00",
            "vegetarian_options": cu[0] in ("vegetarian","italian","cafe") or random.random()<0.3,
            "note":random.choice(notes)})
        n+=1
lodg=[]; m=1
types=[("hotel","호텔","Hotel"),("hanok","한옥 스테이","Hanok Stay"),("guesthouse","게스트하우스","Guesthouse"),("resort","리조트","Resort")]
for city,count in [("seoul",6),("busan",5),("jeju",6)]:
    cko, ar = areas[city]
    for i in range(count):
        ty = types[(i+m)%len(types)]
        area = ar[i % len(ar)]
        w = words[(m*7) % len(words)]
        price = {"hotel":random.choice([129000,159000,189000,249000]),"hanok":random.choice([139000,179000,219000]),
                 "guesthouse":random.choice([39000,49000,59000]),"resort":random.choice([199000,259000,329000])}[ty[0]]
        lodg.append({"id":f"l{m:02d}","kind":"lodging","name_ko":f"{w[0]} {ty[1]}","name_en":f"{w[1]} {ty[2]}","city":city,"city_ko":cko,
            "area_ko":area[0],"area_en":area[1],"type":ty[0],"type_ko":ty[1],"rooms":random.choice([3,5,8,12,20]),
            "max_guests":random.choice([2,3,4]),"price_per_night":price,"note":random.choice(["조식 포함.","오션뷰 객실.","체크인 15시, 체크아웃 11시.","무료 와이파이."]),
            "check_in":"15:00","check_out":"11:00"})
        m+=1
with open("places.json","w") as f:
    f.write('{"restaurants":[\n'+",\n".join(json.dumps(r,ensure_ascii=False) for r in rest)+'\n],\n"lodgings":[\n'+",\n".join(json.dumps(l,ensure_ascii=False) for l in lodg)+"\n]}\n")
print(len(rest), len(lodg))
