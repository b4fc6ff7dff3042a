//! mistake: named a tuple item `type`, as in the Python payload schema, which is a Rust keyword
//! offending: type
//! category: syntax
fn main() {
    let rows: Vec<(u64, &str, f64)> = vec![(1_700_000_000, "temp", 22.4), (1_700_000_000, "door", 1.0), (1_700_000_030, "temp", 22.6)];
    let mut temps = Vec::new();
    for (ts, type, value) in rows.iter().copied() {
        if type == "temp" {
            temps.push((ts, value));
        }
    }
    println!("{temps:?}");
}
