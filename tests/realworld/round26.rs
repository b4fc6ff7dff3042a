//! Real-code round 26: Python sysadmin, devops and file-processing scripts
//! (ini/env/hosts config text, `key=value` lines, log lines with timestamps
//! and levels, `ps`/`df`/`ls -l` output held in strings, CSV/TSV reports,
//! `Path`/`PathBuf` manipulation, environment-like maps, grouping and
//! counting, multi-key sorting, `dict.get` lookups, `?` with custom error
//! enums and `Box<dyn Error>`, and async health checks with `acomp!`).
#![allow(clippy::useless_vec)]

use comprehensions::{acomp, comp};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::error::Error;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

const HOSTS: &str = "\
127.0.0.1   localhost
::1         localhost ip6-localhost
# internal
10.0.0.5    db01.internal db01
10.0.0.6    db02.internal db02

10.0.0.10   web01.internal web01   # frontend
";

const ENV_FILE: &str = "\
# app settings
APP_ENV=production
APP_PORT=8080
export DB_HOST=db01.internal
DB_PORT = 5432
EMPTY=
QUOTED=\"hello world\"
not a setting
";

const INI: &str = "\
[server]
host = 0.0.0.0
port = 8080
workers = 4

[database]
host = db01
port = 5432
; comment
user = admin

[logging]
level = INFO
";

const LOG: &str = "\
2024-03-01 10:00:01 INFO  web01 request served in 12ms
2024-03-01 10:00:02 WARN  web01 slow query 850ms
2024-03-01 10:00:05 ERROR db01 connection refused
2024-03-01 10:01:00 INFO  web02 request served in 8ms
2024-03-01 10:01:30 ERROR web02 upstream timeout
2024-03-01 10:02:00 DEBUG web01 cache hit
2024-03-01 10:02:10 INFO  db01 checkpoint complete
2024-03-01 10:03:00 ERROR db01 connection refused
";

const PS: &str = "\
USER       PID %CPU %MEM COMMAND
root         1  0.0  0.1 /sbin/init
www-data  1201 12.5  3.2 nginx: worker
www-data  1202 11.0  3.1 nginx: worker
postgres  2001 45.3 20.4 postgres: writer
root      3100  0.3  0.5 sshd
alice     4242 99.9  1.0 python3 train.py
";

const DF: &str = "\
Filesystem     1K-blocks     Used Available Use% Mounted on
/dev/sda1       51475068 45210000   3627444  93% /
tmpfs            8135496        0   8135496   0% /dev/shm
/dev/sdb1      103081248 20616250  77200000  21% /data
/dev/sdc1       10190100  9700000     10000  99% /var/log
";

const LS: &str = "\
total 48
-rw-r--r-- 1 alice staff  1024 Mar  1 10:00 report.csv
-rwxr-xr-x 1 alice staff  8192 Mar  1 09:00 deploy.sh
drwxr-xr-x 2 alice staff  4096 Feb 28 12:00 backups
-rw-r--r-- 1 bob   staff 20480 Feb 27 08:30 access.log
-rw------- 1 root  root    512 Jan  5 00:00 secrets.env
";

const CSV: &str = "\
host,service,status,latency_ms
web01,nginx,up,12
web02,nginx,down,0
db01,postgres,up,3
db02,postgres,up,5
web01,redis,up,1
cache01,redis,degraded,250
";

fn level_of(line: &str) -> Option<&str> {
    line.split_whitespace().nth(2)
}

// --- hosts files

// Python: [line.split()[0] for line in HOSTS.splitlines() if line.strip() and not line.startswith('#')]
#[test]
fn hosts_addresses() {
    let got = comp![line.split_whitespace().next().unwrap() for line in HOSTS.lines() if !line.trim().is_empty() && !line.starts_with('#')];
    let mut want = Vec::new();
    for line in HOSTS.lines() {
        if !line.trim().is_empty() && !line.starts_with('#') {
            want.push(line.split_whitespace().next().unwrap());
        }
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 5);
}

// Python: {name: fields[0] for line in lines if (fields := line.split('#')[0].split()) for name in fields[1:]}
#[test]
fn hosts_name_to_ip() {
    let got = comp!({*name: fields[0] for line in HOSTS.lines() let fields = line.split('#').next().unwrap().split_whitespace().collect::<Vec<_>>() if !fields.is_empty() for name in &fields[1..]});
    let mut want = HashMap::new();
    for line in HOSTS.lines() {
        let fields: Vec<&str> = line.split('#').next().unwrap().split_whitespace().collect();
        if fields.is_empty() {
            continue;
        }
        for name in &fields[1..] {
            want.insert(*name, fields[0]);
        }
    }
    assert_eq!(got, want);
    assert_eq!(got[&"db02"], "10.0.0.6");
}

// Python: {ip for ip, *_ in (l.split() for l in lines if l and l[0].isdigit())}
#[test]
fn hosts_ipv4_set() {
    let got = comp!({ip for l in HOSTS.lines() if l.starts_with(|c: char| c.is_ascii_digit()) if let Some(ip) = l.split_whitespace().next()});
    let want: HashSet<&str> = HOSTS
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(got, want);
    assert!(got.contains("10.0.0.10"));
}

// Python: [(ip, "loopback" if ip.startswith("127.") or ip == "::1" else "lan") for ip, _ in entries]
#[test]
fn hosts_classify() {
    let entries = comp![(ip, rest) for l in HOSTS.lines() if let Some((ip, rest)) = l.split_once(char::is_whitespace) if !ip.is_empty() && !ip.starts_with('#')];
    let got = comp![(*ip, "loopback" if ip.starts_with("127.") || *ip == "::1" else "lan") for (ip, _) in &entries];
    let mut want = Vec::new();
    for l in HOSTS.lines() {
        if let Some((ip, _)) = l.split_once(char::is_whitespace) {
            if !ip.is_empty() && !ip.starts_with('#') {
                let kind = if ip.starts_with("127.") || ip == "::1" {
                    "loopback"
                } else {
                    "lan"
                };
                want.push((ip, kind));
            }
        }
    }
    assert_eq!(got, want);
}

// --- env files and key=value lines

fn parse_env_line(line: &str) -> Option<(String, String)> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let line = line.strip_prefix("export ").unwrap_or(line);
    let (k, v) = line.split_once('=')?;
    Some((k.trim().to_string(), v.trim().trim_matches('"').to_string()))
}

// Python: dict(kv for line in text.splitlines() if (kv := parse(line)))
#[test]
fn env_file_dict() {
    let got = comp!({k: v for line in ENV_FILE.lines() if let Some((k, v)) = parse_env_line(line)});
    let want: HashMap<String, String> = ENV_FILE.lines().filter_map(parse_env_line).collect();
    assert_eq!(got, want);
    assert_eq!(got.get("QUOTED").map(String::as_str), Some("hello world"));
    assert_eq!(got.len(), 6);
}

// Python: {k: v for k, _, v in (l.partition('=') for l in lines) if k and not k.startswith('#') and v}
#[test]
fn env_nonempty_values_partition() {
    let got = comp!({k.trim(): v.trim() for l in ENV_FILE.lines() if let Some((k, v)) = l.split_once('=') if !k.starts_with('#') && !v.trim().is_empty()});
    let mut want = HashMap::new();
    for l in ENV_FILE.lines() {
        if let Some((k, v)) = l.split_once('=') {
            if !k.starts_with('#') && !v.trim().is_empty() {
                want.insert(k.trim(), v.trim());
            }
        }
    }
    assert_eq!(got, want);
    assert!(!got.contains_key("EMPTY"));
}

// Python: [k for k in env if k.startswith("APP_")]; sorted
#[test]
fn env_prefix_keys_sorted() {
    let env: HashMap<String, String> = ENV_FILE.lines().filter_map(parse_env_line).collect();
    let mut got = comp![k.as_str() for k in env.keys() if k.starts_with("APP_")];
    got.sort_unstable();
    let mut want: Vec<&str> = env
        .keys()
        .filter(|k| k.starts_with("APP_"))
        .map(|k| k.as_str())
        .collect();
    want.sort_unstable();
    assert_eq!(got, want);
    assert_eq!(got, ["APP_ENV", "APP_PORT"]);
}

// Python: {k.removeprefix("APP_").lower(): v for k, v in env.items() if k.startswith("APP_")}
#[test]
fn env_strip_prefix_lower() {
    let env: HashMap<String, String> = ENV_FILE.lines().filter_map(parse_env_line).collect();
    let got = comp!({short.to_lowercase(): v.clone() for (k, v) in &env if let Some(short) = k.strip_prefix("APP_")});
    let mut want = HashMap::new();
    for (k, v) in &env {
        if let Some(short) = k.strip_prefix("APP_") {
            want.insert(short.to_lowercase(), v.clone());
        }
    }
    assert_eq!(got, want);
    assert_eq!(got["port"], "8080");
}

// Python: [f"{k}={env.get(k, '<unset>')}" for k in ("APP_ENV", "HOME", "DB_HOST")]
#[test]
fn env_get_with_default() {
    let env: HashMap<String, String> = ENV_FILE.lines().filter_map(parse_env_line).collect();
    let got = comp![format!("{k}={}", env.get(k).map_or("<unset>", |v| v.as_str())) for k in ["APP_ENV", "HOME", "DB_HOST"]];
    let want = vec![
        "APP_ENV=production".to_string(),
        "HOME=<unset>".to_string(),
        "DB_HOST=db01.internal".to_string(),
    ];
    assert_eq!(got, want);
}

// Python: ports = [int(env[k]) for k in env if k.endswith("_PORT")]
#[test]
fn env_ports_parse_question() {
    let env: HashMap<String, String> = ENV_FILE.lines().filter_map(parse_env_line).collect();
    let got: Result<Vec<u16>, std::num::ParseIntError> =
        comp![env[k].parse::<u16>()? for k in env.keys() if k.ends_with("_PORT")];
    let mut got = got.unwrap();
    got.sort();
    let mut want = Vec::new();
    for (k, v) in &env {
        if k.ends_with("_PORT") {
            want.push(v.parse::<u16>().unwrap());
        }
    }
    want.sort();
    assert_eq!(got, want);
    assert_eq!(got, [5432, 8080]);
}

// Python: {k: v.lower() in ("1", "true", "yes", "on") for k, _, v in (l.partition("=") for l in text.splitlines())}
// (`x in ys` written first: the macro's documented, clear "is `ys.contains(&x)`" error; not a finding)
#[test]
fn env_bool_flags() {
    let text = "DEBUG=true\nVERBOSE=0\nCACHE=yes\nDRY_RUN=off\nTRACE=1";
    let got = comp!({k: ["1", "true", "yes", "on"].contains(&v.to_ascii_lowercase().as_str()) for (k, v) in text.lines().filter_map(|l| l.split_once('='))});
    let want: HashMap<&str, bool> = text
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| {
            (
                k,
                ["1", "true", "yes", "on"].contains(&v.to_ascii_lowercase().as_str()),
            )
        })
        .collect();
    assert_eq!(got, want);
}

// --- ini files

fn ini_sections(text: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with(';') || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            out.push((name.to_string(), Vec::new()));
        } else if let (Some((k, v)), Some(last)) = (line.split_once('='), out.last_mut()) {
            last.1.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    out
}

// Python: [l[1:-1] for l in lines if l.startswith('[') and l.endswith(']')]
#[test]
fn ini_section_names() {
    let got =
        comp![&l[1..l.len() - 1] for l in INI.lines() if l.starts_with('[') && l.ends_with(']')];
    let secs = ini_sections(INI);
    let want: Vec<&str> = secs.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(got, want);
}

// Python: {sec: {k: v for k, v in items} for sec, items in sections}
#[test]
fn ini_nested_dict() {
    let secs = ini_sections(INI);
    let got = comp!({sec.as_str(): {k.as_str(): v.as_str() for (k, v) in items} for (sec, items) in &secs});
    let mut want: HashMap<&str, HashMap<&str, &str>> = HashMap::new();
    for (sec, items) in &secs {
        let inner = want.entry(sec.as_str()).or_default();
        for (k, v) in items {
            inner.insert(k.as_str(), v.as_str());
        }
    }
    assert_eq!(got, want);
    assert_eq!(got["database"].get("user"), Some(&"admin"));
}

// Python: [f"{sec}.{k}" for sec, items in sections for k, _ in items if k == "port"]
#[test]
fn ini_dotted_port_keys() {
    let secs = ini_sections(INI);
    let got =
        comp![format!("{sec}.{k}") for (sec, items) in &secs for (k, _) in items if k == "port"];
    let mut want = Vec::new();
    for (sec, items) in &secs {
        for (k, _) in items {
            if k == "port" {
                want.push(format!("{sec}.{k}"));
            }
        }
    }
    assert_eq!(got, want);
    assert_eq!(got, ["server.port", "database.port"]);
}

// Python: flat = {f"{s}.{k}": v for s, items in sections for k, v in items}; cfg.get("server.workers", "1")
#[test]
fn ini_flat_get() {
    let secs = ini_sections(INI);
    let flat = comp!({format!("{s}.{k}"): v.clone() for (s, items) in &secs for (k, v) in items});
    let workers: u32 = flat
        .get("server.workers")
        .map_or("1", |s| s.as_str())
        .parse()
        .unwrap();
    let timeout: u32 = flat
        .get("server.timeout")
        .map_or("30", |s| s.as_str())
        .parse()
        .unwrap();
    let mut want = HashMap::new();
    for (s, items) in &secs {
        for (k, v) in items {
            want.insert(format!("{s}.{k}"), v.clone());
        }
    }
    assert_eq!(flat, want);
    assert_eq!((workers, timeout), (4, 30));
}

// Python: [(k, int(v)) for sec, items in secs if sec != "logging" for k, v in items if v.isdigit()]
#[test]
fn ini_numeric_values() {
    let secs = ini_sections(INI);
    let got = comp![(k.as_str(), v.parse::<u32>().unwrap()) for (sec, items) in &secs if sec != "logging" for (k, v) in items if v.chars().all(|c| c.is_ascii_digit())];
    let mut want = Vec::new();
    for (sec, items) in &secs {
        if sec == "logging" {
            continue;
        }
        for (k, v) in items {
            if v.chars().all(|c| c.is_ascii_digit()) {
                want.push((k.as_str(), v.parse::<u32>().unwrap()));
            }
        }
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 3);
}

// --- logs

#[derive(Debug, Clone, PartialEq)]
struct LogLine<'a> {
    date: &'a str,
    time: &'a str,
    level: &'a str,
    host: &'a str,
    msg: &'a str,
}

fn parse_log(line: &str) -> Option<LogLine<'_>> {
    let mut it = line
        .splitn(5, char::is_whitespace)
        .filter(|s| !s.is_empty());
    let date = it.next()?;
    let time = it.next()?;
    let rest = line[date.len() + time.len() + 2..].trim_start();
    let (level, rest) = rest.split_once(char::is_whitespace)?;
    let (host, msg) = rest.trim_start().split_once(' ')?;
    Some(LogLine {
        date,
        time,
        level,
        host,
        msg,
    })
}

// Python: [l for l in LOG.splitlines() if l.split()[2] == "ERROR"]
#[test]
fn log_error_lines() {
    let got = comp![l for l in LOG.lines() if level_of(l) == Some("ERROR")];
    let want: Vec<&str> = LOG.lines().filter(|l| l.contains(" ERROR ")).collect();
    assert_eq!(got, want);
    assert_eq!(got.len(), 3);
}

// Python: counts = {lvl: sum(1 for l in lines if l.split()[2] == lvl) for lvl in {l.split()[2] for l in lines}}
#[test]
fn log_level_counts_nested() {
    let got = comp!({lvl: (1 for l in LOG.lines() if level_of(l) == Some(lvl)).count() for lvl in comp!({level_of(l).unwrap() for l in LOG.lines()})});
    let mut want: HashMap<&str, usize> = HashMap::new();
    for l in LOG.lines() {
        *want.entry(level_of(l).unwrap()).or_insert(0) += 1;
    }
    assert_eq!(got, want);
    assert_eq!(got["ERROR"], 3);
}

// Python: [LogLine(*m.groups()) for l in lines if (m := RE.match(l))]
#[test]
fn log_struct_walrus() {
    let got = comp![rec.clone() for l in LOG.lines() if (rec := parse_log(l)).is_some() let rec = rec.unwrap()];
    let want: Vec<LogLine> = LOG.lines().filter_map(parse_log).collect();
    assert_eq!(got, want);
    assert_eq!(got[2].host, "db01");
}

// Python: [f"{r.time} {r.host}" for r in recs if "10:00:00" <= r.time < "10:02:00"]
#[test]
fn log_time_window_chained() {
    let recs: Vec<LogLine> = LOG.lines().filter_map(parse_log).collect();
    let got =
        comp![format!("{} {}", r.time, r.host) for r in &recs if "10:00:00" <= r.time < "10:02:00"];
    let mut want = Vec::new();
    for r in &recs {
        if "10:00:00" <= r.time && r.time < "10:02:00" {
            want.push(format!("{} {}", r.time, r.host));
        }
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 5);
}

// Python: {host: [r.msg for r in recs if r.host == host and r.level == "ERROR"] for host in {r.host for r in recs}}
#[test]
fn log_errors_by_host() {
    let recs: Vec<LogLine> = LOG.lines().filter_map(parse_log).collect();
    let hosts = comp!({r.host for r in &recs});
    let got = comp!({host: [r.msg for r in &recs if r.host == *host && r.level == "ERROR"] for host in &hosts});
    let mut want: HashMap<&&str, Vec<&str>> = HashMap::new();
    for host in &hosts {
        let mut msgs = Vec::new();
        for r in &recs {
            if r.host == *host && r.level == "ERROR" {
                msgs.push(r.msg);
            }
        }
        want.insert(host, msgs);
    }
    assert_eq!(got, want);
    assert_eq!(got[&"db01"].len(), 2);
}

// Python: latencies = [int(m[:-2]) for l in lines for m in l.split() if m.endswith("ms") and m[:-2].isdigit()]
#[test]
fn log_latency_tokens() {
    let got = comp![n for l in LOG.lines() for tok in l.split_whitespace() if let Some(num) = tok.strip_suffix("ms") if let Ok(n) = num.parse::<u32>()];
    let mut want = Vec::new();
    for l in LOG.lines() {
        for tok in l.split_whitespace() {
            if let Some(num) = tok.strip_suffix("ms") {
                if let Ok(n) = num.parse::<u32>() {
                    want.push(n);
                }
            }
        }
    }
    assert_eq!(got, want);
    assert_eq!(got, [12, 850, 8]);
}

// Python: max((r for r in recs if r.level == "ERROR"), key=lambda r: r.time).time
#[test]
fn log_last_error_lazy() {
    let recs: Vec<LogLine> = LOG.lines().filter_map(parse_log).collect();
    let got = comp!((r for r in &recs if r.level == "ERROR"))
        .max_by_key(|r| r.time)
        .map(|r| r.time);
    let want = recs
        .iter()
        .filter(|r| r.level == "ERROR")
        .map(|r| r.time)
        .max();
    assert_eq!(got, want);
    assert_eq!(got, Some("10:03:00"));
}

// Python: per_minute = Counter(r.time[:5] for r in recs)
#[test]
fn log_per_minute_counter() {
    let recs: Vec<LogLine> = LOG.lines().filter_map(parse_log).collect();
    let mut got: BTreeMap<&str, usize> = BTreeMap::new();
    for m in comp!((&r.time[..5] for r in &recs)) {
        *got.entry(m).or_default() += 1;
    }
    let mut want: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &recs {
        *want.entry(&r.time[..5]).or_default() += 1;
    }
    assert_eq!(got, want);
    assert_eq!(got["10:00"], 3);
}

// Python: [("!" if r.level == "ERROR" else "?" if r.level == "WARN" else " ") + r.host for r in recs]
#[test]
fn log_marker_chained_conditional() {
    let recs: Vec<LogLine> = LOG.lines().filter_map(parse_log).collect();
    let got = comp![format!("{}{}", "!" if r.level == "ERROR" else "?" if r.level == "WARN" else " ", r.host) for r in &recs];
    let mut want = Vec::new();
    for r in &recs {
        let m = match r.level {
            "ERROR" => "!",
            "WARN" => "?",
            _ => " ",
        };
        want.push(format!("{m}{}", r.host));
    }
    assert_eq!(got, want);
}

// --- ps / df / ls -l output

#[derive(Debug, PartialEq)]
struct Proc {
    user: String,
    pid: u32,
    cpu: f64,
    mem: f64,
    cmd: String,
}

// Python: procs = [Proc(u, int(p), float(c), float(m), cmd) for u, p, c, m, cmd in (l.split(None, 4) for l in lines[1:])]
#[test]
fn ps_struct_literal() {
    let got = comp![Proc { user: f[0].to_string(), pid: f[1].parse().unwrap(), cpu: f[2].parse().unwrap(), mem: f[3].parse().unwrap(), cmd: f[4..].join(" ") } for l in PS.lines().skip(1) let f: Vec<&str> = l.split_whitespace().collect()];
    let mut want = Vec::new();
    for l in PS.lines().skip(1) {
        let f: Vec<&str> = l.split_whitespace().collect();
        want.push(Proc {
            user: f[0].to_string(),
            pid: f[1].parse().unwrap(),
            cpu: f[2].parse().unwrap(),
            mem: f[3].parse().unwrap(),
            cmd: f[4..].join(" "),
        });
    }
    assert_eq!(got, want);
    assert_eq!(got[4].pid, 3100);
}

fn procs() -> Vec<Proc> {
    PS.lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            Proc {
                user: f[0].to_string(),
                pid: f[1].parse().unwrap(),
                cpu: f[2].parse().unwrap(),
                mem: f[3].parse().unwrap(),
                cmd: f[4..].join(" "),
            }
        })
        .collect()
}

// Python: hogs = [p.pid for p in procs if p.cpu > 10.0 and p.user != "root"]
#[test]
fn ps_cpu_hogs() {
    let ps = procs();
    let got = comp![p.pid for p in &ps if p.cpu > 10.0 && p.user != "root"];
    let want: Vec<u32> = ps
        .iter()
        .filter(|p| p.cpu > 10.0 && p.user != "root")
        .map(|p| p.pid)
        .collect();
    assert_eq!(got, want);
    assert_eq!(got, [1201, 1202, 2001, 4242]);
}

// Python: mem_by_user = {u: sum(p.mem for p in procs if p.user == u) for u in {p.user for p in procs}}
#[test]
fn ps_mem_by_user() {
    let ps = procs();
    let got = comp!({u: (p.mem for p in &ps if &p.user == u).sum::<f64>() for u in comp!({&p.user for p in &ps})});
    let mut want: HashMap<&String, f64> = HashMap::new();
    for p in &ps {
        *want.entry(&p.user).or_insert(0.0) += p.mem;
    }
    assert_eq!(got.len(), want.len());
    for (u, m) in &want {
        assert!((got[u] - m).abs() < 1e-9);
    }
}

// Python: names = {p.cmd.split(':')[0].split('/')[-1] for p in procs}
#[test]
fn ps_command_basenames() {
    let ps = procs();
    let got = comp!({p.cmd.split(':').next().unwrap().split_whitespace().next().unwrap().rsplit('/').next().unwrap() for p in &ps});
    let mut want = HashSet::new();
    for p in &ps {
        let head = p.cmd.split(':').next().unwrap();
        let prog = head.split_whitespace().next().unwrap();
        want.insert(prog.rsplit('/').next().unwrap());
    }
    assert_eq!(got, want);
    assert!(got.contains("init") && got.contains("python3"));
}

// Python: sorted(procs, key=lambda p: (p.user, -p.cpu)) -> [(p.user, p.pid) ...]
#[test]
fn ps_sort_multi_key() {
    let ps = procs();
    let mut refs = comp![p for p in &ps];
    refs.sort_by(|a, b| a.user.cmp(&b.user).then(b.cpu.total_cmp(&a.cpu)));
    let got = comp![(p.user.as_str(), p.pid) for p in refs];
    let mut want: Vec<(&str, u32, f64)> =
        ps.iter().map(|p| (p.user.as_str(), p.pid, p.cpu)).collect();
    want.sort_by(|a, b| a.0.cmp(b.0).then(b.2.total_cmp(&a.2)));
    let want: Vec<(&str, u32)> = want.into_iter().map(|(u, p, _)| (u, p)).collect();
    assert_eq!(got, want);
    assert_eq!(got[0], ("alice", 4242));
    assert_eq!(got[4], ("www-data", 1201));
}

struct Mount {
    device: String,
    used_pct: u8,
    avail_kb: u64,
    mount: PathBuf,
}

fn mounts() -> Vec<Mount> {
    DF.lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            Mount {
                device: f[0].to_string(),
                used_pct: f[4].trim_end_matches('%').parse().unwrap(),
                avail_kb: f[3].parse().unwrap(),
                mount: PathBuf::from(f[5]),
            }
        })
        .collect()
}

// Python: [f[5] for l in DF.splitlines()[1:] if (f := l.split()) and int(f[4].rstrip('%')) >= 90]
#[test]
fn df_full_mounts_walrus() {
    let got = comp![f[5] for l in DF.lines().skip(1) if (f := l.split_whitespace().collect::<Vec<_>>()).len() == 6 if f[4].trim_end_matches('%').parse::<u8>().unwrap() >= 90];
    let mut want = Vec::new();
    for l in DF.lines().skip(1) {
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.len() == 6 && f[4].trim_end_matches('%').parse::<u8>().unwrap() >= 90 {
            want.push(f[5]);
        }
    }
    assert_eq!(got, want);
    assert_eq!(got, ["/", "/var/log"]);
}

// Python: {m.mount: "CRIT" if m.used_pct >= 95 else "WARN" if m.used_pct >= 90 else "ok" for m in mounts if m.device.startswith("/dev/")}
#[test]
fn df_status_dict() {
    let ms = mounts();
    let got = comp!({m.mount.as_path(): "CRIT" if m.used_pct >= 95 else "WARN" if m.used_pct >= 90 else "ok" for m in &ms if m.device.starts_with("/dev/")});
    let mut want = HashMap::new();
    for m in &ms {
        if m.device.starts_with("/dev/") {
            let s = if m.used_pct >= 95 {
                "CRIT"
            } else if m.used_pct >= 90 {
                "WARN"
            } else {
                "ok"
            };
            want.insert(m.mount.as_path(), s);
        }
    }
    assert_eq!(got, want);
    assert_eq!(got[Path::new("/var/log")], "CRIT");
}

// Python: total_free_gb = sum(m.avail_kb for m in mounts if 0 < m.used_pct < 100) / 1024**2
#[test]
fn df_free_sum_lazy_chained() {
    let ms = mounts();
    let got = comp!((m.avail_kb for m in &ms if 0 < m.used_pct < 100)).sum::<u64>() as f64
        / 1024f64.powi(2);
    let mut sum = 0u64;
    for m in &ms {
        if m.used_pct > 0 && m.used_pct < 100 {
            sum += m.avail_kb;
        }
    }
    let want = sum as f64 / 1048576.0;
    assert_eq!(got, want);
}

// Python: [name for *_, name in (l.split() for l in LS.splitlines()[1:]) if not l.startswith('d')]
#[test]
fn ls_files_not_dirs() {
    let got = comp![name for l in LS.lines().skip(1) if !l.starts_with('d') if let Some(name) = l.split_whitespace().last()];
    let want: Vec<&str> = LS
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with('d'))
        .filter_map(|l| l.split_whitespace().last())
        .collect();
    assert_eq!(got, want);
    assert_eq!(got.len(), 4);
}

// Python: {owner: sum(int(f[4]) for f in rows if f[2] == owner) for owner in owners}
#[test]
fn ls_size_by_owner() {
    let rows = comp![l.split_whitespace().collect::<Vec<_>>() for l in LS.lines().skip(1)];
    let got = comp!({f[2]: (g[4].parse::<u64>().unwrap() for g in &rows if g[2] == f[2]).sum::<u64>() for f in &rows});
    let mut want: HashMap<&str, u64> = HashMap::new();
    for f in &rows {
        *want.entry(f[2]).or_insert(0) += f[4].parse::<u64>().unwrap();
    }
    assert_eq!(got, want);
    assert_eq!(got["alice"], 1024 + 8192 + 4096);
}

// Python: exec_files = [name for perms, *_, name in rows if perms[3] == 'x']
#[test]
fn ls_executables_slice_pattern() {
    let rows = comp![l.split_whitespace().collect::<Vec<_>>() for l in LS.lines().skip(1)];
    let got = comp![*name for row in &rows if let [perms, .., name] = row.as_slice() if perms.as_bytes()[3] == b'x' && !perms.starts_with('d')];
    let mut want = Vec::new();
    for row in &rows {
        if row[0].as_bytes()[3] == b'x' && !row[0].starts_with('d') {
            want.push(*row.last().unwrap());
        }
    }
    assert_eq!(got, want);
    assert_eq!(got, ["deploy.sh"]);
}

// --- CSV / TSV reports

// Python: rows = [dict(zip(header, l.split(','))) for l in lines[1:]]
#[test]
fn csv_rows_as_dicts() {
    let mut lines = CSV.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let got = comp![{k: v for (k, v) in header.iter().zip(l.split(','))} for l in lines];
    let mut want = Vec::new();
    for l in CSV.lines().skip(1) {
        let mut d = HashMap::new();
        for (k, v) in header.iter().zip(l.split(',')) {
            d.insert(k, v);
        }
        want.push(d);
    }
    assert_eq!(got, want);
    assert_eq!(got[1][&"status"], "down");
}

// Python: down = [r["host"] for r in rows if r.get("status") != "up"]
#[test]
fn csv_dict_get_not_up() {
    let header: Vec<&str> = CSV.lines().next().unwrap().split(',').collect();
    let rows: Vec<HashMap<&str, &str>> = CSV
        .lines()
        .skip(1)
        .map(|l| header.iter().copied().zip(l.split(',')).collect())
        .collect();
    let got = comp![r["host"] for r in &rows if r.get("status") != Some(&"up")];
    let want: Vec<&str> = rows
        .iter()
        .filter(|r| r["status"] != "up")
        .map(|r| r["host"])
        .collect();
    assert_eq!(got, want);
    assert_eq!(got, ["web02", "cache01"]);
}

// Python: by_service = {s: sorted(r["host"] for r in rows if r["service"] == s) for s in services}
#[test]
fn csv_group_hosts_by_service() {
    let rows = comp![l.split(',').collect::<Vec<_>>() for l in CSV.lines().skip(1)];
    let got = comp!({r[1]: {let mut v = comp![q[0] for q in &rows if q[1] == r[1]]; v.sort(); v} for r in &rows});
    let mut want: HashMap<&str, Vec<&str>> = HashMap::new();
    for r in &rows {
        want.entry(r[1]).or_default().push(r[0]);
    }
    for v in want.values_mut() {
        v.sort();
    }
    assert_eq!(got, want);
    assert_eq!(got["redis"], ["cache01", "web01"]);
}

// Python: report = "\n".join("\t".join((h, s, str(int(l) * 1000))) for h, s, _, l in rows)
#[test]
fn tsv_report_join() {
    let got = comp![[f[0], f[1], &(f[3].parse::<u32>().unwrap() * 1000).to_string()].join("\t") for l in CSV.lines().skip(1) let f = l.split(',').collect::<Vec<_>>()].join("\n");
    let mut want = String::new();
    for (i, l) in CSV.lines().skip(1).enumerate() {
        let f: Vec<&str> = l.split(',').collect();
        if i > 0 {
            want.push('\n');
        }
        want.push_str(&format!(
            "{}\t{}\t{}",
            f[0],
            f[1],
            f[3].parse::<u32>().unwrap() * 1000
        ));
    }
    assert_eq!(got, want);
}

// Python: sorted rows by (status != "up", -latency, host)
#[test]
fn csv_sort_by_three_keys() {
    let mut rows = comp![(f[0], f[2], f[3].parse::<i64>().unwrap()) for l in CSV.lines().skip(1) let f: Vec<&str> = l.split(',').collect()];
    rows.sort_by_key(|&(host, status, lat)| (status == "up", -lat, host));
    let got = comp![h for (h, _, _) in &rows];
    let mut want_rows: Vec<(&str, &str, i64)> = Vec::new();
    for l in CSV.lines().skip(1) {
        let f: Vec<&str> = l.split(',').collect();
        want_rows.push((f[0], f[2], f[3].parse().unwrap()));
    }
    want_rows.sort_by(|a, b| {
        (a.1 == "up")
            .cmp(&(b.1 == "up"))
            .then(b.2.cmp(&a.2))
            .then(a.0.cmp(b.0))
    });
    let want: Vec<&&str> = want_rows.iter().map(|(h, _, _)| h).collect();
    assert_eq!(got, want);
    assert_eq!(*got[0], "cache01");
}

#[derive(Debug, PartialEq)]
enum ReportError {
    MissingField { line: usize, field: &'static str },
    BadNumber { line: usize, value: String },
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReportError::MissingField { line, field } => write!(f, "line {line}: missing {field}"),
            ReportError::BadNumber { line, value } => {
                write!(f, "line {line}: bad number {value:?}")
            }
        }
    }
}

impl Error for ReportError {}

fn latency(line_no: usize, line: &str) -> Result<u32, ReportError> {
    let v = line.split(',').nth(3).ok_or(ReportError::MissingField {
        line: line_no,
        field: "latency_ms",
    })?;
    v.parse().map_err(|_| ReportError::BadNumber {
        line: line_no,
        value: v.to_string(),
    })
}

// Python: def latencies(text): return [latency(i, l) for i, l in enumerate(text.splitlines()[1:], 2)]  (raises)
fn latencies(text: &str) -> Result<Vec<u32>, ReportError> {
    comp![latency(i, l)? for (i, l) in text.lines().enumerate().skip(1)]
}

#[test]
fn csv_custom_error_enum() {
    let got = latencies(CSV);
    let mut want = Vec::new();
    for l in CSV.lines().skip(1) {
        want.push(l.rsplit(',').next().unwrap().parse::<u32>().unwrap());
    }
    assert_eq!(got, Ok(want));
    let bad = "h,s,st,l\nweb01,nginx,up,12\nweb02,nginx,down\nx,y,z,abc";
    assert_eq!(
        latencies(bad),
        Err(ReportError::MissingField {
            line: 2,
            field: "latency_ms"
        })
    );
    let bad2 = "h,s,st,l\nx,y,z,abc";
    assert_eq!(
        latencies(bad2).unwrap_err().to_string(),
        "line 1: bad number \"abc\""
    );
}

// Python: def summary(text) -> dict: {host: int(lat) for host, _, _, lat in csv.reader(...)} (raises ValueError)
fn summary(text: &str) -> Result<HashMap<String, u32>, Box<dyn Error>> {
    let m = comp!({f[0].to_string(): f[3].parse::<u32>()? for l in text.lines().skip(1) let f: Vec<&str> = l.split(',').collect() if f.len() == 4})?;
    Ok(m)
}

#[test]
fn csv_box_dyn_error() {
    let got = summary(CSV).unwrap();
    let mut want = HashMap::new();
    for l in CSV.lines().skip(1) {
        let f: Vec<&str> = l.split(',').collect();
        want.insert(f[0].to_string(), f[3].parse::<u32>().unwrap());
    }
    assert_eq!(got, want);
    assert_eq!(got["web01"], 1, "last duplicate wins");
    let err = summary("h\nweb01,a,b,x").unwrap_err();
    assert!(err.to_string().contains("invalid digit"));
}

// Python: lazily validate: (int(x) for x in col)  -> first error stops
#[test]
fn csv_lazy_question_stops() {
    let col = ["12", "0", "oops", "5"];
    let got: Vec<Result<u32, std::num::ParseIntError>> =
        comp!((x.parse::<u32>()? for x in col)).collect();
    assert_eq!(got.len(), 3);
    assert_eq!(got[0], Ok(12));
    assert!(got[2].is_err());
}

// --- paths

const FILES: &str = "\
/var/log/nginx/access.log
/var/log/nginx/access.log.1
/var/log/nginx/error.log
/etc/nginx/nginx.conf
/home/alice/backup.tar.gz
/home/alice/notes.txt
/srv/app/README
";

// Python: [p.stem for p in map(Path, FILES.split()) if p.suffix == ".log"]
#[test]
fn path_stems_by_suffix() {
    let got = comp![p.file_stem().unwrap().to_str().unwrap() for line in FILES.lines() let p = Path::new(line) if p.extension().and_then(|e| e.to_str()) == Some("log")];
    let mut want = Vec::new();
    for line in FILES.lines() {
        let p = Path::new(line);
        if p.extension().and_then(|e| e.to_str()) == Some("log") {
            want.push(p.file_stem().unwrap().to_str().unwrap());
        }
    }
    assert_eq!(got, want);
    assert_eq!(got, ["access", "error"]);
}

// Python: {p.parent for p in paths}
#[test]
fn path_parent_set() {
    let paths = comp![PathBuf::from(l) for l in FILES.lines()];
    let got = comp!({p.parent().unwrap().to_path_buf() for p in &paths});
    let want: HashSet<PathBuf> = paths
        .iter()
        .map(|p| p.parent().unwrap().to_path_buf())
        .collect();
    assert_eq!(got, want);
    assert_eq!(got.len(), 4);
}

// Python: {ext: [p.name for p in paths if p.suffix == ext] for ext in {p.suffix for p in paths}}
#[test]
fn path_group_by_extension() {
    let paths: Vec<&Path> = FILES.lines().map(Path::new).collect();
    let got = comp!({ext: [p.file_name().unwrap() for p in &paths if p.extension() == ext] for ext in comp!({p.extension() for p in &paths})});
    let mut want: HashMap<Option<&std::ffi::OsStr>, Vec<&std::ffi::OsStr>> = HashMap::new();
    for p in &paths {
        want.entry(p.extension())
            .or_default()
            .push(p.file_name().unwrap());
    }
    assert_eq!(got, want);
    assert_eq!(got[&None].len(), 1);
}

// Python: [p.with_suffix(".log.gz") for p in paths if p.suffix == ".log"] ; rotate
#[test]
fn path_with_extension_rotation() {
    let got =
        comp![Path::new(l).with_extension("log.gz") for l in FILES.lines() if l.ends_with(".log")];
    let want: Vec<PathBuf> = FILES
        .lines()
        .filter(|l| l.ends_with(".log"))
        .map(|l| PathBuf::from(format!("{}.gz", l)))
        .collect();
    assert_eq!(got, want);
}

// Python: [str(Path("/backup") / p.relative_to("/home")) for p in paths if p.is_relative_to("/home")]
#[test]
fn path_rebase_strip_prefix() {
    let got = comp![Path::new("/backup").join(rel).display().to_string() for l in FILES.lines() if let Ok(rel) = Path::new(l).strip_prefix("/home")];
    let mut want = Vec::new();
    for l in FILES.lines() {
        if let Some(rest) = l.strip_prefix("/home/") {
            want.push(format!("/backup/{rest}"));
        }
    }
    assert_eq!(got, want);
}

// Python: [(p.name, len(p.parts)) for p in paths if 3 < len(p.parts) <= 5]
#[test]
fn path_depth_chained() {
    let got = comp![(p.file_name().unwrap().to_string_lossy().into_owned(), n) for l in FILES.lines() let p = Path::new(l) let n: usize = p.components().count() if 3 < n <= 4];
    let mut want = Vec::new();
    for l in FILES.lines() {
        let p = Path::new(l);
        let n = p.components().count();
        if n > 3 && n <= 4 {
            want.push((p.file_name().unwrap().to_string_lossy().into_owned(), n));
        }
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 4);
}

// Python: [str(p) for p in sorted(paths, key=lambda p: (p.suffix, p.name))]
#[test]
fn path_sort_by_suffix_then_name() {
    let mut ps = comp![PathBuf::from(l) for l in FILES.lines()];
    ps.sort_by(|a, b| (a.extension(), a.file_name()).cmp(&(b.extension(), b.file_name())));
    let got = comp![p.to_str().unwrap() for p in &ps];
    let mut want: Vec<&str> = FILES.lines().collect();
    want.sort_by_key(|l: &&str| (Path::new(*l).extension(), Path::new(*l).file_name()));
    assert_eq!(got, want);
    assert_eq!(got[0], "/srv/app/README");
}

// Python: [p for p in paths if any(part.startswith('.') for part in p.parts)]
#[test]
fn path_hidden_components() {
    let files = [
        "/home/alice/.ssh/id_rsa",
        "/etc/hosts",
        "/home/bob/.config/app/x.toml",
        "/tmp/a.b",
    ];
    let got = comp![f for f in files if Path::new(f).components().any(|c| c.as_os_str().to_string_lossy().starts_with('.'))];
    let want: Vec<&str> = files.iter().copied().filter(|f| f.contains("/.")).collect();
    assert_eq!(got, want);
}

// Python: [f.name for f in files] for a moved-in Vec<PathBuf>
#[test]
fn path_owned_iteration_move() {
    let paths: Vec<PathBuf> = FILES.lines().map(PathBuf::from).collect();
    let expected: Vec<String> = paths
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let names = comp!(move (p.file_name().unwrap().to_string_lossy().into_owned() for p in paths));
    let got: Vec<String> = names.collect();
    assert_eq!(got, expected);
}

fn log_names(paths: Vec<PathBuf>) -> impl Iterator<Item = String> {
    comp!(move (p.file_name().unwrap().to_string_lossy().into_owned() for p in paths if p.extension().is_some_and(|e| e == "log")))
}

#[test]
fn path_return_lazy() {
    let paths: Vec<PathBuf> = FILES.lines().map(PathBuf::from).collect();
    let got: Vec<String> = log_names(paths.clone()).collect();
    let want: Vec<String> = paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "log"))
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(got, want);
}

// --- grouping, counting, nested

// Python: [(svc, n) for svc, n in Counter(r[1] for r in rows).most_common() if n > 1]
#[test]
fn counter_most_common() {
    let services = comp![l.split(',').nth(1).unwrap() for l in CSV.lines().skip(1)];
    let counts = comp!({s: services.iter().filter(|t| *t == s).count() for s in &services});
    let mut got = comp![(**s, n) for (s, &n) in &counts if n > 1];
    got.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut want = vec![("nginx", 2), ("postgres", 2), ("redis", 2)];
    want.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    assert_eq!(got, want);
}

// Python: matrix = [[int(x) for x in l.split()[1:4]] for l in DF.splitlines()[1:]]
#[test]
fn df_nested_list_matrix() {
    let got = comp![[x.parse::<u64>().unwrap() for x in l.split_whitespace().skip(1).take(3)] for l in DF.lines().skip(1)];
    let mut want = Vec::new();
    for l in DF.lines().skip(1) {
        let mut row = Vec::new();
        for x in l.split_whitespace().skip(1).take(3) {
            row.push(x.parse::<u64>().unwrap());
        }
        want.push(row);
    }
    assert_eq!(got, want);
    // Python: [sum(col) for col in zip(*matrix)]
    let sums = comp![(row[i] for row in &got).sum::<u64>() for i in 0..3];
    let want_sums: Vec<u64> = (0..3).map(|i| want.iter().map(|r| r[i]).sum()).collect();
    assert_eq!(sums, want_sums);
}

// Python: pairs = [(a, b) for a in hosts for b in hosts if a < b]
#[test]
fn host_pairs_for_mesh() {
    let hosts = vec!["web01", "web02", "db01"];
    let got = comp![(a, b) for a in &hosts for b in &hosts if a < b];
    let mut want = Vec::new();
    for a in &hosts {
        for b in &hosts {
            if a < b {
                want.push((a, b));
            }
        }
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 3);
}

// Python: uptime = {h: round(100 * ups / total, 1) for h, (ups, total) in stats.items() if total}
#[test]
fn uptime_percent_tuple_pattern() {
    let stats: BTreeMap<&str, (u32, u32)> =
        BTreeMap::from([("web01", (99, 100)), ("web02", (0, 0)), ("db01", (45, 50))]);
    let got = comp!({*h: (1000 * ups / total) as f64 / 10.0 for (h, &(ups, total)) in &stats if total > 0});
    let mut want = HashMap::new();
    for (h, (ups, total)) in &stats {
        if *total > 0 {
            want.insert(*h, (1000 * ups / total) as f64 / 10.0);
        }
    }
    assert_eq!(got, want);
    assert_eq!(got["db01"], 90.0);
}

// Python: hosts = sorted({r.host for r in recs} | {p for p in extra})
#[test]
fn set_union_from_temporaries() {
    let extra = "cache01 web01 lb01";
    let got = comp!({h for h in LOG.lines().filter_map(parse_log).map(|r| r.host).chain(extra.split(' '))});
    let mut want: HashSet<&str> = HashSet::new();
    for r in LOG.lines().filter_map(parse_log) {
        want.insert(r.host);
    }
    for h in extra.split(' ') {
        want.insert(h);
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 5);
}

// Python: [line.upper() for line in text.lower().splitlines() if "error" in line]
#[test]
fn temporary_first_iterable_lowercase() {
    let got =
        comp![line.to_uppercase() for line in LOG.to_lowercase().lines() if line.contains("error")];
    let mut want = Vec::new();
    for line in LOG.to_lowercase().lines() {
        if line.contains("error") {
            want.push(line.to_uppercase());
        }
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 3);
}

// Python: [(i, l) for i, l in enumerate(lines, 1) if l.strip().startswith(';')]
#[test]
fn ini_comment_line_numbers() {
    let got = comp![(i + 1, l.trim()) for (i, l) in INI.lines().enumerate() if l.trim_start().starts_with(';')];
    let want: Vec<(usize, &str)> = INI
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with(';'))
        .map(|(i, l)| (i + 1, l.trim()))
        .collect();
    assert_eq!(got, want);
    assert_eq!(got, [(9, "; comment")]);
}

// Python: [f"{k}={v}" for k, v in sorted(env.items())] with mutation by iter_mut
#[test]
fn env_redact_iter_mut() {
    let mut env: BTreeMap<String, String> = ENV_FILE.lines().filter_map(parse_env_line).collect();
    env.insert("DB_PASSWORD".into(), "hunter2".into());
    let secrets =
        comp![v for (k, v) in env.iter_mut() if k.contains("PASSWORD") || k.contains("SECRET")];
    for v in secrets {
        *v = "****".to_string();
    }
    let got = comp![format!("{k}={v}") for (k, v) in &env];
    let mut want = Vec::new();
    for (k, v) in &env {
        want.push(format!("{k}={v}"));
    }
    assert_eq!(got, want);
    assert!(got.contains(&"DB_PASSWORD=****".to_string()));
}

// --- async health checks

#[derive(Debug, Clone, PartialEq)]
enum Health {
    Up(u64),
    Down(String),
}

async fn check(host: &str) -> Health {
    let ms = 10 * host.len() as u64;
    tokio::time::sleep(Duration::from_millis(ms)).await;
    if host.starts_with("web02") || host.starts_with("cache") {
        Health::Down(format!("{host}: connection refused"))
    } else {
        Health::Up(ms)
    }
}

#[derive(Debug, PartialEq)]
struct CheckError(String);

async fn check_strict(host: &str) -> Result<u64, CheckError> {
    match check(host).await {
        Health::Up(ms) => Ok(ms),
        Health::Down(why) => Err(CheckError(why)),
    }
}

fn csv_hosts() -> Vec<String> {
    CSV.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().to_string())
        .collect()
}

// Python: results = await asyncio.gather(*[check(h) for h in hosts])
#[tokio::test(start_paused = true)]
async fn health_gather_concurrency() {
    let hosts = csv_hosts();
    let start = tokio::time::Instant::now();
    let got = acomp![check(h).await for h in &hosts; concurrency = 4];
    let elapsed = start.elapsed();
    let mut want = Vec::new();
    for h in &hosts {
        want.push(check(h).await);
    }
    assert_eq!(got, want);
    assert!(elapsed < Duration::from_millis(150), "{elapsed:?}");
}

// Python: down = {h: r for h in hosts if isinstance(r := await check(h), Down)}
#[tokio::test(start_paused = true)]
async fn health_down_dict_if_let() {
    let hosts = csv_hosts();
    let got = acomp!({h.as_str(): why for h in &hosts if let Health::Down(why) = check(h).await});
    let mut want = HashMap::new();
    for h in &hosts {
        if let Health::Down(why) = check(h).await {
            want.insert(h.as_str(), why);
        }
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 2);
}

// Python: latencies = [await check_strict(h) for h in hosts if h.startswith("db")]  (raises)
#[tokio::test(start_paused = true)]
async fn health_strict_question_concurrency() {
    let hosts = csv_hosts();
    let ok: Result<Vec<u64>, CheckError> =
        acomp![check_strict(h).await? for h in &hosts if h.starts_with("db"); concurrency = 2];
    assert_eq!(ok, Ok(vec![40, 40]));
    let start = tokio::time::Instant::now();
    let all = acomp![await check_strict(h)? for h in &hosts; concurrency = 3];
    assert_eq!(all, Err(CheckError("web02: connection refused".into())));
    assert!(start.elapsed() <= Duration::from_millis(60));
}

// Python: slow = [h for h in hosts if (r := await check(h)) != Down and r.ms > 40]
#[tokio::test(start_paused = true)]
async fn health_walrus_match_unordered() {
    let hosts = vec!["db01", "web01", "cache01", "lb1"];
    let mut got = acomp![(h, ms) for h in &hosts if let Health::Up(ms) = check(h).await if ms >= 40; concurrency = 4, unordered];
    got.sort();
    let mut want = Vec::new();
    for h in &hosts {
        if let Health::Up(ms) = check(h).await {
            if ms >= 40 {
                want.push((h, ms));
            }
        }
    }
    want.sort();
    assert_eq!(got, want);
    assert_eq!(got.len(), 2);
}

// Python: async for status in (check(h) for h in hosts) ... lazily, stop at the first down
#[tokio::test(start_paused = true)]
async fn health_lazy_stream_take_while() {
    use futures::StreamExt;
    let hosts = csv_hosts();
    let s = acomp!((( h.clone(), check(h).await ) for h in &hosts; concurrency = 2));
    let got: Vec<(String, Health)> = s
        .take_while(|(_, r)| futures::future::ready(matches!(r, Health::Up(_))))
        .collect()
        .await;
    let mut want = Vec::new();
    for h in &hosts {
        let r = check(h).await;
        if !matches!(r, Health::Up(_)) {
            break;
        }
        want.push((h.clone(), r));
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 1);
}

// Python: summary = {svc: [h async for h in hosts_for(svc)] for svc in services}
#[tokio::test(start_paused = true)]
async fn health_async_for_stream_nested() {
    let services = vec!["nginx", "redis"];
    let stream_for = |svc: &'static str| {
        futures::stream::iter(
            CSV.lines()
                .skip(1)
                .filter(move |l| l.split(',').nth(1) == Some(svc))
                .map(|l| l.split(',').next().unwrap()),
        )
    };
    let got = acomp![(svc, h) for svc in &services async for h in stream_for(svc)];
    let mut want = Vec::new();
    for svc in &services {
        for l in CSV.lines().skip(1) {
            let f: Vec<&str> = l.split(',').collect();
            if f[1] == *svc {
                want.push((svc, f[0]));
            }
        }
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 4);
}

// Python: timeouts: [h for h in hosts if not await wait_for(check(h), 0.05)] with conditional N
#[tokio::test(start_paused = true)]
async fn health_timeout_conditional_concurrency() {
    let hosts = csv_hosts();
    let fast = true;
    let got = acomp![h.as_str() for h in &hosts if tokio::time::timeout(Duration::from_millis(55), check(h)).await.is_err(); concurrency = 8 if fast else 1];
    let mut want = Vec::new();
    for h in &hosts {
        if h.len() * 10 > 55 {
            want.push(h.as_str());
        }
    }
    assert_eq!(got, want);
    assert_eq!(got, ["cache01"]);
}

// --- more shapes: Option-heavy lookups, `?` positions, lazy forms

// Python: def ports(cfg, names): return [int(cfg[n]) for n in names]  (None if any missing)
fn ports_opt(cfg: &HashMap<&str, &str>, names: &[&str]) -> Option<Vec<u16>> {
    comp![cfg.get(n)?.parse().ok()? for n in names]
}

#[test]
fn option_question_in_function() {
    let cfg = HashMap::from([("http", "80"), ("https", "443"), ("bad", "x")]);
    assert_eq!(ports_opt(&cfg, &["http", "https"]), Some(vec![80, 443]));
    assert_eq!(ports_opt(&cfg, &["http", "ssh"]), None);
    assert_eq!(ports_opt(&cfg, &["bad"]), None);
    let mut want = Vec::new();
    for n in ["https", "http"] {
        want.push(cfg[n].parse::<u16>().unwrap());
    }
    assert_eq!(ports_opt(&cfg, &["https", "http"]), Some(want));
}

// Python: [cfg.get("listen") or cfg.get("host") or "0.0.0.0" for cfg in sections]
#[test]
fn option_or_else_chain() {
    let secs = ini_sections(INI);
    let maps = comp![{k.as_str(): v.as_str() for (k, v) in items} for (_, items) in &secs];
    let got =
        comp![*m.get("listen").or_else(|| m.get("host")).unwrap_or(&"0.0.0.0") for m in &maps];
    let mut want = Vec::new();
    for m in &maps {
        let v = if let Some(v) = m.get("listen") {
            *v
        } else if let Some(v) = m.get("host") {
            *v
        } else {
            "0.0.0.0"
        };
        want.push(v);
    }
    assert_eq!(got, want);
    assert_eq!(got, ["0.0.0.0", "db01", "0.0.0.0"]);
}

// Python: [(svc, port) for svc in wanted if (port := known.get(svc)) is not None]
#[test]
fn option_if_let_ref_pattern() {
    let known: HashMap<&str, u16> = HashMap::from([("ssh", 22), ("http", 80), ("postgres", 5432)]);
    let wanted = ["http", "smtp", "postgres"];
    let got = comp![(svc, port) for svc in wanted if let Some(&port) = known.get(svc)];
    let mut want = Vec::new();
    for svc in wanted {
        if let Some(port) = known.get(svc) {
            want.push((svc, *port));
        }
    }
    assert_eq!(got, want);
}

// Python: errors = [f"{n}: {e}" for n, v in env.items() for e in [validate(n, v)] if e]
fn validate(name: &str, value: &str) -> Option<String> {
    if name.ends_with("_PORT") && value.parse::<u16>().is_err() {
        Some(format!("not a port: {value:?}"))
    } else if value.is_empty() {
        Some("empty".to_string())
    } else {
        None
    }
}

#[test]
fn option_validate_walrus_element() {
    let text = "APP_PORT=80a\nDB_PORT=5432\nNAME=\nUSER=me";
    let got = comp![format!("{n}: {}", e.unwrap()) for (n, v) in text.lines().filter_map(|l| l.split_once('=')) if (e := validate(n, v)).is_some()];
    let mut want = Vec::new();
    for (n, v) in text.lines().filter_map(|l| l.split_once('=')) {
        if let Some(e) = validate(n, v) {
            want.push(format!("{n}: {e}"));
        }
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 2);
}

// Python: [int(p) for l in lines if (p := l.partition(':')[2])]  with ? in a let clause
#[test]
fn question_in_let_clause() {
    let lines = ["web01:8080", "web02:8081", "db01:5432"];
    let got: Result<Vec<(String, u16)>, std::num::ParseIntError> = comp![(host.to_uppercase(), port) for l in lines let (host, p) = l.split_once(':').unwrap() let port: u16 = p.parse()?];
    let mut want = Vec::new();
    for l in lines {
        let (h, p) = l.split_once(':').unwrap();
        want.push((h.to_uppercase(), p.parse::<u16>().unwrap()));
    }
    assert_eq!(got, Ok(want));
}

// Python: [l for l in lines if int(l.split()[1]) > 1000]  (raises) -> ? in a condition
#[test]
fn question_in_condition() {
    let got = comp![l.split_whitespace().next().unwrap() for l in PS.lines().skip(1) if l.split_whitespace().nth(1).unwrap().parse::<u32>()? > 2000];
    let mut want = Vec::new();
    for l in PS.lines().skip(1) {
        let pid: u32 = l.split_whitespace().nth(1).unwrap().parse().unwrap();
        if pid > 2000 {
            want.push(l.split_whitespace().next().unwrap());
        }
    }
    assert_eq!(got, Ok(want));
    let bad: Result<Vec<&str>, _> =
        comp![l for l in ["a 1", "b x"] if l.split(' ').nth(1).unwrap().parse::<u32>()? > 0];
    assert!(bad.is_err());
}

#[derive(Debug, PartialEq)]
enum ConfigError {
    Missing(&'static str),
    Invalid(String),
}

// Python: def load(secs): return {s: int(d["port"]) for s, d in secs.items() if "port" in d} (KeyError/ValueError)
fn load_ports(text: &str) -> Result<BTreeMap<String, u16>, ConfigError> {
    let secs = ini_sections(text);
    let m = comp!({s.clone(): items.iter().find(|(k, _)| k == "port").ok_or(ConfigError::Missing("port"))?.1.parse::<u16>().map_err(|e| ConfigError::Invalid(e.to_string()))? for (s, items) in &secs if s != "logging"})?;
    Ok(m.into_iter().collect())
}

#[test]
fn custom_enum_ok_or_map_err() {
    let got = load_ports(INI).unwrap();
    let want = BTreeMap::from([("server".to_string(), 8080), ("database".to_string(), 5432)]);
    assert_eq!(got, want);
    assert_eq!(
        load_ports("[a]\nhost=x\n"),
        Err(ConfigError::Missing("port"))
    );
    assert!(matches!(
        load_ports("[a]\nport=99999\n"),
        Err(ConfigError::Invalid(_))
    ));
}

// Python: [x for path in paths for x in open(path)] -> ? in a later iterable
fn lines_of(files: &HashMap<&str, &str>, name: &str) -> Result<Vec<String>, String> {
    files
        .get(name)
        .map(|t| t.lines().map(str::to_string).collect())
        .ok_or_else(|| format!("{name}: no such file"))
}

#[test]
fn question_in_later_iterable() {
    let files = HashMap::from([("a.conf", "x=1\ny=2"), ("b.conf", "z=3")]);
    let got = comp![format!("{name}:{l}") for name in ["a.conf", "b.conf"] for l in lines_of(&files, name)?];
    let mut want = Vec::new();
    for name in ["a.conf", "b.conf"] {
        for l in lines_of(&files, name).unwrap() {
            want.push(format!("{name}:{l}"));
        }
    }
    assert_eq!(got, Ok(want));
    let bad = comp![l for name in ["a.conf", "c.conf"] for l in lines_of(&files, name)?];
    assert_eq!(bad, Err("c.conf: no such file".to_string()));
}

// Python: {(host, int(port)) for host, port in (a.rsplit(':', 1) for a in addrs)}  -> ? in a set key
#[test]
fn question_in_set_element_tuple() {
    let addrs = ["web01:80", "web01:443", "web01:80", "[::1]:22"];
    let got = comp!({(h.to_string(), p.parse::<u16>()?) for a in addrs if let Some((h, p)) = a.rsplit_once(':')});
    let mut want = HashSet::new();
    for a in addrs {
        let (h, p) = a.rsplit_once(':').unwrap();
        want.insert((h.to_string(), p.parse::<u16>().unwrap()));
    }
    assert_eq!(got, Ok(want));
}

// Python: lazily: next((l for l in LOG.splitlines()[::-1] if "ERROR" in l), None)
#[test]
fn lazy_rev_next() {
    let got = comp!((l for l in LOG.lines() if l.contains("ERROR"))).next_back();
    let want = LOG.lines().rev().find(|l| l.contains("ERROR"));
    assert_eq!(got, want);
    assert!(got.unwrap().starts_with("2024-03-01 10:03:00"));
}

// Python: words = (w for line in LOG.lower().splitlines() for w in line.split() if w.isalpha())
#[test]
fn lazy_nested_owned_generator() {
    let lines: Vec<String> = LOG.lines().map(str::to_lowercase).collect();
    let got: Vec<String> = comp!((w.to_string() for line in lines for w in line.split_whitespace() if w.chars().all(char::is_alphabetic))).take(6).collect();
    let mut want = Vec::new();
    'outer: for line in LOG.lines() {
        for w in line.to_lowercase().split_whitespace() {
            if w.chars().all(char::is_alphabetic) {
                want.push(w.to_string());
                if want.len() == 6 {
                    break 'outer;
                }
            }
        }
    }
    assert_eq!(got, want);
}

// Python: sum(len(w) for line in text.splitlines() for w in line.lower().split(','))  temporary in inner iterable (lazy)
#[test]
fn lazy_inner_temporary() {
    let got: usize =
        comp!((w.len() for line in CSV.lines() for w in line.to_lowercase().split(','))).sum();
    let mut want = 0;
    for line in CSV.lines() {
        for w in line.to_lowercase().split(',') {
            want += w.len();
        }
    }
    assert_eq!(got, want);
}

// Python: [w for line in text.splitlines() for w in line.upper().split(',') if w.startswith('WEB')]  eager, temporary in inner iterable
#[test]
fn eager_inner_temporary_owned() {
    let got = comp![w.to_string() for line in CSV.lines() for w in line.to_uppercase().split(',') if w.starts_with("WEB")];
    let mut want = Vec::new();
    for line in CSV.lines() {
        for w in line.to_uppercase().split(',') {
            if w.starts_with("WEB") {
                want.push(w.to_string());
            }
        }
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 3);
}

// Python: [(h, "ok" if 0 <= lat < 100 else "slow") for h, lat in (x for x in pairs)]  (lazy inside eager, chained in conditional)
#[test]
fn lazy_as_first_iterable_of_eager() {
    let pairs = comp!((( f[0], f[3].parse::<i32>().unwrap() ) for l in CSV.lines().skip(1) let f = l.split(',').collect::<Vec<_>>()));
    let got = comp![(h, "ok" if 0 <= lat < 100 else "slow") for (h, lat) in pairs];
    let mut want = Vec::new();
    for l in CSV.lines().skip(1) {
        let f: Vec<&str> = l.split(',').collect();
        let lat: i32 = f[3].parse().unwrap();
        want.push((
            f[0],
            if (0..100).contains(&lat) {
                "ok"
            } else {
                "slow"
            },
        ));
    }
    assert_eq!(got, want);
}

// Python: {("prod" if h.endswith("01") else "staging"): h for h in hosts}  conditional in the key
#[test]
fn conditional_in_dict_key() {
    let hosts = csv_hosts();
    let got = comp!({"prod" if h.ends_with("01") else "staging": h.as_str() for h in &hosts});
    let mut want = HashMap::new();
    for h in &hosts {
        want.insert(
            if h.ends_with("01") { "prod" } else { "staging" },
            h.as_str(),
        );
    }
    assert_eq!(got, want);
    assert_eq!(got["prod"], "cache01");
}

// Python: [lvl for r in recs for lvl in [3 if r.level == "ERROR" else 2 if r.level == "WARN" else 0] if lvl]  conditional in a typed let
// FOUND (fixed: a clause value's conditional ends before an `if` without `else`, which is the next clause; test `a_let_clause_conditional_then_a_filter`): comp![(r.host, sev) for r in &recs let sev: u8 = 3 if r.level == "ERROR" else 2 if r.level == "WARN" else 0 if sev > 0] -> error: a conditional element needs `else`: write `a if c else b`, or filter with an `if` clause after the `for` clause (on the last `if`) (reference section 2: a `let` value is an ELEM and a CLAUSE may be `'if' EXPR`; `0 if sev > 0` has no `else`, so the only parse is the value `0` followed by an `if` filter clause, which is exactly what the message tells me to write; the message also calls the `let` value an "element")
#[test]
fn conditional_in_typed_let() {
    let recs: Vec<LogLine> = LOG.lines().filter_map(parse_log).collect();
    // smallest change: parenthesize the let value
    let got = comp![(r.host, sev) for r in &recs let sev: u8 = (3 if r.level == "ERROR" else 2 if r.level == "WARN" else 0) if sev > 0];
    let mut want = Vec::new();
    for r in &recs {
        let sev: u8 = match r.level {
            "ERROR" => 3,
            "WARN" => 2,
            _ => 0,
        };
        if sev > 0 {
            want.push((r.host, sev));
        }
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 4);
}

// Python: [l for l in (LOG if verbose else ERRORS).splitlines()]  conditional in the first iterable
#[test]
fn conditional_in_first_iterable() {
    let errors_only = "x ERROR a\ny ERROR b";
    for verbose in [true, false] {
        let got = comp![l.len() for l in (LOG if verbose else errors_only).lines()];
        let src = if verbose { LOG } else { errors_only };
        let want: Vec<usize> = src.lines().map(str::len).collect();
        assert_eq!(got, want);
    }
}

// Python: [0 < p.cpu <= 15 for p in procs]  chained comparison as the element
#[test]
fn chained_comparison_element() {
    let ps = procs();
    let got = comp![0.0 < p.cpu <= 15.0 for p in &ps];
    let want: Vec<bool> = ps.iter().map(|p| p.cpu > 0.0 && p.cpu <= 15.0).collect();
    assert_eq!(got, want);
    assert_eq!(got, [false, true, true, false, true, false]);
}

// Python: [p.pid for p in procs if 1000 <= p.pid < len(procs) * 1000 != 0]  chained with a call operand
#[test]
fn chained_comparison_call_operand() {
    let ps = procs();
    let got = comp![p.pid for p in &ps if 1000 <= p.pid < (ps.len() as u32) * 700 != 0];
    let mut want = Vec::new();
    let lim = ps.len() as u32 * 700;
    for p in &ps {
        if 1000 <= p.pid && p.pid < lim && lim != 0 {
            want.push(p.pid);
        }
    }
    assert_eq!(got, want);
    assert_eq!(got, [1201, 1202, 2001, 3100]);
}

// Python: [user for Proc(user=user, pid=pid) in procs if pid != 1]  struct pattern in the for
#[test]
fn struct_pattern_in_for() {
    let ps = procs();
    let got = comp![user.as_str() for Proc { user, pid, .. } in &ps if *pid != 1];
    let want: Vec<&str> = ps
        .iter()
        .filter(|p| p.pid != 1)
        .map(|p| p.user.as_str())
        .collect();
    assert_eq!(got, want);
}

// Python: [(i, k) for i, (k, v) in enumerate(sorted(env.items())) if v]
#[test]
fn nested_tuple_pattern_enumerate() {
    let env: BTreeMap<String, String> = ENV_FILE.lines().filter_map(parse_env_line).collect();
    let got = comp![(i, k.as_str()) for (i, (k, v)) in env.iter().enumerate() if !v.is_empty()];
    let mut want = Vec::new();
    for (i, (k, v)) in env.iter().enumerate() {
        if !v.is_empty() {
            want.push((i, k.as_str()));
        }
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 5);
}

// Python: {(d, t[:2]): n for (d, t), n in Counter(...).items()}  tuple keys, match in the element
#[test]
fn tuple_keys_match_element() {
    let recs: Vec<LogLine> = LOG.lines().filter_map(parse_log).collect();
    let got = comp!({(r.date, &r.time[..5]): match r.level { "ERROR" => 2, "WARN" => 1, _ => 0 } for r in &recs});
    let mut want = HashMap::new();
    for r in &recs {
        let w = match r.level {
            "ERROR" => 2,
            "WARN" => 1,
            _ => 0,
        };
        want.insert((r.date, &r.time[..5]), w);
    }
    assert_eq!(got, want);
}

// Python: checks = [lambda h=h: h.endswith("01") for h in hosts]
#[test]
fn closures_capture_host() {
    let hosts = csv_hosts();
    let checks = comp![move || h.ends_with("01") for h in hosts.clone()];
    let got = comp![c() for c in &checks];
    let want: Vec<bool> = hosts.iter().map(|h| h.ends_with("01")).collect();
    assert_eq!(got, want);
}

// Python: [sorted(set(l.split(','))) for l in lines]  BTreeSet::from_iter(generator) in the element
#[test]
fn from_iter_generator_arg() {
    use std::collections::BTreeSet;
    let got = comp![BTreeSet::from_iter(w for w in l.split(',') if !w.is_empty()) for l in CSV.lines().skip(1).take(2)];
    let mut want = Vec::new();
    for l in CSV.lines().skip(1).take(2) {
        let mut s = BTreeSet::new();
        for w in l.split(',') {
            if !w.is_empty() {
                s.insert(w);
            }
        }
        want.push(s);
    }
    assert_eq!(got, want);
}

// Python: [f"{m.mount}" for m in [Mount(...) for l in ...]]  bare braces form and bare parentheses form
#[test]
fn bare_brace_and_paren_forms() {
    let a = comp! {m.mount.display().to_string() for m in mounts() if m.used_pct > 50};
    let b = comp!(m.mount.display().to_string() for m in mounts() if m.used_pct > 50);
    let mut want = Vec::new();
    for m in mounts() {
        if m.used_pct > 50 {
            want.push(m.mount.display().to_string());
        }
    }
    assert_eq!(a, want);
    assert_eq!(b, want);
}

// Python: [{**defaults, **overrides}.get(k) for k in keys]  method chain on a struct literal as a later iterable
#[derive(Clone)]
struct Defaults {
    port: u16,
    workers: u16,
}

impl Defaults {
    fn items(&self) -> Vec<(&'static str, u16)> {
        vec![("port", self.port), ("workers", self.workers)]
    }
}

#[test]
fn struct_literal_iterables() {
    let got = comp![(name, k, v) for name in ["a", "b"] for (k, v) in Defaults { port: 80, workers: name.len() as u16 }.items()];
    let mut want = Vec::new();
    for name in ["a", "b"] {
        for (k, v) in (Defaults {
            port: 80,
            workers: name.len() as u16,
        })
        .items()
        {
            want.push((name, k, v));
        }
    }
    assert_eq!(got, want);
    let firsts = comp![k for (k, _) in Defaults { port: 1, workers: 2 }.items()];
    assert_eq!(firsts, ["port", "workers"]);
}

// --- more async

// Python: up = {h async for h in probe_stream(hosts) if await is_up(h)}
// FOUND (fixed: `matches!` is among std's expression macros whose arguments are rewritten; test `await_in_conditions`): acomp!({h async for h in stream if matches!(await check(h), Health::Up(_))}) -> error: no rules expected keyword `await` ... note: while trying to match meta-variable `$expression:expr` (in core's macros/mod.rs) (README "Python differences", Other macros: prefix `await` is rewritten inside std's expression macros "(`format!`, `vec!`, `assert!`, `println!`, `write!`, `panic!`, `dbg!`...)"; `matches!` is a std macro whose first argument is an expression, and the error does not say that the macro left it as written)
#[tokio::test(start_paused = true)]
async fn health_async_set_prefix_await() {
    let hosts = csv_hosts();
    let stream = futures::stream::iter(hosts.iter().map(String::as_str));
    // smallest change: postfix `.await` inside `matches!`
    let got = acomp!({h async for h in stream if matches!(check(h).await, Health::Up(_))});
    let mut want = HashSet::new();
    for h in &hosts {
        if matches!(check(h).await, Health::Up(_)) {
            want.insert(h.as_str());
        }
    }
    assert_eq!(got, want);
    assert_eq!(got.len(), 3);
}

// Python: [(svc, h, await check(h)) for svc, hs in groups.items() for h in hs]  concurrency with an outer loop variable
#[tokio::test(start_paused = true)]
async fn health_concurrency_two_fors() {
    let groups: BTreeMap<&str, Vec<&str>> = BTreeMap::from([
        ("web", vec!["web01", "web02"]),
        ("db", vec!["db01", "db02"]),
    ]);
    let start = tokio::time::Instant::now();
    let got = acomp![(svc.to_string(), h, check(h).await) for (svc, hs) in &groups for &h in hs; concurrency = 4];
    assert!(start.elapsed() <= Duration::from_millis(100));
    let mut want = Vec::new();
    for (svc, hs) in &groups {
        for &h in hs {
            want.push((svc.to_string(), h, check(h).await));
        }
    }
    assert_eq!(got, want);
}

// Python: statuses = {h: ("up" if isinstance(r := await check(h), Up) else "down") for h in hosts}  walrus with await
#[tokio::test(start_paused = true)]
async fn health_walrus_await_dict() {
    let hosts = csv_hosts();
    let got = acomp!({h.clone(): "up" if matches!(r, Health::Up(_)) else "down" for h in &hosts if (r := check(h).await) != Health::Down(String::new())});
    let mut want = HashMap::new();
    for h in &hosts {
        let r = check(h).await;
        want.insert(
            h.clone(),
            if matches!(r, Health::Up(_)) {
                "up"
            } else {
                "down"
            },
        );
    }
    assert_eq!(got, want);
}

// Python: lazy sequential: async for (h, r) in ((h, await check(h)) for h in hosts): ...
#[tokio::test(start_paused = true)]
async fn health_lazy_sequential_stream() {
    use futures::StreamExt;
    let hosts = vec!["db01", "web02", "web01"];
    let mut s = acomp!(((h, check(h).await) for h in hosts.iter().copied() if !h.is_empty()));
    let mut got = Vec::new();
    while let Some((h, r)) = s.next().await {
        got.push(format!(
            "{h}={}",
            if matches!(r, Health::Up(_)) {
                "up"
            } else {
                "down"
            }
        ));
    }
    let mut want = Vec::new();
    for h in &hosts {
        let r = check(h).await;
        want.push(format!(
            "{h}={}",
            if matches!(r, Health::Up(_)) {
                "up"
            } else {
                "down"
            }
        ));
    }
    assert_eq!(got, want);
}

#[cfg(feature = "rayon")]
// Python: with ProcessPoolExecutor() as ex: sizes = list(ex.map(parse_size, rows))
#[test]
fn parallel_ls_sizes() {
    let rows: Vec<&str> = LS.lines().skip(1).collect();
    let got = comp![l.split_whitespace().nth(4).unwrap().parse::<u64>().unwrap() for l in &rows if !l.starts_with('d'); parallel];
    let want: Vec<u64> = rows
        .iter()
        .filter(|l| !l.starts_with('d'))
        .map(|l| l.split_whitespace().nth(4).unwrap().parse().unwrap())
        .collect();
    assert_eq!(got, want);
}
