package lint

// DefaultPath is the PATH BuildKit sets in a Linux image whose
// configuration has none, such as scratch.
const DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

// BaseConfig is the configuration of the image st's chain of stages starts
// from, for the platform its FROM asks for: scratch's is known (BuildKit
// gives it a PATH and nothing else), another image's when env.Images
// answers ImageConfigs for it. ok is false when it is unknown, for a
// Windows base too.
func (f *File) BaseConfig(env *Env, st *Stage) (ImageConfig, bool) {
	root := st.Root()
	if root.IsScratch() {
		return ImageConfig{Env: []string{"PATH=" + DefaultPath}, EntrypointKnown: true}, true
	}
	if !root.ImageResolved || env == nil {
		return ImageConfig{}, false
	}
	configs, ok := env.Images.(ImageConfigs)
	if !ok {
		return ImageConfig{}, false
	}
	cfg, ok := configs.Config(root.ImageExpanded, f.ConstPlatform(root))
	if !ok || cfg.OS == "windows" || root.IsWindows() {
		return ImageConfig{}, false
	}
	return cfg, true
}

// ConstPlatform is the platform a stage's FROM --platform asks for in a
// build without --build-arg ("linux/arm64", also through a global ARG's
// default), and "" when there is none or it depends on the machine
// ($BUILDPLATFORM, $TARGETARCH): the build's own platform.
func (f *File) ConstPlatform(st *Stage) string {
	fl, ok := st.From.Flag("platform")
	if !ok || !fl.HasValue {
		return ""
	}
	res, err := f.ExpandFrom(f.Text(fl.ValueRange))
	if err != nil || len(res.Unmatched) > 0 {
		return ""
	}
	for name := range res.Matched {
		if IsBuiltinArg(name) {
			return ""
		}
	}
	return res.Result
}
