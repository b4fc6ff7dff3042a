//! mistake: counted a lazy generator of parsed rows, then tried to collect the same generator
//! offending: valid.collect()
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Row {
    user: String,
    clicks: u32,
}

fn parse_line(line: &str) -> Row {
    let (user, clicks) = line.split_once('\t').unwrap_or((line, "0"));
    Row { user: user.to_string(), clicks: clicks.parse().unwrap_or(0) }
}

fn main() {
    let raw = "ana\t3\n\nbo\t11\ncy\t0\n";
    // Python: valid = (parse_line(l) for l in raw.splitlines() if l)
    let valid = comp!((parse_line(l) for l in raw.lines() if !l.is_empty()));
    let n = valid.count();
    let rows: Vec<Row> = valid.collect();
    println!("{n} rows: {rows:?}");
}
