package agents

// The time zone database is linked in: a world's zone (Asia/Seoul by
// default) must load on a machine without /usr/share/zoneinfo, or in a
// container, exactly as on a developer's laptop.
import _ "time/tzdata"
