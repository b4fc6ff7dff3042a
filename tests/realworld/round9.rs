//! Round 9: real-world Python comprehensions, with emphasis on `?` (errors as
//! values) in sync and async code.

use comprehensions::{acomp, comp};
use futures::stream::{self, StreamExt, TryStreamExt};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::error::Error;
use std::fmt;
use std::fs;
use std::io;
use std::num::{ParseFloatError, ParseIntError, TryFromIntError};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

// ---------------------------------------------------------------- helpers

#[derive(Debug, PartialEq)]
enum ConfigError {
    Missing(String),
    BadValue(String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Missing(k) => write!(f, "missing key {k}"),
            ConfigError::BadValue(v) => write!(f, "bad value: {v}"),
        }
    }
}

impl Error for ConfigError {}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadValue(e.to_string())
    }
}

fn int_err(s: &str) -> ParseIntError {
    s.parse::<i64>().unwrap_err()
}

fn tmp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("comp_round9_{}_{name}", std::process::id()));
    let _ = fs::remove_dir_all(&d);
    fs::create_dir_all(&d).unwrap();
    d
}

// ---------------------------------------------------------------- `?`: function tails

// def parse_ports(s): return [int(p.strip()) for p in s.split(",")]
fn parse_ports(s: &str) -> Result<Vec<u16>, ParseIntError> {
    comp![p.trim().parse::<u16>()? for p in s.split(',')]
}

#[test]
fn ports_from_csv_setting() {
    assert_eq!(parse_ports("80, 443 ,8080"), Ok(vec![80, 443, 8080]));
    assert_eq!(
        parse_ports("80,http"),
        Err("http".parse::<u16>().unwrap_err())
    );
}

// FOUND (fixed): comp![x.parse()? for x in s.split(',')] as the tail of `-> Result<Vec<u32>, ParseIntError>` -> error[E0284]: type annotations needed
// (the hand-written loop `v.push(x.parse()?)` infers it; reference sections 5 and 7)
// def parse_ids(s): return [int(x) for x in s.split(",")]   # parse() inferred from the return type
fn parse_ids(s: &str) -> Result<Vec<u32>, ParseIntError> {
    comp![x.parse()? for x in s.split(',')]
}

#[test]
fn ids_parse_inferred_from_tail() {
    assert_eq!(parse_ids("3,1,2"), Ok(vec![3, 1, 2]));
    assert!(parse_ids("3,,2").is_err());
}

// def load_limits(s): return [int(x) for x in s.split()]   # raises ConfigError
fn load_limits(s: &str) -> Result<Vec<u32>, ConfigError> {
    Ok(comp![x.parse::<u32>()? for x in s.split_whitespace()]?)
}

#[test]
fn limits_converted_to_config_error_outside() {
    assert_eq!(load_limits("10 20  30"), Ok(vec![10, 20, 30]));
    assert_eq!(
        load_limits("10 -1"),
        Err(ConfigError::BadValue(
            "invalid digit found in string".into()
        ))
    );
}

fn require<'a>(cfg: &'a HashMap<&str, &str>, key: &str) -> Result<&'a str, ConfigError> {
    cfg.get(key)
        .copied()
        .ok_or_else(|| ConfigError::Missing(key.to_string()))
}

// def required(cfg, keys): return [cfg[k] for k in keys]   # KeyError -> ConfigError
fn required_values<'a>(
    cfg: &'a HashMap<&str, &str>,
    keys: &[&str],
) -> Result<Vec<&'a str>, ConfigError> {
    comp![require(cfg, k)? for k in keys]
}

#[test]
fn required_keys_custom_error() {
    let cfg = HashMap::from([("host", "db"), ("port", "5432")]);
    assert_eq!(
        required_values(&cfg, &["port", "host"]),
        Ok(vec!["5432", "db"])
    );
    assert_eq!(
        required_values(&cfg, &["host", "user"]),
        Err(ConfigError::Missing("user".into()))
    );
}

// def read_floats(s): return [float(x) for x in s.split(",")]
fn read_floats(s: &str) -> Result<Vec<f64>, Box<dyn Error>> {
    Ok(comp![x.trim().parse::<f64>()? for x in s.split(',')]?)
}

#[test]
fn floats_boxed_error_via_outer_question_mark() {
    assert_eq!(read_floats("1.5, 2").unwrap(), vec![1.5, 2.0]);
    assert_eq!(
        read_floats("1.5,abc").unwrap_err().to_string(),
        "invalid float literal"
    );
}

// FOUND (fixed): comp![w.parse::<f64>().map_err(<Box<dyn Error>>::from)? for w in s.split_whitespace()] -> error: expected an expression
// (reference section 7 spells the fix `.map_err(<E>::from)?`; the qualified path `<T>::from` was read as comparisons)
// def read_weights(s): return [float(w) for w in s.split()]   # Box<dyn Error> as the comprehension's own type
fn read_weights(s: &str) -> Result<Vec<f64>, Box<dyn Error>> {
    comp![w.parse::<f64>().map_err(<Box<dyn Error>>::from)? for w in s.split_whitespace()]
}

#[test]
fn weights_boxed_error_with_map_err_from() {
    assert_eq!(read_weights("0.25 0.75").unwrap(), vec![0.25, 0.75]);
    assert!(read_weights("0.25 x").is_err());
}

// def read_all(paths): return [open(p).read() for p in paths]
fn read_all(paths: &[PathBuf]) -> io::Result<Vec<String>> {
    comp![fs::read_to_string(p)? for p in paths]
}

#[test]
fn read_all_files_io_result() {
    let d = tmp_dir("read_all");
    fs::write(d.join("a.txt"), "alpha").unwrap();
    fs::write(d.join("b.txt"), "beta").unwrap();
    let ok = read_all(&[d.join("a.txt"), d.join("b.txt")]).unwrap();
    assert_eq!(ok, vec!["alpha".to_string(), "beta".to_string()]);
    let err = read_all(&[d.join("a.txt"), d.join("missing.txt")]).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::NotFound);
}

// def list_dir(d): return sorted(e.path for e in os.scandir(d))
fn list_dir(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut paths = comp![e?.path() for e in fs::read_dir(dir)?]?;
    paths.sort();
    Ok(paths)
}

#[test]
fn scandir_with_question_mark_in_first_iterable() {
    let d = tmp_dir("scandir");
    fs::write(d.join("2.log"), "").unwrap();
    fs::write(d.join("1.log"), "").unwrap();
    let names =
        comp![p.file_name().unwrap().to_str().unwrap().to_string() for p in list_dir(&d).unwrap()];
    assert_eq!(names, vec!["1.log", "2.log"]);
    assert_eq!(
        list_dir(&d.join("nope")).unwrap_err().kind(),
        io::ErrorKind::NotFound
    );
}

// def parse_env(lines): return {k.strip(): v.strip() for k, v in (l.split("=", 1) for l in lines)}
fn parse_env(lines: &[&str]) -> Option<HashMap<String, String>> {
    comp!({k.trim().to_string(): v.trim().to_string() for line in lines let (k, v) = line.split_once('=')?})
}

#[test]
fn env_file_option_dict_let_clause() {
    let env = parse_env(&["HOME = /root", "SHELL=/bin/sh"]).unwrap();
    assert_eq!(env["HOME"], "/root");
    assert_eq!(env["SHELL"], "/bin/sh");
    assert_eq!(parse_env(&["HOME=/root", "garbage"]), None);
}

// def cart_total(cart, catalog): return [catalog[item] * qty for item, qty in cart]
fn line_prices(cart: &[(&str, u32)], catalog: &HashMap<&str, f64>) -> Option<Vec<f64>> {
    comp![catalog.get(item)? * f64::from(*qty) for (item, qty) in cart]
}

#[test]
fn cart_prices_option_lookup() {
    let catalog = HashMap::from([("apple", 0.5), ("pear", 0.75)]);
    assert_eq!(
        line_prices(&[("apple", 4), ("pear", 2)], &catalog),
        Some(vec![2.0, 1.5])
    );
    assert_eq!(line_prices(&[("apple", 4), ("kiwi", 1)], &catalog), None);
}

// FOUND (fixed): let nums: Result<Vec<i64>, ParseIntError> = comp![x.parse()? for x in row]; -> error[E0284]: type annotations needed
// nums = [int(x) for x in row]
#[test]
fn annotated_let_result_vec() {
    let row = ["12", "-7", "40"];
    let nums: Result<Vec<i64>, ParseIntError> = comp![x.parse()? for x in row];
    assert_eq!(nums, Ok(vec![12, -7, 40]));
    let bad = ["12", "4o"];
    let nums: Result<Vec<i64>, ParseIntError> = comp![x.parse()? for x in bad];
    assert_eq!(nums, Err(int_err("4o")));
}

// values = [cfg[k] for k in ("host", "port")]
#[test]
fn annotated_let_custom_error() {
    let cfg = HashMap::from([("host", "db"), ("port", "5432")]);
    let r: Result<Vec<&str>, ConfigError> = comp![require(&cfg, k)? for k in ["host", "port"]];
    assert_eq!(r, Ok(vec!["db", "5432"]));
    let r: Result<Vec<&str>, ConfigError> = comp![require(&cfg, k)? for k in ["host", "pass"]];
    assert_eq!(r, Err(ConfigError::Missing("pass".into())));
}

struct Report {
    rows: Result<Vec<u32>, ParseIntError>,
    header: Option<Vec<usize>>,
}

// FOUND (fixed): Report { rows: comp![c.parse()? for c in cells], .. } (field `Result<Vec<u32>, ParseIntError>`) -> error[E0284]: type annotations needed
// report = Report(rows=[int(c) for c in cells], header=[h.index(":") for h in heads])
#[test]
fn struct_fields_hold_fallible_comprehensions() {
    let cells = ["1", "2", "3"];
    let heads = ["a:b", "cc:d"];
    let rep = Report {
        rows: comp![c.parse()? for c in cells],
        header: comp![h.find(':')? for h in heads],
    };
    assert_eq!(rep.rows, Ok(vec![1, 2, 3]));
    assert_eq!(rep.header, Some(vec![1, 2]));
    let rep = Report {
        rows: comp![c.parse::<u32>()? for c in ["1", "x"]],
        header: comp![h.find(':')? for h in ["a:b", "nocolon"]],
    };
    assert!(rep.rows.is_err());
    assert_eq!(rep.header, None);
}

fn count_or_zero<T, E>(r: Result<Vec<T>, E>) -> usize {
    r.map(|v| v.len()).unwrap_or(0)
}

// n = len([int(s) for s in fields])  (0 on error)
#[test]
fn passed_to_generic_function() {
    let fields = ["1", "2", "3"];
    assert_eq!(count_or_zero(comp![s.parse::<i32>()? for s in fields]), 3);
    assert_eq!(
        count_or_zero(comp![s.parse::<i32>()? for s in ["1", "two"]]),
        0
    );
}

fn parse_all<T: FromStr>(v: &[&str]) -> Result<Vec<T>, T::Err> {
    comp![s.parse::<T>()? for s in v]
}

// def parse_all(typ, v): return [typ(s) for s in v]
#[test]
fn generic_error_type_from_fromstr() {
    assert_eq!(parse_all::<u8>(&["1", "255"]), Ok(vec![1, 255]));
    assert!(parse_all::<u8>(&["1", "256"]).is_err());
    assert_eq!(parse_all::<f32>(&["0.5"]), Ok(vec![0.5]));
    assert_eq!(parse_all::<bool>(&["true", "false"]), Ok(vec![true, false]));
}

// parse_row = lambda row: [float(c) for c in row.split(",")]
#[test]
fn comprehension_inside_closure() {
    let parse_row = |row: &str| comp![c.parse::<f64>()? for c in row.split(',')];
    assert_eq!(parse_row("1,2.5"), Ok(vec![1.0, 2.5]));
    assert!(parse_row("1,,2").is_err());
    let rows = ["1,2", "3,x", "4"];
    let parsed: Vec<Result<Vec<f64>, ParseFloatError>> =
        rows.iter().map(|r| parse_row(r)).collect();
    assert_eq!(parsed.iter().filter(|r| r.is_ok()).count(), 2);
}

fn is_active(name: &str) -> Result<bool, String> {
    match name {
        "" => Err("empty user name".to_string()),
        n => Ok(!n.starts_with('_')),
    }
}

// active = [n for n in names if is_active(n)]
#[test]
fn question_mark_in_filter() {
    let names = ["alice", "_bot", "bob"];
    let r: Result<Vec<&str>, String> = comp![n for n in names if is_active(n)?];
    assert_eq!(r, Ok(vec!["alice", "bob"]));
    let r = comp![n for n in ["alice", ""] if is_active(n)?];
    assert_eq!(r, Err("empty user name".to_string()));
}

// FOUND (fixed): comp![n * 2 for s in v let n: i64 = s.parse()?] -> error[E0284]: type annotations needed
// (the same typed `let` by hand, `let n: i64 = s.parse()?;`, compiles)
// doubled = [n * 2 for s in v for n in [int(s)]]
#[test]
fn question_mark_in_typed_let_clause() {
    let v = ["4", "5"];
    let r = comp![n * 2 for s in v let n: i64 = s.parse()?];
    assert_eq!(r, Ok(vec![8, 10]));
    let r = comp![n * 2 for s in ["4", "five"] let n: i64 = s.parse()?];
    assert_eq!(r, Err(int_err("five")));
}

// positives = [y for s in cells if (y := int(s)) > 0]
#[test]
fn question_mark_in_walrus() {
    let cells = ["3", "-1", "0", "8"];
    let r = comp![y for s in cells if (y := s.parse::<i32>()?) > 0];
    assert_eq!(r, Ok(vec![3, 8]));
    let r = comp![y for s in ["3", "x"] if (y := s.parse::<i32>()?) > 0];
    assert!(r.is_err());
}

// matrix = [[float(c) for c in row.split(",")] for row in rows]
#[test]
fn nested_fallible_comprehension() {
    let rows = ["1,2", "3,4.5"];
    let m = comp![[c.parse::<f64>()? for c in row.split(',')]? for row in rows];
    assert_eq!(m, Ok(vec![vec![1.0, 2.0], vec![3.0, 4.5]]));
    let m = comp![[c.parse::<f64>()? for c in row.split(',')]? for row in ["1", "2,z"]];
    assert!(m.is_err());
}

// tag_ids = {int(t) for t in tags}
#[test]
fn fallible_set() {
    let tags = ["3", "1", "3"];
    let s = comp!({t.parse::<u32>()? for t in tags});
    assert_eq!(s, Ok(HashSet::from([1, 3])));
    assert_eq!(
        comp!({t.parse::<u32>()? for t in ["1", "-3"]}),
        Err("-3".parse::<u32>().unwrap_err())
    );
}

// ports = {name: int(p) for name, p in pairs}
#[test]
fn fallible_dict() {
    let pairs = [("http", "80"), ("https", "443")];
    let d = comp!({k.to_string(): v.parse::<u16>()? for (k, v) in pairs});
    assert_eq!(d.as_ref().map(|m| m["https"]), Ok(443));
    assert_eq!(d.map(|m| m.len()), Ok(2));
    let d = comp!({k.to_string(): v.parse::<u16>()? for (k, v) in [("ssh", "22"), ("x", "70000")]});
    assert!(d.is_err());
}

// headers = dict(line.split(":", 1) for line in raw.splitlines())
#[test]
fn http_headers_option_dict() {
    let raw = "Host: example.com\nAccept: */*";
    let h = comp!({k: v.trim() for line in raw.lines() let (k, v) = line.split_once(':')?});
    let h = h.unwrap();
    assert_eq!(h["Host"], "example.com");
    assert_eq!(h["Accept"], "*/*");
    let bad = "Host: a\nbroken line";
    assert_eq!(
        comp!({k: v for line in bad.lines() let (k, v) = line.split_once(':')?}),
        None
    );
}

// values = [cfg[k] for k in keys]  -> ok_or to a custom error
#[test]
fn ok_or_custom_error() {
    let cfg: HashMap<String, String> =
        HashMap::from([("a".into(), "1".into()), ("b".into(), "2".into())]);
    let get = |keys: &[&str]| -> Result<Vec<String>, ConfigError> {
        comp![cfg.get(*k).ok_or(ConfigError::Missing(k.to_string()))?.clone() for k in keys]
    };
    assert_eq!(get(&["b", "a"]), Ok(vec!["2".to_string(), "1".to_string()]));
    assert_eq!(get(&["a", "z"]), Err(ConfigError::Missing("z".into())));
}

// FOUND (fixed; following the crate's own help text `.map_err(<ConfigError>::from)?`):
// comp![require(cfg, k)?.parse::<u32>().map_err(<ConfigError>::from)? for k in keys] -> error[E0423]: expected value, found enum `ConfigError`
// (`<ConfigError>::from` inside the comprehension was read as a chained comparison)
// timeouts = [int(cfg[k]) for k in keys]   # KeyError or ValueError -> ConfigError
fn timeouts(cfg: &HashMap<&str, &str>, keys: &[&str]) -> Result<Vec<u32>, ConfigError> {
    comp![require(cfg, k)?.parse::<u32>().map_err(<ConfigError>::from)? for k in keys]
}

#[test]
fn two_error_sources_unified_with_map_err() {
    let cfg = HashMap::from([("connect", "5"), ("read", "30"), ("write", "x")]);
    assert_eq!(timeouts(&cfg, &["connect", "read"]), Ok(vec![5, 30]));
    assert!(matches!(
        timeouts(&cfg, &["connect", "write"]),
        Err(ConfigError::BadValue(_))
    ));
    assert_eq!(
        timeouts(&cfg, &["idle"]),
        Err(ConfigError::Missing("idle".into()))
    );
}

// first_words = [line.split()[0] for line in lines]
fn first_words<'a>(lines: &[&'a str]) -> Option<Vec<&'a str>> {
    comp![line.split_whitespace().next()? for line in lines]
}

#[test]
fn first_word_of_each_line_option() {
    assert_eq!(
        first_words(&["GET /a", "POST /b"]),
        Some(vec!["GET", "POST"])
    );
    assert_eq!(first_words(&["GET /a", "   "]), None);
}

// nums = (int(s) for s in v); sum(nums)
#[test]
fn lazy_fallible_collect_and_sum() {
    let v = ["1", "2", "3"];
    let all: Result<Vec<i32>, _> = comp!((s.parse::<i32>()? for s in v)).collect();
    assert_eq!(all, Ok(vec![1, 2, 3]));
    let total: Result<i32, ParseIntError> = comp!((s.parse::<i32>()? for s in v)).sum();
    assert_eq!(total, Ok(6));
    let total: Result<i32, ParseIntError> =
        comp!((s.parse::<i32>()? for s in ["1", "x", "3"])).sum();
    assert!(total.is_err());
}

// for n in (int(s) for s in v): ...   # stops at the first bad one
#[test]
fn lazy_fallible_ends_after_first_error() {
    let v = ["1", "2", "oops", "4", "5"];
    let items: Vec<Result<i32, ParseIntError>> = comp!((s.parse::<i32>()? for s in v)).collect();
    assert_eq!(items.len(), 3);
    assert_eq!(items[..2], [Ok(1), Ok(2)]);
    assert_eq!(items[2], Err(int_err("oops")));
}

fn parse_stream<'a>(v: &'a [&'a str]) -> impl Iterator<Item = Result<i32, ParseIntError>> + 'a {
    comp!(move (s.parse::<i32>()? for s in v))
}

// def parse_stream(v): return (int(s) for s in v)
#[test]
fn lazy_fallible_returned_from_fn() {
    let v = ["10", "20"];
    assert_eq!(
        parse_stream(&v).collect::<Result<Vec<_>, _>>(),
        Ok(vec![10, 20])
    );
    let w = ["10", "-", "30"];
    let first_bad = parse_stream(&w).find(|r| r.is_err());
    assert_eq!(first_bad, Some(Err(int_err("-"))));
}

struct Inventory {
    stock: Vec<(String, String)>,
}

impl Inventory {
    // def counts(self): return {name: int(n) for name, n in self.stock}
    fn counts(&self) -> Result<HashMap<String, u32>, ConfigError> {
        comp!({name.clone(): n.parse::<u32>().map_err(ConfigError::from)? for (name, n) in &self.stock})
    }
}

#[test]
fn method_returning_fallible_dict() {
    let inv = Inventory {
        stock: vec![("bolt".into(), "40".into()), ("nut".into(), "12".into())],
    };
    let c = inv.counts().unwrap();
    assert_eq!(c["bolt"] + c["nut"], 52);
    let inv = Inventory {
        stock: vec![("bolt".into(), "many".into())],
    };
    assert!(matches!(inv.counts(), Err(ConfigError::BadValue(_))));
}

// def load(cfg): ids = [int(x) for x in cfg["ids"]]; tags = {t.strip() for t in cfg["tags"]}; return ids, tags
fn load_two(ids: &[&str], tags: &[&str]) -> Result<(Vec<u64>, HashSet<String>), Box<dyn Error>> {
    let ids = comp![x.parse::<u64>()? for x in ids]?;
    let tags = comp!({t.trim().to_string() for t in tags if !t.trim().is_empty()});
    Ok((ids, tags))
}

#[test]
fn two_comprehensions_in_one_boxed_fn() {
    let (ids, tags) = load_two(&["7", "9"], &[" a", "b ", " "]).unwrap();
    assert_eq!(ids, vec![7, 9]);
    assert_eq!(tags, HashSet::from(["a".to_string(), "b".to_string()]));
    assert!(load_two(&["7", "nine"], &[]).is_err());
}

// vals = [int(v) if kind == "int" else 0 for kind, v in cells]   (as a match)
#[test]
fn question_mark_in_match_arm() {
    let cells = [("int", "5"), ("null", ""), ("int", "-2")];
    let r = comp![match kind { "int" => v.parse::<i64>()?, _ => 0 } for (kind, v) in cells];
    assert_eq!(r, Ok(vec![5, 0, -2]));
    let r = comp![match kind { "int" => v.parse::<i64>()?, _ => 0 } for (kind, v) in [("int", "")]];
    assert!(r.is_err());
}

// row = [int(s) if s != "-" else 0 for s in cells]
#[test]
fn question_mark_in_conditional_branch() {
    let cells = ["4", "-", "6"];
    let r = comp![s.parse::<i32>()? if s != "-" else 0 for s in cells];
    assert_eq!(r, Ok(vec![4, 0, 6]));
    let r = comp![s.parse::<i32>()? if s != "-" else 0 for s in ["4", "?"]];
    assert!(r.is_err());
}

// octets = [v for s in parts if 0 <= (v := int(s)) < 256]
#[test]
fn let_question_mark_then_chained_comparison() {
    let parts = ["192", "300", "1", "-4"];
    let r = comp![v for s in parts let v = s.parse::<i32>()? if 0 <= v < 256];
    assert_eq!(r, Ok(vec![192, 1]));
    assert!(comp![v for s in ["1", "a"] let v = s.parse::<i32>()? if 0 <= v < 256].is_err());
}

// ids = [int(l[3:]) for l in lines if l.startswith("id=")]
#[test]
fn if_let_then_question_mark() {
    let lines = ["id=4", "name=x", "id=9"];
    let r = comp![n.parse::<u32>()? for line in lines if let Some(n) = line.strip_prefix("id=")];
    assert_eq!(r, Ok(vec![4, 9]));
    let r = comp![n.parse::<u32>()? for line in ["id="] if let Some(n) = line.strip_prefix("id=")];
    assert!(r.is_err());
}

// cells = [(r, int(c)) for r, row in enumerate(rows) for c in row.split()]
#[test]
fn nested_for_with_question_mark() {
    let rows = ["1 2", "3"];
    let r = comp![(i, c.parse::<u8>()?) for (i, row) in rows.iter().enumerate() for c in row.split(' ')];
    assert_eq!(r, Ok(vec![(0, 1), (0, 2), (1, 3)]));
    let r = comp![(i, c.parse::<u8>()?) for (i, row) in ["1 999"].iter().enumerate() for c in row.split(' ')];
    assert!(r.is_err());
}

// usd = [amt * rates[cur] for cur, amt in txns]
fn to_usd(txns: &[(&str, f64)], rates: &HashMap<&str, f64>) -> Option<Vec<f64>> {
    comp![amt * rates.get(cur)? for (cur, amt) in txns]
}

#[test]
fn finance_currency_conversion_option() {
    let rates = HashMap::from([("EUR", 1.5), ("USD", 1.0)]);
    assert_eq!(
        to_usd(&[("EUR", 10.0), ("USD", 2.0)], &rates),
        Some(vec![15.0, 2.0])
    );
    assert_eq!(to_usd(&[("GBP", 1.0)], &rates), None);
}

// averages = [total // n for total, n in buckets]   # ZeroDivisionError
#[test]
fn checked_div_option() {
    let buckets: [(u64, u64); 2] = [(100, 4), (9, 3)];
    let avg = comp![total.checked_div(n)? for (total, n) in buckets];
    assert_eq!(avg, Some(vec![25, 3]));
    let buckets: [(u64, u64); 2] = [(100, 4), (9, 0)];
    assert_eq!(comp![total.checked_div(n)? for (total, n) in buckets], None);
}

fn check_email(e: &str) -> Result<&str, String> {
    if e.contains('@') {
        Ok(e)
    } else {
        Err(format!("invalid email: {e}"))
    }
}

// emails = [validate(e) for e in form["emails"]]
fn valid_emails<'a>(emails: &[&'a str]) -> Result<Vec<&'a str>, String> {
    comp![check_email(e)? for e in emails]
}

#[test]
fn string_error_from_validator() {
    assert_eq!(valid_emails(&["a@x.org"]), Ok(vec!["a@x.org"]));
    assert_eq!(
        valid_emails(&["a@x.org", "bob"]),
        Err("invalid email: bob".to_string())
    );
}

// by_id = {int(i): name for i, name in rows}
#[test]
fn question_mark_in_dict_key() {
    let rows = [("1", "ann"), ("2", "ben")];
    let d = comp!({id.parse::<u32>()?: name for (id, name) in rows});
    assert_eq!(d, Ok(HashMap::from([(1, "ann"), (2, "ben")])));
    assert!(comp!({id.parse::<u32>()?: name for (id, name) in [("x", "ann")]}).is_err());
}

// domains = {e.split("@")[1] for e in emails}
#[test]
fn option_set_of_domains() {
    let emails = ["a@x.org", "b@y.com", "c@x.org"];
    let d = comp!({e.split('@').nth(1)? for e in emails});
    assert_eq!(d, Some(HashSet::from(["x.org", "y.com"])));
    assert_eq!(
        comp!({e.split('@').nth(1)? for e in ["a@x.org", "nobody"]}),
        None
    );
}

// pixels = [bytes([v])[0] for v in values]  # ValueError if out of range
#[test]
fn try_from_int_error() {
    let values = [0i32, 128, 255];
    let r: Result<Vec<u8>, TryFromIntError> = comp![u8::try_from(v)? for v in values];
    assert_eq!(r, Ok(vec![0, 128, 255]));
    let r: Result<Vec<u8>, TryFromIntError> = comp![u8::try_from(v)? for v in [1, 256]];
    assert!(r.is_err());
}

// results = [[int(c) for c in line.split(",")] for line in lines]   # per-line errors kept
#[test]
fn per_line_results_with_map() {
    let lines = ["1,2", "x", "3"];
    let per_line: Vec<Result<Vec<i32>, ParseIntError>> = lines
        .iter()
        .map(|l| comp![c.parse::<i32>()? for c in l.split(',')])
        .collect();
    assert_eq!(per_line[0], Ok(vec![1, 2]));
    assert!(per_line[1].is_err());
    assert_eq!(per_line[2], Ok(vec![3]));
}

// def sizes(paths): return {p.name: p.stat().st_size for p in paths}
fn sizes(paths: &[PathBuf]) -> io::Result<BTreeMap<String, u64>> {
    let m = comp!({p.file_name().unwrap().to_string_lossy().into_owned(): fs::metadata(p)?.len() for p in paths})?;
    Ok(m.into_iter().collect())
}

#[test]
fn file_sizes_dict_io_error() {
    let d = tmp_dir("sizes");
    fs::write(d.join("x.bin"), [0u8; 5]).unwrap();
    fs::write(d.join("y.bin"), [0u8; 2]).unwrap();
    let m = sizes(&[d.join("x.bin"), d.join("y.bin")]).unwrap();
    assert_eq!(
        m.into_iter().collect::<Vec<_>>(),
        vec![("x.bin".to_string(), 5), ("y.bin".to_string(), 2)]
    );
    assert!(sizes(&[d.join("z.bin")]).is_err());
}

// total = sum(int(l.split()[-1]) for l in log if l.startswith("bytes"))
#[test]
fn lazy_fallible_sum_of_log_field() {
    let log = ["bytes 100", "skip", "bytes 250"];
    let total: Result<u64, ParseIntError> =
        comp!((l.rsplit(' ').next().unwrap().parse::<u64>()? for l in log if l.starts_with("bytes"))).sum();
    assert_eq!(total, Ok(350));
}

// widths = [len(c) for c in header.split("|")] if header else None
#[test]
fn option_question_in_first_iterable() {
    let header: Option<&str> = Some("id|name|email");
    let widths = comp![c.len() for c in header?.split('|')];
    assert_eq!(widths, Some(vec![2, 4, 5]));
    let header: Option<&str> = None;
    let widths = comp![c.len() for c in header?.split('|')];
    assert_eq!(widths, None);
}

// ---------------------------------------------------------------- async with `?`

#[derive(Debug, Clone, PartialEq)]
struct User {
    id: u32,
    name: String,
    team: String,
}

#[derive(Debug, PartialEq)]
enum ApiError {
    NotFound(u32),
    Timeout,
}

#[derive(Debug, PartialEq)]
enum AppError {
    Api(ApiError),
    Parse(String),
}

impl From<ApiError> for AppError {
    fn from(e: ApiError) -> Self {
        AppError::Api(e)
    }
}

async fn fetch_user(id: u32) -> Result<User, ApiError> {
    tokio::time::sleep(Duration::from_millis(u64::from(5 - id % 5))).await;
    if id >= 100 {
        return Err(ApiError::NotFound(id));
    }
    let team = if id % 2 == 0 { "even" } else { "odd" };
    Ok(User {
        id,
        name: format!("user{id}"),
        team: team.to_string(),
    })
}

async fn is_enabled(id: u32) -> Result<bool, ApiError> {
    tokio::task::yield_now().await;
    if id >= 100 {
        Err(ApiError::NotFound(id))
    } else {
        Ok(id % 3 != 0)
    }
}

async fn lookup_port(service: &str) -> Option<u16> {
    tokio::task::yield_now().await;
    match service {
        "http" => Some(80),
        "https" => Some(443),
        _ => None,
    }
}

async fn fetch_text(name: &str) -> String {
    tokio::task::yield_now().await;
    match name {
        "a" => "12".to_string(),
        "b" => "30".to_string(),
        _ => "n/a".to_string(),
    }
}

// async def fetch_all(ids): return [await fetch_user(i) for i in ids]
async fn fetch_all(ids: &[u32]) -> Result<Vec<User>, ApiError> {
    acomp![fetch_user(*id).await? for id in ids]
}

#[tokio::test]
async fn async_fetch_all_sequential() {
    let users = fetch_all(&[1, 2]).await.unwrap();
    assert_eq!(
        users.iter().map(|u| u.name.as_str()).collect::<Vec<_>>(),
        ["user1", "user2"]
    );
    assert_eq!(fetch_all(&[1, 404, 2]).await, Err(ApiError::NotFound(404)));
}

// async def fetch_many(ids): return await asyncio.gather(*[fetch_user(i) for i in ids])
async fn fetch_many(ids: Vec<u32>) -> Result<Vec<User>, ApiError> {
    acomp![fetch_user(id).await? for id in ids; concurrency = 4]
}

#[tokio::test]
async fn async_gather_with_concurrency() {
    let users = fetch_many((1..=9).collect()).await.unwrap();
    assert_eq!(
        users.iter().map(|u| u.id).collect::<Vec<_>>(),
        (1..=9).collect::<Vec<_>>()
    );
    assert_eq!(
        fetch_many(vec![1, 2, 150, 3]).await,
        Err(ApiError::NotFound(150))
    );
}

// names = {u.id: u.name for u in await asyncio.gather(*[fetch_user(i) for i in ids])}
#[tokio::test]
async fn async_dict_with_concurrency_and_question_mark() {
    let ids = [4u32, 7, 9];
    let names = acomp!({id: fetch_user(id).await?.name for id in ids; concurrency = 3});
    let names = names.unwrap();
    assert_eq!(names[&7], "user7");
    assert_eq!(names.len(), 3);
    let names = acomp!({id: fetch_user(id).await?.name for id in [1u32, 120]; concurrency = 3});
    assert_eq!(names, Err(ApiError::NotFound(120)));
}

// teams = {(await fetch_user(i)).team for i in ids}
#[tokio::test]
async fn async_set_sequential_question_mark() {
    let teams = acomp!({fetch_user(id).await?.team for id in [1u32, 2, 3]});
    assert_eq!(
        teams,
        Ok(HashSet::from(["odd".to_string(), "even".to_string()]))
    );
}

// users = [await fetch_user(i) for i in ids]   (prefix await)
#[tokio::test]
async fn async_prefix_await_with_question_mark() {
    let ids = vec![5u32, 6];
    let r: Result<Vec<User>, ApiError> = acomp![await fetch_user(id)? for id in ids];
    assert_eq!(r.unwrap()[1].team, "even");
    let r: Result<Vec<User>, ApiError> = acomp![await fetch_user(id)? for id in [5, 500]];
    assert_eq!(r, Err(ApiError::NotFound(500)));
}

// enabled = [i for i in ids if await is_enabled(i)]
#[tokio::test]
async fn async_question_mark_in_filter() {
    let r = acomp![id for id in 1u32..=6 if is_enabled(id).await?];
    assert_eq!(r, Ok(vec![1, 2, 4, 5]));
    let r = acomp![id for id in [1u32, 200] if is_enabled(id).await?];
    assert_eq!(r, Err(ApiError::NotFound(200)));
}

// done = [u for u in asyncio.as_completed(...)]
#[tokio::test]
async fn async_unordered_question_mark() {
    let ids = vec![1u32, 2, 3, 4];
    let mut got =
        acomp![fetch_user(id).await?.id for id in ids; concurrency = 2, unordered].unwrap();
    got.sort();
    assert_eq!(got, vec![1, 2, 3, 4]);
    let r = acomp![fetch_user(id).await?.id for id in [1u32, 101]; concurrency = 2, unordered];
    assert_eq!(r, Err(ApiError::NotFound(101)));
}

// async def gen(): for i in ids: yield await fetch_user(i)   (stops at the first exception)
#[tokio::test]
async fn lazy_async_fallible_stream_collect() {
    let ids = vec![1u32, 2, 300, 4];
    let items: Vec<Result<User, ApiError>> = acomp!((fetch_user(id).await? for id in ids))
        .collect()
        .await;
    assert_eq!(items.len(), 3);
    assert!(items[0].is_ok() && items[1].is_ok());
    assert_eq!(items[2], Err(ApiError::NotFound(300)));
}

// users = [u async for u in fetch_stream(ids)]   (bounded, all-or-nothing)
#[tokio::test]
async fn lazy_async_concurrency_try_collect() {
    let ids: Vec<u32> = (10..20).collect();
    let s = acomp!((fetch_user(id).await? for id in ids; concurrency = 3));
    let users: Vec<User> = s.try_collect().await.unwrap();
    assert_eq!(users.len(), 10);
    assert_eq!(users[0].id, 10);
    let s = acomp!((fetch_user(id).await? for id in [10u32, 999, 11]; concurrency = 3));
    let r: Result<Vec<User>, ApiError> = s.try_collect().await;
    assert_eq!(r, Err(ApiError::NotFound(999)));
}

// async def team_of(ids): return [(await fetch_user(i)).team for i in ids]   # errors wrapped in AppError
async fn teams_of(ids: &[u32]) -> Result<Vec<String>, AppError> {
    Ok(acomp![fetch_user(*id).await?.team for id in ids; concurrency = 2]?)
}

#[tokio::test]
async fn async_converted_error_outside() {
    assert_eq!(
        teams_of(&[1, 2]).await,
        Ok(vec!["odd".to_string(), "even".to_string()])
    );
    assert_eq!(
        teams_of(&[1, 102]).await,
        Err(AppError::Api(ApiError::NotFound(102)))
    );
}

// lines = [line async for line in reader]   # raises on a read error
#[tokio::test]
async fn async_for_over_stream_of_results() {
    let reader = stream::iter(vec![io::Result::Ok("a".to_string()), Ok("b".to_string())]);
    let lines: io::Result<Vec<String>> = acomp![line? async for line in reader];
    assert_eq!(lines.unwrap(), vec!["a", "b"]);
    let reader = stream::iter(vec![
        Ok("a".to_string()),
        Err(io::Error::new(io::ErrorKind::UnexpectedEof, "eof")),
        Ok("c".to_string()),
    ]);
    let lines: io::Result<Vec<String>> = acomp![line? async for line in reader];
    assert_eq!(lines.unwrap_err().kind(), io::ErrorKind::UnexpectedEof);
}

// ports = [await lookup(s) for s in services]   # None if any is unknown
async fn ports_of(services: &[&str]) -> Option<Vec<u16>> {
    acomp![lookup_port(s).await? for s in services]
}

#[tokio::test]
async fn async_option_question_mark() {
    assert_eq!(ports_of(&["https", "http"]).await, Some(vec![443, 80]));
    assert_eq!(ports_of(&["http", "gopher"]).await, None);
}

async fn slow_user(id: u32) -> Result<User, ApiError> {
    tokio::time::sleep(Duration::from_millis(if id == 13 { 500 } else { 1 })).await;
    fetch_user(id).await
}

// users = [await asyncio.wait_for(fetch(i), 0.05) for i in ids]
#[tokio::test(start_paused = true)]
async fn async_timeout_double_question_mark() {
    let ids = [1u32, 2];
    let r = acomp![tokio::time::timeout(Duration::from_millis(50), slow_user(id)).await.map_err(|_| ApiError::Timeout)??.id for id in ids; concurrency = 2];
    assert_eq!(r, Ok(vec![1, 2]));
    let r = acomp![tokio::time::timeout(Duration::from_millis(50), slow_user(id)).await.map_err(|_| ApiError::Timeout)??.id for id in [1u32, 13]; concurrency = 2];
    assert_eq!(r, Err(ApiError::Timeout));
}

// limit = settings.max_conn; users = await gather_limited(..., limit)
#[tokio::test]
async fn async_concurrency_from_variable() {
    let max_conn = std::env::var("ROUND9_MAX_CONN")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3usize);
    let ids: Vec<u32> = (1..=7).collect();
    let names: Result<Vec<String>, ApiError> =
        acomp![fetch_user(*id).await?.name for id in &ids; concurrency = max_conn];
    assert_eq!(names.unwrap().last().map(String::as_str), Some("user7"));
}

// sizes = {n: int(await fetch_text(n)) for n in names}
#[tokio::test]
async fn async_let_await_then_parse_question_mark() {
    let names = ["a", "b"];
    let d =
        acomp!({name: body.parse::<u32>()? for name in names let body = fetch_text(name).await});
    assert_eq!(d, Ok(HashMap::from([("a", 12), ("b", 30)])));
    let d = acomp!({name: body.parse::<u32>()? for name in ["a", "zz"] let body = fetch_text(name).await});
    assert!(d.is_err());
}

struct Snapshot {
    users: Result<Vec<User>, ApiError>,
    ports: Option<Vec<u16>>,
}

// snap = Snapshot(users=[await fetch_user(i) for i in ids], ports=[await lookup(s) for s in svcs])
async fn snapshot(ids: &[u32], svcs: &[&str]) -> Snapshot {
    Snapshot {
        users: acomp![fetch_user(*id).await? for id in ids; concurrency = 2],
        ports: acomp![lookup_port(s).await? for s in svcs],
    }
}

#[tokio::test]
async fn async_struct_fields() {
    let s = snapshot(&[3, 4], &["http"]).await;
    assert_eq!(s.users.map(|u| u.len()), Ok(2));
    assert_eq!(s.ports, Some(vec![80]));
    let s = snapshot(&[3, 400], &["x"]).await;
    assert_eq!(s.users.map(|u| u.len()), Err(ApiError::NotFound(400)));
    assert_eq!(s.ports, None);
}

// task = asyncio.create_task(gather(...)); users = await task
#[tokio::test]
async fn async_comprehension_inside_spawned_task() {
    let ids = vec![8u32, 9];
    let handle =
        tokio::spawn(
            async move { acomp![fetch_user(id).await?.name for id in ids; concurrency = 2] },
        );
    assert_eq!(
        handle.await.unwrap(),
        Ok(vec!["user8".to_string(), "user9".to_string()])
    );
}

// parsed = [int(x) async for x in aiter_lines() ]   # error in the element after the stream
#[tokio::test]
async fn async_for_parse_question_mark() {
    let lines = stream::iter(["1", "2", "3"]);
    let r = acomp![l.parse::<i32>()? * 10 async for l in lines];
    assert_eq!(r, Ok(vec![10, 20, 30]));
    let lines = stream::iter(["1", "z"]);
    let r = acomp![l.parse::<i32>()? * 10 async for l in lines];
    assert!(r.is_err());
}

// for u in (await fetch_user(i) for i in ids): first one failing
#[tokio::test]
async fn lazy_async_fallible_next() {
    let ids = vec![1u32, 777];
    let mut s = acomp!((fetch_user(id).await?.id for id in ids));
    assert_eq!(s.next().await, Some(Ok(1)));
    assert_eq!(s.next().await, Some(Err(ApiError::NotFound(777))));
    assert_eq!(s.next().await, None);
}

// profiles = {u.name: u.team for u in await gather(...) }   into AppError with a parse step
async fn user_scores(raw: &[(u32, &str)]) -> Result<HashMap<String, u32>, AppError> {
    acomp!({fetch_user(*id).await.map_err(AppError::from)?.name: score.parse::<u32>().map_err(|e| AppError::Parse(e.to_string()))? for (id, score) in raw})
}

#[tokio::test]
async fn async_two_error_sources_map_err_into_app_error() {
    let m = user_scores(&[(1, "10"), (2, "20")]).await.unwrap();
    assert_eq!(m["user2"], 20);
    assert_eq!(
        user_scores(&[(1, "ten")]).await,
        Err(AppError::Parse("invalid digit found in string".into()))
    );
    assert_eq!(
        user_scores(&[(101, "1")]).await,
        Err(AppError::Api(ApiError::NotFound(101)))
    );
}

// ---------------------------------------------------------------- everything else

// levels = [l.split()[2] for l in log if "ERROR" in l or "WARN" in l]
#[test]
fn log_levels_filter() {
    let log =
        "2024-01-01 10:00 INFO start\n2024-01-01 10:01 ERROR disk\n2024-01-01 10:02 WARN slow";
    let levels = comp![l.split(' ').nth(2).unwrap() for l in log.lines() if l.contains("ERROR") || l.contains("WARN")];
    assert_eq!(levels, vec!["ERROR", "WARN"]);
}

// counts = {lvl: sum(1 for l in lines if lvl in l) for lvl in ("INFO", "ERROR")}
#[test]
fn log_level_counts_dict_with_inner_generator() {
    let lines = ["INFO a", "ERROR b", "INFO c"];
    let counts = comp!({lvl: Iterator::count(l for l in lines if l.starts_with(lvl)) for lvl in ["INFO", "ERROR", "DEBUG"]});
    assert_eq!(counts["INFO"], 2);
    assert_eq!(counts["ERROR"], 1);
    assert_eq!(counts["DEBUG"], 0);
}

// ips = {l.split()[0] for l in access_log}
#[test]
fn unique_client_ips() {
    let access = ["10.0.0.1 GET /", "10.0.0.2 GET /a", "10.0.0.1 POST /b"];
    let ips = comp!({l.split_whitespace().next().unwrap() for l in access});
    assert_eq!(ips.len(), 2);
    assert!(ips.contains("10.0.0.2"));
}

// slow = [(path, ms) for path, ms in timings if ms > 200]
#[test]
fn slow_requests_tuple_pattern() {
    let timings = vec![("/a", 120u32), ("/b", 450), ("/c", 201)];
    let slow = comp![(path, ms) for (path, ms) in &timings if *ms > 200];
    assert_eq!(slow, vec![(&"/b", &450), (&"/c", &201)]);
}

// status = ["ok" if code < 400 else "client" if code < 500 else "server" for code in codes]
#[test]
fn chained_conditional_status_classes() {
    let codes = [200, 404, 503, 301];
    let classes =
        comp!["ok" if code < 400 else "client" if code < 500 else "server" for code in codes];
    assert_eq!(classes, vec!["ok", "client", "server", "ok"]);
}

// clean = [s.strip().lower() for s in raw if s and s.strip()]
#[test]
fn data_cleaning_strip_lower() {
    let raw = ["  Alice ", "", "BOB", "   "];
    let clean = comp![s.trim().to_lowercase() for s in raw if !s.trim().is_empty()];
    assert_eq!(clean, vec!["alice", "bob"]);
}

// filled = [v if v is not None else mean for v in col]
#[test]
fn impute_missing_with_mean() {
    let col = [Some(2.0), None, Some(4.0)];
    let present = comp![*v for v in col.iter().flatten()];
    let mean = present.iter().sum::<f64>() / present.len() as f64;
    let filled = comp![v.unwrap_or(mean) for v in col];
    assert_eq!(filled, vec![2.0, 3.0, 4.0]);
}

// deduped = list({r["email"].lower(): r for r in rows}.values())
#[test]
fn dedupe_by_lowercased_key_last_wins() {
    let rows = [("A@x.org", 1), ("b@x.org", 2), ("a@X.org", 3)];
    let by_email = comp!({e.to_lowercase(): id for (e, id) in rows});
    assert_eq!(by_email.len(), 2);
    assert_eq!(by_email["a@x.org"], 3);
}

// inverted = {v: k for k, v in mapping.items()}
#[test]
fn invert_mapping() {
    let mapping = HashMap::from([("one", 1), ("two", 2)]);
    let inv = comp!({*v: *k for (k, v) in &mapping});
    assert_eq!(inv[&2], "two");
}

// grid = [[0] * w for _ in range(h)]
#[test]
fn grid_of_zeros() {
    let (w, h) = (3, 2);
    let grid = comp![[0u8 for _ in 0..w] for _ in 0..h];
    assert_eq!(grid, vec![vec![0, 0, 0], vec![0, 0, 0]]);
}

// transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
#[test]
fn transpose_matrix() {
    let matrix = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let t = comp![[row[i] for row in &matrix] for i in 0..matrix[0].len()];
    assert_eq!(t, vec![vec![1, 4], vec![2, 5], vec![3, 6]]);
}

// flat = [x for row in matrix for x in row if x % 2 == 0]
#[test]
fn flatten_even() {
    let matrix = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let flat = comp![*x for row in &matrix for x in row if x % 2 == 0];
    assert_eq!(flat, vec![2, 4, 6]);
}

// pairs = [(a, b) for a in teams for b in teams if a < b]
#[test]
fn round_robin_pairs() {
    let teams = ["ant", "bee", "cat"];
    let pairs = comp![(a, b) for a in teams for b in teams if a < b];
    assert_eq!(pairs, vec![("ant", "bee"), ("ant", "cat"), ("bee", "cat")]);
}

// total = sum(p * q for p, q in zip(prices, qty))
#[test]
fn lazy_sum_dot_product() {
    let prices = [9.5, 2.0];
    let qty = [2.0, 3.0];
    let total: f64 = comp!((p * q for (p, q) in prices.iter().zip(&qty))).sum();
    assert_eq!(total, 25.0);
}

// biggest = max(len(w) for w in words)
#[test]
fn lazy_max_word_len() {
    let text = "the quick brownish fox";
    let biggest = comp!((w.len() for w in text.split(' '))).max();
    assert_eq!(biggest, Some(8));
}

// has_admin = any(u["role"] == "admin" for u in users)
#[test]
fn lazy_any_all() {
    let roles = ["dev", "admin", "ops"];
    assert!(comp!((r == "admin" for r in roles)).any(|b| b));
    assert!(!comp!((r.len() > 2 for r in roles)).all(|b| !b));
    let mut gen = comp!((r for r in roles if r.starts_with('o')));
    assert_eq!(gen.next(), Some("ops"));
    assert_eq!(gen.next(), None);
}

// returns = [(b - a) / a for a, b in zip(prices, prices[1:])]
#[test]
fn finance_daily_returns() {
    let prices = [100.0f64, 110.0, 99.0];
    let r = comp![(b - a) / a for (a, b) in prices.iter().zip(&prices[1..])];
    assert_eq!(r.len(), 2);
    assert!((r[0] - 0.1).abs() < 1e-12);
    assert!((r[1] + 0.1).abs() < 1e-12);
}

// moving_avg = [sum(xs[i:i+3]) / 3 for i in range(len(xs) - 2)]
#[test]
fn moving_average_window() {
    let xs = [1.0, 2.0, 3.0, 4.0, 5.0];
    let ma = comp![xs[i..i + 3].iter().sum::<f64>() / 3.0 for i in 0..xs.len() - 2];
    assert_eq!(ma, vec![2.0, 3.0, 4.0]);
}

// zscores = [(x - mu) / sd for x in data]
#[test]
fn scientific_zscores() {
    let data = [2.0f64, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
    let mu = comp!((x for x in data)).sum::<f64>() / data.len() as f64;
    let sd = (comp!(((x - mu).powi(2) for x in data)).sum::<f64>() / data.len() as f64).sqrt();
    let z = comp![(x - mu) / sd for x in data];
    assert_eq!(mu, 5.0);
    assert_eq!(sd, 2.0);
    assert_eq!(z[0], -1.5);
}

// outliers = [x for x in data if not (lo <= x <= hi)]
#[test]
fn outliers_chained_comparison() {
    let data = [1, 50, 3, -9, 7];
    let (lo, hi) = (0, 10);
    let inliers = comp![x for x in data if lo <= x <= hi];
    let outliers = comp![x for x in data if !(lo <= x <= hi)];
    assert_eq!(inliers, vec![1, 3, 7]);
    assert_eq!(outliers, vec![50, -9]);
}

// hist = {b: sum(1 for x in data if b <= x < b + 10) for b in range(0, 30, 10)}
#[test]
fn histogram_buckets() {
    let data = [1, 5, 12, 25, 29, 30];
    let hist = comp!({b: Iterator::count(x for x in data if b <= x < b + 10) for b in (0..30).step_by(10)});
    assert_eq!(hist, HashMap::from([(0, 2), (10, 1), (20, 2)]));
}

// args = {k.lstrip("-"): v for k, v in zip(argv[::2], argv[1::2]) if k.startswith("--")}
#[test]
fn cli_flag_pairs() {
    let argv = ["--out", "a.txt", "-v", "1", "--level", "3"];
    let flags = comp!({k.trim_start_matches('-'): *v for (k, v) in argv.iter().step_by(2).zip(argv.iter().skip(1).step_by(2)) if k.starts_with("--")});
    assert_eq!(flags.len(), 2);
    assert_eq!(flags["level"], "3");
}

// exts = {p.suffix for p in paths if p.suffix}
#[test]
fn file_extensions_set() {
    let paths = ["a.rs", "b.toml", "Makefile", "c.rs"];
    let exts = comp!({ext for p in paths if let Some(ext) = Path::new(p).extension().and_then(|e| e.to_str())});
    assert_eq!(exts, HashSet::from(["rs", "toml"]));
}

// words = [w for line in text.splitlines() for w in line.split() if len(w) > 3]
#[test]
fn long_words_nested_lazy_count() {
    let text = "alpha be\ngamma delta ep";
    let words = comp![w for line in text.lines() for w in line.split(' ') if w.len() > 3];
    assert_eq!(words, vec!["alpha", "gamma", "delta"]);
    let n = comp!((w for line in text.lines() for w in line.split(' ') if w.len() <= 3)).count();
    assert_eq!(n, 2);
}

// normalized = [n for s in raw if (n := s.strip().lower()) not in stop]
#[test]
fn walrus_normalized_stopwords() {
    let stop = HashSet::from(["the", "a"]);
    let raw = [" The", "Cat ", "A", "sat"];
    let kept = comp![n for s in raw if !stop.contains((n := s.trim().to_lowercase()).as_str())];
    assert_eq!(kept, vec!["cat", "sat"]);
}

// big = [(name, size) for name, raw in files if (size := int(raw)) > 1024]
#[test]
fn walrus_size_filter_if_let() {
    let files = [("a", "2048"), ("b", "10"), ("c", "x")];
    let big = comp![(name, size) for (name, raw) in files if let Ok(size) = raw.parse::<u32>() if size > 1024];
    assert_eq!(big, vec![("a", 2048)]);
}

// labels = [f"{n} item{'s' if n != 1 else ''}" for n in counts]
#[test]
fn pluralize_in_format() {
    let counts = [0, 1, 2];
    let labels = comp![format!("{n} item{}", "" if n == 1 else "s") for n in counts];
    assert_eq!(labels, vec!["0 items", "1 item", "2 items"]);
}

// query = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
#[test]
fn url_query_string() {
    let params = BTreeMap::from([("page", "2"), ("q", "rust")]);
    let q = comp![format!("{k}={v}") for (k, v) in &params].join("&");
    assert_eq!(q, "page=2&q=rust");
}

// groups = {team: [u for u, t in members if t == team] for team in {t for _, t in members}}
#[test]
fn group_by_team_nested_dict_of_lists() {
    let members = [("ann", "red"), ("bo", "blue"), ("cy", "red")];
    let groups = comp!({team: [u for (u, t) in members if t == team] for team in comp!({t for (_, t) in members})});
    assert_eq!(groups["red"], vec!["ann", "cy"]);
    assert_eq!(groups["blue"], vec!["bo"]);
}

// seconds = [int(h) * 3600 + int(m) * 60 for h, m in (t.split(":") for t in times)]
#[test]
fn times_to_seconds_let_tuple() {
    let times = ["01:30", "00:05"];
    let secs = comp![h * 3600 + m * 60 for t in times let (h, m) = t.split_once(':').unwrap() let (h, m): (u32, u32) = (h.parse().unwrap(), m.parse().unwrap())];
    assert_eq!(secs, vec![5400, 300]);
}

// squares = {x: x * x for x in range(5) if x % 2}
#[test]
fn odd_squares_dict() {
    let sq = comp!({x: x * x for x in 0..5 if x % 2 == 1});
    assert_eq!(sq, HashMap::from([(1, 1), (3, 9)]));
}

// primes = [n for n in range(2, 30) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
#[test]
fn primes_with_inner_all() {
    let primes = comp![n for n in 2u32..30 if Iterator::all(&mut comp!((n % d != 0 for d in 2..=((n as f64).sqrt() as u32))), |b| b)];
    assert_eq!(primes, vec![2, 3, 5, 7, 11, 13, 17, 19, 23, 29]);
}

// async: results = [r async for r in responses if r.status == 200]
#[tokio::test]
async fn async_filter_stream_statuses() {
    let responses = stream::iter(vec![("/a", 200), ("/b", 500), ("/c", 200)]);
    let ok = acomp![path async for (path, status) in responses if status == 200];
    assert_eq!(ok, vec!["/a", "/c"]);
}

// async: cache = {k: await fetch_text(k) for k in keys}
#[tokio::test]
async fn async_cache_warming_dict() {
    let keys = ["a", "b", "c"];
    let cache = acomp!({k: fetch_text(k).await for k in keys; concurrency = 2});
    assert_eq!(cache["b"], "30");
    assert_eq!(cache["c"], "n/a");
}

// async: flat = [i async for s in streams async for i in s]
#[tokio::test]
async fn async_flatten_streams() {
    let streams = stream::iter(vec![stream::iter(vec![1, 2]), stream::iter(vec![3])]);
    let flat = acomp![i async for s in streams async for i in s];
    assert_eq!(flat, vec![1, 2, 3]);
}

// async: first = await anext(fetch_user(i) for i in ids if i > 5)
#[tokio::test]
async fn lazy_async_stream_next_with_filter() {
    let ids = vec![3u32, 6, 8];
    let mut s = acomp!((fetch_user(id).await.map(|u| u.name) for id in ids if id > 5));
    assert_eq!(s.next().await, Some(Ok("user6".to_string())));
    let rest: Vec<_> = s.collect().await;
    assert_eq!(rest, vec![Ok("user8".to_string())]);
}

// async: healthy = [h for h in hosts if await ping(h)]  -- not fallible, concurrency
#[tokio::test]
async fn async_filter_with_await_and_concurrency() {
    let hosts = vec![1u32, 3, 4, 6, 7];
    let healthy = acomp![h for h in hosts if is_enabled(h).await.unwrap_or(false); concurrency = 2];
    assert_eq!(healthy, vec![1, 4, 7]);
}
