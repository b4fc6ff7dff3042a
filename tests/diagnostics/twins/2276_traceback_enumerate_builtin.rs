//! mistake: numbered log lines with Python's `enumerate()` builtin
//! offending: enumerate(text.lines())
//! category: python-habit

fn main() {
    let text = "worker started\nTraceback (most recent call last):\n  File \"app.py\", line 3\nworker restarted\nTraceback (most recent call last):";
    let mut hits = Vec::new();
    for (lineno, line) in enumerate(text.lines()) {
        if line.starts_with("Traceback") {
            hits.push(lineno + 1);
        }
    }
    println!("tracebacks at lines {hits:?}");
}
