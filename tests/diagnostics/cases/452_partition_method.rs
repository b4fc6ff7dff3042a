//! mistake: Python's `str.partition('=')` on a `&str` (Rust: `split_once('=')`)
//! offending: partition
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "host=localhost\nport=5432\n# comment\nuser=admin";
    // Python: pairs = [line.partition("=") for line in text.splitlines() if not line.startswith("#")]
    let pairs = comp![line.partition('=') for line in text.lines() if !line.starts_with('#')];
    println!("{pairs:?}");
}
