package web

import "errors"

// ErrTemplate means an embedded page template failed to parse.
var ErrTemplate = errors.New("web: bad page template")
