//! mistake: returns the words of `line.trim().to_lowercase()` as `&str`s borrowed from the temporary lowercase String, as Python's `line.strip().lower().split()` could
//! offending: line.trim().to_lowercase()
//! category: ownership

fn words(line: &str) -> Vec<&str> {
    line.trim().to_lowercase().split(' ').filter(|w| !w.is_empty()).collect()
}

fn main() {
    let ws = words("  The Quick brown FOX ");
    println!("{ws:?}");
}
