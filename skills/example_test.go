package skills_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/store"
)

// greeter is a whole skill: one tool that greets in Korean or English.
type greeter struct{}

type greetArgs struct {
	Name string `json:"name" jsonschema:"who to greet"`
	Lang string `json:"lang,omitempty" jsonschema:"ko or en"`
}

func (greeter) Tools() []*skills.Tool {
	return []*skills.Tool{skills.NewTool("greet", "Greet someone by name.", skills.Read, []string{"greet"},
		func(ctx context.Context, c skills.Caller, a greetArgs) (string, error) {
			if a.Lang == "en" {
				return "Hello, " + a.Name + "!", nil
			}
			return a.Name + "님, 안녕하세요!", nil
		},
		skills.Constrain(func(s *jsonschema.Schema) { s.Properties["lang"].Enum = []any{"ko", "en"} }))}
}

// Writing a skill and calling it as a user: declare tools from Go types,
// add the skill to a Host, and call with a caller in the context. Arguments
// that do not fit the generated schema come back as a readable error.
func ExampleNewTool() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	d, _ := store.OpenDir(dir)
	defer d.Close()
	host, _ := skills.NewHost(skills.HostOptions{Dir: d, Skills: []skills.ID{}})
	host.Add("example.greeter", greeter{})

	ctx := skills.WithCaller(context.Background(), skills.Caller{UserID: "u1", Scopes: []string{"greet"}})
	r := host.Call(ctx, "greet", json.RawMessage(`{"name":"민수"}`), skills.CallOptions{})
	fmt.Println(r.Status, string(r.Data))

	r = host.Call(ctx, "greet", json.RawMessage(`{"name":"Jane","lang":"fr"}`), skills.CallOptions{})
	fmt.Println(r.Status, r.Error.Code, strings.Contains(r.Error.Message, "/lang"))

	r = host.Call(skills.WithCaller(context.Background(), skills.Caller{UserID: "u2"}), "greet", json.RawMessage(`{"name":"x"}`), skills.CallOptions{})
	fmt.Println(r.Status, r.Error.Code)
	// Output:
	// ok "민수님, 안녕하세요!"
	// error invalid_arguments true
	// error forbidden
}
