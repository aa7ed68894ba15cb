package safety

// A new user's trial (trial19, fix19b): "my kettle stopped heating after
// a week, I want to send it back" got the wellbeing tips for homework
// stress — the model reads "stopped … after a week" as someone worn out —
// and the store, asked only of guidance about a harm, could not answer
// it ("stopped working after a week", read alone as a clause, is someone
// worn out). Goods sent back or exchanged (a return, 반품, 교환) with no
// word of despair, dying or hurting oneself are a customer's everyday
// matter: the wellbeing tips are not given to it (learned.go's checkAll,
// beside the shop frame of version 17).
var goodsReturn19 = mustFold(`\b(return|send|ship|mail|take|bring) (it|them|this|that|these|those|the \w+|my \w+) back\b|\breturn (it|them|this|that|the \w+|my \w+)\b|\b(exchange|replacement|refund) (for|on) (it|them|this|that|the \w+|my \w+)\b|반품|교환\s?(해|하|할|돼|되|받|신청|가능)|환불\s?(해|받|신청|요청|가능)`)

// goodsReturned19: goods sent back, with no word of despair, dying or
// hurting oneself.
func goodsReturned19(d *doc) bool {
	return d.has(goodsReturn19) && !d.has(despair) && !d.has(selfWords) && !d.has(suicideWords) && !d.has(crisisPhrases)
}
