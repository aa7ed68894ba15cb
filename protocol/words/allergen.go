package words

import "strings"

// allergens are the common food allergens, each as English and Korean
// readers name it: an allergy the user told in one language ("I'm
// allergic to peanuts") is shown in the other on a Korean card ("땅콩
// 알레르기", not "peanuts 알레르기"). Extra spellings of a name (plural,
// 계란 for 달걀) read as the same allergen.
var allergens = []struct {
	en, ko string
	also   []string
}{
	{"peanuts", "땅콩", []string{"peanut"}},
	{"tree nuts", "견과류", []string{"nuts", "nut", "tree nut"}},
	{"walnuts", "호두", []string{"walnut"}},
	{"almonds", "아몬드", []string{"almond"}},
	{"pine nuts", "잣", []string{"pine nut"}},
	{"shrimp", "새우", []string{"shrimps", "prawn", "prawns"}},
	{"crab", "게", []string{"crabs"}},
	{"lobster", "랍스터", []string{"바닷가재"}},
	{"shellfish", "갑각류", []string{"crustaceans", "crustacean"}},
	{"clams", "조개", []string{"clam", "조개류"}},
	{"oysters", "굴", []string{"oyster"}},
	{"mussels", "홍합", []string{"mussel"}},
	{"squid", "오징어", nil},
	{"mackerel", "고등어", nil},
	{"fish", "생선", nil},
	{"seafood", "해산물", []string{"해물"}},
	{"milk", "우유", nil},
	{"dairy", "유제품", nil},
	{"eggs", "달걀", []string{"egg", "계란"}},
	{"wheat", "밀", []string{"밀가루"}},
	{"gluten", "글루텐", nil},
	{"soy", "대두", []string{"soybeans", "soybean", "soya", "콩"}},
	{"sesame", "참깨", []string{"깨"}},
	{"buckwheat", "메밀", nil},
	{"peaches", "복숭아", []string{"peach"}},
	{"tomatoes", "토마토", []string{"tomato"}},
	{"pork", "돼지고기", nil},
	{"beef", "쇠고기", []string{"소고기"}},
	{"chicken", "닭고기", nil},
	{"kiwi", "키위", []string{"kiwis"}},
	{"sulfites", "아황산류", []string{"sulfite", "sulphites"}},
}

// Allergen is an allergen named in lang ("peanuts" in Korean is "땅콩",
// "새우" in English "shrimp"); one it does not know is given back as it
// was said.
func Allergen(name, lang string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, a := range allergens {
		if n != a.en && n != a.ko && !contains(a.also, n) {
			continue
		}
		if lang == "en" {
			return a.en
		}
		return a.ko
	}
	return strings.TrimSpace(name)
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
