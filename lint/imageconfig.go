package lint

// DefaultPath is the PATH BuildKit sets in a Linux image whose
// configuration has none, such as scratch.
const DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

// BaseConfig is the configuration of the image st's chain of stages starts
// from: scratch's is known (BuildKit gives it a PATH and nothing else),
// another image's when env.Images answers ImageConfigs for it. ok is false
// when it is unknown, for a Windows base too.
func (f *File) BaseConfig(env *Env, st *Stage) (ImageConfig, bool) {
	root := st.Root()
	if root.IsWindows() {
		return ImageConfig{}, false
	}
	if root.IsScratch() {
		return ImageConfig{Env: []string{"PATH=" + DefaultPath}}, true
	}
	if !root.ImageResolved || env == nil {
		return ImageConfig{}, false
	}
	configs, ok := env.Images.(ImageConfigs)
	if !ok {
		return ImageConfig{}, false
	}
	return configs.Config(root.ImageExpanded)
}
