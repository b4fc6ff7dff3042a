//! mistake: used `?` expecting it to skip unparsable ids, with the result declared `Vec<u64>`
//! offending: ?
//! category: try
use comprehensions::{comp};
fn main() {
    let raw = vec!["17", "abc", "42"];
    let mentions: Vec<u64> = comp![s.parse::<u64>()? for s in &raw];
    println!("{mentions:?}");
}
