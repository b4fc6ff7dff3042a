//! Round 8: real-world Python comprehensions (bioinformatics, text, finance,
//! devops, async) translated by a README-only user.
// Surrounding test style only: tests build small fixtures with vec! and
// compare floats with an epsilon helper.
#![allow(clippy::useless_vec)]

use comprehensions::{acomp, comp};
use std::collections::{HashMap, HashSet};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

// ---------------------------------------------------------------- bio / text

// kmers = [seq[i:i+k] for i in range(len(seq) - k + 1)]
#[test]
fn kmers_of_sequence() {
    let seq = "ATGCGA";
    let k = 3;
    let kmers = comp![&seq[i..i + k] for i in 0..seq.len() - k + 1];
    assert_eq!(kmers, vec!["ATG", "TGC", "GCG", "CGA"]);
}

// counts = {kmer: seq.count(kmer) for kmer in set(kmers)}  (overlapping count by hand)
#[test]
fn kmer_counts_dict() {
    let seq = "AAAAT";
    let k = 2;
    let kmers: Vec<&str> = (0..=seq.len() - k).map(|i| &seq[i..i + k]).collect();
    let counts =
        comp!({km: kmers.iter().filter(|x| **x == km).count() for km in kmers.iter().copied()});
    let mut expected = HashMap::new();
    expected.insert("AA", 3);
    expected.insert("AT", 1);
    assert_eq!(counts, expected);
}

// rc = "".join(COMP[b] for b in reversed(seq))
#[test]
fn reverse_complement() {
    let comp_map: HashMap<char, char> = [('A', 'T'), ('T', 'A'), ('G', 'C'), ('C', 'G')]
        .into_iter()
        .collect();
    let seq = "ATGCC";
    let rc: String = comp!((comp_map[&b] for b in seq.chars().rev())).collect();
    assert_eq!(rc, "GGCAT");
}

// codons = [seq[i:i+3] for i in range(0, len(seq) - 2, 3)]
#[test]
fn codons_step_by() {
    let seq = "ATGGCCTAAG";
    let codons = comp![&seq[i..i + 3] for i in (0..seq.len() - 2).step_by(3)];
    assert_eq!(codons, vec!["ATG", "GCC", "TAA"]);
}

// protein = "".join(TABLE.get(c, "X") for c in codons if c not in STOPS)
#[test]
fn translate_codons_skip_stops() {
    let table: HashMap<&str, char> = [("ATG", 'M'), ("GCC", 'A'), ("TTT", 'F')]
        .into_iter()
        .collect();
    let stops = ["TAA", "TAG", "TGA"];
    let codons = vec!["ATG", "GCC", "TAA", "CCC", "TTT"];
    let protein: String =
        comp!((*table.get(c).unwrap_or(&'X') for c in &codons if !stops.contains(c))).collect();
    assert_eq!(protein, "MAXF");
}

// gc = [sum(1 for b in s if b in "GC") / len(s) for s in reads]
#[test]
fn gc_content_per_read() {
    let reads = vec!["GGCC", "ATAT", "GATC"];
    let gc = comp![Iterator::sum::<usize>(1 for b in r.chars() if "GC".contains(b)) as f64 / r.len() as f64 for r in &reads];
    assert!(close(gc[0], 1.0) && close(gc[1], 0.0) && close(gc[2], 0.5));
}

// codon_table = {a + b + c: None for a in "ACGT" for b in "ACGT" for c in "ACGT"}
#[test]
fn all_codons_set() {
    let bases = ['A', 'C', 'G', 'T'];
    let all = comp!({format!("{a}{b}{c}") for a in bases for b in bases for c in bases});
    assert_eq!(all.len(), 64);
    assert!(all.contains("TGA") && all.contains("AAA"));
}

// freqs = {w: words.count(w) for w in set(words)}
#[test]
fn word_frequencies() {
    let text = "the cat and the hat and the bat";
    let words: Vec<&str> = text.split_whitespace().collect();
    let uniq: HashSet<&str> = words.iter().copied().collect();
    let freqs = comp!({w: words.iter().filter(|x| **x == w).count() for w in uniq});
    assert_eq!(freqs["the"], 3);
    assert_eq!(freqs["and"], 2);
    assert_eq!(freqs["cat"], 1);
    assert_eq!(freqs.len(), 5);
}

// tokens = [w.lower().strip(".,!?") for line in lines for w in line.split() if w.strip(".,!?")]
#[test]
fn normalize_tokens() {
    let lines = vec!["Hello, World!", "  ...  ok?"];
    let toks = comp![w.to_lowercase().trim_matches(|c| ".,!?".contains(c)).to_string() for line in &lines for w in line.split_whitespace() if !w.trim_matches(|c| ".,!?".contains(c)).is_empty()];
    assert_eq!(toks, vec!["hello", "world", "ok"]);
}

// by_len = {n: [w for w in words if len(w) == n] for n in {len(w) for w in words}}
#[test]
fn words_grouped_by_length() {
    let words = vec!["a", "to", "be", "cat", "I"];
    let by_len = comp!({n: [w for w in &words if w.len() == n] for n in {w.len() for w in &words}});
    assert_eq!(by_len[&1], vec![&"a", &"I"]);
    assert_eq!(by_len[&2], vec![&"to", &"be"]);
    assert_eq!(by_len[&3], vec![&"cat"]);
}

// acronym = "".join(w[0].upper() for w in title.split() if w not in STOP)
#[test]
fn acronym() {
    let stop = ["of", "the", "and"];
    let title = "portable network of the graphics";
    let a: String = comp!((w.chars().next().unwrap().to_ascii_uppercase() for w in title.split(' ') if !stop.contains(&w))).collect();
    assert_eq!(a, "PNG");
}

// hamming = sum(a != b for a, b in zip(s1, s2))
#[test]
fn hamming_distance() {
    let (s1, s2) = ("GAGCCT", "CATCGT");
    let d: usize = comp!((usize::from(a != b) for (a, b) in s1.chars().zip(s2.chars()))).sum();
    assert_eq!(d, 3);
}

// vowels = {c: sum(1 for x in text if x == c) for c in "aeiou"}
#[test]
fn vowel_counts_nested_generator() {
    let text = "education";
    let v = comp!({c: Iterator::count(x for x in text.chars() if x == c) for c in "aeiou".chars()});
    assert_eq!(v[&'a'], 1);
    assert_eq!(v[&'e'], 1);
    assert_eq!(v[&'u'], 1);
    assert_eq!(v[&'o'], 1);
    assert_eq!(v[&'i'], 1);
}

// orfs = [i for i in range(len(seq) - 2) if seq[i:i+3] == "ATG"]
#[test]
fn start_codon_positions() {
    let seq = "CCATGAATGT";
    let pos = comp![i for i in 0..seq.len() - 2 if &seq[i..i + 3] == "ATG"];
    assert_eq!(pos, vec![2, 6]);
}

// fasta = {h[1:]: s for h, s in zip(lines[::2], lines[1::2])}
#[test]
fn fasta_pairs_to_dict() {
    let lines = vec![">seq1", "ACGT", ">seq2", "TTGA"];
    let fasta = comp!({h[1..].to_string(): s.to_string() for (h, s) in lines.iter().step_by(2).zip(lines.iter().skip(1).step_by(2))});
    assert_eq!(fasta["seq1"], "ACGT");
    assert_eq!(fasta["seq2"], "TTGA");
    assert_eq!(fasta.len(), 2);
}

// ---------------------------------------------------------------- finance

#[derive(Debug, Clone, PartialEq)]
struct Tx {
    account: &'static str,
    amount: f64,
    kind: &'static str,
}

fn txs() -> Vec<Tx> {
    vec![
        Tx {
            account: "a",
            amount: 10.0,
            kind: "debit",
        },
        Tx {
            account: "b",
            amount: 5.0,
            kind: "credit",
        },
        Tx {
            account: "a",
            amount: 2.5,
            kind: "credit",
        },
        Tx {
            account: "c",
            amount: 100.0,
            kind: "debit",
        },
    ]
}

// totals = {acct: sum(t.amount for t in txs if t.account == acct) for acct in {t.account for t in txs}}
#[test]
fn totals_per_account() {
    let txs = txs();
    let totals = comp!({acct: Iterator::sum::<f64>(t.amount for t in &txs if t.account == acct) for acct in {t.account for t in &txs}});
    assert!(close(totals["a"], 12.5));
    assert!(close(totals["b"], 5.0));
    assert!(close(totals["c"], 100.0));
}

// signed = [t.amount if t.kind == "credit" else -t.amount for t in txs]
#[test]
fn signed_amounts() {
    let txs = txs();
    let signed = comp![t.amount if t.kind == "credit" else -t.amount for t in &txs];
    assert_eq!(signed, vec![-10.0, 5.0, 2.5, -100.0]);
}

// changes = [(b - a) / a * 100 for a, b in zip(prices, prices[1:])]
#[test]
fn percent_changes() {
    let prices = vec![100.0, 110.0, 99.0];
    let ch = comp![(b - a) / a * 100.0 for (a, b) in prices.iter().zip(&prices[1..])];
    assert!(close(ch[0], 10.0));
    assert!(close(ch[1], -10.0));
}

// running totals: total = 0; running = [(total := total + x) for x in xs]  -- does not accumulate in Rust, by README
// so: running = [sum(xs[:i+1]) for i in range(len(xs))]
#[test]
fn running_totals() {
    let xs = vec![3, 1, 4, 1, 5];
    let running = comp![xs[..=i].iter().sum::<i32>() for i in 0..xs.len()];
    assert_eq!(running, vec![3, 4, 8, 9, 14]);
}

// big = [(t.account, fee) for t in txs if (fee := t.amount * 0.01) > 0.5]
#[test]
fn walrus_fee_filter() {
    let txs = txs();
    let big = comp![(t.account, fee) for t in &txs if (fee := t.amount * 0.01) > 0.05];
    assert_eq!(big.len(), 2);
    assert_eq!(big[0].0, "a");
    assert!(close(big[0].1, 0.1));
    assert_eq!(big[1].0, "c");
}

// pivot = {acct: {kind: sum(t.amount for t in txs if t.account == acct and t.kind == kind) for kind in KINDS} for acct in accounts}
#[test]
fn pivot_table_nested_dict() {
    let txs = txs();
    let kinds = ["debit", "credit"];
    let accounts = ["a", "b"];
    let pivot = comp!({acct: {kind: Iterator::sum::<f64>(t.amount for t in &txs if t.account == acct && t.kind == kind) for kind in kinds} for acct in accounts});
    assert!(close(pivot["a"]["debit"], 10.0));
    assert!(close(pivot["a"]["credit"], 2.5));
    assert!(close(pivot["b"]["debit"], 0.0));
    assert!(close(pivot["b"]["credit"], 5.0));
}

// moving_avg = [sum(xs[i:i+w]) / w for i in range(len(xs) - w + 1)]
#[test]
fn moving_average() {
    let xs = vec![1.0, 2.0, 3.0, 4.0];
    let w = 2;
    let ma = comp![xs[i..i + w].iter().sum::<f64>() / w as f64 for i in 0..=xs.len() - w];
    assert_eq!(ma, vec![1.5, 2.5, 3.5]);
}

// returns = [round(b / a - 1, 4) for a, b in zip(closes, closes[1:]) if a]
#[test]
fn returns_skip_zero() {
    let closes = vec![0.0, 2.0, 3.0];
    let r = comp![b / a - 1.0 for (a, b) in closes.iter().zip(closes.iter().skip(1)) if *a != 0.0];
    assert_eq!(r.len(), 1);
    assert!(close(r[0], 0.5));
}

// grouped = {k: [t for t in txs if t.kind == k] for k in ("debit", "credit")}
#[test]
fn group_transactions_by_kind() {
    let txs = txs();
    let g = comp!({k: [t.clone() for t in &txs if t.kind == k] for k in ["debit", "credit"]});
    assert_eq!(g["debit"].len(), 2);
    assert_eq!(g["credit"][1].amount, 2.5);
}

// cents = [int(a) for a in raw]  -> fallible
fn parse_cents(raw: &[&str]) -> Result<Vec<i64>, std::num::ParseIntError> {
    comp![a.trim().parse::<i64>()? for a in raw]
}

#[test]
fn parse_amounts_question_mark() {
    assert_eq!(
        parse_cents(&["10", " 20 ", "-3"]).unwrap(),
        vec![10, 20, -3]
    );
    assert!(parse_cents(&["10", "x"]).is_err());
}

// drawdowns = [p / max(prices[:i+1]) - 1 for i, p in enumerate(prices)]
#[test]
fn drawdowns_with_let() {
    let prices = vec![10.0, 12.0, 9.0, 12.0];
    let dd = comp![p / peak - 1.0 for (i, p) in prices.iter().enumerate() let peak = prices[..=i].iter().cloned().fold(f64::MIN, f64::max)];
    assert!(close(dd[0], 0.0));
    assert!(close(dd[1], 0.0));
    assert!(close(dd[2], -0.25));
    assert!(close(dd[3], 0.0));
}

struct Portfolio {
    holdings: Vec<(&'static str, u32, f64)>,
}

impl Portfolio {
    // def values(self): return {sym: qty * price for sym, qty, price in self.holdings if qty}
    fn values(&self) -> HashMap<&'static str, f64> {
        comp!({sym: f64::from(*qty) * price for (sym, qty, price) in &self.holdings if *qty > 0})
    }
    // def apply_split(self, sym, r): self.holdings = [(s, q * r, p / r) if s == sym else (s, q, p) for s, q, p in self.holdings]
    fn apply_split(&mut self, sym: &str, r: u32) {
        self.holdings = comp![(s, q * r, p / f64::from(r)) if s == sym else (s, q, p) for (s, q, p) in self.holdings.drain(..)];
    }
}

#[test]
fn portfolio_methods() {
    let mut p = Portfolio {
        holdings: vec![("AAPL", 10, 150.0), ("X", 0, 1.0), ("MSFT", 2, 300.0)],
    };
    let v = p.values();
    assert_eq!(v.len(), 2);
    assert!(close(v["AAPL"], 1500.0));
    p.apply_split("AAPL", 2);
    assert_eq!(p.holdings[0], ("AAPL", 20, 75.0));
    assert_eq!(p.holdings[2], ("MSFT", 2, 300.0));
}

// ---------------------------------------------------------------- devops

// env = {k: v for k, v in (line.split("=", 1) for line in lines if line and not line.startswith("#"))}
#[test]
fn parse_env_lines() {
    let text = "# comment\nHOST=localhost\n\nPORT=8080\nURL=a=b\n";
    let env = comp!({k: v for line in text.lines() if !line.is_empty() && !line.starts_with('#') if let Some((k, v)) = line.split_once('=')});
    assert_eq!(env.len(), 3);
    assert_eq!(env["HOST"], "localhost");
    assert_eq!(env["URL"], "a=b");
}

// endpoints = [f"{h}:{p}" for h in hosts for p in ports]
#[test]
fn hosts_ports_matrix() {
    let hosts = vec!["web1", "web2"];
    let ports = vec![80, 443];
    let eps = comp![format!("{h}:{p}") for h in &hosts for p in &ports];
    assert_eq!(eps, vec!["web1:80", "web1:443", "web2:80", "web2:443"]);
}

#[derive(Debug)]
struct Rec {
    level: &'static str,
    service: &'static str,
    latency_ms: u32,
}

// errs = [r for r in records if r.level == "ERROR" and r.service in watched and 100 <= r.latency_ms < 5000]
#[test]
fn filter_log_records() {
    let recs = vec![
        Rec {
            level: "ERROR",
            service: "api",
            latency_ms: 200,
        },
        Rec {
            level: "INFO",
            service: "api",
            latency_ms: 300,
        },
        Rec {
            level: "ERROR",
            service: "db",
            latency_ms: 6000,
        },
        Rec {
            level: "ERROR",
            service: "cache",
            latency_ms: 150,
        },
        Rec {
            level: "ERROR",
            service: "db",
            latency_ms: 99,
        },
        Rec {
            level: "ERROR",
            service: "db",
            latency_ms: 100,
        },
    ];
    let watched = ["api", "db"];
    let errs = comp![r for r in &recs if r.level == "ERROR" if watched.contains(&r.service) if 100 <= r.latency_ms < 5000];
    assert_eq!(errs.len(), 2);
    assert_eq!(errs[0].latency_ms, 200);
    assert_eq!(errs[1].latency_ms, 100);
}

// ports = {int(p) for p in spec.split(",") if p.strip().isdigit()}
#[test]
fn port_set_from_spec() {
    let spec = "80, 443,abc, 8080,80";
    let ports = comp!({p.trim().parse::<u16>().unwrap() for p in spec.split(',') if !p.trim().is_empty() && p.trim().chars().all(|c| c.is_ascii_digit())});
    assert_eq!(ports, HashSet::from([80, 443, 8080]));
}

// status = {svc: "up" if *code == 200 else "down" for svc, code in checks.items()}
#[test]
fn service_status_conditional_value() {
    let checks: HashMap<&str, u16> = HashMap::from([("api", 200), ("db", 503)]);
    let status = comp!({svc: "up" if *code == 200 else "down" for (svc, code) in &checks});
    assert_eq!(status[&"api"], "up");
    assert_eq!(status[&"db"], "down");
}

// levels = [int(x) for x in counts_line.split()]  with if let
#[test]
fn parse_ints_skip_bad_if_let() {
    let line = "3 x 7 -1 ok";
    let ns = comp![n for s in line.split(' ') if let Ok(n) = s.parse::<i32>()];
    assert_eq!(ns, vec![3, 7, -1]);
}

// labels = [f"{k}={v}" for k, v in sorted(labels.items())]
#[test]
fn sorted_labels() {
    let mut labels: Vec<(&str, &str)> = HashMap::from([("env", "prod"), ("app", "web")])
        .into_iter()
        .collect();
    labels.sort();
    let s = comp![format!("{k}={v}") for (k, v) in &labels].join(",");
    assert_eq!(s, "app=web,env=prod");
}

// closure: mk = lambda prefix: [h for h in hosts if h.startswith(prefix)]
#[test]
fn comprehension_in_closure() {
    let hosts = vec!["db-1", "web-1", "db-2"];
    let mk = |prefix: &str| comp![*h for h in &hosts if h.starts_with(prefix)];
    assert_eq!(mk("db"), vec!["db-1", "db-2"]);
    assert_eq!(mk("web"), vec!["web-1"]);
}

// match arm: cfg[mode] -> different comprehension per mode
#[test]
fn comprehension_in_match_arm() {
    let replicas = vec![1, 2, 3, 4];
    let pick = |mode: &str| match mode {
        "even" => comp![*r for r in &replicas if r % 2 == 0],
        "all" => comp![*r for r in &replicas],
        _ => vec![],
    };
    assert_eq!(pick("even"), vec![2, 4]);
    assert_eq!(pick("all"), vec![1, 2, 3, 4]);
}

struct Deploy {
    name: String,
    targets: Vec<String>,
}

// Deploy(name=n, targets=[f"{n}-{i}" for i in range(count)])
#[test]
fn comprehension_in_struct_literal() {
    let n = "api";
    let d = Deploy {
        name: n.to_string(),
        targets: comp![format!("{n}-{i}") for i in 0..3],
    };
    assert_eq!(d.name, "api");
    assert_eq!(d.targets, vec!["api-0", "api-1", "api-2"]);
}

// def healthy(nodes, min_up): return (n for n in nodes if n[1] >= min_up)
fn healthy(nodes: Vec<(String, u32)>, min_up: u32) -> impl Iterator<Item = String> {
    comp!(move (n for (n, up) in nodes if up >= min_up))
}

#[test]
fn lazy_returned_with_move() {
    let nodes = vec![
        ("n1".to_string(), 99),
        ("n2".to_string(), 10),
        ("n3".to_string(), 50),
    ];
    let h: Vec<String> = healthy(nodes, 50).collect();
    assert_eq!(h, vec!["n1", "n3"]);
}

// max(len(l) for l in lines)  -- generator as call argument
#[test]
fn generator_as_call_argument() {
    let lines = vec!["ab", "abcd", "a"];
    let m = comp!((l.len() for l in &lines)).max();
    assert_eq!(m, Some(4));
}

// disk = {mnt: used / total * 100 for mnt, used, total in rows if total}
#[test]
fn disk_usage_percent() {
    let rows = vec![("/", 50u64, 100u64), ("/tmp", 0, 0), ("/var", 3, 4)];
    let disk = comp!({mnt: used as f64 / total as f64 * 100.0 for (mnt, used, total) in rows if total > 0});
    assert_eq!(disk.len(), 2);
    assert!(close(disk["/var"], 75.0));
}

// cfg = {k.lower(): int(v) for k, v in pairs} -> with ?
fn parse_limits(pairs: &[(&str, &str)]) -> Result<HashMap<String, u32>, std::num::ParseIntError> {
    comp!({k.to_lowercase(): v.parse::<u32>()? for (k, v) in pairs})
}

#[test]
fn dict_with_question_mark() {
    let ok = parse_limits(&[("CPU", "4"), ("MEM", "512")]).unwrap();
    assert_eq!(ok["cpu"], 4);
    assert_eq!(ok["mem"], 512);
    assert!(parse_limits(&[("CPU", "four")]).is_err());
}

// transposed = [[row[i] for row in matrix] for i in range(3)]
#[test]
fn transpose_latency_matrix() {
    let m = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let t = comp![[row[i] for row in &m] for i in 0..3];
    assert_eq!(t, vec![vec![1, 4], vec![2, 5], vec![3, 6]]);
}

// flat = [p for host in inventory.values() for p in host["ports"]]
#[test]
fn flatten_inventory_ports() {
    let inv: Vec<(&str, Vec<u16>)> = vec![("a", vec![22, 80]), ("b", vec![]), ("c", vec![443])];
    let flat = comp![*p for (_, ports) in &inv for p in ports];
    assert_eq!(flat, vec![22, 80, 443]);
}

// ---------------------------------------------------------------- async

use futures::stream::{self, StreamExt};
use std::cell::Cell;
use std::time::Duration;

#[derive(Clone)]
struct Client {
    base: &'static str,
}

impl Client {
    async fn get(&self, path: &str) -> Result<String, String> {
        tokio::time::sleep(Duration::from_millis(10)).await;
        if path.contains("bad") {
            Err(format!("404 {path}"))
        } else {
            Ok(format!("{}/{}", self.base, path))
        }
    }
}

// pages = await asyncio.gather(*[client.get(u) for u in urls])
#[tokio::test(start_paused = true)]
async fn fetch_pages_concurrently() {
    let client = Client { base: "http://x" };
    let urls = vec!["a", "b", "c", "d"];
    let start = tokio::time::Instant::now();
    let pages = acomp![client.get(u).await for u in &urls; concurrency = 4];
    assert!(start.elapsed() < Duration::from_millis(15));
    let expected: Vec<Result<String, String>> = vec![
        Ok("http://x/a".into()),
        Ok("http://x/b".into()),
        Ok("http://x/c".into()),
        Ok("http://x/d".into()),
    ];
    assert_eq!(pages, expected);
}

// pages = [await client.get(u) for u in urls]  (raise on first error)
async fn fetch_all(client: &Client, urls: &[&str]) -> Result<Vec<String>, String> {
    acomp![client.get(u).await? for u in urls; concurrency = 2]
}

#[tokio::test(start_paused = true)]
async fn fetch_with_question_mark() {
    let c = Client { base: "h" };
    assert_eq!(
        fetch_all(&c, &["x", "y"]).await.unwrap(),
        vec!["h/x", "h/y"]
    );
    assert_eq!(
        fetch_all(&c, &["x", "bad", "y"]).await.unwrap_err(),
        "404 bad"
    );
}

// sizes = {u: len(await client.get(u)) for u in urls}
#[tokio::test(start_paused = true)]
async fn dict_of_page_sizes() {
    let c = Client { base: "h" };
    let urls = vec!["ab", "abcd"];
    let sizes = acomp!({*u: c.get(u).await.unwrap().len() for u in &urls});
    assert_eq!(sizes["ab"], 4);
    assert_eq!(sizes["abcd"], 6);
}

async fn flaky(id: u32, attempts: &Cell<u32>) -> Result<u32, String> {
    attempts.set(attempts.get() + 1);
    if attempts.get() % 2 == 1 {
        Err("transient".into())
    } else {
        Ok(id * 10)
    }
}

async fn with_retry(id: u32, attempts: &Cell<u32>, tries: u32) -> Option<u32> {
    for _ in 0..tries {
        if let Ok(v) = flaky(id, attempts).await {
            return Some(v);
        }
    }
    None
}

// results = [await retry(fetch, i, tries=3) for i in ids]
#[tokio::test]
async fn retry_loop_in_element() {
    let attempts = Cell::new(0);
    let ids = vec![1, 2, 3];
    let res = acomp![with_retry(i, &attempts, 3).await for i in ids];
    assert_eq!(res, vec![Some(10), Some(20), Some(30)]);
    assert_eq!(attempts.get(), 6);
}

// retry written inline in the element as an async block
#[tokio::test]
async fn retry_async_block_in_element() {
    let attempts = Cell::new(0);
    let ids = vec![7u32, 8];
    let res = acomp![async {
        let mut last = Err(String::new());
        for _ in 0..3 {
            last = flaky(i, &attempts).await;
            if last.is_ok() { break; }
        }
        last
    }.await for i in ids];
    assert_eq!(res, vec![Ok(70), Ok(80)]);
}

async fn slow(ms: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(ms)).await;
    ms
}

// done = [r for r in [await asyncio.wait_for(slow(ms), 0.1) ...] ]  timeouts -> None
#[tokio::test(start_paused = true)]
async fn timeouts_in_element() {
    let delays = vec![10, 500, 50];
    let r = acomp![tokio::time::timeout(Duration::from_millis(100), slow(ms)).await.ok() for ms in delays; concurrency = 3];
    assert_eq!(r, vec![Some(10), None, Some(50)]);
}

// ok = [v for ms in delays if (v := await wait_for(...)) is not None] via if let
#[tokio::test(start_paused = true)]
async fn timeouts_if_let_filter() {
    let delays = vec![10, 500, 50, 200];
    let r = acomp![v for ms in &delays if let Ok(v) = tokio::time::timeout(Duration::from_millis(100), slow(*ms)).await];
    assert_eq!(r, vec![10, 50]);
}

#[derive(Debug, Clone, PartialEq)]
struct Record {
    id: u32,
    level: &'static str,
    msg: &'static str,
}

fn record_stream() -> impl futures::Stream<Item = Record> {
    stream::iter(vec![
        Record {
            id: 1,
            level: "INFO",
            msg: "start",
        },
        Record {
            id: 2,
            level: "ERROR",
            msg: "disk full",
        },
        Record {
            id: 3,
            level: "WARN",
            msg: "slow",
        },
        Record {
            id: 4,
            level: "ERROR",
            msg: "timeout",
        },
    ])
}

// errors = [r.msg async for r in records if r.level == "ERROR"]
#[tokio::test]
async fn async_for_filter_records() {
    let errors = acomp![r.msg async for r in record_stream() if r.level == "ERROR"];
    assert_eq!(errors, vec!["disk full", "timeout"]);
}

// by_level = {r.level: r.id async for r in records}  (last wins)
#[tokio::test]
async fn async_for_dict_last_wins() {
    let by = acomp!({r.level: r.id async for r in record_stream()});
    assert_eq!(by["ERROR"], 4);
    assert_eq!(by["INFO"], 1);
    assert_eq!(by.len(), 3);
}

// levels = {r.level async for r in records}
#[tokio::test]
async fn async_for_set() {
    let levels = acomp!({r.level async for r in record_stream()});
    assert_eq!(levels, HashSet::from(["INFO", "ERROR", "WARN"]));
}

// lazy: stream = (r async for r in records if r.level != "INFO"); first = await anext(stream)
#[tokio::test]
async fn lazy_stream_consumed_with_next() {
    let mut s = acomp!((r.id async for r in record_stream() if r.level != "INFO"));
    assert_eq!(s.next().await, Some(2));
    assert_eq!(s.next().await, Some(3));
    assert_eq!(s.next().await, Some(4));
    assert_eq!(s.next().await, None);
}

// lazy concurrent stream of fetches, collected with StreamExt
#[tokio::test(start_paused = true)]
async fn lazy_concurrent_stream_collect() {
    let c = Client { base: "s" };
    let paths = vec!["p1", "p2", "p3"];
    let s = acomp!((c.get(p).await.unwrap() for p in &paths); concurrency = 2);
    let v: Vec<String> = s.collect().await;
    assert_eq!(v, vec!["s/p1", "s/p2", "s/p3"]);
}

// lazy stream with filter and take
#[tokio::test]
async fn lazy_stream_take() {
    let s = acomp!((x * x async for x in stream::iter(1..100) if x % 3 == 0));
    let v: Vec<i32> = s.take(3).collect().await;
    assert_eq!(v, vec![9, 36, 81]);
}

// unordered completion order
#[tokio::test(start_paused = true)]
async fn unordered_completion() {
    let delays = vec![30u64, 10, 20];
    let r = acomp![slow(d).await for d in delays; concurrency = 3, unordered];
    assert_eq!(r, vec![10, 20, 30]);
}

// nested async for: [line async for chunk in chunks async for line in chunk]
#[tokio::test]
async fn nested_async_for() {
    let chunks = stream::iter(vec![stream::iter(vec!["a", "b"]), stream::iter(vec!["c"])]);
    let lines = acomp![l async for ch in chunks async for l in ch];
    assert_eq!(lines, vec!["a", "b", "c"]);
}

// prices = {sym: await quote(sym) for sym in symbols}; changes from async values
async fn quote(sym: &str) -> f64 {
    match sym {
        "A" => 100.0,
        "B" => 50.0,
        _ => 1.0,
    }
}

#[tokio::test]
async fn async_quotes_percent_change() {
    let syms = vec!["A", "B"];
    let prev: HashMap<&str, f64> = HashMap::from([("A", 80.0), ("B", 50.0)]);
    let ch = acomp!({s: (quote(s).await - prev[s]) / prev[s] * 100.0 for s in syms});
    assert!(close(ch["A"], 25.0));
    assert!(close(ch["B"], 0.0));
}

// prefix await: [await quote(s) for s in syms if s != "C"]
#[tokio::test]
async fn prefix_await() {
    let syms = vec!["A", "C", "B"];
    let v = acomp![await quote(s) for s in &syms if *s != "C"];
    assert_eq!(v, vec![100.0, 50.0]);
}

// prefix await with binary op: [await quote(s) * 2 for s in syms]
#[tokio::test]
async fn prefix_await_binary_op() {
    let syms = vec!["A", "B"];
    let v = acomp![await quote(s) * 2.0 for s in syms];
    assert_eq!(v, vec![200.0, 100.0]);
}

// walrus in async: [(s, q) for s in syms if (q := await quote(s)) > 60]
#[tokio::test]
async fn async_walrus_filter() {
    let syms = vec!["A", "B", "Z"];
    let v = acomp![(s, q) for s in syms if (q := quote(s).await) > 60.0];
    assert_eq!(v, vec![("A", 100.0)]);
}

// let clause in async: [f"{s}:{p:.1f}" for s in syms let p = await quote(s)]
#[tokio::test]
async fn async_let_clause() {
    let syms = vec!["A", "B"];
    let v = acomp![format!("{s}:{p:.1}") for s in syms let p = quote(s).await];
    assert_eq!(v, vec!["A:100.0", "B:50.0"]);
}

// conditional element in async: ["hi" if await quote(s) > 60 else "lo" for s in syms]
#[tokio::test]
async fn async_conditional_element() {
    let syms = vec!["A", "B"];
    let v = acomp!["hi" if quote(s).await > 60.0 else "lo" for s in syms];
    assert_eq!(v, vec!["hi", "lo"]);
}

struct Crawler {
    client: Client,
    seen: HashSet<String>,
}

impl Crawler {
    // async def fetch_new(self, urls): return [await self.client.get(u) for u in urls if u not in self.seen]
    async fn fetch_new(&self, urls: &[&str]) -> Vec<String> {
        acomp![self.client.get(u).await.unwrap() for u in urls if !self.seen.contains(*u); concurrency = 3]
    }
    // async def crawl(self, urls): self.seen |= {u for u in urls}; ...
    async fn crawl(&mut self, urls: &[&str]) -> usize {
        let got = acomp![self.client.get(u).await for u in urls if !self.seen.contains(*u)];
        let n = got.iter().filter(|r| r.is_ok()).count();
        self.seen.extend(comp![u.to_string() for u in urls]);
        n
    }
}

#[tokio::test(start_paused = true)]
async fn crawler_methods() {
    let mut c = Crawler {
        client: Client { base: "c" },
        seen: HashSet::from(["old".to_string()]),
    };
    assert_eq!(c.fetch_new(&["old", "new"]).await, vec!["c/new"]);
    assert_eq!(c.crawl(&["old", "x", "bad"]).await, 1);
    assert!(c.seen.contains("x") && c.seen.contains("bad"));
    assert_eq!(c.crawl(&["x", "bad"]).await, 0);
}

// async closure-like: returns a lazy stream from a function with move
fn error_ids(recs: Vec<Record>) -> impl futures::Stream<Item = u32> {
    acomp!(move (r.id async for r in stream::iter(recs) if r.level == "ERROR"))
}

#[tokio::test]
async fn lazy_stream_returned_move() {
    let recs = vec![
        Record {
            id: 5,
            level: "ERROR",
            msg: "",
        },
        Record {
            id: 6,
            level: "INFO",
            msg: "",
        },
        Record {
            id: 7,
            level: "ERROR",
            msg: "",
        },
    ];
    let v: Vec<u32> = error_ids(recs).collect().await;
    assert_eq!(v, vec![5, 7]);
}

// async for mixed with sync for: [(r.id, tag) async for r in records for tag in tags]
#[tokio::test]
async fn async_for_then_sync_for() {
    let tags = ["x", "y"];
    let v = acomp![(r.id, t) async for r in record_stream() if r.id <= 2 for t in tags];
    assert_eq!(v, vec![(1, "x"), (1, "y"), (2, "x"), (2, "y")]);
}

// match arm with acomp
#[tokio::test]
async fn acomp_in_match_arm() {
    let mode = "errors";
    let v: Vec<u32> = match mode {
        "errors" => acomp![r.id async for r in record_stream() if r.level == "ERROR"],
        _ => acomp![r.id async for r in record_stream()],
    };
    assert_eq!(v, vec![2, 4]);
}

// struct literal with acomp
struct Report {
    total: usize,
    msgs: Vec<&'static str>,
}

#[tokio::test]
async fn acomp_in_struct_literal() {
    let r = Report {
        total: 4,
        msgs: acomp![r.msg async for r in record_stream() if r.level != "INFO"],
    };
    assert_eq!(r.total, 4);
    assert_eq!(r.msgs, vec!["disk full", "slow", "timeout"]);
}

// async ? over stream items: ids = [int(r) async for r in raw]
async fn parse_stream(raw: Vec<&'static str>) -> Result<Vec<u32>, std::num::ParseIntError> {
    acomp![s.parse::<u32>()? async for s in stream::iter(raw)]
}

#[tokio::test]
async fn async_for_question_mark() {
    assert_eq!(parse_stream(vec!["1", "2"]).await.unwrap(), vec![1, 2]);
    assert!(parse_stream(vec!["1", "z"]).await.is_err());
}

// grouping async records into nested dict: {lvl: [r.id for r in recs if r.level == lvl] for lvl in levels}
#[tokio::test]
async fn async_nested_grouping() {
    let recs: Vec<Record> = record_stream().collect().await;
    let levels = acomp!({r.level async for r in record_stream()});
    let g = comp!({lvl: [r.id for r in &recs if r.level == lvl] for lvl in levels});
    assert_eq!(g["ERROR"], vec![2, 4]);
    assert_eq!(g["INFO"], vec![1]);
}

// nested display with await inside: [[await quote(s) for s in group] for group in groups]
#[tokio::test]
async fn nested_await_in_inner_display() {
    let groups = vec![vec!["A"], vec!["B", "A"]];
    let v = acomp![[quote(s).await for s in g] for g in &groups];
    assert_eq!(v, vec![vec![100.0], vec![50.0, 100.0]]);
}

// sum of awaited values per group: [sum(await quote(s) for s in g) ...] via nested generator with first iterable awaited
async fn load(d: u32) -> Vec<u32> {
    vec![d, d + 1]
}

#[tokio::test]
async fn sum_over_awaited_first_iterable() {
    let docs = vec![1u32, 10];
    let v = acomp![Iterator::sum::<u32>(n for n in load(d).await) for d in docs];
    assert_eq!(v, vec![3, 21]);
}

// concurrency with outer loop variable: [await get(f"{h}/{p}") for h in hosts for p in paths]
#[tokio::test(start_paused = true)]
async fn concurrency_two_fors() {
    let c = Client { base: "b" };
    let hosts = vec!["h1", "h2"];
    let paths = vec!["x", "y"];
    let v = acomp![c.get(&format!("{h}-{p}")).await.unwrap() for h in &hosts for p in &paths; concurrency = 4];
    assert_eq!(v, vec!["b/h1-x", "b/h1-y", "b/h2-x", "b/h2-y"]);
}

// block_on usage from sync code
#[test]
fn block_on_eager_acomp() {
    let v = futures::executor::block_on(async {
        acomp![x + 1 async for x in stream::iter(vec![1, 2])]
    });
    assert_eq!(v, vec![2, 3]);
}

// lazy stream of Results with ?: (int(s) async for s in raw)
#[tokio::test]
async fn lazy_stream_question_mark() {
    let raw = vec!["1", "x", "3"];
    let s = acomp!((s.parse::<i32>()? async for s in stream::iter(raw)));
    let v: Vec<Result<i32, std::num::ParseIntError>> = s.collect().await;
    assert_eq!(v.len(), 2);
    assert_eq!(v[0], Ok(1));
    assert!(v[1].is_err());
}

// chained comparison in async filter
#[tokio::test]
async fn async_chained_comparison() {
    let v = acomp![r.id async for r in record_stream() if 2 <= r.id < 4];
    assert_eq!(v, vec![2, 3]);
}

// &mut stream for async for
#[tokio::test]
async fn async_for_over_mut_ref_stream() {
    let mut s = stream::iter(1..=6);
    let first = acomp![x async for x in (&mut s).take(2)];
    let rest = acomp![x * 10 async for x in &mut s];
    assert_eq!(first, vec![1, 2]);
    assert_eq!(rest, vec![30, 40, 50, 60]);
}

// conditional in dict value from awaited: {u: "ok" if (await c.get(u)).is_ok() else "fail" for u in urls}
#[tokio::test(start_paused = true)]
async fn async_dict_conditional_value() {
    let c = Client { base: "d" };
    let urls = vec!["good", "bad"];
    let v = acomp!({u: "ok" if c.get(u).await.is_ok() else "fail" for u in urls; concurrency = 2});
    assert_eq!(v["good"], "ok");
    assert_eq!(v["bad"], "fail");
}

// timeout around a whole comprehension
#[tokio::test(start_paused = true)]
async fn timeout_around_comprehension() {
    let res = tokio::time::timeout(Duration::from_millis(25), async {
        acomp![slow(10).await for _ in 0..5]
    })
    .await;
    assert!(res.is_err());
    let ok = tokio::time::timeout(Duration::from_millis(25), async {
        acomp![slow(10).await for _ in 0..5; concurrency = 5]
    })
    .await;
    assert_eq!(ok.unwrap(), vec![10; 5]);
}

// ---------------------------------------------------------------- extra probes

// chars = [c for w in words for c in w]  over owned Strings, lazy
#[test]
fn lazy_flatten_owned_strings() {
    let words: Vec<String> = vec!["ab".into(), "c".into()];
    let cs: String = comp!((c for w in words for c in w.chars())).collect();
    assert_eq!(cs, "abc");
}

// tokens = (w for line in text.splitlines() for w in line.lower().split())
#[test]
fn lazy_flatten_borrowed_temporary() {
    let text = "Foo bar\nBAZ";
    let n =
        comp!((w.len() for line in text.lines() for w in line.to_lowercase().split_whitespace()))
            .count();
    assert_eq!(n, 3);
}

// lookups = [prices[s] for s in syms]  (KeyError -> None) with ? on Option
fn lookup_all(prices: &HashMap<&str, f64>, syms: &[&str]) -> Option<Vec<f64>> {
    comp![*prices.get(s)? for s in syms]
}

#[test]
fn option_question_mark() {
    let p = HashMap::from([("A", 1.0), ("B", 2.0)]);
    assert_eq!(lookup_all(&p, &["A", "B"]), Some(vec![1.0, 2.0]));
    assert_eq!(lookup_all(&p, &["A", "Q"]), None);
}

// sums = {k: sum(v for v in vs if v > 0) for k, vs in groups.items()}
#[test]
fn dict_of_generator_sums() {
    let groups: HashMap<&str, Vec<i32>> = HashMap::from([("a", vec![1, -2, 3]), ("b", vec![-1])]);
    let sums = comp!({*k: Iterator::sum::<i32>(v for v in vs if *v > 0) for (k, vs) in &groups});
    assert_eq!(sums["a"], 4);
    assert_eq!(sums["b"], 0);
}

// pct = [(b - a) / a for a, b in pairwise(prices)]  via windows + if let slice pattern
#[test]
fn windows_if_let_slice() {
    let prices = vec![50.0, 75.0, 60.0];
    let pct = comp![(b - a) / a for w in prices.windows(2) if let [a, b] = w];
    assert!(close(pct[0], 0.5));
    assert!(close(pct[1], -0.2));
}

// signs = [s * abs(x) for x in xs let s = 1 if x >= 0 else -1] -- conditional in let clause
#[test]
fn conditional_in_let_clause() {
    let xs = vec![-3, 0, 4];
    let v = comp![(x, s) for x in xs let s = 1 if x >= 0 else -1];
    assert_eq!(v, vec![(-3, -1), (0, 1), (4, 1)]);
}

// clipped = [[v if v > 0 else 0 for v in row] ...] using a lambda-style closure body
#[test]
fn conditional_as_closure_body() {
    let rows = vec![vec![1, -1], vec![-5, 5]];
    let v = comp![row.iter().map(|v| *v if *v > 0 else 0).collect::<Vec<_>>() for row in &rows];
    assert_eq!(v, vec![vec![1, 0], vec![0, 5]]);
}

// typed let: ints = [n for s in parts let n: u32 = s.parse().unwrap() if n % 2]
#[test]
fn typed_let_then_filter() {
    let parts = "1,2,3,5".split(',');
    let v = comp![n for s in parts let n: u32 = s.parse().unwrap() if n % 2 == 1];
    assert_eq!(v, vec![1, 3, 5]);
}

// rows = [[int(c) for c in line.split(",")] for line in lines]  nested ?
fn parse_csv(lines: &[&str]) -> Result<Vec<Vec<i32>>, std::num::ParseIntError> {
    comp![line.split(',').map(|c| c.parse::<i32>()).collect::<Result<Vec<_>, _>>()? for line in lines]
}

#[test]
fn nested_fallible_rows() {
    assert_eq!(parse_csv(&["1,2", "3"]).unwrap(), vec![vec![1, 2], vec![3]]);
    assert!(parse_csv(&["1,x"]).is_err());
}

// if any comprehension is empty
#[test]
fn comprehension_in_if_condition() {
    let recs = vec![("api", 500), ("db", 200)];
    if comp![s for (s, code) in &recs if *code >= 500].is_empty() {
        panic!("expected a failing service");
    }
    let total: i32 = comp!((c for (_, c) in &recs)).sum();
    assert_eq!(total, 700);
}

// bodies = [(u, len(body)) for u in urls let body = await get(u)]  with concurrency
#[tokio::test(start_paused = true)]
async fn concurrency_with_let_that_awaits() {
    let c = Client { base: "q" };
    let urls = vec!["a", "bb"];
    let v =
        acomp![(u, body.len()) for u in &urls let body = c.get(u).await.unwrap(); concurrency = 2];
    assert_eq!(v, vec![(&"a", 3), (&"bb", 4)]);
}

// async for over results with ?: [r async for r in results]  raising
async fn collect_results(raw: Vec<Result<u8, String>>) -> Result<Vec<u8>, String> {
    acomp![r? async for r in stream::iter(raw)]
}

#[tokio::test]
async fn async_for_results_question() {
    assert_eq!(collect_results(vec![Ok(1), Ok(2)]).await, Ok(vec![1, 2]));
    assert_eq!(
        collect_results(vec![Ok(1), Err("e".into()), Ok(3)]).await,
        Err("e".into())
    );
}

// lazy concurrent fetch with ? consumed with try_collect
#[tokio::test(start_paused = true)]
async fn lazy_concurrent_try_collect() {
    use futures::TryStreamExt;
    let c = Client { base: "t" };
    let urls = vec!["a", "b"];
    let s = acomp!((c.get(u).await? for u in &urls); concurrency = 2);
    let v: Result<Vec<String>, String> = s.try_collect().await;
    assert_eq!(v, Ok(vec!["t/a".to_string(), "t/b".to_string()]));
}

// async closure returning a comprehension
#[tokio::test]
async fn async_closure_with_acomp() {
    let f = |xs: Vec<u32>| async move { acomp![quote(if x > 1 { "A" } else { "B" }).await for x in xs] };
    assert_eq!(f(vec![1, 2]).await, vec![50.0, 100.0]);
}

// concurrency with Option ?: [await maybe(x) for x in xs]
async fn maybe(x: u32) -> Option<u32> {
    100u32.checked_div(x)
}

#[tokio::test]
async fn concurrency_option_question() {
    let a: Option<Vec<u32>> =
        async { acomp![maybe(x).await? for x in vec![1, 2, 4]; concurrency = 2] }.await;
    assert_eq!(a, Some(vec![100, 50, 25]));
    let b = async { acomp![maybe(x).await? for x in vec![1, 0]; concurrency = 2] }.await;
    assert_eq!(b, None);
}

// format! with conditional inside the element
#[test]
fn format_with_conditional() {
    let counts = vec![1, 3];
    let v = comp![format!("{n} read{}", "" if n == 1 else "s") for n in counts];
    assert_eq!(v, vec!["1 read", "3 reads"]);
}

// HashMap from lazy generator of pairs: dict((k, v) for ...)
#[test]
fn dict_from_lazy_pairs() {
    let env = "A=1;B=2";
    let m: HashMap<&str, i32> = comp!((  (k, v.parse().unwrap()) for kv in env.split(';') if let Some((k, v)) = kv.split_once('=') )).collect();
    assert_eq!(m["A"], 1);
    assert_eq!(m["B"], 2);
}

struct IdGen {
    next: u32,
    log: Vec<String>,
}

impl IdGen {
    fn assign(&mut self, name: &str) -> u32 {
        self.next += 1;
        self.log.push(name.to_string());
        self.next
    }
    fn checked(&mut self, name: &str) -> Result<u32, String> {
        if name.is_empty() {
            Err("empty".into())
        } else {
            Ok(self.assign(name))
        }
    }
    async fn remote(&mut self, name: &str) -> u32 {
        tokio::task::yield_now().await;
        self.assign(name)
    }
    // def assign_all(self, names): return {n: self.assign(n) for n in names}
    fn assign_all(&mut self, names: &[&str]) -> HashMap<String, u32> {
        comp!({n.to_string(): self.assign(n) for n in names})
    }
    // def checked_all(self, names): return [self.checked(n) for n in names]  (raises)
    fn checked_all(&mut self, names: &[&str]) -> Result<Vec<u32>, String> {
        comp![self.checked(n)? for n in names]
    }
    // async def remote_all(self, names): return [await self.remote(n) for n in names]
    async fn remote_all(&mut self, names: &[&str]) -> Vec<u32> {
        acomp![self.remote(n).await for n in names]
    }
}

#[test]
fn mut_self_methods() {
    let mut g = IdGen {
        next: 0,
        log: vec![],
    };
    let m = g.assign_all(&["a", "b"]);
    assert_eq!(m["a"], 1);
    assert_eq!(m["b"], 2);
    assert_eq!(g.checked_all(&["c", "", "d"]), Err("empty".to_string()));
    assert_eq!(g.log, vec!["a", "b", "c"]);
    assert_eq!(g.checked_all(&["e"]), Ok(vec![4]));
}

#[tokio::test]
async fn mut_self_async_method() {
    let mut g = IdGen {
        next: 10,
        log: vec![],
    };
    assert_eq!(g.remote_all(&["x", "y"]).await, vec![11, 12]);
    assert_eq!(g.log, vec!["x", "y"]);
}

// walrus reused in element and later clause: [(w, n) for w in words if (n := len(w)) > 2 if n < 6]
#[test]
fn walrus_used_by_later_clause() {
    let words = vec!["ab", "abc", "abcdefg", "abcde"];
    let v = comp![(w, n) for w in words if (n := w.len()) > 2 if n < 6];
    assert_eq!(v, vec![("abc", 3), ("abcde", 5)]);
}

// max latency per service: {s: max(l for svc, l in rows if svc == s) for s in services}
#[test]
fn max_generator_in_dict_value() {
    let rows = vec![("api", 10), ("db", 30), ("api", 25)];
    let services = ["api", "db"];
    let m =
        comp!({s: Iterator::max(*l for (svc, l) in &rows if *svc == s).unwrap() for s in services});
    assert_eq!(m["api"], 25);
    assert_eq!(m["db"], 30);
}

// buckets = {("big" if t.amount > 50 else "small"): t.account for t in txs}  conditional key
#[test]
fn conditional_in_dict_key() {
    let txs = txs();
    let b = comp!({"big" if t.amount > 50.0 else "small": t.account for t in &txs});
    assert_eq!(b["big"], "c");
    assert_eq!(b["small"], "a");
    assert_eq!(b.len(), 2);
}

// sev = ["high" if l > 1000 else "mid" if l > 100 else "low" for l in latencies]
#[test]
fn chained_conditional() {
    let lat = vec![5, 500, 5000];
    let sev = comp!["high" if l > 1000 else "mid" if l > 100 else "low" for l in lat];
    assert_eq!(sev, vec!["low", "mid", "high"]);
}

// element with a match whose arm uses a parenthesised conditional
#[test]
fn match_in_element() {
    let codes = vec![200u16, 404, 503];
    let v = comp![match c / 100 { 2 => "ok", 4 => ("gone" if c == 404 else "client"), _ => "server" } for c in codes];
    assert_eq!(v, vec!["ok", "gone", "server"]);
}

// lazy stream whose element awaits, then drained by an eager acomp over &mut
#[tokio::test]
async fn lazy_awaiting_stream_then_eager_over_mut() {
    let syms = vec!["A", "B", "Z"];
    let mut s = acomp!((quote(s).await for s in &syms));
    let first = s.next().await;
    let rest = acomp![q * 2.0 async for q in &mut s];
    assert_eq!(first, Some(100.0));
    assert_eq!(rest, vec![100.0, 2.0]);
}

// set of statuses with concurrency
#[tokio::test(start_paused = true)]
async fn concurrent_set() {
    let c = Client { base: "z" };
    let urls = vec!["a", "bad", "b", "bad2"];
    let s = acomp!({c.get(u).await.is_ok() for u in &urls; concurrency = 2});
    assert_eq!(s, HashSet::from([true, false]));
}

// lazy unordered stream
#[tokio::test(start_paused = true)]
async fn lazy_unordered_stream() {
    let d = vec![30u64, 10, 20];
    let s = acomp!((slow(x).await for x in d); concurrency = 3, unordered);
    let v: Vec<u64> = s.collect().await;
    assert_eq!(v, vec![10, 20, 30]);
}

// total = sum(t.amount for t in txs if t.kind == "debit")
#[test]
fn lazy_float_sum() {
    let txs = txs();
    let total: f64 = comp!((t.amount for t in &txs if t.kind == "debit")).sum();
    assert!(close(total, 110.0));
}

// total = 0; running = [(total := total + x) for x in deposits]
// README: walrus does not leak, so the Rust spelling mutates an outer variable in a block element.
#[test]
fn running_total_block_element() {
    let deposits = vec![100, -20, 50];
    let mut total = 0;
    let running = comp![{ total += x; total } for x in &deposits];
    assert_eq!(running, vec![100, 80, 130]);
    assert_eq!(total, 130);
    // the documented non-accumulating walrus: each item is 0 + x
    let t = 0;
    let not_running = comp![(t2 := t + x) for x in &deposits];
    assert_eq!(not_running, vec![100, -20, 50]);
}

// async running balance over a stream of records
#[tokio::test]
async fn async_running_balance() {
    let mut bal = 0i64;
    let amounts = stream::iter(vec![5i64, -2, 10]);
    let v = acomp![{ bal += a; bal } async for a in amounts];
    assert_eq!(v, vec![5, 3, 13]);
}

// CRATE FAILURES
//
// None this round. 110 tests (comprehensions in methods with &self and
// &mut self, closures, match arms, struct literals, `move` returns, nested
// displays, generators as call arguments, `if let`, `let`, walrus,
// conditionals in element/key/value/let/closure body, `?` on Result and
// Option, async for, prefix await, concurrency (ordered, unordered, lazy,
// with `?`), timeouts, StreamExt/TryStreamExt consumers).
//
// My own mistakes (rustc's messages were clear and pointed at my tokens):
// - `{svc: "up" if code == 200 else "down" for (svc, code) in &checks}`:
//   E0277 "can't compare `&u16` with `{integer}`", help "consider
//   dereferencing here" on `code` -> `*code == 200`.
// - match arms `comp![r for r in &replicas if ..]` vs `comp![*r for r in
//   &replicas]`: E0308 `Vec<&{integer}>` vs `Vec<{integer}>` -> `*r`.
