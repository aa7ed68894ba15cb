package skills

// FastValidPerf19 reports whether t has a fast path and whether it finds
// raw certainly valid; ValidateAllPerf19 is Validate without it.
func FastValidPerf19(t *Tool, raw []byte) (has, valid bool) {
	f := t.fast.get()
	return f != nil, f != nil && f.valid(raw)
}

func ValidateAllPerf19(t *Tool, raw []byte) error { return t.validateAll(raw) }
