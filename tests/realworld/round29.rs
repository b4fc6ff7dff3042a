//! Real code round 29: data-processing scripts and tools (CSV/TSV and log
//! parsing, config handling, order reports, graphs, text utilities, grids,
//! intervals, async pipelines), translated to Rust with `comp!` / `acomp!`.

#![allow(clippy::useless_vec, clippy::needless_range_loop)]

use comprehensions::{acomp, comp};
use futures::stream::{self, StreamExt};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::num::ParseIntError;
use std::time::Duration;

// ---------------------------------------------------------------------------
// CSV / TSV
// ---------------------------------------------------------------------------

const SALES_CSV: &str = "region,product,qty,price
north,widget,10,2.50
south,gadget,3,10.00
north,gadget,5,10.00
east,widget,7,2.50
south,widget,0,2.50
east,gizmo,2,25.00";

fn csv_rows(text: &str) -> (Vec<&str>, Vec<Vec<&str>>) {
    let mut lines = text.trim().lines();
    let header = lines.next().unwrap().split(',').collect();
    let rows = lines.map(|l| l.split(',').collect()).collect();
    (header, rows)
}

#[test]
fn csv_rows_and_records() {
    // lines = text.strip().splitlines()
    // rows = [line.split(',') for line in lines[1:]]
    let lines: Vec<&str> = SALES_CSV.trim().lines().collect();
    let rows = comp![line.split(',').collect::<Vec<_>>() for line in &lines[1..]];
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[0], vec!["north", "widget", "10", "2.50"]);
    assert_eq!(rows[5], vec!["east", "gizmo", "2", "25.00"]);

    // header = lines[0].split(',')
    // records = [dict(zip(header, row)) for row in rows]
    let header: Vec<&str> = lines[0].split(',').collect();
    let records = comp![{*h: *v for (h, v) in header.iter().zip(row)} for row in &rows];
    assert_eq!(records.len(), 6);
    assert_eq!(records[2]["region"], "north");
    assert_eq!(records[2]["product"], "gadget");
    assert_eq!(records[4]["qty"], "0");

    // regions = {r['region'] for r in records}
    let regions = comp!({r["region"] for r in &records});
    assert_eq!(regions, HashSet::from(["north", "south", "east"]));

    // nonzero = [r for r in records if int(r['qty']) > 0]
    let nonzero = comp![r for r in &records if r["qty"].parse::<i32>().unwrap() > 0];
    assert_eq!(nonzero.len(), 5);

    // revenue = [(r['product'], int(r['qty']) * float(r['price'])) for r in records]
    let revenue = comp![(r["product"], r["qty"].parse::<i32>().unwrap() as f64 * r["price"].parse::<f64>().unwrap()) for r in &records];
    assert_eq!(revenue[0], ("widget", 25.0));
    assert_eq!(revenue[5], ("gizmo", 50.0));
}

#[test]
fn csv_group_by_product() {
    let (header, rows) = csv_rows(SALES_CSV);
    let qi = header.iter().position(|h| *h == "qty").unwrap();
    // qty_by_product = {p: sum(int(r[qi]) for r in rows if r[1] == p)
    //                   for p in {r[1] for r in rows}}
    let qty_by_product = comp!({p: (r[qi].parse::<i32>().unwrap() for r in &rows if r[1] == p).sum::<i32>() for p in {r[1] for r in &rows}});
    let mut expected = HashMap::new();
    for r in &rows {
        *expected.entry(r[1]).or_insert(0) += r[qi].parse::<i32>().unwrap();
    }
    assert_eq!(qty_by_product, expected);
    assert_eq!(qty_by_product["widget"], 17);

    // cols = {h: [row[i] for row in rows] for i, h in enumerate(header)}
    let cols = comp!({*h: [row[i] for row in &rows] for (i, h) in header.iter().enumerate()});
    assert_eq!(
        cols["region"],
        vec!["north", "south", "north", "east", "south", "east"]
    );
    assert_eq!(cols["price"][5], "25.00");

    // region_revenue = {reg: round(sum(float(r[3]) * int(r[2]) for r in rows if r[0] == reg), 2)
    //                   for reg in cols['region']}
    let region_revenue = comp!({*reg: (r[3].parse::<f64>().unwrap() * r[2].parse::<f64>().unwrap() for r in &rows if r[0] == *reg).sum::<f64>() for reg in &cols["region"]});
    assert_eq!(region_revenue["north"], 75.0);
    assert_eq!(region_revenue["south"], 30.0);
    assert_eq!(region_revenue["east"], 67.5);
}

fn parse_qtys(rows: &[Vec<&str>]) -> Result<Vec<i32>, ParseIntError> {
    // return [int(r[2]) for r in rows]
    comp![r[2].parse::<i32>()? for r in rows]
}

#[test]
fn csv_numeric_columns_fail_as_a_whole() {
    let (_, rows) = csv_rows(SALES_CSV);
    assert_eq!(parse_qtys(&rows).unwrap(), vec![10, 3, 5, 7, 0, 2]);
    let bad = vec![vec!["x", "y", "3"], vec!["x", "y", "three"]];
    assert!(parse_qtys(&bad).is_err());

    // prices = [float(r[3]) for r in rows]   -- via a generator, one bad row
    let raw = ["1.5", "2", "oops", "4"];
    let parsed: Vec<_> = comp!((s.parse::<f64>()? for s in raw)).collect();
    assert_eq!(parsed.len(), 3);
    assert_eq!(parsed[0], Ok(1.5));
    assert_eq!(parsed[1], Ok(2.0));
    assert!(parsed[2].is_err());
}

const TSV: &str = "id\tname\t tags \n1\t alice \tadmin,dev\n\n2\tbob\t\n3\t carol\tdev\n   \n";

#[test]
fn tsv_cleaning() {
    // clean = [[f.strip() for f in line.split('\t')] for line in tsv.splitlines() if line.strip()]
    let clean = comp![[f.trim() for f in line.split('\t')] for line in TSV.lines() if !line.trim().is_empty()];
    assert_eq!(clean.len(), 4);
    assert_eq!(clean[0], vec!["id", "name", "tags"]);
    assert_eq!(clean[1], vec!["1", "alice", "admin,dev"]);
    assert_eq!(clean[2], vec!["2", "bob", ""]);

    // tags = {row[0]: [t for t in row[2].split(',') if t] for row in clean[1:]}
    let tags =
        comp!({row[0]: [t for t in row[2].split(',') if !t.is_empty()] for row in &clean[1..]});
    assert_eq!(tags["1"], vec!["admin", "dev"]);
    assert!(tags["2"].is_empty());
    assert_eq!(tags["3"], vec!["dev"]);

    // all_tags = {t for row in clean[1:] for t in row[2].split(',') if t}
    let all_tags = comp!({t for row in &clean[1..] for t in row[2].split(',') if !t.is_empty()});
    assert_eq!(all_tags, HashSet::from(["admin", "dev"]));

    // empties = [row[1] for row in clean[1:] if not row[2]]
    let empties = comp![row[1] for row in &clean[1..] if row[2].is_empty()];
    assert_eq!(empties, vec!["bob"]);
}

#[test]
fn csv_duplicates_and_counts() {
    let ids = ["a7", "b2", "a7", "c9", "b2", "a7", "d1"];
    // counts = {x: ids.count(x) for x in set(ids)}
    let counts = comp!({x: ids.iter().filter(|&&y| y == x).count() for x in ids.iter().copied().collect::<HashSet<_>>()});
    assert_eq!(counts["a7"], 3);
    assert_eq!(counts["d1"], 1);
    // dups = sorted(x for x, c in counts.items() if c > 1)
    let mut dups = comp![*x for (x, c) in &counts if *c > 1];
    dups.sort();
    assert_eq!(dups, vec!["a7", "b2"]);
    // first_index = {x: i for i, x in reversed(list(enumerate(ids)))}
    let first_index = comp!({x: i for (i, x) in ids.iter().enumerate().rev()});
    assert_eq!(first_index[&"a7"], 0);
    assert_eq!(first_index[&"b2"], 1);
    assert_eq!(first_index[&"d1"], 6);
    // unique_in_order = [x for i, x in enumerate(ids) if x not in ids[:i]]
    let unique_in_order = comp![*x for (i, x) in ids.iter().enumerate() if !ids[..i].contains(x)];
    assert_eq!(unique_in_order, vec!["a7", "b2", "c9", "d1"]);
}

#[test]
fn csv_quoted_fields_split_once() {
    let lines = [
        "name=\"Ada Lovelace\";age=36",
        "name=\"Alan Turing\";age=41",
        "broken",
    ];
    // people = [dict(kv.split('=', 1) for kv in line.split(';')) for line in lines if '=' in line]
    let people = comp![{k: v.trim_matches('"') for kv in line.split(';') if let Some((k, v)) = kv.split_once('=')} for line in lines if line.contains('=')];
    assert_eq!(people.len(), 2);
    assert_eq!(people[0]["name"], "Ada Lovelace");
    assert_eq!(people[1]["age"], "41");
    // ages = [int(p['age']) for p in people]
    let ages = comp![p["age"].parse::<u32>().unwrap() for p in &people];
    assert_eq!(ages, vec![36, 41]);
}

// ---------------------------------------------------------------------------
// Log files
// ---------------------------------------------------------------------------

const ACCESS_LOG: &str = r#"10.0.0.1 - - "GET /index.html HTTP/1.1" 200 512
10.0.0.2 - - "GET /api/users HTTP/1.1" 500 0
10.0.0.1 - - "POST /api/login HTTP/1.1" 302 128
10.0.0.3 - - "GET /static/app.js HTTP/1.1" 200 20480
10.0.0.2 - - "GET /api/users HTTP/1.1" 200 1024
malformed line
10.0.0.4 - - "DELETE /api/users/7 HTTP/1.1" 404 64"#;

#[derive(Debug, Clone, PartialEq)]
struct Hit<'a> {
    ip: &'a str,
    method: &'a str,
    path: &'a str,
    status: u16,
    size: u64,
}

fn parse_hit(line: &str) -> Option<Hit<'_>> {
    let (ip, rest) = line.split_once(' ')?;
    let (_, req_and_tail) = rest.split_once('"')?;
    let (req, tail) = req_and_tail.split_once('"')?;
    let mut req = req.split(' ');
    let method = req.next()?;
    let path = req.next()?;
    let mut tail = tail.split_whitespace();
    let status = tail.next()?.parse().ok()?;
    let size = tail.next()?.parse().ok()?;
    Some(Hit {
        ip,
        method,
        path,
        status,
        size,
    })
}

fn hits() -> Vec<Hit<'static>> {
    ACCESS_LOG.lines().filter_map(parse_hit).collect()
}

#[test]
fn access_log_parsing() {
    // entries = [e for line in log.splitlines() if (e := parse(line))]
    let entries = comp![e for line in ACCESS_LOG.lines() if let Some(e) = parse_hit(line)];
    assert_eq!(entries.len(), 6);
    assert_eq!(entries[5].method, "DELETE");

    // walrus spelling of the same
    let entries2 =
        comp![e.unwrap() for line in ACCESS_LOG.lines() if (e := parse_hit(line)).is_some()];
    assert_eq!(entries2, entries);

    // bad = [i for i, line in enumerate(log.splitlines(), 1) if parse(line) is None]
    let bad =
        comp![i + 1 for (i, line) in ACCESS_LOG.lines().enumerate() if parse_hit(line).is_none()];
    assert_eq!(bad, vec![6]);

    // errors = [e['path'] for e in entries if e['status'] >= 500]
    let errors = comp![e.path for e in &entries if e.status >= 500];
    assert_eq!(errors, vec!["/api/users"]);

    // ips = {e['ip'] for e in entries}
    let ips = comp!({e.ip for e in &entries});
    assert_eq!(ips.len(), 4);

    // client_errors = sorted({e['path'] for e in entries if 400 <= e['status'] < 500})
    let mut client_errors: Vec<_> = comp!({e.path for e in &entries if 400 <= e.status < 500})
        .into_iter()
        .collect();
    client_errors.sort();
    assert_eq!(client_errors, vec!["/api/users/7"]);
}

#[test]
fn access_log_aggregates() {
    let entries = hits();
    // status_counts = {s: sum(1 for e in entries if e.status == s) for s in {e.status for e in entries}}
    let status_counts = comp!({s: (1 for e in &entries if e.status == s).sum::<u32>() for s in {e.status for e in &entries}});
    assert_eq!(status_counts[&200], 3);
    assert_eq!(status_counts[&500], 1);
    assert_eq!(status_counts.len(), 4);

    // bytes_by_ip = {ip: sum(e.size for e in entries if e.ip == ip) for ip in ips}
    let ips: HashSet<&str> = entries.iter().map(|e| e.ip).collect();
    let bytes_by_ip =
        comp!({ip: (e.size for e in &entries if e.ip == *ip).sum::<u64>() for ip in &ips});
    assert_eq!(bytes_by_ip[&"10.0.0.3"], 20480);
    assert_eq!(bytes_by_ip[&"10.0.0.2"], 1024);

    // top = sorted(bytes_by_ip.items(), key=lambda kv: kv[1], reverse=True)[:2]
    let mut top = comp![(**ip, *n) for (ip, n) in &bytes_by_ip];
    top.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    top.truncate(2);
    assert_eq!(top, vec![("10.0.0.3", 20480), ("10.0.0.2", 1024)]);

    // api_share = {m: sum(1 for e in entries if e.method == m and e.path.startswith('/api')) for m in ('GET', 'POST')}
    let api_share = comp!({m: entries.iter().filter(|e| e.method == m && e.path.starts_with("/api")).count() for m in ["GET", "POST", "DELETE"]});
    assert_eq!(api_share["GET"], 2);
    assert_eq!(api_share["POST"], 1);
    assert_eq!(api_share["DELETE"], 1);

    // error_rate = {ip: round(100 * sum(e.status >= 400 for e in es) / len(es)) for ip in ips if (es := [e for e in entries if e.ip == ip])}
    let error_rate = comp!({*ip: 100 * (1 for e in &es if e.status >= 400).count() / es.len() for ip in &ips if !(es := comp![e for e in &entries if e.ip == *ip]).is_empty()});
    assert_eq!(error_rate["10.0.0.2"], 50);
    assert_eq!(error_rate["10.0.0.1"], 0);
    assert_eq!(error_rate["10.0.0.4"], 100);
}

const SYSLOG: &str = "2024-01-02 12:00:01 INFO  app started
2024-01-02 12:00:05 WARN  disk at 85%
2024-01-02 12:01:10 ERROR db timeout after 30s
2024-01-02 12:01:11 INFO  retrying
2024-01-02 12:02:00 ERROR db timeout after 30s
2024-01-02 12:03:30 DEBUG cache hit ratio 0.93";

#[test]
fn syslog_levels_and_times() {
    let lines: Vec<&str> = SYSLOG.lines().collect();
    // levels = [line.split()[2] for line in lines]
    let levels = comp![line.split_whitespace().nth(2).unwrap() for line in &lines];
    assert_eq!(
        levels,
        vec!["INFO", "WARN", "ERROR", "INFO", "ERROR", "DEBUG"]
    );

    // by_level = {lvl: [l.split(None, 3)[3] for l in lines if f" {lvl} " in l] for lvl in ("ERROR", "WARN")}
    let by_level = comp!({lvl: [l.splitn(4, char::is_whitespace).last().unwrap().trim() for l in &lines if l.contains(&format!(" {lvl} "))] for lvl in ["ERROR", "WARN"]});
    assert_eq!(
        by_level["ERROR"],
        vec!["db timeout after 30s", "db timeout after 30s"]
    );
    assert_eq!(by_level["WARN"], vec!["disk at 85%"]);

    // secs = [int(h) * 3600 + int(m) * 60 + int(s) for h, m, s in (l.split()[1].split(':') for l in lines)]
    let secs = comp![h * 3600 + m * 60 + s for l in &lines if let [h, m, s] = l.split_whitespace().nth(1).unwrap().split(':').map(|p| p.parse::<u32>().unwrap()).collect::<Vec<_>>()[..]];
    assert_eq!(secs[0], 12 * 3600 + 1);
    assert_eq!(secs[5], 12 * 3600 + 3 * 60 + 30);

    // gaps = [b - a for a, b in zip(secs, secs[1:]) if b - a > 30]
    let gaps = comp![b - a for (a, b) in secs.iter().zip(&secs[1..]) if b - a > 30];
    assert_eq!(gaps, vec![65, 49, 90]);

    // messages = {l.split(None, 3)[3] for l in lines if 'ERROR' in l}
    let messages =
        comp!({l.splitn(4, ' ').last().unwrap().trim() for l in &lines if l.contains("ERROR")});
    assert_eq!(messages.len(), 1);

    // numbers = [float(tok.rstrip('%s')) for l in lines for tok in l.split()[3:] if tok.rstrip('%s').replace('.', '', 1).isdigit()]
    let numbers = comp![t.parse::<f64>().unwrap() for l in &lines for tok in l.split_whitespace().skip(3) let t = tok.trim_end_matches(['%', 's']) if !t.is_empty() && t.replacen('.', "", 1).chars().all(|c| c.is_ascii_digit())];
    assert_eq!(numbers, vec![85.0, 30.0, 30.0, 0.93]);
}

// ---------------------------------------------------------------------------
// Config / INI / env
// ---------------------------------------------------------------------------

const INI: &str = "
; global settings
[server]
host = 0.0.0.0
port = 8080
debug = yes

[database]
url = postgres://db/app
pool = 5
timeout=30
";

#[test]
fn ini_parsing() {
    // conf = {k.strip(): v.strip() for k, v in (l.split('=', 1) for l in ini.splitlines() if '=' in l and not l.startswith(';'))}
    let conf = comp!({k.trim(): v.trim() for l in INI.lines() if l.contains('=') && !l.starts_with(';') if let Some((k, v)) = l.split_once('=')});
    assert_eq!(conf.len(), 6);
    assert_eq!(conf["port"], "8080");
    assert_eq!(conf["url"], "postgres://db/app");
    assert_eq!(conf["timeout"], "30");

    // sections = [l.strip('[]') for l in ini.splitlines() if l.startswith('[')]
    let sections =
        comp![l.trim_matches(|c| c == '[' || c == ']') for l in INI.lines() if l.starts_with('[')];
    assert_eq!(sections, vec!["server", "database"]);

    // nested: {section: {k: v}} with section lookups by line index
    let lines: Vec<&str> = INI.lines().collect();
    let starts = comp![(i, l.trim_matches(&['[', ']'][..])) for (i, l) in lines.iter().enumerate() if l.starts_with('[')];
    // nested = {name: {k.strip(): v.strip() for l in lines[s + 1:e] if '=' in l for k, v in [l.split('=', 1)]}
    //           for (s, name), e in zip(starts, [s for s, _ in starts[1:]] + [len(lines)])}
    let ends = comp![*s for (s, _) in &starts[1..]]
        .into_iter()
        .chain([lines.len()]);
    let nested = comp!({*name: {k.trim(): v.trim() for l in &lines[s + 1..e] if let Some((k, v)) = l.split_once('=')} for ((s, name), e) in starts.iter().zip(ends)});
    assert_eq!(nested["server"].len(), 3);
    assert_eq!(nested["database"]["pool"], "5");
    assert!(!nested["server"].contains_key("pool"));

    // ints = {k: int(v) for k, v in conf.items() if v.isdigit()}
    let ints = comp!({*k: v.parse::<u32>().unwrap() for (k, v) in &conf if v.chars().all(|c| c.is_ascii_digit())});
    let mut expected = HashMap::new();
    expected.insert("port", 8080);
    expected.insert("pool", 5);
    expected.insert("timeout", 30);
    assert_eq!(ints, expected);
}

const PREFIX: &str = "APP_";

fn fake_env() -> Vec<(String, String)> {
    [
        ("APP_DEBUG", "true"),
        ("APP_WORKERS", "4"),
        ("HOME", "/root"),
        ("APP_NAME", "billing"),
        ("APP_VERBOSE", "0"),
        ("PATH", "/usr/bin:/bin"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

#[derive(Debug, PartialEq)]
enum ConfigError {
    BadInt(String, ParseIntError),
    Missing(&'static str),
}

#[test]
fn env_handling() {
    let env = fake_env();
    // settings = {k[len(PREFIX):].lower(): v for k, v in os.environ.items() if k.startswith(PREFIX)}
    let settings = comp!({name.to_lowercase(): v.clone() for (k, v) in &env if let Some(name) = k.strip_prefix(PREFIX)});
    assert_eq!(settings.len(), 4);
    assert_eq!(settings["workers"], "4");
    assert_eq!(settings["name"], "billing");

    // flags = {k: v.lower() in ('1', 'true', 'yes') for k, v in settings.items()}
    let flags = comp!({k.as_str(): ["1", "true", "yes"].contains(&v.to_lowercase().as_str()) for (k, v) in &settings});
    assert!(flags["debug"]);
    assert!(!flags["verbose"]);
    assert!(!flags["name"]);

    // path = [p for p in env['PATH'].split(':') if p]
    let path_var = &env.iter().find(|(k, _)| k == "PATH").unwrap().1;
    let path = comp![p for p in path_var.split(':') if !p.is_empty()];
    assert_eq!(path, vec!["/usr/bin", "/bin"]);

    // stripped = {name.lower(): v for k, v in env if (name := k.removeprefix(PREFIX)) != k}
    let stripped = comp!({name.unwrap().to_lowercase(): v for (k, v) in &env if (name := k.strip_prefix(PREFIX)).is_some()});
    assert_eq!(stripped.len(), 4);
    assert_eq!(stripped["debug"], "true");
}

fn int_settings(
    env: &[(String, String)],
    keys: &[&str],
) -> Result<HashMap<String, i64>, ConfigError> {
    // return {k: int(v) for k, v in env if k in INT_KEYS}
    comp!({k.clone(): v.parse::<i64>().map_err(|e| ConfigError::BadInt(k.clone(), e))? for (k, v) in env if keys.contains(&k.as_str())})
}

fn required(env: &[(String, String)], keys: &[&'static str]) -> Result<Vec<String>, ConfigError> {
    // return [lookup[k] for k in REQUIRED]   # KeyError on a missing one
    comp![env.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).ok_or(ConfigError::Missing(k))? for &k in keys]
}

#[test]
fn env_typed_with_errors() {
    let mut env = fake_env();
    let ok = int_settings(&env, &["APP_WORKERS", "APP_VERBOSE"]).unwrap();
    assert_eq!(ok["APP_WORKERS"], 4);
    assert_eq!(ok["APP_VERBOSE"], 0);
    env.push(("APP_PORT".into(), "80x".into()));
    let err = int_settings(&env, &["APP_WORKERS", "APP_PORT"]).unwrap_err();
    assert!(matches!(err, ConfigError::BadInt(ref k, _) if k == "APP_PORT"));

    assert_eq!(
        required(&env, &["HOME", "APP_NAME"]).unwrap(),
        vec!["/root", "billing"]
    );
    assert_eq!(
        required(&env, &["HOME", "APP_SECRET"]),
        Err(ConfigError::Missing("APP_SECRET"))
    );
}

// ---------------------------------------------------------------------------
// Inventory and orders
// ---------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Order {
    id: u32,
    customer: &'static str,
    items: Vec<(&'static str, u32, f64)>, // sku, qty, unit price
    shipped: bool,
}

fn orders() -> Vec<Order> {
    vec![
        Order {
            id: 1,
            customer: "acme",
            items: vec![("bolt", 100, 0.25), ("nut", 100, 0.10)],
            shipped: true,
        },
        Order {
            id: 2,
            customer: "globex",
            items: vec![("gear", 4, 12.5)],
            shipped: false,
        },
        Order {
            id: 3,
            customer: "acme",
            items: vec![("gear", 2, 12.5), ("bolt", 50, 0.25)],
            shipped: false,
        },
        Order {
            id: 4,
            customer: "initech",
            items: vec![("nut", 10, 0.10), ("washer", 200, 0.05), ("bolt", 10, 0.25)],
            shipped: true,
        },
        Order {
            id: 5,
            customer: "globex",
            items: vec![],
            shipped: false,
        },
    ]
}

#[test]
fn order_totals_and_filters() {
    let orders = orders();
    // totals = {o.id: sum(q * p for _, q, p in o.items) for o in orders}
    let totals =
        comp!({o.id: (q as f64 * p for &(_, q, p) in &o.items).sum::<f64>() for o in &orders});
    assert_eq!(totals[&1], 35.0);
    assert_eq!(totals[&2], 50.0);
    assert_eq!(totals[&3], 37.5);
    assert_eq!(totals[&4], 13.5);
    assert_eq!(totals[&5], 0.0);

    // big = [o.id for o in orders if totals[o.id] > 30]
    let big = comp![o.id for o in &orders if totals[&o.id] > 30.0];
    assert_eq!(big, vec![1, 2, 3]);

    // pending = [(o.id, o.customer) for o in orders if not o.shipped and o.items]
    let pending = comp![(o.id, o.customer) for o in &orders if !o.shipped && !o.items.is_empty()];
    assert_eq!(pending, vec![(2, "globex"), (3, "acme")]);

    // by_customer = {c: [o.id for o in orders if o.customer == c] for c in {o.customer for o in orders}}
    let by_customer = comp!({c: [o.id for o in &orders if o.customer == c] for c in {o.customer for o in &orders}});
    assert_eq!(by_customer["acme"], vec![1, 3]);
    assert_eq!(by_customer["globex"], vec![2, 5]);
    assert_eq!(by_customer["initech"], vec![4]);

    // spend = {c: sum(totals[i] for i in ids) for c, ids in by_customer.items()}
    let spend = comp!({*c: (totals[i] for i in ids).sum::<f64>() for (c, ids) in &by_customer});
    assert_eq!(spend["acme"], 72.5);
    assert_eq!(spend["globex"], 50.0);

    // label = ["big" if t > 30 else "small" if t > 0 else "empty" for t in (totals[o.id] for o in orders)]
    let label = comp!["big" if t > 30.0 else "small" if t > 0.0 else "empty" for o in &orders let t = totals[&o.id]];
    assert_eq!(label, vec!["big", "big", "big", "small", "empty"]);
}

#[test]
fn sku_report_top_n() {
    let orders = orders();
    // skus = {s for o in orders for s, _, _ in o.items}
    let skus = comp!({s for o in &orders for &(s, _, _) in &o.items});
    assert_eq!(skus.len(), 4);
    // sku_qty = {sku: sum(q for o in orders for s, q, _ in o.items if s == sku) for sku in skus}
    let sku_qty = comp!({sku: (q for o in &orders for &(s, q, _) in &o.items if s == *sku).sum::<u32>() for sku in &skus});
    let mut expected: HashMap<&str, u32> = HashMap::new();
    for o in &orders {
        for &(s, q, _) in &o.items {
            *expected.entry(s).or_default() += q;
        }
    }
    assert_eq!(comp!({**k: *v for (k, v) in &sku_qty}), expected);

    // top3 = sorted(sku_qty.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    let mut ranked = comp![(**k, *v) for (k, v) in &sku_qty];
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let top3 = comp![name for (name, _) in ranked.iter().take(3)];
    assert_eq!(top3, vec![&"washer", &"bolt", &"nut"]);

    // customers_per_sku = {s: sorted({o.customer for o in orders for t, _, _ in o.items if t == s}) for s in skus}
    let customers_per_sku = comp!({*s: {o.customer for o in &orders for &(t, _, _) in &o.items if t == *s}.into_iter().collect::<BTreeSet<_>>().into_iter().collect::<Vec<_>>() for s in &skus});
    assert_eq!(customers_per_sku["bolt"], vec!["acme", "initech"]);
    assert_eq!(customers_per_sku["gear"], vec!["acme", "globex"]);
}

#[test]
fn stock_and_reorder() {
    let stock = HashMap::from([("bolt", 40), ("nut", 500), ("gear", 1), ("washer", 0)]);
    let reorder = HashMap::from([("bolt", 100), ("nut", 100), ("gear", 5), ("washer", 50)]);
    // low = sorted(sku for sku, n in stock.items() if n < reorder[sku])
    let mut low = comp![*sku for (sku, n) in &stock if *n < reorder[sku]];
    low.sort();
    assert_eq!(low, vec!["bolt", "gear", "washer"]);
    // restock = {sku: reorder[sku] * 2 - n for sku, n in stock.items() if n < reorder[sku]}
    let restock = comp!({*sku: reorder[sku] * 2 - n for (sku, n) in &stock if *n < reorder[sku]});
    assert_eq!(
        restock,
        HashMap::from([("bolt", 160), ("gear", 9), ("washer", 100)])
    );
    // value = sum(stock[s] * price[s] for s in stock)
    let price = HashMap::from([
        ("bolt", 0.25),
        ("nut", 0.10),
        ("gear", 12.5),
        ("washer", 0.05),
    ]);
    let value: f64 = comp!((stock[s] as f64 * price[s] for s in stock.keys())).sum();
    assert!((value - (10.0 + 50.0 + 12.5)).abs() < 1e-9);
    // status = {s: "out" if n == 0 else "low" if n < reorder[s] else "ok" for s, n in stock.items()}
    let status =
        comp!({*s: "out" if *n == 0 else "low" if *n < reorder[s] else "ok" for (s, n) in &stock});
    assert_eq!(status["washer"], "out");
    assert_eq!(status["gear"], "low");
    assert_eq!(status["nut"], "ok");
    // after = {s: stock[s] - shipped.get(s, 0) for s in stock}
    let shipped = HashMap::from([("bolt", 30), ("nut", 110)]);
    let after = comp!({*s: stock[s] - shipped.get(s).copied().unwrap_or(0) for s in stock.keys()});
    assert_eq!(after["bolt"], 10);
    assert_eq!(after["nut"], 390);
    assert_eq!(after["gear"], 1);
}

// ---------------------------------------------------------------------------
// Graphs
// ---------------------------------------------------------------------------

const EDGES: [(&str, &str); 7] = [
    ("a", "b"),
    ("a", "c"),
    ("b", "d"),
    ("c", "d"),
    ("d", "e"),
    ("f", "e"),
    ("e", "g"),
];

fn adjacency() -> HashMap<&'static str, Vec<&'static str>> {
    let mut adj: HashMap<&str, Vec<&str>> = HashMap::new();
    for (u, v) in EDGES {
        adj.entry(u).or_default().push(v);
        adj.entry(v).or_default();
    }
    adj
}

#[test]
fn graph_adjacency_and_degrees() {
    // nodes = {n for e in edges for n in e}
    let nodes = comp!({n for (u, v) in EDGES for n in [u, v]});
    assert_eq!(nodes.len(), 7);

    // adj = {n: [v for u, v in edges if u == n] for n in nodes}
    let adj = comp!({n: [v for (u, v) in EDGES if u == *n] for n in &nodes});
    assert_eq!(adj[&"a"], vec!["b", "c"]);
    assert!(adj[&"g"].is_empty());

    // indeg = {n: sum(1 for _, v in edges if v == n) for n in nodes}
    let indeg = comp!({*n: (1 for (_, v) in EDGES if v == *n).sum::<usize>() for n in &nodes});
    let mut expected = HashMap::new();
    for n in &nodes {
        expected.insert(*n, 0usize);
    }
    for (_, v) in EDGES {
        *expected.get_mut(v).unwrap() += 1;
    }
    assert_eq!(indeg, expected);

    // sources = sorted(n for n, d in indeg.items() if d == 0)
    let mut sources = comp![*n for (n, d) in &indeg if *d == 0];
    sources.sort();
    assert_eq!(sources, vec!["a", "f"]);

    // radj = {n: [u for u, v in edges if v == n] for n in nodes}
    let radj = comp!({*n: [u for (u, v) in EDGES if v == *n] for n in &nodes});
    assert_eq!(radj["d"], vec!["b", "c"]);
    assert_eq!(radj["e"], vec!["d", "f"]);

    // leaves = sorted(n for n in nodes if not adj[n])
    let mut leaves = comp![*n for n in &nodes if adj[n].is_empty()];
    leaves.sort();
    assert_eq!(leaves, vec!["g"]);

    // deg = {n: len(adj[n]) + len(radj[n]) for n in nodes}
    let deg = comp!({*n: adj[n].len() + radj[n].len() for n in &nodes});
    assert_eq!(deg["d"], 3);
    assert_eq!(deg["e"], 3);
    assert_eq!(deg["g"], 1);
}

fn bfs_layers(
    adj: &HashMap<&'static str, Vec<&'static str>>,
    start: &'static str,
) -> Vec<HashSet<&'static str>> {
    let mut frontier = HashSet::from([start]);
    let mut seen = frontier.clone();
    let mut layers = vec![];
    while !frontier.is_empty() {
        layers.push(frontier.clone());
        // frontier = {v for u in frontier for v in adj[u] if v not in seen}
        frontier = comp!({*v for u in &frontier for v in &adj[u] if !seen.contains(v)});
        seen.extend(&frontier);
    }
    layers
}

fn reachable(
    adj: &HashMap<&'static str, Vec<&'static str>>,
    start: &'static str,
) -> HashSet<&'static str> {
    bfs_layers(adj, start).into_iter().flatten().collect()
}

#[test]
fn graph_bfs_and_closure() {
    let adj = adjacency();
    let layers = bfs_layers(&adj, "a");
    assert_eq!(layers.len(), 5);
    assert_eq!(layers[1], HashSet::from(["b", "c"]));
    assert_eq!(layers[2], HashSet::from(["d"]));
    assert_eq!(layers[4], HashSet::from(["g"]));

    // dist = {n: i for i, layer in enumerate(layers) for n in layer}
    let dist = comp!({*n: i for (i, layer) in layers.iter().enumerate() for n in layer});
    assert_eq!(dist["e"], 3);
    assert!(!dist.contains_key("f"));

    // reach = {n: reachable(n) for n in adj}
    let reach = comp!({*n: reachable(&adj, n) for n in adj.keys()});
    assert_eq!(reach["f"], HashSet::from(["f", "e", "g"]));

    // closure = {(u, v) for u in adj for v in reach[u] if u != v}
    let closure = comp!({(*u, *v) for u in adj.keys() for v in &reach[u] if u != v});
    let mut expected = HashSet::new();
    for (u, r) in &reach {
        for v in r {
            if u != v {
                expected.insert((*u, *v));
            }
        }
    }
    assert_eq!(closure, expected);
    assert!(closure.contains(&("a", "g")));
    assert!(!closure.contains(&("g", "a")));

    // unreachable_from_a = sorted(n for n in adj if n not in reach['a'])
    let mut unreachable = comp![*n for n in adj.keys() if !reach["a"].contains(n)];
    unreachable.sort();
    assert_eq!(unreachable, vec!["f"]);
}

#[test]
fn graph_topo_sort_kahn() {
    let adj = adjacency();
    let mut indeg: HashMap<&str, usize> = comp!({*n: 0 for n in adj.keys()});
    for vs in adj.values() {
        for v in vs {
            *indeg.get_mut(v).unwrap() += 1;
        }
    }
    let mut order = vec![];
    // ready = sorted(n for n, d in indeg.items() if d == 0)
    let mut ready = comp![*n for (n, d) in &indeg if *d == 0];
    while !ready.is_empty() {
        ready.sort();
        let n = ready.remove(0);
        order.push(n);
        for v in &adj[n] {
            let d = indeg.get_mut(v).unwrap();
            *d -= 1;
            if *d == 0 {
                ready.push(v);
            }
        }
    }
    assert_eq!(order, vec!["a", "b", "c", "d", "f", "e", "g"]);
    // pos = {n: i for i, n in enumerate(order)}
    let pos = comp!({n: i for (i, n) in order.iter().enumerate()});
    // assert all(pos[u] < pos[v] for u, v in edges)
    assert!(comp!((pos[&u] < pos[&v] for (u, v) in EDGES)).all(|b| b));
}

#[test]
fn graph_weighted_relax() {
    let wedges = [
        ("s", "a", 4),
        ("s", "b", 1),
        ("b", "a", 2),
        ("a", "t", 5),
        ("b", "t", 8),
    ];
    // weighted = {(u, v): w for u, v, w in wedges}
    let weighted = comp!({(u, v): w for (u, v, w) in wedges});
    assert_eq!(weighted[&("b", "a")], 2);
    // Bellman-Ford rounds:
    // cand = {v: min(dist[u] + w for (u, x), w in weighted.items() if x == v and u in dist) for v in nodes if any(x == v and u in dist for (u, x) in weighted)}
    let nodes = ["s", "a", "b", "t"];
    let mut dist: HashMap<&str, i32> = HashMap::from([("s", 0)]);
    for _ in 0..3 {
        let cand = comp!({v: (dist[u] + w for ((u, x), w) in &weighted if *x == v && dist.contains_key(u)).min().unwrap() for v in nodes if weighted.keys().any(|(u, x)| *x == v && dist.contains_key(u))});
        for (v, d) in cand {
            let e = dist.entry(v).or_insert(i32::MAX);
            *e = (*e).min(d);
        }
    }
    assert_eq!(
        dist,
        HashMap::from([("s", 0), ("b", 1), ("a", 3), ("t", 8)])
    );

    // heaviest = max(weighted, key=weighted.get)
    let heaviest = comp![(w, k) for (k, w) in &weighted]
        .into_iter()
        .max()
        .unwrap()
        .1;
    assert_eq!(*heaviest, ("b", "t"));
}

#[test]
fn graph_components_undirected() {
    let pairs = [(1, 2), (2, 3), (4, 5), (6, 6), (7, 5)];
    // nbrs = {n: {b for a, b in pairs if a == n} | {a for a, b in pairs if b == n} for n in {x for p in pairs for x in p}}
    let nbrs = comp!({n: &{b for (a, b) in pairs if a == n} | &{a for (a, b) in pairs if b == n} for n in {x for (a, b) in pairs for x in [a, b]}});
    assert_eq!(nbrs[&2], HashSet::from([1, 3]));
    assert_eq!(nbrs[&5], HashSet::from([4, 7]));
    assert_eq!(nbrs[&6], HashSet::from([6]));
    // label propagation: comp = {n: min(nbrs[n] | {n}) for n in nbrs}, repeated
    let mut label = comp!({*n: *n for n in nbrs.keys()});
    for _ in 0..4 {
        label = comp!({*n: nbrs[n].iter().map(|m| label[m]).chain([label[n]]).min().unwrap() for n in nbrs.keys()});
    }
    // components = {l: sorted(n for n in label if label[n] == l) for l in set(label.values())}
    let comps = comp!({*l: { let mut v = comp![*n for (n, m) in &label if m == l]; v.sort(); v } for l in label.values()});
    assert_eq!(comps.len(), 3);
    assert_eq!(comps[&1], vec![1, 2, 3]);
    assert_eq!(comps[&4], vec![4, 5, 7]);
    assert_eq!(comps[&6], vec![6]);
}

// ---------------------------------------------------------------------------
// Text utilities
// ---------------------------------------------------------------------------

const TEXT: &str = "Listen, silent night: the enlist tinsel was a stone; notes on tones.
Evil lives in a vile veil, said the level-headed racecar driver at noon.";

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn sorted_chars(w: &str) -> String {
    let mut cs: Vec<char> = w.chars().collect();
    cs.sort();
    cs.into_iter().collect()
}

#[test]
fn text_word_frequencies() {
    // words = [w for w in re.split(r'[^a-z]+', text.lower()) if w]
    let ws = comp![w.to_string() for w in TEXT.to_lowercase().split(|c: char| !c.is_ascii_alphabetic()) if !w.is_empty()];
    assert_eq!(ws, words(TEXT));
    assert_eq!(ws.len(), 26);

    // freq = {w: words.count(w) for w in set(words)}
    let freq = comp!({w.as_str(): ws.iter().filter(|x| *x == w).count() for w in ws.iter().collect::<HashSet<_>>()});
    let mut expected: HashMap<&str, usize> = HashMap::new();
    for w in &ws {
        *expected.entry(w).or_default() += 1;
    }
    assert_eq!(freq, expected);
    assert_eq!(freq["the"], 2);

    // top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    let mut top = comp![(*w, *n) for (w, n) in &freq];
    top.sort_by_key(|&(w, n)| (std::cmp::Reverse(n), w));
    assert_eq!(&top[..3], &[("a", 2), ("the", 2), ("at", 1)]);

    // long_words = {w for w in words if len(w) > 5}
    let long_words = comp!({w.as_str() for w in &ws if w.len() > 5});
    assert_eq!(
        long_words,
        HashSet::from(["listen", "silent", "enlist", "tinsel", "headed", "racecar", "driver"])
    );

    // lengths = {n: sorted({w for w in words if len(w) == n}) for n in {len(w) for w in words}}
    let by_len =
        comp!({n: {w.as_str() for w in &ws if w.len() == n} for n in {w.len() for w in &ws}});
    assert_eq!(
        by_len[&5],
        HashSet::from(["night", "stone", "notes", "tones", "lives", "level"])
    );
    assert!(by_len[&1].contains("a"));
}

#[test]
fn text_anagram_groups() {
    let ws = words(TEXT);
    // keys = {''.join(sorted(w)) for w in words}
    let keys = comp!({sorted_chars(w) for w in &ws});
    // groups = {k: sorted({w for w in words if ''.join(sorted(w)) == k}) for k in keys}
    let groups =
        comp!({k.clone(): {w.as_str() for w in &ws if sorted_chars(w) == *k} for k in &keys});
    // anagrams = sorted(sorted(g) for g in groups.values() if len(g) > 1)
    let mut anagrams = comp![{ let mut g = g.iter().copied().collect::<Vec<_>>(); g.sort(); g } for g in groups.values() if g.len() > 1];
    anagrams.sort();
    assert_eq!(
        anagrams,
        vec![
            vec!["enlist", "listen", "silent", "tinsel"],
            vec!["evil", "veil", "vile"],
            vec!["notes", "stone", "tones"],
        ]
    );
}

fn caesar(s: &str, k: u8) -> String {
    // return ''.join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
    comp!((((c as u8 - b'a' + k) % 26 + b'a') as char if c.is_ascii_lowercase() else c for c in s.chars())).collect()
}

#[test]
fn text_ciphers_and_ngrams() {
    assert_eq!(caesar("attack at dawn!", 3), "dwwdfn dw gdzq!");
    assert_eq!(caesar(&caesar("hello, world", 13), 13), "hello, world");

    // table = {c: chr((ord(c) - 97 + 13) % 26 + 97) for c in string.ascii_lowercase}
    let table = comp!({c: ((c as u8 - b'a' + 13) % 26 + b'a') as char for c in 'a'..='z'});
    assert_eq!(table[&'a'], 'n');
    assert_eq!(table[&'z'], 'm');
    // decode = {v: k for k, v in table.items()}
    let decode = comp!({*v: *k for (k, v) in &table});
    assert_eq!(decode[&'n'], 'a');
    // ''.join(table.get(c, c) for c in "uryyb")
    let plain: String = comp!((*decode.get(&c).unwrap_or(&c) for c in "uryyb!".chars())).collect();
    assert_eq!(plain, "hello!");

    let ws = words("the quick brown fox jumps over the lazy dog the quick end");
    // bigrams = [(words[i], words[i + 1]) for i in range(len(words) - 1)]
    let bigrams = comp![(ws[i].as_str(), ws[i + 1].as_str()) for i in 0..ws.len() - 1];
    assert_eq!(bigrams.len(), 11);
    assert_eq!(bigrams[0], ("the", "quick"));
    // bigram_counts = {bg: bigrams.count(bg) for bg in set(bigrams)}
    let bigram_counts =
        comp!({*bg: bigrams.iter().filter(|b| *b == bg).count() for bg in &bigrams});
    assert_eq!(bigram_counts[&("the", "quick")], 2);
    assert_eq!(bigram_counts[&("lazy", "dog")], 1);
    // trigrams = [' '.join(words[i:i + 3]) for i in range(len(words) - 2)]
    let trigrams = comp![ws[i..i + 3].join(" ") for i in 0..ws.len() - 2];
    assert_eq!(trigrams[1], "quick brown fox");
    assert_eq!(trigrams.len(), 10);
    // char_ngrams = {text[i:i + 3] for i in range(len(text) - 2)}
    let s = "banana";
    let char_ngrams = comp!({&s[i..i + 3] for i in 0..s.len() - 2});
    assert_eq!(char_ngrams, HashSet::from(["ban", "ana", "nan"]));
    // followers = {w: [b for a, b in bigrams if a == w] for w in set(words)}
    let followers = comp!({w.as_str(): [*b for (a, b) in &bigrams if a == w] for w in &ws});
    assert_eq!(followers["the"], vec!["quick", "lazy", "quick"]);
    assert!(followers["end"].is_empty());
}

#[test]
fn text_small_utilities() {
    let phrase = "portable network graphics";
    // acronym = ''.join(w[0].upper() for w in phrase.split())
    let acronym: String =
        comp!((w.chars().next().unwrap().to_ascii_uppercase() for w in phrase.split_whitespace()))
            .collect();
    assert_eq!(acronym, "PNG");
    // title = ' '.join(w.capitalize() for w in phrase.split())
    let title = comp![w[..1].to_uppercase() + &w[1..] for w in phrase.split_whitespace()].join(" ");
    assert_eq!(title, "Portable Network Graphics");
    // vowels = sum(1 for c in phrase if c in 'aeiou')
    let vowels = comp!((1 for c in phrase.chars() if "aeiou".contains(c))).count();
    assert_eq!(vowels, 7);
    // palindromes = [w for w in words if w == w[::-1] and len(w) > 2]
    let ws = words(TEXT);
    let palindromes =
        comp![w.as_str() for w in &ws if w.chars().rev().collect::<String>() == *w && w.len() > 2];
    assert_eq!(palindromes, vec!["level", "racecar", "noon"]);
    // index = {c: [w for w in words if w.startswith(c)] for c in 'lnt'}
    let index = comp!({c: [w.as_str() for w in &ws if w.starts_with(c)] for c in "lnt".chars()});
    assert_eq!(index[&'l'], vec!["listen", "lives", "level"]);
    assert_eq!(index[&'t'], vec!["the", "tinsel", "tones", "the"]);
    // wrapped = [' '.join(words[i:i + 4]) for i in range(0, len(words), 4)]
    let wrapped = comp![ws[i..(i + 4).min(ws.len())].join(" ") for i in (0..ws.len()).step_by(4)];
    assert_eq!(wrapped.len(), 7);
    assert_eq!(wrapped[6], "at noon");
    // slug = '-'.join(w for w in re.split(r'\W+', title.lower()) if w)
    let slug = comp![w for w in "  Hello, World -- 2024 Edition! ".to_lowercase().split(|c: char| !c.is_alphanumeric()) if !w.is_empty()].join("-");
    assert_eq!(slug, "hello-world-2024-edition");
    // counts = {c: s.count(c) for c in set(s) if c.isalpha()}
    let s = "mississippi";
    let counts = comp!({c: s.matches(c).count() for c in s.chars() if c.is_alphabetic()});
    assert_eq!(
        counts,
        HashMap::from([('m', 1), ('i', 4), ('s', 4), ('p', 2)])
    );
    // rle = [(c, len(list(g))) for c, g in itertools.groupby(s)]
    let bounds = comp![i for i in 0..=s.len() if i == 0 || i == s.len() || s.as_bytes()[i] != s.as_bytes()[i - 1]];
    let rle =
        comp![(s.as_bytes()[a] as char, b - a) for (&a, &b) in bounds.iter().zip(&bounds[1..])];
    assert_eq!(
        rle,
        vec![
            ('m', 1),
            ('i', 1),
            ('s', 2),
            ('i', 1),
            ('s', 2),
            ('i', 1),
            ('p', 2),
            ('i', 1)
        ]
    );
}

// ---------------------------------------------------------------------------
// Matrices and grids
// ---------------------------------------------------------------------------

#[test]
fn matrix_basics() {
    let m = vec![vec![1, 2, 3], vec![4, 5, 6]];
    // transpose = [[row[i] for row in m] for i in range(len(m[0]))]
    let t = comp![[row[i] for row in &m] for i in 0..m[0].len()];
    assert_eq!(t, vec![vec![1, 4], vec![2, 5], vec![3, 6]]);
    // flat = [x for row in m for x in row]
    let flat = comp![x for row in &m for x in row];
    assert_eq!(flat, vec![&1, &2, &3, &4, &5, &6]);
    // identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
    let n = 3;
    let identity = comp![[1 if i == j else 0 for j in 0..n] for i in 0..n];
    assert_eq!(identity, vec![vec![1, 0, 0], vec![0, 1, 0], vec![0, 0, 1]]);
    // row_sums = [sum(r) for r in m]; col_max = [max(col) for col in zip(*m)]
    let row_sums = comp![r.iter().sum::<i32>() for r in &m];
    assert_eq!(row_sums, vec![6, 15]);
    let col_max = comp![(row[j] for row in &m).max().unwrap() for j in 0..3];
    assert_eq!(col_max, vec![4, 5, 6]);
    // matmul = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
    let b = vec![vec![1, 0], vec![0, 1], vec![2, 2]];
    let prod = comp![[(a * b[k][j] for (k, a) in row.iter().enumerate()).sum::<i32>() for j in 0..2] for row in &m];
    assert_eq!(prod, vec![vec![7, 8], vec![16, 17]]);
    // diag = [m[i][i] for i in range(min(len(m), len(m[0])))]
    let diag = comp![m[i][i] for i in 0..m.len().min(m[0].len())];
    assert_eq!(diag, vec![1, 5]);
    // rotate = [list(r) for r in zip(*m[::-1])]
    let rot = comp![[row[j] for row in m.iter().rev()] for j in 0..m[0].len()];
    assert_eq!(rot, vec![vec![4, 1], vec![5, 2], vec![6, 3]]);
    // scaled = [[round(x / max(r), 2) for x in r] for r in m]
    let scaled =
        comp![[x as f64 / mx for &x in r] for r in &m let mx = *r.iter().max().unwrap() as f64];
    assert_eq!(scaled[0], vec![1.0 / 3.0, 2.0 / 3.0, 1.0]);
}

const GRID: &str = "\
#..#.
.##..
.....
##.#.";

fn neighbours8(r: i32, c: i32, h: i32, w: i32) -> Vec<(i32, i32)> {
    // return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)
    //         if (dr or dc) and 0 <= r + dr < h and 0 <= c + dc < w]
    comp![(r + dr, c + dc) for dr in [-1, 0, 1] for dc in [-1, 0, 1] if (dr != 0 || dc != 0) && 0 <= r + dr < h && 0 <= c + dc < w]
}

#[test]
fn grid_parsing_and_neighbours() {
    // grid = [list(line) for line in text.splitlines()]
    let grid = comp![line.chars().collect::<Vec<_>>() for line in GRID.lines()];
    let (h, w) = (grid.len() as i32, grid[0].len() as i32);
    assert_eq!((h, w), (4, 5));
    // walls = {(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == '#'}
    let walls = comp!({(r as i32, c as i32) for (r, row) in grid.iter().enumerate() for (c, ch) in row.iter().enumerate() if *ch == '#'});
    assert_eq!(walls.len(), 7);
    assert!(walls.contains(&(3, 3)));
    assert_eq!(neighbours8(0, 0, h, w), vec![(0, 1), (1, 0), (1, 1)]);
    assert_eq!(neighbours8(2, 2, h, w).len(), 8);
    // counts = [[sum((nr, nc) in walls for nr, nc in neighbours8(r, c)) for c in range(w)] for r in range(h)]
    let counts = comp![[neighbours8(r, c, h, w).iter().filter(|p| walls.contains(p)).count() for c in 0..w] for r in 0..h];
    assert_eq!(counts[0], vec![1, 3, 3, 1, 1]);
    assert_eq!(counts[2], vec![3, 4, 4, 2, 1]);
    // life step: [[1 if (n := counts[r][c]) == 3 or ((r, c) in walls and n == 2) else 0 ...]]
    let next = comp![[1 if (n := counts[r as usize][c as usize]) == 3 || (walls.contains(&(r, c)) && n == 2) else 0 for c in 0..w] for r in 0..h];
    let mut expected = vec![vec![0; 5]; 4];
    for r in 0..4 {
        for c in 0..5 {
            let n = counts[r][c];
            if n == 3 || (walls.contains(&(r as i32, c as i32)) && n == 2) {
                expected[r][c] = 1;
            }
        }
    }
    assert_eq!(next, expected);
    // open_cols = [c for c in range(w) if all(grid[r][c] == '.' for r in range(h))]
    let open_cols =
        comp![c for c in 0..w as usize if (grid[r][c] == '.' for r in 0..h as usize).all(|b| b)];
    assert_eq!(open_cols, vec![4]);
}

fn nbrs4(p: (i32, i32)) -> [(i32, i32); 4] {
    let (r, c) = p;
    [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)]
}

#[test]
fn grid_flood_fill_steps() {
    let grid: Vec<Vec<char>> = GRID.lines().map(|l| l.chars().collect()).collect();
    let (h, w) = (grid.len() as i32, grid[0].len() as i32);
    let open = |(r, c): (i32, i32)| {
        0 <= r && r < h && 0 <= c && c < w && grid[r as usize][c as usize] == '.'
    };
    let mut filled = HashSet::from([(2, 0)]);
    let mut frontier = filled.clone();
    let mut steps = vec![];
    while !frontier.is_empty() {
        // frontier = {q for p in frontier for q in nbrs4(p) if open(q) and q not in filled}
        frontier =
            comp!({q for p in &frontier for q in nbrs4(*p) if open(q) && !filled.contains(&q)});
        filled.extend(&frontier);
        steps.push(frontier.len());
    }
    let all_open = grid.iter().flatten().filter(|c| **c == '.').count();
    assert_eq!(all_open, 13);
    assert_eq!(filled.len(), 11); // (0, 1) and (0, 2) are walled in
    assert_eq!(steps, vec![2, 1, 2, 2, 2, 1, 0]);
    // dist map by BFS rings: {p: i for i, ring in enumerate(rings) for p in ring}
    let mut rings = vec![HashSet::from([(2, 0)])];
    let mut seen = rings[0].clone();
    loop {
        let ring = comp!({q for p in rings.last().unwrap() for q in nbrs4(*p) if open(q) && !seen.contains(&q)});
        if ring.is_empty() {
            break;
        }
        seen.extend(&ring);
        rings.push(ring);
    }
    let dist = comp!({*p: i for (i, ring) in rings.iter().enumerate() for p in ring});
    assert_eq!(dist[&(2, 4)], 4);
    assert_eq!(dist[&(0, 4)], 6);
    // farthest = max(dist, key=dist.get)
    let far = comp![(d, p) for (p, d) in &dist].into_iter().max().unwrap();
    assert_eq!(far, (&6, &(0, 4)));
}

// ---------------------------------------------------------------------------
// Intervals and scheduling (minutes since midnight, no dates)
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq)]
struct Slot {
    who: &'static str,
    room: u8,
    start: u32,
    end: u32,
}

fn slots() -> Vec<Slot> {
    vec![
        Slot {
            who: "ann",
            room: 1,
            start: 540,
            end: 600,
        },
        Slot {
            who: "bob",
            room: 1,
            start: 570,
            end: 630,
        },
        Slot {
            who: "ann",
            room: 2,
            start: 660,
            end: 720,
        },
        Slot {
            who: "cat",
            room: 2,
            start: 700,
            end: 760,
        },
        Slot {
            who: "bob",
            room: 3,
            start: 800,
            end: 830,
        },
        Slot {
            who: "cat",
            room: 1,
            start: 630,
            end: 690,
        },
    ]
}

#[test]
fn interval_overlaps_and_gaps() {
    let iv = [(1, 3), (2, 6), (8, 10), (15, 18), (17, 20)];
    // durations = [e - s for s, e in iv]
    let durations = comp![e - s for (s, e) in iv];
    assert_eq!(durations, vec![2, 4, 2, 3, 3]);
    // overlaps = [(a, b) for i, a in enumerate(iv) for b in iv[i + 1:] if a[0] < b[1] and b[0] < a[1]]
    let overlaps = comp![(a, *b) for (i, a) in iv.iter().enumerate() for b in &iv[i + 1..] if a.0 < b.1 && b.0 < a.1];
    assert_eq!(overlaps, vec![(&(1, 3), (2, 6)), (&(15, 18), (17, 20))]);
    // gaps = [(a[1], b[0]) for a, b in zip(iv, iv[1:]) if b[0] > a[1]]
    let gaps = comp![(a.1, b.0) for (a, b) in iv.iter().zip(&iv[1..]) if b.0 > a.1];
    assert_eq!(gaps, vec![(6, 8), (10, 15)]);
    // covered = {t for s, e in iv for t in range(s, e)}
    let covered = comp!({t for (s, e) in iv for t in s..e});
    assert_eq!(covered.len(), 5 + 2 + 5);
    // merged via sweep, then: total = sum(e - s for s, e in merged)
    let mut merged: Vec<(i32, i32)> = vec![];
    for (s, e) in iv {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let total: i32 = comp!((e - s for &(s, e) in &merged)).sum();
    assert_eq!(total, covered.len() as i32);
    // point queries: hits = {q: [i for i, (s, e) in enumerate(iv) if s <= q < e] for q in (2, 7, 17)}
    let hits =
        comp!({q: [i for (i, &(s, e)) in iv.iter().enumerate() if s <= q < e] for q in [2, 7, 17]});
    assert_eq!(hits[&2], vec![0, 1]);
    assert!(hits[&7].is_empty());
    assert_eq!(hits[&17], vec![3, 4]);
}

#[test]
fn schedule_reports() {
    let slots = slots();
    // people = sorted({s.who for s in slots})
    let mut people = comp![p for p in comp!({s.who for s in &slots})];
    people.sort();
    assert_eq!(people, vec!["ann", "bob", "cat"]);
    // busy = {p: sum(s.end - s.start for s in slots if s.who == p) for p in people}
    let busy =
        comp!({*p: (s.end - s.start for s in &slots if s.who == *p).sum::<u32>() for p in &people});
    assert_eq!(busy["ann"], 120);
    assert_eq!(busy["bob"], 90);
    assert_eq!(busy["cat"], 120);
    // conflicts = [(a.who, b.who) for i, a in enumerate(slots) for b in slots[i + 1:]
    //              if a.room == b.room and a.start < b.end and b.start < a.end]
    let conflicts = comp![(a.who, b.who) for (i, a) in slots.iter().enumerate() for b in &slots[i + 1..] if a.room == b.room && a.start < b.end && b.start < a.end];
    assert_eq!(conflicts, vec![("ann", "bob"), ("ann", "cat")]);
    // double_booked = {p for p in people if any(a.who == b.who == p and a is not b and a.start < b.end and b.start < a.end for a in slots for b in slots)}
    let double_booked = comp!({*p for p in &people if comp!((1 for (i, a) in slots.iter().enumerate() for (j, b) in slots.iter().enumerate() if i != j && a.who == b.who == *p && a.start < b.end && b.start < a.end)).next().is_some()});
    assert!(double_booked.is_empty());
    // by_hour = {h: [s.who for s in slots if s.start <= h * 60 < s.end] for h in range(9, 14)}
    let by_hour = comp!({h: [s.who for s in &slots if s.start <= h * 60 < s.end] for h in 9..14});
    assert_eq!(by_hour[&9], vec!["ann"]);
    assert_eq!(by_hour[&10], vec!["bob"]);
    assert_eq!(by_hour[&11], vec!["ann", "cat"]);
    assert!(by_hour[&13].is_empty());
    // free_rooms = {h: {1, 2, 3} - {s.room for s in slots if s.start <= h * 60 < s.end} for h in range(9, 14)}
    let free_rooms = comp!({h: &HashSet::from([1u8, 2, 3]) - &{s.room for s in &slots if s.start <= h * 60 < s.end} for h in 9..14});
    assert_eq!(free_rooms[&11], HashSet::from([3]));
    assert_eq!(free_rooms[&13], HashSet::from([1, 2, 3]));
    // agenda = [f"{s.start // 60:02}:{s.start % 60:02} {s.who}" for s in sorted(slots, key=lambda s: s.start)]
    let mut sorted_slots = slots.clone();
    sorted_slots.sort_by_key(|s| s.start);
    let agenda =
        comp![format!("{:02}:{:02} {}", s.start / 60, s.start % 60, s.who) for s in &sorted_slots];
    assert_eq!(agenda[0], "09:00 ann");
    assert_eq!(agenda[2], "10:30 cat");
    assert_eq!(agenda[5], "13:20 bob");
}

// ---------------------------------------------------------------------------
// Lazy forms returned from functions, chained
// ---------------------------------------------------------------------------

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    // return (l.strip() for l in text.splitlines() if l.strip() and not l.lstrip().startswith('#'))
    comp!((l.trim() for l in text.lines() if !l.trim().is_empty() && !l.trim_start().starts_with('#')))
}

fn fields<'a>(text: &'a str, sep: char) -> impl Iterator<Item = Vec<&'a str>> + 'a {
    // return (l.split(sep) for l in data_lines(text))
    comp!(move (l.split(sep).collect::<Vec<_>>() for l in data_lines(text)))
}

fn ints<'a>(col: &'a [&'a str]) -> impl Iterator<Item = Result<i64, ParseIntError>> + 'a {
    // return (int(x) for x in col if x.strip())
    comp!((x.trim().parse::<i64>()? for x in col if !x.trim().is_empty()))
}

fn windows(xs: &[i32], n: usize) -> impl Iterator<Item = &[i32]> {
    // return (xs[i:i + n] for i in range(len(xs) - n + 1))
    comp!(move (&xs[i..i + n] for i in 0..xs.len() + 1 - n))
}

fn scaled(xs: Vec<f64>, k: f64) -> impl Iterator<Item = f64> {
    comp!(move (x * k for x in xs))
}

const DATA: &str = "
# name;score;team
ann;12;red
  bob;7;blue

# retired
cat;15;red
dan;3;blue
";

#[test]
fn lazy_pipelines_from_functions() {
    assert_eq!(data_lines(DATA).count(), 4);
    // red = [f[0] for f in fields(DATA, ';') if f[2] == 'red']
    let red = comp![f[0] for f in fields(DATA, ';') if f[2] == "red"];
    assert_eq!(red, vec!["ann", "cat"]);
    // total = sum(int(f[1]) for f in fields(DATA, ';'))
    let total: i32 = fields(DATA, ';')
        .map(|f| f[1].parse::<i32>().unwrap())
        .sum();
    assert_eq!(total, 37);
    // best = max(fields(DATA, ';'), key=lambda f: int(f[1]))[0]
    let best = fields(DATA, ';')
        .max_by_key(|f| f[1].parse::<i32>().unwrap())
        .unwrap()[0];
    assert_eq!(best, "cat");
    // teams = {t: sum(int(f[1]) for f in fields(DATA, ';') if f[2] == t) for t in {f[2] for f in fields(DATA, ';')}}
    let teams = comp!({t: (f[1].parse::<i32>().unwrap() for f in fields(DATA, ';') if f[2] == t).sum::<i32>() for t in {f[2] for f in fields(DATA, ';')}});
    assert_eq!(teams, HashMap::from([("red", 27), ("blue", 10)]));

    let col = ["4", " ", "10", "x", "7"];
    let got: Vec<_> = ints(&col).collect();
    assert_eq!(got.len(), 3);
    assert_eq!(got[0], Ok(4));
    assert_eq!(got[1], Ok(10));
    assert!(got[2].is_err());
    let first_two: Result<Vec<i64>, _> = ints(&col[..3]).collect();
    assert_eq!(first_two, Ok(vec![4, 10]));

    // moving averages: [sum(w) / len(w) for w in windows(xs, 3)]
    let xs = [1, 2, 3, 4, 10, 20];
    let avgs = comp![w.iter().sum::<i32>() as f64 / w.len() as f64 for w in windows(&xs, 3)];
    assert_eq!(avgs, vec![2.0, 3.0, 17.0 / 3.0, 34.0 / 3.0]);
    // rising = [i for i, w in enumerate(windows(xs, 2)) if w[1] > w[0] * 2]
    let rising = comp![i for (i, w) in windows(&xs, 2).enumerate() if w[1] > w[0] * 2];
    assert_eq!(rising, vec![3]);
    let doubled: Vec<f64> = scaled(vec![1.0, 2.5], 2.0)
        .chain(scaled(vec![4.0], 0.5))
        .collect();
    assert_eq!(doubled, vec![2.0, 5.0, 2.0]);
    // chained: next(x for x in scaled(...) if x > 3)
    let first_big = comp!((x for x in scaled(vec![1.0, 2.0, 3.0], 1.5) if x > 3.0)).next();
    assert_eq!(first_big, Some(4.5));
    // lazy over text.lines() with nested for, summed in the same statement
    let n_fields: usize =
        comp!((1 for l in DATA.lines() if !l.trim().is_empty() for _f in l.split(';'))).sum();
    assert_eq!(n_fields, 3 + 3 + 3 + 1 + 3 + 3);
    // lazy nested flatten over owned words
    let owned: Vec<String> = vec!["ab".into(), "cde".into()];
    let letters: String =
        comp!((c.to_ascii_uppercase() for w in &owned for c in w.chars())).collect();
    assert_eq!(letters, "ABCDE");
    let owned_letters: Vec<char> =
        comp!((c for w in owned for c in w.chars() if c != 'd')).collect();
    assert_eq!(owned_letters, vec!['a', 'b', 'c', 'e']);
}

// ---------------------------------------------------------------------------
// Async pipelines
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum FetchError {
    NotFound(String),
    Timeout(String),
}

async fn fetch(url: &str) -> Result<String, FetchError> {
    // each request takes 100 ms of (paused) tokio time; "slow" ones 300 ms
    let ms = if url.contains("slow") { 300 } else { 100 };
    tokio::time::sleep(Duration::from_millis(ms)).await;
    if url.ends_with("/missing") {
        Err(FetchError::NotFound(url.to_string()))
    } else if url.ends_with("/hang") {
        Err(FetchError::Timeout(url.to_string()))
    } else {
        Ok(format!("<html>{url}</html>"))
    }
}

async fn fetch_len(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(10)).await;
    url.len()
}

async fn is_alive(host: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(5)).await;
    !host.starts_with("dead")
}

fn site() -> HashMap<&'static str, Vec<&'static str>> {
    HashMap::from([
        ("/", vec!["/about", "/blog", "/shop"]),
        ("/about", vec!["/", "/team"]),
        ("/blog", vec!["/blog/1", "/blog/2", "/about"]),
        ("/shop", vec!["/shop/cart"]),
        ("/team", vec![]),
        ("/blog/1", vec!["/blog/2"]),
        ("/blog/2", vec!["/blog/1", "/"]),
        ("/shop/cart", vec!["/shop"]),
    ])
}

async fn get_links(
    site: &HashMap<&'static str, Vec<&'static str>>,
    page: &str,
) -> Vec<&'static str> {
    tokio::time::sleep(Duration::from_millis(50)).await;
    site.get(page).cloned().unwrap_or_default()
}

fn urls() -> Vec<String> {
    [
        "https://a.example/x",
        "https://b.example/y",
        "https://c.example/z",
    ]
    .map(String::from)
    .to_vec()
}

#[tokio::test(start_paused = true)]
async fn async_sequential_vs_gather() {
    let urls = urls();
    let t0 = tokio::time::Instant::now();
    // pages = [await fetch(u) for u in urls]
    let pages = acomp![await fetch(u) for u in &urls];
    assert_eq!(t0.elapsed(), Duration::from_millis(300));
    assert_eq!(pages[0], Ok("<html>https://a.example/x</html>".to_string()));

    // pages = await asyncio.gather(*(fetch(u) for u in urls))
    let t0 = tokio::time::Instant::now();
    let pages = acomp![fetch(u).await? for u in &urls; concurrency = 10];
    assert_eq!(t0.elapsed(), Duration::from_millis(100));
    let pages = pages.unwrap();
    assert_eq!(pages.len(), 3);
    assert!(pages[2].contains("c.example"));

    // sizes = {u: len(await fetch(u)) for u in urls}
    let sizes = acomp!({u.as_str(): fetch(u).await.unwrap().len() for u in &urls});
    assert_eq!(
        sizes["https://a.example/x"],
        "<html>https://a.example/x</html>".len()
    );

    // bounded: 10 urls, 3 at a time -> 4 rounds
    let many = comp![format!("https://h{i}.example/") for i in 0..10];
    let t0 = tokio::time::Instant::now();
    let bodies = acomp![fetch(u).await.unwrap() for u in &many; concurrency = 3];
    assert_eq!(t0.elapsed(), Duration::from_millis(400));
    assert_eq!(bodies[9], "<html>https://h9.example/</html>");
}

#[tokio::test(start_paused = true)]
async fn async_errors_fail_fast() {
    let urls = vec!["https://x/ok", "https://x/missing", "https://x/slow"];
    // try: pages = [await fetch(u) for u in urls] except NotFound ...
    let t0 = tokio::time::Instant::now();
    let res = acomp![fetch(u).await? for u in &urls];
    assert_eq!(res, Err(FetchError::NotFound("https://x/missing".into())));
    assert_eq!(t0.elapsed(), Duration::from_millis(200));

    // gather fails fast: the slow one is cancelled
    let t0 = tokio::time::Instant::now();
    let res = acomp![fetch(u).await? for u in &urls; concurrency = 3];
    assert_eq!(res, Err(FetchError::NotFound("https://x/missing".into())));
    assert_eq!(t0.elapsed(), Duration::from_millis(100));

    // ok_pages = [p for u in urls if (p := await fetch(u)) is not error]
    let ok_pages = acomp![body for u in &urls if let Ok(body) = fetch(u).await];
    assert_eq!(ok_pages.len(), 2);

    // failures = {u: type(e).__name__ for u in urls ... except}
    let more = vec!["https://x/hang", "https://y/missing", "https://z/"];
    let failures = acomp!({*u: ("timeout" if matches!(e, FetchError::Timeout(_)) else "404") for u in &more if let Err(e) = fetch(u).await});
    assert_eq!(failures.len(), 2);
    assert_eq!(failures["https://x/hang"], "timeout");
    assert_eq!(failures["https://y/missing"], "404");
}

#[tokio::test(start_paused = true)]
async fn async_filters_walrus_and_unordered() {
    let hosts = vec!["db1", "dead-cache", "web1", "dead-queue", "web2"];
    // alive = [h for h in hosts if await is_alive(h)]
    let alive = acomp![h for h in &hosts if is_alive(h).await];
    assert_eq!(alive, vec![&"db1", &"web1", &"web2"]);

    // long = [(u, n) for u in urls if (n := await fetch_len(u)) > 19]
    let urls = vec![
        "https://a.io/",
        "https://long.example.org/",
        "https://b.io/x/y/z",
    ];
    let long = acomp![(*u, n) for u in &urls if (n := fetch_len(u).await) > 20];
    assert_eq!(long, vec![("https://long.example.org/", 25)]);

    // completion order: slow first in source, last in result
    let mixed = vec!["https://s/slow", "https://a/1", "https://b/2"];
    let done = acomp![u for u in &mixed if fetch(u).await.is_ok(); concurrency = 3, unordered];
    assert_eq!(
        done,
        vec![&"https://a/1", &"https://b/2", &"https://s/slow"]
    );

    // in source order by default
    let ordered = acomp![fetch(u).await.unwrap().len() for u in &mixed; concurrency = 3];
    assert_eq!(
        ordered,
        comp![format!("<html>{u}</html>").len() for u in &mixed]
    );
}

#[derive(Debug, Clone, PartialEq)]
struct Record {
    id: u32,
    payload: &'static str,
}

async fn validate(r: &Record) -> bool {
    tokio::time::sleep(Duration::from_millis(1)).await;
    !r.payload.is_empty()
}

async fn transform(r: Record) -> Option<(u32, String)> {
    tokio::time::sleep(Duration::from_millis(1)).await;
    if r.payload == "skip" {
        None
    } else {
        Some((r.id, r.payload.to_uppercase()))
    }
}

fn source() -> impl futures::Stream<Item = Record> {
    stream::iter(vec![
        Record {
            id: 1,
            payload: "alpha",
        },
        Record { id: 2, payload: "" },
        Record {
            id: 3,
            payload: "skip",
        },
        Record {
            id: 4,
            payload: "delta",
        },
    ])
}

#[tokio::test(start_paused = true)]
async fn async_etl_streams() {
    // valid = [r async for r in source() if await validate(r)]
    let valid = acomp![r async for r in source() if validate(&r).await];
    assert_eq!(comp![r.id for r in &valid], vec![1, 3, 4]);

    // out = [t async for r in source() if (t := await transform(r))]
    let out = acomp![t async for r in source() if let Some(t) = transform(r).await];
    assert_eq!(
        out,
        vec![
            (1, "ALPHA".to_string()),
            (2, String::new()),
            (4, "DELTA".to_string())
        ]
    );

    // by_id = {r.id: r.payload async for r in source() if r.payload}
    let by_id = acomp!({r.id: r.payload async for r in source() if !r.payload.is_empty()});
    assert_eq!(by_id.len(), 3);
    assert_eq!(by_id[&4], "delta");

    // chunks of lines: [line async for chunk in chunks async for line in chunk]
    let chunks = stream::iter(vec![
        stream::iter(vec!["a", "b"]),
        stream::iter(vec![]),
        stream::iter(vec!["c"]),
    ]);
    let lines = acomp![line async for chunk in chunks async for line in chunk];
    assert_eq!(lines, vec!["a", "b", "c"]);

    // words = {w async for line in lines_stream for w in line.split()}
    let text = stream::iter(vec!["to be or", "not to be"]);
    let ws = acomp!({w async for line in text for w in line.split(' ')});
    assert_eq!(ws, HashSet::from(["to", "be", "or", "not"]));

    // lazy: first two transformed, without draining the source
    let mut lazy = acomp!((t async for r in source() if let Some(t) = transform(r).await));
    assert_eq!(lazy.next().await, Some((1, "ALPHA".to_string())));
    assert_eq!(lazy.next().await, Some((2, String::new())));
}

#[tokio::test(start_paused = true)]
async fn async_crawler_frontier() {
    let site = site();
    let mut seen: HashSet<&str> = HashSet::from(["/"]);
    let mut frontier: HashSet<&str> = HashSet::from(["/"]);
    let mut depth = 0;
    let mut sizes = vec![];
    while !frontier.is_empty() {
        // frontier = {l for p in frontier for l in await get_links(p) if l not in seen}
        frontier =
            acomp!({l for p in &frontier for l in get_links(&site, p).await if !seen.contains(l)});
        seen.extend(&frontier);
        sizes.push(frontier.len());
        depth += 1;
    }
    assert_eq!(seen.len(), 8);
    assert_eq!(sizes, vec![3, 4, 0]);
    assert_eq!(depth, 3);

    // crawled = {p: await get_links(p) for p in seen}  (8 pages, 4 at a time)
    let t0 = tokio::time::Instant::now();
    let crawled = acomp!({*p: get_links(&site, p).await for p in &seen; concurrency = 4});
    assert_eq!(t0.elapsed(), Duration::from_millis(100));
    assert_eq!(crawled, comp!({*k: v.clone() for (k, v) in &site}));

    // inbound = {p: sum(p in links for links in crawled.values()) for p in crawled}
    let inbound = comp!({*p: (1 for links in crawled.values() if links.contains(p)).count() for p in crawled.keys()});
    assert_eq!(inbound["/"], 2);
    assert_eq!(inbound["/about"], 2);
    assert_eq!(inbound["/team"], 1);
}

#[derive(Debug, PartialEq)]
enum PipelineError {
    Parse(String),
}

async fn parse_amount(s: &str) -> Result<i64, PipelineError> {
    tokio::time::sleep(Duration::from_millis(2)).await;
    s.trim()
        .trim_start_matches('$')
        .parse()
        .map_err(|_| PipelineError::Parse(s.to_string()))
}

fn amounts(lines: Vec<&'static str>) -> impl futures::Stream<Item = Result<i64, PipelineError>> {
    // return (await parse_amount(l) for l in lines)   # async generator
    acomp!(move (parse_amount(l).await? for l in lines))
}

#[tokio::test(start_paused = true)]
async fn async_lazy_streams_and_errors() {
    let got: Vec<_> = amounts(vec!["$10", " 20", "$x", "40"]).collect().await;
    assert_eq!(
        got,
        vec![Ok(10), Ok(20), Err(PipelineError::Parse("$x".into()))]
    );

    // total = sum([await parse_amount(l) for l in lines])
    let lines = vec!["$5", "$7", "$30"];
    let total: i64 = acomp![parse_amount(l).await? for l in &lines]
        .map(|v: Vec<i64>| v.iter().sum())
        .unwrap();
    assert_eq!(total, 42);

    // bounded lazy: async for page in bounded(fetch(u) for u in urls, 2)
    let urls = comp![format!("https://n{i}/") for i in 0..6];
    let t0 = tokio::time::Instant::now();
    let firsts: Vec<_> = acomp!((fetch(u).await.unwrap() for u in &urls); concurrency = 2)
        .take(2)
        .collect()
        .await;
    assert_eq!(t0.elapsed(), Duration::from_millis(100));
    assert_eq!(
        firsts,
        vec!["<html>https://n0/</html>", "<html>https://n1/</html>"]
    );

    // in-flight bookkeeping: never more than 3 at once
    let in_flight = std::cell::Cell::new(0);
    let peak = std::cell::Cell::new(0);
    let ids = acomp![{
        in_flight.set(in_flight.get() + 1);
        peak.set(peak.get().max(in_flight.get()));
        tokio::time::sleep(Duration::from_millis(10 * (7 - i))).await;
        in_flight.set(in_flight.get() - 1);
        i
    } for i in 0..7u64; concurrency = 3];
    assert_eq!(ids, (0..7).collect::<Vec<_>>());
    assert_eq!(peak.get(), 3);
}

#[test]
fn async_under_block_on() {
    futures::executor::block_on(async {
        // squares = [x * x async for x in aiter(range(6)) if x % 2]
        let squares = acomp![x * x async for x in stream::iter(0..6) if x % 2 == 1];
        assert_eq!(squares, vec![1, 9, 25]);
        // pairs = {k: [v async for v in values(k)] for k in 'ab'}
        let pairs = acomp!({k: [v * 10 async for v in stream::iter(1..=n)] for (k, n) in [("a", 2), ("b", 3)]});
        assert_eq!(pairs["a"], vec![10, 20]);
        assert_eq!(pairs["b"], vec![10, 20, 30]);
        // headers = dict(line.split(': ', 1) async for line in reader if ': ' in line)
        let reader = stream::iter(vec!["Host: x.io", "Accept: */*", "", "garbage"]);
        let headers = acomp!({k.to_lowercase(): v async for line in reader if let Some((k, v)) = line.split_once(": ")});
        assert_eq!(headers.len(), 2);
        assert_eq!(headers["accept"], "*/*");
        // lens = [len(x) async for x in source() ] via lazy, then sum
        let total: usize = acomp!((r.payload.len() async for r in source()))
            .fold(0, |a, b| async move { a + b })
            .await;
        assert_eq!(total, 5 + 4 + 5);
    });
}

// ---------------------------------------------------------------------------
// More tool-script shapes
// ---------------------------------------------------------------------------

#[derive(Debug, PartialEq)]
enum LoadError {
    Int(ParseIntError),
    Io(String),
}

impl From<ParseIntError> for LoadError {
    fn from(e: ParseIntError) -> Self {
        LoadError::Int(e)
    }
}

fn load_ports(text: &str) -> Result<Vec<u16>, LoadError> {
    // return [int(l.split(':')[1]) for l in text.splitlines() if ':' in l]
    Ok(
        comp![l.split(':').nth(1).unwrap().trim().parse::<u16>()? for l in text.lines() if l.contains(':')]?,
    )
}

fn lookup_all(db: &HashMap<&str, u32>, keys: &[&str]) -> Option<Vec<u32>> {
    // return [db[k] for k in keys]  (None if any is missing)
    comp![*db.get(k)? for k in keys]
}

#[test]
fn report_edge_shapes() {
    let rows = vec![
        ("eu-west", 12),
        ("us-east", 40),
        ("eu-north", 7),
        ("ap-south", 0),
    ];
    // by_prefix = {(p := r.split('-')[0]): n for r, n in rows}   (last one wins)
    let by_prefix = comp!({(p := r.split('-').next().unwrap()): n + p.len() for (r, n) in &rows});
    assert_eq!(by_prefix, HashMap::from([("eu", 9), ("us", 42), ("ap", 2)]));
    // mid = [r for r, n in rows if 5 < int(str(n)) < 20]
    let mid = comp![*r for (r, n) in &rows if 5 < n.to_string().parse::<i32>().unwrap() < 20];
    assert_eq!(mid, vec!["eu-west", "eu-north"]);
    // split = [(a, b) for r, _ in rows for a, b in [r.split('-')]]
    let split =
        comp![(a, b) for (r, _) in &rows let (a, b) = r.split_once('-').unwrap() if b != "south"];
    assert_eq!(split, vec![("eu", "west"), ("us", "east"), ("eu", "north")]);
    // lookups = [d[k] for k in keys if k in d] via if let Some(&v)
    let d = HashMap::from([("a", 1), ("c", 3)]);
    let found = comp![v * 10 for k in ["a", "b", "c"] if let Some(&v) = d.get(k)];
    assert_eq!(found, vec![10, 30]);
    // gen of Option with ?: (d[k] for k in keys) stops at the first miss
    let got: Vec<_> = comp!((*d.get(k)? for k in ["a", "c", "b", "a"])).collect();
    assert_eq!(got, vec![Some(1), Some(3), None]);
    // {(r, "big" if n > 10 else "small") for r, n in rows}
    let sized = comp!({(*r, "big" if *n > 10 else "small") for (r, n) in &rows});
    assert!(sized.contains(&("us-east", "big")) && sized.contains(&("eu-north", "small")));
}

#[test]
fn tool_script_shapes() {
    assert_eq!(
        load_ports("web: 80\nadmin: 8443\n# none").unwrap(),
        vec![80, 8443]
    );
    assert!(matches!(load_ports("web: eighty"), Err(LoadError::Int(_))));
    let _ = LoadError::Io(String::new());
    let db = HashMap::from([("a", 1), ("b", 2)]);
    assert_eq!(lookup_all(&db, &["a", "b"]), Some(vec![1, 2]));
    assert_eq!(lookup_all(&db, &["a", "z"]), None);

    // read a file: lines = [l.rstrip('\n') for l in f]
    use std::io::BufRead;
    let data = "x=1\ny=2\n";
    let lines = comp![l? for l in std::io::BufReader::new(data.as_bytes()).lines()];
    assert_eq!(lines.unwrap(), vec!["x=1", "y=2"]);

    // dedupe keeping order: seen = set(); [x for x in xs if not (x in seen or seen.add(x))]
    let xs = ["b", "a", "b", "c", "a"];
    let mut seen = HashSet::new();
    let uniq = comp![x for x in xs if seen.insert(x)];
    assert_eq!(uniq, vec!["b", "a", "c"]);

    // PEP 572: stuff = [[y := f(x), x / y] for x in range(1, 5)]
    let f = |x: i32| x * 2;
    let stuff = comp![[(y := f(x)), x * 10 / y] for x in 1..5];
    assert_eq!(stuff, vec![[2, 5], [4, 5], [6, 5], [8, 5]]);
    // PEP 572: [(y := f(x), y ** 2) for x in range(3)]
    let pairs = comp![((y := f(x)), y.pow(2)) for x in 0..3];
    assert_eq!(pairs, vec![(0, 0), (2, 4), (4, 16)]);

    // Rust-style element with match (status classes)
    let codes = [200, 301, 404, 500, 204];
    let classes = comp![match c { 200..=299 => "ok", 300..=399 => "redirect", n if n >= 500 => "server", _ => "client" } for c in codes];
    assert_eq!(classes, vec!["ok", "redirect", "client", "server", "ok"]);
    // Rust-style if-expression element
    let clipped = comp![if c >= 400 { 1 } else { 0 } for c in codes];
    assert_eq!(clipped, vec![0, 0, 1, 1, 0]);
    // let clause with a conditional value
    let tags = comp![format!("{c}:{kind}") for c in codes let kind = "err" if c >= 400 else "ok"];
    assert_eq!(tags[2], "404:err");

    // range iterable followed by a filter; chained comparison with a cast
    let grid = vec![vec![0u8; 4]; 3];
    let r = 2i32;
    let inside = comp![(r + dr, c) for dr in -1..=1 for c in 0..5 if 0 <= r + dr < grid.len() as i32 && c < grid[0].len()];
    assert_eq!(inside.len(), 2 * 4);

    // zip(*rows) of a CSV: columns as tuples of strings
    let rows = vec![vec!["1", "x"], vec!["2", "y"], vec!["3", "z"]];
    let columns = comp![[row[j] for row in &rows] for j in 0..rows[0].len()];
    assert_eq!(columns, vec![vec!["1", "2", "3"], vec!["x", "y", "z"]]);
    // dict(zip(keys, values))
    let keys = ["host", "port"];
    let values = ["db", "5432"];
    let conf = comp!({*k: *v for (k, v) in keys.iter().zip(values.iter())});
    assert_eq!(conf["port"], "5432");
    // enumerate(lines, start=1) with a closure that uses a conditional
    let numbered = comp![format!("{i:>2}: {}", l.chars().map(|c| '*' if c.is_ascii_digit() else c).collect::<String>()) for (i, l) in ["a1", "b22"].iter().enumerate().map(|(i, l)| (i + 1, l))];
    assert_eq!(numbered, vec![" 1: a*", " 2: b**"]);
    // format! with a conditional argument
    let summary = comp![format!("{n} file{}", "" if n == 1 else "s") for n in [0, 1, 2]];
    assert_eq!(summary, vec!["0 files", "1 file", "2 files"]);

    // nested lazy generators: (move (x * k for x in xs) for k in ks)
    let xs = vec![1, 2, 3];
    let table: Vec<Vec<i32>> = comp!((move (x * k for x in xs.clone()) for k in [1, 10]))
        .map(|it| it.collect())
        .collect();
    assert_eq!(table, vec![vec![1, 2, 3], vec![10, 20, 30]]);

    // boxed lazy form chosen at run time
    let evens_only = true;
    let picked: Box<dyn Iterator<Item = i32>> = if evens_only {
        Box::new(comp!((x for x in 0..10 if x % 2 == 0)))
    } else {
        Box::new(comp!((x for x in 0..10)))
    };
    assert_eq!(picked.sum::<i32>(), 20);

    // mutate in place over iter_mut: [r for r in rows if r['qty'] > 0] then bump
    let mut stock = vec![("a", 1), ("b", 0), ("c", 5)];
    for r in comp![r for r in stock.iter_mut() if r.1 > 0] {
        r.1 += 100;
    }
    assert_eq!(stock, vec![("a", 101), ("b", 0), ("c", 105)]);

    // max(..., default=0) over a generator
    let longest = comp!((w.len() for w in "".split_whitespace()))
        .max()
        .unwrap_or(0);
    assert_eq!(longest, 0);
    // sorted dict: dict(sorted({k: len(v) for k, v in groups.items()}.items()))
    let groups = HashMap::from([("b", vec![1, 2]), ("a", vec![3])]);
    let sorted: BTreeSet<(&str, usize)> = comp!((*k, v.len()) for (k, v) in &groups)
        .into_iter()
        .collect();
    assert_eq!(
        sorted.into_iter().collect::<Vec<_>>(),
        vec![("a", 1), ("b", 2)]
    );
}

async fn list_dir(d: &str) -> Vec<String> {
    tokio::time::sleep(Duration::from_millis(20)).await;
    match d {
        "src" => vec!["main.rs".into(), "lib.rs".into()],
        "tests" => vec!["it.rs".into()],
        _ => vec![],
    }
}

async fn stat(path: &str) -> Result<u64, FetchError> {
    tokio::time::sleep(Duration::from_millis(10)).await;
    if path.ends_with("lib.rs") {
        Ok(400)
    } else if path.contains("missing") {
        Err(FetchError::NotFound(path.to_string()))
    } else {
        Ok(path.len() as u64 * 10)
    }
}

fn stat_all(paths: Vec<String>) -> impl futures::Stream<Item = Result<(String, u64), FetchError>> {
    // async def stat_all(paths): for p in paths: yield p, await stat(p)   (4 at a time)
    acomp!(move ((p.clone(), stat(&p).await?) for p in paths); concurrency = 4)
}

#[tokio::test(start_paused = true)]
async fn async_tool_shapes() {
    let dirs = vec!["src", "tests", "empty"];
    // files = [f"{d}/{f}" for d in dirs for f in await list_dir(d)]
    let files = acomp![format!("{d}/{f}") for d in &dirs for f in list_dir(d).await];
    assert_eq!(files, vec!["src/main.rs", "src/lib.rs", "tests/it.rs"]);

    // sizes = [(d, f, await stat(f"{d}/{f}")) for d in dirs for f in listing[d]]  concurrently
    let listing = HashMap::from([("src", vec!["main.rs", "lib.rs"]), ("tests", vec!["it.rs"])]);
    let t0 = tokio::time::Instant::now();
    let sizes = acomp![(d, f, stat(&format!("{d}/{f}")).await.unwrap()) for d in ["src", "tests"] for f in &listing[d]; concurrency = 8];
    assert_eq!(
        sizes,
        vec![
            ("src", &"main.rs", 110),
            ("src", &"lib.rs", 400),
            ("tests", &"it.rs", 110)
        ]
    );
    assert!(t0.elapsed() <= Duration::from_millis(20));

    // nested: [[await stat(p) for p in group] for group in groups]
    let groups = vec![vec!["a", "bb"], vec!["ccc"]];
    let nested = acomp![[stat(p).await.unwrap() for p in g] for g in &groups];
    assert_eq!(nested, vec![vec![10, 20], vec![30]]);

    // prefix await with ?: [await stat(p) for p in paths]
    let paths = vec!["x", "src/lib.rs", "y/missing"];
    let r = acomp![await stat(p)? for p in &paths];
    assert_eq!(r, Err(FetchError::NotFound("y/missing".into())));
    let ok = acomp![await stat(p)? for p in &paths[..2]];
    assert_eq!(ok, Ok(vec![10, 400]));

    // concurrency chosen by a flag
    let fast = false;
    let t0 = tokio::time::Instant::now();
    let _ = acomp![stat(p).await.is_ok() for p in &paths; concurrency = 8 if fast else 1];
    assert_eq!(t0.elapsed(), Duration::from_millis(30));

    // async for over a &mut stream, taking a prefix
    let mut lines = stream::iter(vec!["h1", "h2", "", "body"]);
    let head = acomp![l async for l in lines.by_ref().take_while(|l| futures::future::ready(!l.is_empty()))];
    assert_eq!(head, vec!["h1", "h2"]);
    let rest = acomp![l async for l in &mut lines];
    assert_eq!(rest, vec!["body"]);

    // lazy stream of results returned from a function
    let got: Vec<_> = stat_all(vec![
        "ab".into(),
        "src/lib.rs".into(),
        "q/missing".into(),
        "zz".into(),
    ])
    .collect()
    .await;
    assert_eq!(got[0], Ok(("ab".to_string(), 20)));
    assert_eq!(got[1], Ok(("src/lib.rs".to_string(), 400)));
    assert_eq!(
        got.last().unwrap(),
        &Err(FetchError::NotFound("q/missing".into()))
    );

    // first iterable that awaits
    let n_files = acomp![f.len() for f in list_dir("src").await];
    assert_eq!(n_files, vec![7, 6]);

    // timeout wrapper: {u: 'ok' if ... else 'timeout'} using tokio::time::timeout
    let urls = vec!["https://q/slow", "https://q/fast"];
    let status = acomp!({*u: ("ok" if tokio::time::timeout(Duration::from_millis(150), fetch(u)).await.is_ok() else "timeout") for u in &urls; concurrency = 2});
    assert_eq!(status["https://q/slow"], "timeout");
    assert_eq!(status["https://q/fast"], "ok");
}

async fn checked(r: &Record) -> Result<bool, PipelineError> {
    tokio::time::sleep(Duration::from_millis(1)).await;
    if r.payload == "skip" {
        Err(PipelineError::Parse(format!("record {}", r.id)))
    } else {
        Ok(!r.payload.is_empty())
    }
}

#[tokio::test(start_paused = true)]
async fn async_more_pipeline_shapes() {
    // tags = {team: {await normalize(t) for t in ts} for team, ts in groups.items()}
    let groups = vec![("red", vec!["a", "B", "b"]), ("blue", vec![])];
    let tags = acomp!({*team: {fetch_len(t).await + t.to_lowercase().len() for t in ts} for (team, ts) in &groups});
    assert_eq!(tags["red"], HashSet::from([2]));
    assert!(tags["blue"].is_empty());

    // kept = [r.id async for r in source() if await checked(r)]  -> raises on 'skip'
    let kept = acomp![r.id async for r in source() if checked(&r).await?];
    assert_eq!(kept, Err(PipelineError::Parse("record 3".into())));
    let first_two = acomp![r.id async for r in source().take(2) if checked(&r).await?];
    assert_eq!(first_two, Ok(vec![1]));

    // as_completed: async for body in lazy(..., unordered)
    let urls = vec!["https://s/slow", "https://f/1"];
    let order: Vec<String> =
        acomp!((fetch(u).await.unwrap() for u in &urls); concurrency = 2, unordered)
            .collect()
            .await;
    assert_eq!(
        order,
        vec!["<html>https://f/1</html>", "<html>https://s/slow</html>"]
    );
}
