//! mistake: Python's `enumerate(lines, 1)` written as `.enumerate(1)` in the iterable
//! offending: enumerate(1)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "ok\nERROR disk full\nok\nERROR timeout";
    // Python: errors = [f"{n}: {l}" for n, l in enumerate(text.splitlines(), 1) if l.startswith("ERROR")]
    let errors = comp![format!("{n}: {l}") for (n, l) in text.lines().enumerate(1) if l.starts_with("ERROR")];
    println!("{errors:?}");
}
