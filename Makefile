# Madang — see README.md. Every target installs what it needs first (.ci/deps).
GO      := .ci/go
ADDR    ?= :8080
DATA    ?= ./data

.PHONY: run cluster test test-long deps test-deps build vet client-fps screenshots race fuzz fuzz-long bench bench-once bench-targets perf perf-cluster web clean models weights

## run: build the demo world and serve it (URL printed; Ctrl-C stops it)
run: deps build web
	./bin/campus -addr $(ADDR) -data $(DATA) -web ./web/dist -mcp examples/campus/mcp.json

## cluster: three nodes on 127.0.0.1:8081-8083 with embedded NATS (docs/cluster.md)
cluster: deps build web
	$(GO) build -o bin/cluster ./examples/cluster
	./bin/cluster -campus bin/campus -web ./web/dist -data $(DATA)-cluster

## test: everything CI runs: vet, all tests with the race detector, every benchmark once, short fuzzing
test: test-deps vet weights race fuzz

## test-long: make test with the long soak (2 min), nemesis (10 kills, 200 bots), kill -9 loops, the tests make test runs without -race also under -race, and 3x the fuzzing (run before a release)
test-long: test-deps vet
	MADANG_TEST_LONG=1 $(MAKE) race fuzz FUZZSCALE=3

deps:
	@.ci/deps

test-deps:
	@.ci/deps test

# The client's Ebiten tests draw real frames: they run under a virtual X
# server (Mesa llvmpipe renders). Everything else ignores the display.
XVFB := xvfb-run -a -s "-screen 0 1280x800x24"

build: weights
	$(GO) build -o bin/campus ./examples/campus
	$(GO) build -o bin/mcplunch ./examples/mcplunch
	@# The JavaScript skill needs its npm packages; without Node.js the demo runs without it.
	@if command -v npm >/dev/null; then cd examples/mcpnode && npm ci --no-audit --no-fund --loglevel=error; \
	 else echo "madang: no Node.js; the events skill (examples/mcpnode) is left out"; fi

## web: the browser client (WebAssembly) that the server serves at /
web: deps
	@mkdir -p web/dist
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o web/dist/madang.wasm ./examples/client
	cp "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js" examples/client/web/index.html examples/client/web/main.js web/dist/
	gzip -9 -k -f web/dist/madang.wasm
	@echo "web client: web/dist ($$(du -k web/dist/madang.wasm | cut -f1) KB, $$(du -k web/dist/madang.wasm.gz | cut -f1) KB gzipped)"

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) build -o /dev/null ./client ./client/session ./client/ui ./client/glyphs ./client/art ./client/game ./examples/client
	@test -z "$$(.ci/go fmt ./... )" || (echo "gofmt changed files above; commit them" && exit 1)

# The packages whose tests load the machine hardest under -race (the
# server's 200 clients, the skills' and the campus's kill -9 loops, the soak
# and nemesis, the clusters' leases) run one at a time in each of two lanes
# (SERIAL_A beside SERIAL_B), never two of a lane together. Everything else
# runs two packages at a time (-p also bounds compiling, so -p 1 left a
# core idle while each test binary was built on a clean clone): those tests
# mostly wait on sockets, fsyncs and the browser — the whole suite used
# about 0.7 of the two cores on a clean clone. client/e2e (Chromium, the
# longest) goes first so the rest run beside it.
MODULE := github.com/madang-world/madang
SERIAL_A := ./server ./skills/standard ./skills/store
SERIAL_B := ./examples/campus ./server/cluster ./examples/cluster
SERIAL := $(SERIAL_A) $(SERIAL_B)
SEQ := TestLearnedCrossValidation|TestUnderstandingSetsNotFlagged|TestClassifierCV|TestEntsGates|TestStripTextGate|TestPredMemoSame|TestNoRegression|TestShippedModels
race:
	pkgs=$$($(GO) list ./...) && $(XVFB) $(GO) test -race -count=1 -p 2 -timeout 20m ./client/e2e \
	  $$(echo "$$pkgs" | grep -vxF $(patsubst ./%,-e $(MODULE)/%,./client/e2e $(SERIAL)))
	@# No display needed here (only client packages draw), and two
	@# xvfb-run -a started at once can pick the same display.
	$(GO) test -race -count=1 -p 1 -timeout 20m $(SERIAL_A) & a=$$!; \
	  rb=0; $(GO) test -race -count=1 -p 1 -timeout 20m $(SERIAL_B) || rb=$$?; \
	  ra=0; wait $$a || ra=$$?; test $$ra = 0 && test $$rb = 0
	@# Sequential computation, several times slower under -race, that skips
	@# there (raceOn) unless MADANG_TEST_LONG is set: here without -race,
	@# in one go test with every benchmark once (bench-once), so the
	@# evaluation floors and the cross-validations overlap the benchmarks
	@# instead of a stage of three packages waiting for its slowest.
	$(XVFB) $(GO) test -count=1 -timeout 20m -run '^($(SEQ))$$' -bench . -benchtime 1x ./...

## fuzz: a short run of every fuzz target (about 5 s each; FUZZSCALE multiplies)
# Budgets are execution counts, not -fuzztime durations: Go 1.26's fuzz
# coordinator can fail a clean run with "context deadline exceeded" when a
# duration runs out (golang/go#75804, fixed in Go 1.27); a count never races.
FUZZSCALE ?= 1
FUZZ = $(GO) test -run '^$$' -fuzzminimizetime 1s -timeout 0
fuzz:
	$(FUZZ) -fuzz '^FuzzDecode$$'     -fuzztime $$((250000*$(FUZZSCALE)))x ./protocol
	$(FUZZ) -fuzz '^FuzzDecodeMove$$' -fuzztime $$((150000*$(FUZZSCALE)))x ./protocol
	$(FUZZ) -fuzz '^FuzzParse$$'      -fuzztime $$((200000*$(FUZZSCALE)))x ./server/world
	$(FUZZ) -fuzz '^FuzzWireFrames$$' -fuzztime $$((12000*$(FUZZSCALE)))x ./server
	$(FUZZ) -fuzz '^FuzzParse$$'      -fuzztime $$((150000*$(FUZZSCALE)))x ./avatars
	$(FUZZ) -fuzz '^FuzzParse$$'      -fuzztime $$((30000*$(FUZZSCALE)))x ./agents/nlu/entity
	$(FUZZ) -fuzz '^FuzzToolArgs$$'   -fuzztime $$((10000*$(FUZZSCALE)))x ./skills/standard
	$(FUZZ) -fuzz '^FuzzAsk$$'        -fuzztime $$((8000*$(FUZZSCALE)))x ./skills/tutoring

## fuzz-long: every target about 10 minutes
fuzz-long:
	$(MAKE) fuzz FUZZSCALE=120

## eval: the understanding, safety and tutor evaluation sets through a real server, the main collection and those written after each freeze of the training data (_post … _post4; post4 is the strict held-out measure), each in its own tables (examples/eval; EVALFLAGS=-v lists every miss, EVALFLAGS="-set post" runs one collection)
eval: deps weights
	$(GO) run ./examples/eval $(EVALFLAGS)

## models: after a change of the packs' or the safety data (or of the classifier): regenerate the safety checker's everyday sentences (committed), then the trained models (make weights)
models: deps
	$(GO) test ./agents/safety -run TestEverydayPacksInStep -update -count=1
	$(MAKE) weights

## weights: train the built-in models once and write them where the binaries embed them (agents/safety/data/models, skills/standard/models; generated, not committed — docs/performance.md, "Shipped models"): the safety checker's, then the campus packs' intent models (two runs: the second embeds what the first wrote). make build, test, eval and bench-targets run it; a binary built without it trains at start, as before
weights: deps
	$(GO) test ./agents/safety -run TestShippedModels -update -count=1
	$(GO) test ./skills/standard -run TestShippedModels -update -count=1

## perf: the load tool against a real server (figures in docs/performance.md)
perf: deps
	.ci/perf

## perf-cluster: the load tool against three nodes and against one (docs/cluster.md)
perf-cluster: deps
	.ci/perf-cluster

## bench: the Go benchmarks of the hot paths
bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...

## bench-targets: every timing target of issues 22 and 18 in one run, as a table (run it alone on an idle machine)
bench-targets: deps weights
	.ci/bench-targets

# Every benchmark once (a few seconds): a change that breaks one fails CI
# instead of the next person measuring.
bench-once:
	$(XVFB) $(GO) test -run '^$$' -bench . -benchtime 1x ./...

## client-fps: the desktop client's frame rate with 100 people in view (Xvfb)
client-fps:
	.ci/client-fps

## screenshots: retake the README's pictures from the real client (Xvfb)
screenshots: test-deps weights
	$(XVFB) $(GO) test -count=1 -run TestScreenshots ./client/game -shots $(CURDIR)/docs/img
	MADANG_SHOTS=$(CURDIR)/docs/img $(GO) test -count=1 -run 'TestJourneys$$' ./client/e2e

clean:
	rm -rf bin
