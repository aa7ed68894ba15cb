import json, random, math
random.seed(20261127)
brands = [("소리랩","SoriLab"),("한빛","Hanbit"),("마루","Maru"),("바람","Baram"),("초록","Chorok"),("누리","Nuri"),("별빛","Byeolbit"),("다온","Daon")]
colors = [("블랙","black"),("화이트","white"),("네이비","navy"),("베이지","beige"),("그레이","gray"),("핑크","pink")]
types = [
 ("audio","음향","무선 이어폰","Wireless Earbuds","블루투스 5.3 무선 이어폰, 충전 케이스 포함, 최대 {h}시간 재생.","Bluetooth 5.3 true wireless earbuds with charging case, up to {h} hours of playback.",(19000,249000),{"wireless":["yes"],"noise_cancelling":["yes","no"]},12),
 ("audio","음향","유선 이어폰","Wired Earphones","3.5mm 단자 유선 이어폰, 마이크 내장.","3.5 mm wired earphones with a built-in microphone.",(9000,59000),{"wireless":["no"]},6),
 ("audio","음향","헤드폰","Headphones","편안한 오버이어 헤드폰, 접이식 디자인.","Comfortable over-ear headphones with a folding design.",(39000,399000),{"wireless":["yes","no"],"noise_cancelling":["yes","no"]},9),
 ("audio","음향","블루투스 스피커","Bluetooth Speaker","방수 휴대용 블루투스 스피커, {h}시간 재생.","Waterproof portable Bluetooth speaker, {h} hours of playback.",(25000,189000),{"wireless":["yes"],"waterproof":["yes"]},8),
 ("electronics","전자기기","보조배터리","Power Bank","{mah}mAh 대용량 보조배터리, 고속 충전 지원.","{mah} mAh power bank with fast charging.",(15000,69000),{"capacity_mah":["10000","20000"]},8),
 ("electronics","전자기기","고속 충전기","Fast Charger","USB-C PD 고속 충전기, 접이식 플러그.","USB-C PD fast charger with a folding plug.",(12000,49000),{"watt":["30","65"]},7),
 ("electronics","전자기기","스마트워치","Smartwatch","심박수와 수면을 측정하는 스마트워치, 방수.","Smartwatch that tracks heart rate and sleep, water resistant.",(59000,399000),{"waterproof":["yes"]},8),
 ("electronics","전자기기","무선 키보드","Wireless Keyboard","한글 자판 무선 키보드, 저소음 키.","Wireless keyboard with Korean layout and quiet keys.",(25000,159000),{"wireless":["yes"],"layout":["korean"]},7),
 ("electronics","전자기기","무선 마우스","Wireless Mouse","가벼운 무선 마우스, 저소음 클릭.","Lightweight wireless mouse with silent clicks.",(12000,89000),{"wireless":["yes"]},7),
 ("fashion","패션","운동화","Sneakers","가볍고 편한 데일리 운동화.","Light, comfortable everyday sneakers.",(39000,189000),{"size":["230-290"]},10),
 ("fashion","패션","후드티","Hoodie","도톰한 면 후드티, 기모 안감.","Thick cotton hoodie with a brushed lining.",(29000,99000),{"material":["cotton"]},8),
 ("fashion","패션","롱패딩","Long Padded Coat","한겨울용 덕다운 롱패딩.","Duck-down long padded coat for deep winter.",(99000,459000),{"season":["winter"]},7),
 ("fashion","패션","백팩","Backpack","노트북 수납 가능한 백팩, 생활 방수.","Backpack with a laptop sleeve, water resistant.",(29000,149000),{"laptop":["15inch"]},8),
 ("fashion","패션","비니","Beanie","울 혼방 니트 비니.","Wool-blend knit beanie.",(9000,39000),{"season":["winter"]},6),
 ("food","식품","포기김치","Cabbage Kimchi","국산 배추로 담근 전통 포기김치 {kg}kg.","Traditional whole-cabbage kimchi made with Korean cabbage, {kg} kg.",(15000,59000),{"vegan":["no"]},7),
 ("food","식품","비건 김치","Vegan Kimchi","젓갈 없이 담근 비건 김치 {kg}kg.","Vegan kimchi made without fish sauce, {kg} kg.",(16000,45000),{"vegan":["yes"]},4),
 ("food","식품","라면 멀티팩","Ramyeon Multipack","얼큰한 국물 라면 5개입.","Spicy broth ramyeon, pack of five.",(3900,8900),{"spicy":["yes"]},7),
 ("food","식품","조미김","Seasoned Seaweed","바삭한 조미김 도시락김 16봉.","Crispy seasoned seaweed snack, 16 packs.",(5900,15900),{"vegan":["yes"]},6),
 ("food","식품","커피 원두","Coffee Beans","갓 볶은 싱글 오리진 원두 {g}g.","Freshly roasted single-origin coffee beans, {g} g.",(12000,39000),{"roast":["light","medium","dark"]},8),
 ("food","식품","녹차","Green Tea","제주 유기농 녹차 티백 40개입.","Organic Jeju green tea, 40 tea bags.",(9000,29000),{"organic":["yes"]},6),
 ("food","식품","떡 선물세트","Rice Cake Gift Set","명절 선물용 수제 떡 세트.","Handmade rice cake gift set for holidays.",(19000,59000),{"vegan":["yes"]},6),
 ("beauty","뷰티","선크림","Sunscreen","SPF50+ PA++++ 촉촉한 선크림.","SPF50+ PA++++ moisturising sunscreen.",(9000,35000),{"spf":["50"]},7),
 ("beauty","뷰티","마스크팩","Sheet Mask","수분 진정 마스크팩 10매.","Hydrating, soothing sheet masks, 10 sheets.",(7000,29000),{},7),
 ("beauty","뷰티","립밤","Lip Balm","보습 립밤, 무향.","Moisturising lip balm, unscented.",(3000,15000),{},6),
 ("home","생활","텀블러","Tumbler","보온보냉 스테인리스 텀블러 {ml}ml.","Insulated stainless steel tumbler, {ml} ml.",(9900,49000),{"capacity_ml":["350","500"]},8),
 ("home","생활","가습기","Humidifier","초음파 가습기, 저소음 수면 모드.","Ultrasonic humidifier with a quiet sleep mode.",(29000,159000),{},7),
 ("home","생활","전기포트","Electric Kettle","1.7L 전기포트, 자동 전원 차단.","1.7 L electric kettle with automatic shut-off.",(19000,79000),{},6),
 ("books","도서","한국어 교재","Korean Textbook","외국인을 위한 한국어 기초 교재, 듣기 자료 포함.","Beginner Korean textbook for foreigners, with listening material.",(15000,32000),{"level":["beginner","intermediate"]},7),
 ("books","도서","과학 도서","Science Book","중학생을 위한 재미있는 과학 이야기.","Fun science stories for middle school students.",(12000,25000),{"level":["middle_school"]},6),
 ("stationery","문구","노트","Notebook","부드러운 필기감의 줄노트 3권.","Smooth-writing lined notebooks, set of 3.",(3000,15000),{},6),
 ("stationery","문구","볼펜 세트","Pen Set","빠르게 마르는 젤 볼펜 5색 세트.","Quick-drying gel pens, 5 colours.",(4000,19000),{},6),
]
products=[]
n=1
models=["Air","Pro","Lite","Plus","Mini","Max","One","Go","Neo","S","X","Q"]
for ti,t in enumerate(types):
    cat,catko,nko,nen,dko,den,(lo,hi),attrs,count=t
    for i in range(count):
        bko,ben=brands[(i*3+ti)%len(brands)]
        col=colors[(n+i)%len(colors)]
        frac=i/(max(count-1,1))
        price=int(round((lo+(hi-lo)*(frac**1.5)+random.uniform(-0.04,0.04)*(hi-lo))/100.0))*100
        price=max(lo,min(hi,price))
        a={k:random.choice(v) for k,v in attrs.items()}
        if cat in ("audio","electronics","fashion","home"): a["color"]=col[1]
        fill={"h":random.choice([20,24,30,36,40]),"mah":a.get("capacity_mah","10000"),"kg":random.choice([1,2,3]),"g":random.choice([200,500,1000]),"ml":a.get("capacity_ml","500")}
        model=models[i%len(models)]
        name_ko=f"{bko} {nko} {model}"; name_en=f"{ben} {nen} {model}"
        desc_ko=dko.format(**fill); desc_en=den.format(**fill)
        if a.get("noise_cancelling")=="yes":
            desc_ko+=" 액티브 노이즈 캔슬링 지원."; desc_en+=" Active noise cancelling."
        if "color" in a:
            desc_ko+=f" 색상: {col[0]}."; desc_en+=f" Colour: {col[1]}."
        stock=0 if n%23==0 else random.choice([3,5,10,20,40,80,150])
        products.append({"id":f"p{n:03d}","name_ko":name_ko,"name_en":name_en,"desc_ko":desc_ko,"desc_en":desc_en,
            "category":cat,"category_ko":catko,"kind_ko":nko,"kind_en":nen,"brand":ben,"brand_ko":bko,"price":price,"stock":stock,
            "rating":round(random.uniform(3.6,4.9),1),"attrs":a})
        n+=1
print(len(products))
with open("catalog.json","w") as f:
    f.write('{"products":[\n'+",\n".join(json.dumps(p,ensure_ascii=False) for p in products)+"\n]}\n")
