//! The command line: exit codes, configuration errors, discovery,
//! overrides, suppressions, `init`, `explain`.

mod common;

use assert_cmd::Command;
use std::path::Path;

fn paperlint() -> Command {
    let mut cmd = Command::cargo_bin("paperlint").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, text).unwrap();
    path
}

use common::CLEAN;

fn stdout_of(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let clean = write(dir.path(), "clean.md", CLEAN);
    let (code, out, _) = stdout_of(paperlint().args(["check", "--color", "never"]).arg(&clean));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("no problems found in 1 paper"), "{out}");

    let warn = write(
        dir.path(),
        "warn.md",
        &CLEAN.replace("Sam Lee, 01234 567890", "Sam Lee"),
    );
    let (code, out, _) = stdout_of(paperlint().args(["check", "--color", "never"]).arg(&warn));
    assert_eq!(code, 0, "a warning alone passes: {out}");
    let (code, _, _) = stdout_of(paperlint().args(["check", "--deny-warnings"]).arg(&warn));
    assert_eq!(code, 1);

    let error = write(
        dir.path(),
        "error.md",
        &CLEAN.replace("Wards affected: All", "Wards affected:"),
    );
    let (code, out, _) = stdout_of(paperlint().args(["check", "--color", "never"]).arg(&error));
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("Wards affected is empty"), "{out}");

    let binary = dir.path().join("binary.md");
    std::fs::write(&binary, b"\x7fELF\x02\x01\x00\x00binary").unwrap();
    let (code, out, err) = stdout_of(
        paperlint()
            .args(["check", "--color", "never"])
            .arg(&binary)
            .arg(&error),
    );
    assert_eq!(code, 2, "an unreadable file fails the run");
    assert!(err.contains("binary.md: not a text file"), "{err}");
    assert!(
        out.contains("Wards affected is empty"),
        "the other file is still checked: {out}"
    );

    // An empty draft (a file saved before anything was typed in it) is no
    // paper: it fails the run with a message, not with a page of missing
    // fields and sections.
    let blank = write(dir.path(), "blank.md", "\n  \n");
    let (code, out, err) = stdout_of(
        paperlint()
            .args(["check", "--color", "never"])
            .arg(&blank)
            .arg(&error),
    );
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("blank.md: the file holds only blank lines; there is no paper to check"),
        "{err}"
    );
    assert!(!out.contains("blank.md"), "{out}");
    assert!(out.contains("Wards affected is empty"), "{out}");

    let (code, _, err) = stdout_of(paperlint().args(["check", "no/such/file.md"]));
    assert_eq!(code, 2);
    assert!(err.contains("no such file"), "{err}");
}

#[test]
fn summary_counts_errors_warnings_and_papers() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", CLEAN);
    write(
        dir.path(),
        "b.md",
        &CLEAN
            .replace("Sam Lee, 01234 567890", "Sam Lee")
            .replace("Wards affected: All", "Wards affected:"),
    );
    write(dir.path(), "notes.csv", "not a paper");
    let (code, out, _) = stdout_of(
        paperlint()
            .args(["check", "--color", "never"])
            .arg(dir.path()),
    );
    assert_eq!(code, 1);
    assert!(
        out.trim_end()
            .ends_with("1 error, 1 warning in 1 of 2 papers"),
        "{out}"
    );
}

#[test]
fn json_output_follows_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "p.md",
        &CLEAN.replace("Wards affected: All", "Wards affected:"),
    );
    let (code, out, _) = stdout_of(paperlint().args(["check", "--format", "json"]).arg(&p));
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["files"], 1);
    let d = &v["diagnostics"][0];
    assert_eq!(d["rule"], "required-field");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["subject"], "wards");
    assert_eq!(d["line"], 6);
    assert_eq!(d["column"], 1);
    let (start, end) = (
        d["start"].as_u64().unwrap() as usize,
        d["end"].as_u64().unwrap() as usize,
    );
    let text = std::fs::read_to_string(&p).unwrap();
    assert_eq!(&text[start..end], "Wards affected:");
    for key in ["path", "message", "end_line", "end_column", "help"] {
        assert!(d.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn configuration_errors_point_at_the_toml() {
    let cases = [
        (
            "unknown key",
            "extends = [\"council-report\"]\nseverity = \"error\"\n",
            "unknown field `severity`",
        ),
        (
            "unknown rule",
            "extends = [\"council-report\"]\n[rules.contact-detail]\nseverity = \"error\"\n",
            "unknown rule `contact-detail`",
        ),
        (
            "bad severity",
            "extends = [\"council-report\"]\n[rules.contact-details]\nseverity = \"fatal\"\n",
            "`fatal` is not a severity",
        ),
        (
            "unknown section",
            "extends = [\"council-report\"]\n[sections.legl]\nrequired = true\n",
            "no template defines a section `legl`",
        ),
        (
            "unknown pack",
            "extends = [\"county-report\"]\n",
            "unknown pack `county-report`",
        ),
        (
            "bad parameter",
            "extends = [\"council-report\"]\n[rules.contact-details]\ncontact-feild = \"x\"\n",
            "unknown field `contact-feild`",
        ),
        (
            "malformed",
            "extends = [\"council-report\"\n",
            "invalid configuration",
        ),
    ];
    let mut rendered = String::new();
    for (name, toml, expect) in cases {
        let dir = tempfile::tempdir().unwrap();
        let config = write(dir.path(), "paperlint.toml", toml);
        let paper = write(dir.path(), "p.md", CLEAN);
        let (code, _, err) = stdout_of(paperlint().args(["check", "--color", "never"]).arg(&paper));
        assert_eq!(code, 2, "{name}");
        assert!(err.contains(expect), "{name}: {err}");
        let (code, _, err2) = stdout_of(
            paperlint()
                .args(["check", "--color", "never", "--config"])
                .arg(&config)
                .arg(&paper),
        );
        assert_eq!(code, 2, "{name} via --config");
        assert_eq!(
            err.replace(&*dir.path().to_string_lossy(), "DIR"),
            err2.replace(&*dir.path().to_string_lossy(), "DIR")
        );
        rendered.push_str(&format!(
            "== {name}\n{}\n",
            err.replace(&*dir.path().to_string_lossy(), "DIR")
        ));
    }
    insta::assert_snapshot!(rendered);
}

#[test]
fn the_nearest_config_applies_and_overrides_follow_paths() {
    let dir = tempfile::tempdir().unwrap();
    let paper = CLEAN.replace("Sam Lee, 01234 567890", "Sam Lee");
    write(dir.path(), "top.md", &paper);
    write(dir.path(), "team/paperlint.toml", "extends = [\"council-report\"]\n[rules.contact-details]\nseverity = \"error\"\n[[overrides]]\npaths = [\"drafts/**\"]\n[overrides.rules.contact-details]\nseverity = \"off\"\n");
    write(dir.path(), "team/final.md", &paper);
    write(dir.path(), "team/drafts/d.md", &paper);
    let (_, out, _) = stdout_of(
        paperlint()
            .args(["check", "--format", "json"])
            .arg(dir.path()),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let by_path: Vec<(String, String)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let p = d["path"].as_str().unwrap().replace('\\', "/");
            (
                p.rsplit_once(&*dir.path().file_name().unwrap().to_string_lossy())
                    .unwrap()
                    .1
                    .to_string(),
                d["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        by_path,
        [
            ("/team/final.md".to_string(), "error".to_string()),
            ("/top.md".to_string(), "warning".to_string())
        ],
        "built-in default above, team config below, drafts override off"
    );
}

#[test]
fn exclude_globs_skip_files() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "paperlint.toml",
        "extends = [\"council-report\"]\nexclude = [\"archive/**\"]\n",
    );
    write(dir.path(), "archive/old.md", "nothing");
    write(dir.path(), "new.md", CLEAN);
    let (code, out, _) = stdout_of(
        paperlint()
            .args(["check", "--color", "never"])
            .arg(dir.path()),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("no problems found in 1 paper"), "{out}");
}

#[test]
fn a_paper_named_twice_or_under_two_spellings_is_checked_once() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "reports/a.md", CLEAN);
    write(dir.path(), "reports/b.md", CLEAN);
    let (code, out, err) = stdout_of(
        paperlint()
            .current_dir(dir.path())
            .args([
                "check",
                "--color",
                "never",
                "reports",
                "./reports",
                "reports/a.md",
            ])
            .args(["./reports/a.md", "reports/./b.md"]),
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("no problems found in 2 papers"), "{out}");
}

#[test]
fn a_walk_passes_over_the_repository_documents_but_a_named_one_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "README.md",
        "# Cabinet reports\n\nDrafts go in here.\n",
    );
    write(dir.path(), "docs/Contributing.md", "How to add a paper.\n");
    write(dir.path(), "new.md", CLEAN);
    let (code, out, _) = stdout_of(
        paperlint()
            .args(["check", "--color", "never"])
            .arg(dir.path()),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("no problems found in 1 paper"), "{out}");

    // Named on the command line, the README is checked like any paper.
    let (code, out, _) = stdout_of(
        paperlint()
            .args(["check", "--color", "never"])
            .arg(dir.path().join("README.md")),
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("required-field"), "{out}");
}

#[test]
fn suppressions_silence_and_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let paper = CLEAN.replace(
        "Wards affected: All",
        "<!-- paperlint: allow(required-field) -->\nWards affected:",
    );
    let p = write(dir.path(), "p.md", &paper);
    let (code, out, _) = stdout_of(paperlint().args(["check", "--color", "never"]).arg(&p));
    assert_eq!(code, 0, "{out}");

    let unused = CLEAN.replace(
        "## 2. Recommendations",
        "<!-- paperlint: allow(contact-details) -->\n## 2. Recommendations",
    );
    let p = write(dir.path(), "unused.md", &unused);
    let (_, out, _) = stdout_of(paperlint().args(["check", "--color", "never"]).arg(&p));
    assert!(
        out.contains("allow(contact-details) silences nothing"),
        "{out}"
    );

    let unknown = format!("<!-- paperlint: allow-file(contact-detail) -->\n{CLEAN}");
    let p = write(dir.path(), "unknown.md", &unknown);
    let (_, out, _) = stdout_of(paperlint().args(["check", "--color", "never"]).arg(&p));
    assert!(out.contains("`contact-detail` is not a rule"), "{out}");

    let file_wide = format!(
        "<!-- paperlint: allow-file(contact-details) -->\n{}",
        CLEAN.replace("Sam Lee, 01234 567890", "Sam Lee")
    );
    let p = write(dir.path(), "file.md", &file_wide);
    let (code, out, _) = stdout_of(
        paperlint()
            .args(["check", "--color", "never", "--deny-warnings"])
            .arg(&p),
    );
    assert_eq!(code, 0, "{out}");
}

#[test]
fn init_writes_a_starter_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("paperlint.toml");
    let (code, _, _) = stdout_of(paperlint().arg("init").arg(&target));
    assert_eq!(code, 0);
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.contains("extends = [\"council-report\"]"));
    // The starter is a valid configuration.
    let paper = write(dir.path(), "p.md", CLEAN);
    let (code, out, err) = stdout_of(paperlint().args(["check", "--color", "never"]).arg(&paper));
    assert_eq!(code, 0, "{out}{err}");
    std::fs::write(&target, "# mine\n").unwrap();
    let (code, _, err) = stdout_of(paperlint().arg("init").arg(&target));
    assert_eq!(code, 2);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "# mine\n");
}

#[test]
fn explain_works_for_every_rule_in_force() {
    let (code, out, _) = stdout_of(
        paperlint()
            .args(["rules", "--config"])
            .arg(common::root().join("rules/council-report.toml")),
    );
    assert_eq!(code, 0);
    let ids: Vec<String> = out
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    assert!(ids.len() >= 10, "{out}");
    for id in ids {
        let (code, text, _) = stdout_of(paperlint().args(["explain", &id]));
        assert_eq!(code, 0, "{id}");
        assert!(text.contains("## What it checks"), "{id}: {text}");
    }
    let (code, _, err) = stdout_of(paperlint().args(["explain", "no-such-rule"]));
    assert_eq!(code, 2);
    assert!(err.contains("no rule `no-such-rule`"));
}

#[test]
fn rules_names_the_kind_of_an_instance_that_is_off() {
    let dir = tempfile::tempdir().unwrap();
    let config = write(
        dir.path(),
        "paperlint.toml",
        "extends = [\"council-report\"]\n\
         [rules.our-jargon]\n\
         kind = \"words-to-avoid\"\n\
         severity = \"off\"\n",
    );
    let (code, out, _) = stdout_of(paperlint().args(["rules", "--config"]).arg(&config));
    assert_eq!(code, 0);
    let line = out
        .lines()
        .find(|l| l.starts_with("our-jargon "))
        .unwrap_or_else(|| panic!("{out}"));
    assert_eq!(
        line.split_whitespace().collect::<Vec<_>>(),
        ["our-jargon", "off", "words-to-avoid"]
    );
}

#[test]
fn tree_json_has_the_contract_keys() {
    let path = common::root().join("tests/fixtures/seeds/leicester-2001-joint-review-update.txt");
    let (code, out, _) = stdout_of(paperlint().args(["tree", "--format", "json"]).arg(&path));
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    for key in [
        "version",
        "path",
        "fields",
        "meetings",
        "sections",
        "parts",
        "references",
        "appendices",
        "appendix_lists",
        "implications",
        "dates",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let meetings: Vec<(String, String)> = v["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["name"].as_str().unwrap().to_string(),
                m["date"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        meetings,
        [
            (
                "Social Services and Personal Health Scrutiny Committee".to_string(),
                "2001-03-08".to_string()
            ),
            ("Cabinet".to_string(), "2001-03-19".to_string())
        ]
    );
    assert_eq!(v["parts"].as_array().unwrap().len(), 2);
}

#[test]
fn oversized_files_are_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "big.md", &"x".repeat(5000));
    let (code, _, err) = stdout_of(
        paperlint()
            .args(["tree", "--max-file-size", "1000"])
            .arg(&p),
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("more than the 1000 bytes paperlint reads"),
        "{err}"
    );
}

#[test]
fn an_output_named_like_a_paper_being_checked_is_refused_and_the_paper_kept() {
    let dir = tempfile::tempdir().unwrap();
    let paper = write(dir.path(), "papers/paper.md", CLEAN);
    for option in ["-o", "--write-baseline"] {
        // Named on the command line, found by walking a folder, or under
        // another spelling of the same path.
        let spelled = dir.path().join("papers/./paper.md");
        let runs: [(&Path, &Path); 3] = [
            (&paper, &paper),
            (&dir.path().join("papers"), &paper),
            (&paper, &spelled),
        ];
        for (checked, output) in runs {
            let (code, out, err) = stdout_of(
                paperlint()
                    .arg("check")
                    .arg(checked)
                    .arg(option)
                    .arg(output),
            );
            assert_eq!(code, 2, "{option}: {out}{err}");
            assert!(
                err.contains("paperlint will not write over a paper"),
                "{err}"
            );
            assert_eq!(std::fs::read_to_string(&paper).unwrap(), CLEAN);
        }
    }
    // Another file is written as before.
    let report = dir.path().join("report.json");
    let (code, _, err) = stdout_of(
        paperlint()
            .arg("check")
            .arg(&paper)
            .args(["--format", "json", "-o"])
            .arg(&report),
    );
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read_to_string(&report)
        .unwrap()
        .contains("\"version\""));
}

#[test]
fn a_configuration_that_turns_on_no_rules_is_an_error_and_one_without_extends_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let paper = write(dir.path(), "paper.md", CLEAN);
    for text in [
        "",
        "extends = []\n",
        "# just a comment\nexclude = [\"old/**\"]\n",
    ] {
        let config = write(dir.path(), "paperlint.toml", text);
        for command in ["check", "rules"] {
            let (code, out, err) = stdout_of(paperlint().arg(command).arg(&paper));
            assert_eq!(code, 2, "{text:?} {command}: {out}{err}");
            assert!(
                err.contains("this configuration turns on no rules"),
                "{err}"
            );
            assert!(err.contains("extends = [\"council-report\"]"), "{err}");
            let (code, _, err) = stdout_of(
                paperlint()
                    .arg(command)
                    .arg("--config")
                    .arg(&config)
                    .arg(&paper),
            );
            assert_eq!(code, 2, "{text:?} {command} --config: {err}");
        }
    }
    // One rule raised, no `extends`: checked as written, with a warning
    // that the pack's other rules are not in force.
    write(
        dir.path(),
        "paperlint.toml",
        "[rules.numbering]\nseverity = \"error\"\n",
    );
    let (code, out, err) = stdout_of(paperlint().arg("check").arg(&paper));
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains("has no `extends`, so only the 1 rule it sets is checked"),
        "{err}"
    );
    // With `extends`, no warning.
    write(
        dir.path(),
        "paperlint.toml",
        "extends = [\"council-report\"]\n[rules.numbering]\nseverity = \"error\"\n",
    );
    let (_, _, err) = stdout_of(paperlint().arg("check").arg(&paper));
    assert!(!err.contains("warning"), "{err}");
}

#[test]
fn a_relative_path_finds_the_configuration_above_the_current_folder() {
    let dir = tempfile::tempdir().unwrap();
    let paper = CLEAN.replace("Sam Lee, 01234 567890", "Sam Lee");
    write(
        dir.path(),
        "paperlint.toml",
        "extends = [\"council-report\"]\n[rules.contact-details]\nseverity = \"error\"\n",
    );
    write(dir.path(), "d/p.md", &paper);
    std::fs::create_dir_all(dir.path().join("e")).unwrap();
    let severities = |cwd: &str, args: &[&str]| {
        let (_, out, err) = stdout_of(
            paperlint()
                .current_dir(dir.path().join(cwd))
                .args(["check", "--format", "json"])
                .args(args),
        );
        let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["rule"] == "contact-details")
            .map(|d| d["severity"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(severities("d", &["p.md"]), ["error"]);
    assert_eq!(severities("d", &["."]), ["error"]);
    assert_eq!(severities("e", &["../d/p.md"]), ["error"]);
    let stdin = |cwd: &str| {
        let (_, out, _) = stdout_of(
            paperlint()
                .current_dir(dir.path().join(cwd))
                .args([
                    "check",
                    "--format",
                    "json",
                    "--stdin",
                    "--stdin-filename",
                    "p.md",
                ])
                .write_stdin(paper.clone()),
        );
        out.contains("\"severity\": \"error\"")
    };
    assert!(stdin("d"), "--stdin-filename finds the configuration above");
    let (_, out, _) = stdout_of(paperlint().current_dir(dir.path().join("d")).arg("rules"));
    assert!(out.contains("paperlint.toml"), "{out}");
}

#[cfg(unix)]
#[test]
fn a_fifo_named_on_the_command_line_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("f.md");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here
    }
    let config = dir.path().join("c.toml");
    std::process::Command::new("mkfifo")
        .arg(&config)
        .status()
        .unwrap();
    let paper = write(dir.path(), "p.md", CLEAN);
    let runs: [Vec<&std::ffi::OsStr>; 3] = [
        vec!["check".as_ref(), fifo.as_os_str()],
        vec!["tree".as_ref(), fifo.as_os_str()],
        vec![
            "check".as_ref(),
            "--config".as_ref(),
            config.as_os_str(),
            paper.as_os_str(),
        ],
    ];
    for args in runs {
        let (code, _, err) = stdout_of(
            paperlint()
                .args(&args)
                .timeout(std::time::Duration::from_secs(20)),
        );
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(
            err.contains("it is a named pipe (FIFO), not a file"),
            "{err}"
        );
    }
}

#[test]
fn stdin_filename_without_stdin_and_rules_for_a_missing_path_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let paper = write(dir.path(), "p.md", CLEAN);
    let (code, _, err) = stdout_of(
        paperlint()
            .args(["check", "--stdin-filename", "foo.md"])
            .arg(&paper),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("add --stdin"), "{err}");
    let (code, _, err) = stdout_of(paperlint().arg("rules").arg(dir.path().join("missing.md")));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no such file or folder"), "{err}");
}

#[test]
fn damaged_or_utf16_input_is_refused_with_a_message_an_officer_can_act_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut utf16 = vec![0xff, 0xfe];
    for unit in "# Report\r\n".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    let path = dir.path().join("notepad.md");
    std::fs::write(&path, utf16).unwrap();
    let (code, _, err) = stdout_of(paperlint().arg("check").arg(&path));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("this file is UTF-16; save it as UTF-8"),
        "{err}"
    );
    // Old Mac line endings: read as lines, so the paper reads as with LF.
    let paper = CLEAN.replace("Sam Lee, 01234 567890", "Sam Lee");
    let lf = write(dir.path(), "lf.md", &paper);
    let cr = write(dir.path(), "cr.md", &paper.replace('\n', "\r"));
    let findings = |path: &Path| {
        let (_, out, _) = stdout_of(paperlint().args(["check", "--format", "json"]).arg(path));
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["rule"].clone(), d["line"].clone(), d["start"].clone()))
            .collect::<Vec<_>>()
    };
    let found = findings(&lf);
    assert!(!found.is_empty());
    assert_eq!(findings(&cr), found);
}

#[test]
fn two_suppressions_on_one_line_are_reported_each_at_its_own_place() {
    let dir = tempfile::tempdir().unwrap();
    let text = CLEAN.replacen(
        "\n\n",
        "\n\n<!-- paperlint: allow(numbering) --><!-- paperlint: allow(numbering) -->\n",
        1,
    );
    let paper = write(dir.path(), "p.md", &text);
    let (_, out, _) = stdout_of(
        paperlint()
            .args([
                "check",
                "--format",
                "json",
                "--select",
                "unused-suppression",
            ])
            .arg(&paper),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let columns: Vec<u64> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["column"].as_u64().unwrap())
        .collect();
    assert_eq!(columns, [23, 59], "{out}");
}

#[test]
fn a_folder_with_no_papers_is_warned_about_and_a_full_disk_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let (code, _, err) = stdout_of(paperlint().arg("check").arg(&empty));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("warning: no papers found under"), "{err}");
    let paper = write(dir.path(), "p.md", CLEAN);
    let (_, _, err) = stdout_of(paperlint().arg("check").arg(&paper));
    assert!(!err.contains("no papers found"), "{err}");
    // Standard output on a full disk: the report is lost, so exit 2.
    if let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") {
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("paperlint"))
            .arg("check")
            .arg(&paper)
            .stdout(full)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("cannot write the output"), "{err}");
    }
}

#[test]
fn a_utf8_paper_with_a_stray_windows_1252_byte_is_read_as_utf8_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.md");
    let mut bytes = CLEAN.as_bytes().to_vec();
    bytes.extend_from_slice(&b"\nThe budget was agreed in outline. ".repeat(20));
    bytes.extend_from_slice("\nThe budget – for 2025–2026 – is ".as_bytes());
    let pound = bytes.len();
    let line = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    bytes.extend_from_slice(b"\xa3500.\n");
    std::fs::write(&path, &bytes).unwrap();
    let (code, out, err) = stdout_of(paperlint().arg("tree").arg(&path));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("UTF-8, with stray bytes read as Windows-1252"),
        "{out}"
    );
    let (_, _, err) = stdout_of(paperlint().arg("check").arg(&path));
    // A person's way of writing the offset: 8,150.
    let byte = match pound {
        0..1000 => pound.to_string(),
        _ => format!("{},{:03}", pound / 1000, pound % 1000),
    };
    assert!(
        err.contains(&format!(
            "note: {}: byte {byte} (line {line}) is not UTF-8: read as Windows-1252 '£'",
            path.display()
        )),
        "{err}"
    );
    let (_, out, _) = stdout_of(paperlint().args(["tree", "--text"]).arg(&path));
    assert!(
        out.contains("The budget – for 2025–2026 – is £500."),
        "{out}"
    );
}
