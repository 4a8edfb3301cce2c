package github

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	gh "github.com/google/go-github/v84/github"
)

// DefaultAPIURL is GitHub's API when GITHUB_API_URL is not set.
const DefaultAPIURL = "https://api.github.com"

// perPage is the page size asked of every list: the API's largest.
const perPage = 100

// requestTimeout bounds each API request.
const requestTimeout = time.Minute

// PR is the pull request a Client reviews.
type PR struct {
	Owner, Repo string
	Number      int
}

func (p PR) String() string { return fmt.Sprintf("%s/%s#%d", p.Owner, p.Repo, p.Number) }

// ParseRepository reads GITHUB_REPOSITORY's "owner/repo".
func ParseRepository(s string) (owner, repo string, err error) {
	owner, repo, ok := strings.Cut(s, "/")
	if !ok || owner == "" || repo == "" || strings.Contains(repo, "/") {
		return "", "", fmt.Errorf("GITHUB_REPOSITORY %q: want owner/repo", s)
	}
	return owner, repo, nil
}

// Client talks to the API about one pull request.
type Client struct {
	api   *gh.Client
	pr    PR
	token string // only to keep it out of error messages
}

// NewClient is a client of the API at baseURL, used as it is (GitHub
// Enterprise's https://HOST/api/v3 or a test server as well as GitHub's),
// authenticated with token. httpClient may be nil.
func NewClient(baseURL, token string, pr PR, httpClient *http.Client) (*Client, error) {
	if token == "" {
		return nil, errors.New("GITHUB_TOKEN is not set: the review needs a token that may write pull-request reviews")
	}
	// The URL is quoted without its user information, or the token
	// wherever it is.
	shown := redact(redactURL(baseURL), token)
	u, err := url.Parse(baseURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, fmt.Errorf("GITHUB_API_URL %q: want an http or https URL", shown)
	}
	if u.User != nil {
		return nil, fmt.Errorf("GITHUB_API_URL %q: credentials go in GITHUB_TOKEN, not in the URL", shown)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	if httpClient == nil {
		httpClient = &http.Client{Timeout: requestTimeout}
	}
	api := gh.NewClient(httpClient).WithAuthToken(token)
	api.BaseURL = u
	return &Client{api: api, pr: pr, token: token}, nil
}

// HeadSHA is the pull request's head commit, for a run given --pr without
// --commit.
func (c *Client) HeadSHA(ctx context.Context) (string, error) {
	pr, _, err := c.api.PullRequests.Get(ctx, c.pr.Owner, c.pr.Repo, c.pr.Number)
	if err != nil {
		return "", c.apiError("reading pull request "+c.pr.String(), err)
	}
	sha := pr.GetHead().GetSHA()
	if sha == "" {
		return "", fmt.Errorf("GitHub API: pull request %s has no head commit", c.pr)
	}
	return sha, nil
}

// Files lists the pull request's files, every page, with the lines their
// diffs show. A file whose patch cannot be read gets no lines: its
// findings go in the summary.
func (c *Client) Files(ctx context.Context) ([]ChangedFile, error) {
	var out []ChangedFile
	opts := &gh.ListOptions{PerPage: perPage}
	for {
		page, resp, err := c.api.PullRequests.ListFiles(ctx, c.pr.Owner, c.pr.Repo, c.pr.Number, opts)
		if err != nil {
			return nil, c.apiError("listing the files of pull request "+c.pr.String(), err)
		}
		for _, f := range page {
			hunks, _ := ParsePatch(f.GetPatch())
			out = append(out, ChangedFile{Path: f.GetFilename(), Status: f.GetStatus(), Hunks: hunks})
		}
		if resp.NextPage == 0 {
			return out, nil
		}
		opts.Page = resp.NextPage
	}
}

// Outcome is what Publish did.
type Outcome struct {
	Posted   int // new comments
	Existing int // comments already there, from an earlier run
	// Review is "created", "updated" (an earlier summary rewritten),
	// "unchanged" or "none" (nothing to say, nothing said before).
	Review string
}

// Publish posts rv as one review (event COMMENT) on commitID, or updates
// an earlier one, so that a re-run repeats nothing:
//   - a comment whose marker is already on the pull request is not posted
//     again;
//   - with new comments, a new review holds them and the summary, and the
//     summary of the latest earlier dockerfix review is replaced by a
//     pointer to the new one;
//   - with none, the latest earlier dockerfix review's summary is
//     rewritten when it changed, and left alone when not;
//   - with none and no earlier review, a review with the summary alone is
//     posted when there are findings (all of them outside the diff), and
//     nothing otherwise.
func (c *Client) Publish(ctx context.Context, commitID string, rv Review) (Outcome, error) {
	var out Outcome
	existing, err := c.commentKeys(ctx)
	if err != nil {
		return out, err
	}
	var fresh []*gh.DraftReviewComment
	for _, cm := range rv.Comments {
		if existing[cm.Key()] {
			out.Existing++
			continue
		}
		dc := &gh.DraftReviewComment{Path: gh.Ptr(cm.Path), Body: gh.Ptr(cm.Body), Side: gh.Ptr("RIGHT"), Line: gh.Ptr(cm.Line)}
		if cm.StartLine != cm.Line {
			dc.StartLine, dc.StartSide = gh.Ptr(cm.StartLine), gh.Ptr("RIGHT")
		}
		fresh = append(fresh, dc)
	}
	out.Posted = len(fresh)
	prev, err := c.lastSummary(ctx)
	if err != nil {
		return out, err
	}
	switch {
	case len(fresh) > 0 || prev == nil && rv.Findings > 0:
		req := &gh.PullRequestReviewRequest{CommitID: gh.Ptr(commitID), Body: gh.Ptr(rv.Summary), Event: gh.Ptr("COMMENT"), Comments: fresh}
		if _, _, err := c.api.PullRequests.CreateReview(ctx, c.pr.Owner, c.pr.Repo, c.pr.Number, req); err != nil {
			return out, c.apiError("posting the review on "+c.pr.String(), err)
		}
		out.Review = "created"
		if prev != nil {
			if err := c.updateReview(ctx, prev.GetID(), supersededBody); err != nil {
				return out, err
			}
		}
	case prev == nil:
		out.Review = "none"
	case prev.GetBody() == rv.Summary:
		out.Review = "unchanged"
	default:
		if err := c.updateReview(ctx, prev.GetID(), rv.Summary); err != nil {
			return out, err
		}
		out.Review = "updated"
	}
	return out, nil
}

func (c *Client) updateReview(ctx context.Context, id int64, body string) error {
	if _, _, err := c.api.PullRequests.UpdateReview(ctx, c.pr.Owner, c.pr.Repo, c.pr.Number, id, body); err != nil {
		return c.apiError("updating the dockerfix summary on "+c.pr.String(), err)
	}
	return nil
}

// commentKeys is the markers of the pull request's review comments, every
// page.
func (c *Client) commentKeys(ctx context.Context) (map[string]bool, error) {
	keys := map[string]bool{}
	opts := &gh.PullRequestListCommentsOptions{ListOptions: gh.ListOptions{PerPage: perPage}}
	for {
		page, resp, err := c.api.PullRequests.ListComments(ctx, c.pr.Owner, c.pr.Repo, c.pr.Number, opts)
		if err != nil {
			return nil, c.apiError("listing the review comments of "+c.pr.String(), err)
		}
		for _, cm := range page {
			if k := markerKey(cm.GetBody()); k != "" {
				keys[k] = true
			}
		}
		if resp.NextPage == 0 {
			return keys, nil
		}
		opts.Page = resp.NextPage
	}
}

// lastSummary is the latest review whose body is a dockerfix summary, or
// nil, every page read.
func (c *Client) lastSummary(ctx context.Context) (*gh.PullRequestReview, error) {
	var ours []*gh.PullRequestReview
	opts := &gh.ListOptions{PerPage: perPage}
	for {
		page, resp, err := c.api.PullRequests.ListReviews(ctx, c.pr.Owner, c.pr.Repo, c.pr.Number, opts)
		if err != nil {
			return nil, c.apiError("listing the reviews of "+c.pr.String(), err)
		}
		for _, r := range page {
			if strings.HasPrefix(r.GetBody(), summaryMarker) {
				ours = append(ours, r)
			}
		}
		if resp.NextPage == 0 {
			break
		}
		opts.Page = resp.NextPage
	}
	if len(ours) == 0 {
		return nil, nil
	}
	return slices.MaxFunc(ours, func(a, b *gh.PullRequestReview) int { return cmp.Compare(a.GetID(), b.GetID()) }), nil
}
