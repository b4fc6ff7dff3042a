//! mistake: `m.0` on an `Option` after checking `is_some()` (hand-written)
fn parse_kv(line: &str) -> Option<(&str, &str)> {
    line.split_once('=')
}

fn main() {
    let cfg = vec!["host=db1", "# comment", "port=5432"];
    let mut keys = Vec::new();
    for line in &cfg {
        let m = parse_kv(line);
        if m.is_some() {
            keys.push(m.0);
        }
    }
    println!("{keys:?}");
}
