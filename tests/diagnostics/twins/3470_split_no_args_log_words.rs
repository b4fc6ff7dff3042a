//! mistake: called `split()` without a pattern, as Python's whitespace `str.split()`
//! offending: split()
//! category: python-habit

fn main() {
    let logs = vec!["GET /health 200 3ms".to_string(), "POST /ingest 500 120ms".to_string()];
    let mut words: Vec<&str> = Vec::new();
    for line in &logs {
        for w in line.split() {
            words.push(w);
        }
    }
    println!("{words:?}");
}
