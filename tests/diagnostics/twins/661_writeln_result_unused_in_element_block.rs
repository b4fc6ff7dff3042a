//! mistake: logs with writeln! in the element's block and ignores its Result
//! category: lint
use std::fmt::Write;

fn main() {
    let words = vec!["alpha", "beta"];
    let mut log = String::new();
    let lens: Vec<usize> = words.iter().map(|w| { writeln!(log, "saw {w}"); w.len() }).collect();
    println!("{lens:?}\n{log}");
}
