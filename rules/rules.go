// Package rules holds dockerfix's rules, one file each, and the registry.
package rules

import (
	"embed"
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

//go:embed docs/*.md
var docs embed.FS

// All returns every rule, sorted by ID. Adding a rule is adding its file and
// one line here.
func All() []*lint.Rule {
	return []*lint.Rule{
		lint.ParseErrorRule,
		lint.UnusedIgnoreRule,
		OutdatedBaseImage,
		UntaggedBaseImage,
		BaseImageNotPinned,
		UntrustedRegistry,
		RootUser,
		Sudo,
		SecretsInArgOrEnv,
		UseraddNoLogInit,
		NonNumericUser,
		PiecemealOSPackage,
		PiecemealAppPackage,
		VulnerableDependency,
		PackageManagerWithoutYes,
		AptWithoutNoInstallRecommends,
		AptListsNotRemoved,
		AptInsteadOfAptGet,
		PackageUpdateAlone,
		ApkWithoutNoCache,
		PipWithoutNoCacheDir,
		PackageCacheNotCleaned,
		NpmInstallInsteadOfCI,
		GemWithoutNoDocument,
		Maintainer,
		MultipleInstructions,
		JSONArgs,
		StageNameCasing,
		FromAsCasing,
		NoEmptyContinuation,
		ConsistentInstructionCasing,
		DuplicateStageName,
		ReservedStageName,
		UndefinedArgInFrom,
		WorkdirRelativePath,
		UndefinedVar,
		LegacyKeyValueFormat,
		RedundantTargetPlatform,
		InvalidDefaultArgInFrom,
		FromPlatformFlagConstDisallowed,
		CopyIgnoredFile,
		ExposeProtoCasing,
		ExposeInvalidFormat,
		InvalidDefinitionDescription,
		InvalidBaseImagePlatform,
		PointlessCommand,
		CdInRun,
		CopiedArchiveExtracted,
		ExposePortRange,
		AddInsteadOfCopy,
		CopyDestNotDir,
		CopyFromUnknownStage,
		CopyFromOwnStage,
		FromPlatformFlag,
		EnvSameInstructionRef,
		CopyRelativeWithoutWorkdir,
		WgetProgress,
		LabelKey,
		NoHealthcheck,
		ConsecutiveRun,
		WgetAndCurl,
		LnBinSh,
		Pipefail,
		ExposeSSH,
		WorkdirSystemDir,
		CopyEntireFilesystem,
		RemoteScriptPipedToShell,
		DownloadWithoutVerification,
		AddURLWithoutChecksum,
		InsecureTransport,
		UnpinnedRemoteTool,
		SudoInstalled,
		WorldWritable,
		SecretFileInImage,
		EOLSoftwareDownload,
		UnsignedPackages,
		PasswordInImage,
	}
}

// Doc returns the Markdown documentation of the rule with the given ID,
// name or alias; for a peer's rule that dockerfix leaves out on purpose
// (see NotImplementedRules), why, with a nil rule.
func Doc(name string) (*lint.Rule, string, error) {
	r := lint.LookupRule(All(), name)
	if r == nil {
		if doc := notImplementedDoc(name); doc != "" {
			return nil, doc, nil
		}
		return nil, "", fmt.Errorf("unknown rule %q (see `dockerfix rules`)", name)
	}
	b, err := docs.ReadFile("docs/" + r.ID + ".md")
	if err != nil {
		return r, "", fmt.Errorf("rule %s has no documentation", r.ID)
	}
	return r, strings.TrimRight(string(b), "\n") + "\n", nil
}
