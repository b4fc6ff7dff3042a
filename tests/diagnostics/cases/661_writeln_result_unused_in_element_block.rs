//! mistake: logs with writeln! in the element's block and ignores its Result
//! offending: writeln!(log, "saw {w}")
//! category: lint
use std::fmt::Write;

use comprehensions::comp;

fn main() {
    let words = vec!["alpha", "beta"];
    let mut log = String::new();
    let lens = comp![{ writeln!(log, "saw {w}"); w.len() } for w in &words];
    println!("{lens:?}\n{log}");
}
