//! mistake: used `?` expecting it to skip unparsable score rows, in a comprehension expected to be a plain `Vec`
//! offending: ?
//! category: try
use comprehensions::comp;

fn main() {
    let rows = vec!["3", "x", "1", "postponed"];
    let goals: Vec<u8> = comp![r.parse::<u8>()? for r in &rows];
    println!("{goals:?}");
}
