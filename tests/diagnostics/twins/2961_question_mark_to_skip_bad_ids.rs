//! mistake: used `?` expecting it to skip unparsable ids, with the result declared `Vec<u64>`
//! offending: ?
//! category: try
fn main() {
    let raw = vec!["17", "abc", "42"];
    let mentions: Vec<u64> = raw.iter().map(|s| s.parse::<u64>()?).collect();
    println!("{mentions:?}");
}
