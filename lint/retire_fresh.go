//go:build dockerfix_fresh && !dockerfix_poison

package lint

// retire gives every Check fresh tables, as a new Parser would: the
// output to compare with (see retire.go).
func (p *Parser) retire(src []byte) []byte {
	*p = Parser{}
	return src
}
