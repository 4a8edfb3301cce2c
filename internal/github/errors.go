package github

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	gh "github.com/google/go-github/v84/github"
)

// apiError is the one line that says what failed: what the run was doing,
// and the API's answer (a rate limit with when it resets, an HTTP status
// with GitHub's message) or why no answer came. It never holds the token,
// nor a URL, which could carry credentials.
func (c *Client) apiError(doing string, err error) error {
	line := fmt.Sprintf("GitHub API: %s: %s", doing, describe(err))
	return errors.New(strings.Join(strings.Fields(redact(line, c.token)), " "))
}

// minRedacted is the shortest token redact looks for: a shorter one (no
// real token is) would garble every message that holds its letters.
const minRedacted = 8

// redact replaces token in s.
func redact(s, token string) string {
	if len(token) < minRedacted {
		return s
	}
	return strings.ReplaceAll(s, token, "[token]")
}

// describe is err without the request's URL.
func describe(err error) string {
	var rate *gh.RateLimitError
	var abuse *gh.AbuseRateLimitError
	var resp *gh.ErrorResponse
	var uerr *url.Error
	switch {
	case errors.As(err, &rate):
		s := "rate limit exceeded"
		if rate.Response != nil {
			s += fmt.Sprintf(" (HTTP %d)", rate.Response.StatusCode)
		}
		if !rate.Rate.Reset.IsZero() {
			s += "; it resets at " + rate.Rate.Reset.UTC().Format(time.DateTime) + " UTC"
		}
		return s + withMessage(rate.Message)
	case errors.As(err, &abuse):
		s := "secondary rate limit exceeded"
		if abuse.Response != nil {
			s += fmt.Sprintf(" (HTTP %d)", abuse.Response.StatusCode)
		}
		if abuse.RetryAfter != nil {
			s += "; retry after " + abuse.RetryAfter.String()
		}
		return s + withMessage(abuse.Message)
	case errors.As(err, &resp):
		s := "HTTP"
		if resp.Response != nil {
			s += fmt.Sprintf(" %d", resp.Response.StatusCode)
		}
		msg := resp.Message
		for _, e := range resp.Errors {
			if e.Message != "" {
				msg += "; " + e.Message
			} else if e.Code != "" {
				msg += fmt.Sprintf("; %s %s", e.Field, e.Code)
			}
		}
		return s + withMessage(msg)
	case errors.As(err, &uerr):
		// url.Error names the URL; its cause alone says what failed.
		if uerr.Timeout() {
			return "no answer in time"
		}
		return uerr.Err.Error()
	}
	return err.Error()
}

func withMessage(msg string) string {
	if msg = strings.TrimSpace(msg); msg == "" {
		return ""
	}
	return ": " + msg
}

// redactURL is raw without its user information.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		if err != nil && strings.Contains(raw, "@") {
			return "(unreadable URL)"
		}
		return raw
	}
	u.User = nil
	return u.String()
}
