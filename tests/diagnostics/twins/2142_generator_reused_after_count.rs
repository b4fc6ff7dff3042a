//! mistake: counted a lazy generator of parsed rows, then tried to collect the same generator
//! offending: valid.collect()
//! category: ownership

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
    let valid = raw.lines().filter(|l| !l.is_empty()).map(parse_line);
    let n = valid.count();
    let rows: Vec<Row> = valid.collect();
    println!("{n} rows: {rows:?}");
}
