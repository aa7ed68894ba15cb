// Package docs holds Madang's documentation and the test that keeps
// architecture.md's import table true: it is generated from `go list`, and
// architecture_test.go fails when the code and the table disagree
// (`go test ./docs -update` rewrites it), and when an import crosses a
// layer the wrong way.
package docs
